package mailconn

import (
	"context"
	"encoding/base64"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"lerd/internal/logkey"
)

// LevelTrace is below slog's Debug: the protocol trace (log.level = "trace").
const LevelTrace = slog.Level(-8)

// Trace protocols.
const (
	IMAP = "imap"
	SMTP = "smtp"
)

// redacted replaces whatever a trace must not show.
const redacted = "(redacted)"

// maxLine is the longest line a trace buffers; a longer one is dropped.
const maxLine = 1 << 20

// Trace is the DebugWriter of one go-imap or go-smtp client connection. It
// gets both directions' raw bytes, cuts them into lines and logs each at
// LevelTrace, with the credentials taken out:
//
//   - IMAP: LOGIN's arguments; AUTHENTICATE's initial response; every line
//     after LOGIN or AUTHENTICATE (the server's challenges, the client's
//     responses, a password sent as a literal) up to the command's tagged
//     answer.
//   - SMTP: AUTH's initial response, and every line of the exchange up to
//     the server's final answer.
//   - Literals (IMAP) and message bodies (SMTP DATA) are not shown, only
//     their size.
//   - Any occurrence of a registered secret (Redact) anywhere.
//
// Both directions share the writer (that is how the libraries offer it),
// so the rules rest on the lines' form, not on who sent them, and err on
// the side of hiding.
type Trace struct {
	log   *slog.Logger
	proto string

	mu      sync.Mutex
	buf     []byte
	secrets []string
	// authTag is the tag of the IMAP LOGIN or AUTHENTICATE under way, or
	// "AUTH" during an SMTP AUTH exchange; "" otherwise.
	authTag string
	// answered are the last IMAP tags whose tagged answer was seen.
	answered []string
	// literal is how many bytes of an IMAP literal are still to skip.
	literal int64
	// data counts the lines of an SMTP message body being sent; -1 outside.
	data int
	// overlong is set while the rest of an over-long line is dropped.
	overlong bool
}

// NewTrace returns the trace of one connection speaking proto (IMAP or
// SMTP), logging to log.
func NewTrace(log *slog.Logger, proto string) *Trace {
	return &Trace{log: log, proto: proto, data: -1}
}

// PasswordSecrets are the forms a password takes on the wire, for Redact:
// as typed, IMAP-quoted, base64 (SASL LOGIN) and inside SASL PLAIN's
// base64 response for user.
func PasswordSecrets(user, password string) []string {
	if password == "" {
		return nil
	}
	quoted := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(password)
	return []string{password, quoted,
		base64.StdEncoding.EncodeToString([]byte(password)),
		base64.StdEncoding.EncodeToString([]byte("\x00" + user + "\x00" + password))}
}

// Redact registers strings (a password, a token) that the trace replaces
// wherever they appear. Strings shorter than four bytes are ignored: they
// would blank out ordinary protocol text and say nothing about a secret.
func (t *Trace) Redact(secrets ...string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range secrets {
		if len(s) >= 4 {
			t.secrets = append(t.secrets, s)
		}
	}
	// Longest first, so that a secret containing another goes whole.
	slices.SortFunc(t.secrets, func(a, b string) int { return len(b) - len(a) })
}

// Write implements io.Writer; it never fails.
func (t *Trace) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		if t.literal > 0 {
			k := min(int64(len(p)), t.literal)
			t.literal -= k
			p = p[k:]
			continue
		}
		i := indexNL(p)
		if i < 0 {
			if !t.overlong {
				t.buf = append(t.buf, p...)
			}
			if len(t.buf) > maxLine {
				t.emit(fmt.Sprintf("(line over %d bytes not shown)", maxLine))
				t.buf, t.overlong = t.buf[:0], true
			}
			break
		}
		if !t.overlong {
			t.buf = append(t.buf, p[:i]...)
			t.line(strings.TrimSuffix(string(t.buf), "\r"))
		}
		t.buf, t.overlong = t.buf[:0], false
		p = p[i+1:]
	}
	return n, nil
}

func indexNL(p []byte) int {
	for i, b := range p {
		if b == '\n' {
			return i
		}
	}
	return -1
}

var (
	literalRE  = regexp.MustCompile(`\{(\d+)\+?\}$`)
	smtpDoneRE = regexp.MustCompile(`^[245]\d\d(?:[ -]|$)`)
)

func (t *Trace) line(l string) {
	if t.proto == SMTP {
		t.smtpLine(l)
		return
	}
	// A literal's bytes follow its line at once in a server's answer and
	// in a client's non-synchronizing literal ({N+}); a client's
	// synchronizing literal waits for the server's "+", which may reach
	// the trace before or after it, so its bytes are left to the line
	// rules and the registered secrets.
	if m := literalRE.FindStringSubmatch(l); m != nil && (strings.HasPrefix(l, "* ") || strings.HasSuffix(l, "+}")) {
		if n, err := strconv.ParseInt(m[1], 10, 64); err == nil {
			t.literal = n
			defer t.emit(fmt.Sprintf("(literal of %d bytes not shown)", n))
		}
	}
	f := strings.Fields(l)
	if t.authTag != "" {
		if len(f) >= 2 && f[0] == t.authTag && isStatus(f[1]) {
			t.authTag = ""
			t.emit(l)
			return
		}
		t.emitRedacted(l)
		return
	}
	if len(f) >= 2 {
		// The client's writes and the server's answers reach the trace
		// from two goroutines, so a command's tagged answer may come
		// first: a LOGIN or AUTHENTICATE already answered opens no
		// exchange (its line is still redacted, and what follows it is
		// covered by the registered secrets).
		answered := slices.Contains(t.answered, f[0])
		switch strings.ToUpper(f[1]) {
		case "LOGIN":
			if !answered {
				t.authTag = f[0]
			}
			t.emit(f[0] + " LOGIN " + redacted)
			return
		case "AUTHENTICATE":
			if !answered {
				t.authTag = f[0]
			}
			if len(f) > 3 {
				t.emit(strings.Join(f[:3], " ") + " " + redacted)
			} else {
				t.emit(l)
			}
			return
		case "OK", "NO", "BAD":
			if f[0] != "*" {
				t.answered = append(t.answered, f[0])
				if len(t.answered) > 8 {
					t.answered = t.answered[1:]
				}
			}
		}
	}
	t.emit(l)
}

func isStatus(s string) bool {
	switch strings.ToUpper(s) {
	case "OK", "NO", "BAD":
		return true
	}
	return false
}

func (t *Trace) smtpLine(l string) {
	if t.data >= 0 {
		if l != "." {
			t.data++
			return
		}
		t.emit(fmt.Sprintf("(message of %d lines not shown)", t.data))
		t.data = -1
		t.emit(l)
		return
	}
	if t.authTag != "" {
		if smtpDoneRE.MatchString(l) {
			t.authTag = ""
			t.emit(l)
			return
		}
		t.emitRedacted(l)
		return
	}
	f := strings.Fields(l)
	switch {
	case len(f) >= 1 && strings.EqualFold(f[0], "AUTH"):
		t.authTag = "AUTH"
		if len(f) > 2 {
			t.emit(strings.Join(f[:2], " ") + " " + redacted)
		} else {
			t.emit(l)
		}
		return
	case strings.HasPrefix(l, "354"):
		t.data = 0
	}
	t.emit(l)
}

// emitRedacted logs a line of an authentication exchange: only a
// challenge's prefix is kept.
func (t *Trace) emitRedacted(l string) {
	switch {
	case t.proto == IMAP && (l == "+" || strings.HasPrefix(l, "+ ")):
		t.emit("+ " + redacted)
	case t.proto == SMTP && strings.HasPrefix(l, "334"):
		t.emit("334 " + redacted)
	default:
		t.emit(redacted)
	}
}

func (t *Trace) emit(l string) {
	for _, s := range t.secrets {
		l = strings.ReplaceAll(l, s, redacted)
	}
	if len(l) > 2000 {
		l = l[:2000] + fmt.Sprintf("…(%d more bytes)", len(l)-2000)
	}
	t.log.Log(context.Background(), LevelTrace, t.proto+" trace", logkey.Line, l)
}
