package mailconn

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
	"testing"
)

// traced writes chunks (as the libraries would: both directions, any
// cut) to a Trace and returns the logged lines.
func traced(t *testing.T, proto string, secrets []string, chunks ...string) []string {
	t.Helper()
	var buf bytes.Buffer
	tr := NewTrace(logTo(&buf), proto)
	tr.Redact(secrets...)
	for _, c := range chunks {
		if n, err := tr.Write([]byte(c)); err != nil || n != len(c) {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if l == "" {
			continue
		}
		if !strings.Contains(l, "level=DEBUG-4") || !strings.Contains(l, `msg="`+proto+` trace"`) {
			t.Fatalf("not a trace record: %s", l)
		}
		_, v, _ := strings.Cut(l, " line=")
		if u, err := strconv.Unquote(v); err == nil {
			v = u
		}
		out = append(out, v)
	}
	return out
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// TestTraceRedacts: every way a credential crosses IMAP and SMTP, cut at
// awkward places, leaves no trace of it, while the rest of the
// conversation is logged line by line.
func TestTraceRedacts(t *testing.T) {
	const pw, token = `pa ss"w0rd`, "ya29.bearer-token-XYZ"
	xoauth := b64("user=le@provider.test\x01auth=Bearer " + token + "\x01\x01")
	plain := b64("\x00le@provider.test\x00" + pw)
	tests := []struct {
		name    string
		proto   string
		secrets []string
		chunks  []string
		want    []string // lines that must appear, in order
	}{
		{"imap login quoted", IMAP, nil,
			[]string{"* OK ready\r\n", "T1 LOGIN le@provider.test \"pa ss\\\"w0rd\"\r\n", "T1 OK logged in\r\n", "T2 SELECT INBOX\r\n"},
			[]string{"* OK ready", "T1 LOGIN (redacted)", "T1 OK logged in", "T2 SELECT INBOX"}},
		{"imap login literal", IMAP, nil,
			[]string{"T1 LOGIN le@provider.test {10}\r\n", "+ Ready for literal data\r\n", pw + "\r\n", "T1 OK done\r\n"},
			[]string{"T1 LOGIN (redacted)", "+ (redacted)", "(redacted)", "T1 OK done"}},
		{"imap login literal+", IMAP, nil,
			[]string{"T1 LOGIN le@provider.test {10+}\r\n" + pw + "\r\nT1 OK done\r\n"},
			[]string{"T1 LOGIN (redacted)", "T1 OK done"}},
		{"imap authenticate sasl-ir cut mid-token", IMAP, []string{token},
			[]string{"T1 AUTHENTICATE XOAUTH2 " + xoauth[:20], xoauth[20:] + "\r\n", "T1 OK [CAPABILITY IMAP4rev1] Logged in\r\n"},
			[]string{"T1 AUTHENTICATE XOAUTH2 (redacted)", "T1 OK [CAPABILITY IMAP4rev1] Logged in"}},
		{"imap authenticate with challenge", IMAP, nil,
			[]string{"T3 AUTHENTICATE PLAIN\r\n", "+ \r\n", plain + "\r\n", "T3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"},
			[]string{"T3 AUTHENTICATE PLAIN", "+ (redacted)", "(redacted)", "T3 NO [AUTHENTICATIONFAILED] Authentication failed."}},
		{"imap xoauth2 refused", IMAP, nil,
			[]string{"T1 AUTHENTICATE XOAUTH2 " + xoauth + "\r\n", "+ eyJzdGF0dXMiOiI0MDEifQ==\r\n", "\r\n", "T1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"},
			[]string{"T1 AUTHENTICATE XOAUTH2 (redacted)", "+ (redacted)", "T1 NO [AUTHENTICATIONFAILED] Authentication failed."}},
		{"imap fetch literal not shown", IMAP, nil,
			[]string{"* 1 FETCH (UID 7 BODY[] {16}\r\nSubject: x\r\n\r\nhi", ")\r\nT4 OK Fetch completed\r\n"},
			[]string{"* 1 FETCH (UID 7 BODY[] {16}", "(literal of 16 bytes not shown)", ")", "T4 OK Fetch completed"}},
		// go-imap's reader and writer feed the trace from two goroutines:
		// the tagged answer can come before the command it answers, and a
		// client's response after the answer.
		{"imap answer before its command", IMAP, PasswordSecrets("le@provider.test", pw),
			[]string{"T1 OK [CAPABILITY IMAP4rev2] PLAIN authentication successful\r\n", "T1 AUTHENTICATE PLAIN " + plain + "\r\n", "T2 SELECT INBOX\r\n"},
			[]string{"T1 OK [CAPABILITY IMAP4rev2] PLAIN authentication successful", "T1 AUTHENTICATE PLAIN (redacted)", "T2 SELECT INBOX"}},
		{"imap response after the answer", IMAP, PasswordSecrets("le@provider.test", pw),
			[]string{"T1 AUTHENTICATE PLAIN\r\n", "+ \r\n", "T1 OK done\r\n", plain + "\r\n", "T2 SELECT INBOX\r\n"},
			[]string{"T1 AUTHENTICATE PLAIN", "+ (redacted)", "T1 OK done", "(redacted)", "T2 SELECT INBOX"}},
		{"imap literal password after the answer", IMAP, PasswordSecrets("le@provider.test", pw),
			[]string{"T1 LOGIN le@provider.test {10}\r\n", "+ Ready\r\n", "T1 OK done\r\n", pw + "\r\n", "T2 SELECT INBOX\r\n"},
			[]string{"T1 LOGIN (redacted)", "+ (redacted)", "T1 OK done", "(redacted)", "T2 SELECT INBOX"}},
		{"registered secret anywhere", IMAP, []string{pw},
			[]string{"* BYE someone said " + pw + "\r\n"},
			[]string{"* BYE someone said (redacted)"}},
		{"smtp auth plain", SMTP, nil,
			[]string{"220 mx ready\r\n", "EHLO localhost\r\n", "250-mx\r\n250 AUTH PLAIN LOGIN XOAUTH2\r\n", "AUTH PLAIN " + plain + "\r\n", "235 2.7.0 Authentication successful\r\n", "MAIL FROM:<le@provider.test>\r\n"},
			[]string{"220 mx ready", "250 AUTH PLAIN LOGIN XOAUTH2", "AUTH PLAIN (redacted)", "235 2.7.0 Authentication successful", "MAIL FROM:<le@provider.test>"}},
		{"smtp auth login", SMTP, nil,
			[]string{"AUTH LOGIN\r\n", "334 VXNlcm5hbWU6\r\n", b64("le@provider.test") + "\r\n", "334 UGFzc3dvcmQ6\r\n", b64(pw) + "\r\n", "535 5.7.8 bad\r\n"},
			[]string{"AUTH LOGIN", "334 (redacted)", "(redacted)", "535 5.7.8 bad"}},
		{"smtp xoauth2 refused", SMTP, nil,
			[]string{"AUTH XOAUTH2 " + xoauth + "\r\n", "334 eyJzdGF0dXMiOiI0MDEifQ==\r\n", "\r\n", "535 5.7.8 Username and Password not accepted\r\n"},
			[]string{"AUTH XOAUTH2 (redacted)", "334 (redacted)", "535 5.7.8 Username and Password not accepted"}},
		{"smtp data not shown", SMTP, nil,
			[]string{"DATA\r\n", "354 go ahead\r\n", "Subject: AUTH PLAIN x\r\n\r\nbody\r\n.\r\n", "250 2.0.0 queued\r\n"},
			[]string{"DATA", "354 go ahead", "(message of 3 lines not shown)", ".", "250 2.0.0 queued"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := traced(t, tt.proto, tt.secrets, tt.chunks...)
			all := strings.Join(got, "\n")
			for _, bad := range []string{pw, `pa ss\"w0rd`, token, xoauth, plain, b64(pw), "ss\\\\\\\"w0rd", "body"} {
				if strings.Contains(all, bad) {
					t.Fatalf("trace shows %q:\n%s", bad, all)
				}
			}
			i := 0
			for _, l := range got {
				if i < len(tt.want) && l == tt.want[i] {
					i++
				}
			}
			if i < len(tt.want) {
				t.Fatalf("trace lacks %s (in order); got:\n%s", tt.want[i], all)
			}
		})
	}
}
