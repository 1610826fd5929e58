package responder

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"lerd/internal/logkey"
	"lerd/internal/mailconn"
	"lerd/internal/store"
)

// SMTPConfig is how the Sender reaches the submission server.
type SMTPConfig struct {
	Address  string
	Security string // tls, starttls or plain (loopback only, checked by config)
	// InsecureSkipVerify disables certificate checks; for test servers only.
	InsecureSkipVerify bool
	// RootCAs, if set, are the CAs the server's certificate must chain
	// to, instead of the system's.
	RootCAs  *x509.CertPool
	Username string
	Password string
	// Auth is config.AuthPassword (or empty: PLAIN, else LOGIN),
	// AuthXOAuth2 or AuthOAuthBearer, whose bearer tokens come from Tokens.
	Auth   string
	Tokens *mailconn.Tokens
	// Trace, if set, gets every session's protocol trace (from the end of
	// STARTTLS on; credentials redacted).
	Trace *slog.Logger
}

func (c SMTPConfig) tlsConfig() *tls.Config {
	host, _, _ := net.SplitHostPort(c.Address)
	return &tls.Config{ServerName: host, InsecureSkipVerify: c.InsecureSkipVerify, RootCAs: c.RootCAs}
}

// Outbox is the part of the store the Sender uses.
type Outbox interface {
	DueReplies(ctx context.Context, now time.Time, limit int) ([]store.OutboxRow, error)
	ClaimReply(ctx context.Context, id int64, now time.Time) (bool, error)
	ReplyAttempt(ctx context.Context, id int64, state string, next time.Time, errText string) error
	SentSince(ctx context.Context, rcpt string, t time.Time) (int, error)
	SentInClassSince(ctx context.Context, verified bool, t time.Time) (int, error)
	NextReplyDue(ctx context.Context) (time.Time, bool, error)
}

var _ Outbox = (*store.Store)(nil)

// Batch is how many due replies one pass reads; Run starts the next pass at
// once when a pass had a full batch.
const Batch = 100

// Sender delivers the outbox over SMTP.
//
// Each reply is claimed (pending → sending) before it is sent, so two
// responders on one database never send it twice, and its outcome is
// recorded with a context shutdown does not cancel, retried until it is on
// disk before anything else is sent: a reply the server accepted is never
// left looking unsent.
type Sender struct {
	Outbox Outbox
	SMTP   SMTPConfig
	// From is our address and FromName its display name.
	From     string
	FromName string
	// DryRun records due replies as dry_run instead of sending them.
	DryRun bool
	// PerRecipientPerHour and GlobalPerMinute bound how much lerd sends;
	// replies over the limit wait, they are not dropped. GlobalPerMinute
	// applies to replies to verified law enforcement and to all others
	// separately, so that the others cannot use up the agencies' budget.
	PerRecipientPerHour int
	GlobalPerMinute     int
	// BackoffMin and BackoffMax bound the retry delay of transient failures.
	BackoffMin, BackoffMax time.Duration
	// Timeout bounds connecting and each SMTP command, the answer to the
	// end of DATA included; 0 means DefaultTimeout.
	Timeout time.Duration
	// FinishTimeout is how long, after shutdown began, the outcome of a
	// send is still retried when the database will not take it; 0 means
	// DefaultFinishTimeout.
	FinishTimeout time.Duration
	Now           func() time.Time
	Log           *slog.Logger
	// Failed, if set, is told of every reply the server did not take,
	// with one of the Fail* reasons; for /metrics.
	Failed func(reason string)

	// holdUntil is when to try the server again after a session failure
	// (connect, greeting, TLS, AUTH); sessionFailures counts them in a row.
	holdUntil       time.Time
	sessionFailures int
}

// Defaults of Sender.Timeout and Sender.FinishTimeout.
const (
	DefaultTimeout       = time.Minute
	DefaultFinishTimeout = 30 * time.Second
)

// Run sends due replies until ctx is cancelled: when wake fires, when the
// next reply falls due (at once when a pass left due replies behind, as
// after a full batch; a retry; the end of a rate limit), or after interval
// at the latest.
func (s *Sender) Run(ctx context.Context, wake <-chan struct{}, interval time.Duration) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-t.C:
		}
		_, err := s.pass(ctx)
		if err != nil && ctx.Err() == nil {
			s.Log.Error("sending replies failed", logkey.Err, err)
		}
		wait := interval
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			wait = min(max(s.BackoffMin, time.Second), interval)
		default:
			now := s.Now()
			if next, ok, err := s.Outbox.NextReplyDue(ctx); err == nil && ok {
				wait = min(max(next.Sub(now), 0), interval)
			}
			if s.holdUntil.After(now) {
				wait = max(wait, s.holdUntil.Sub(now))
			}
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// loop runs step at once, then whenever wake fires or interval passes,
// until ctx is cancelled. A nil wake only ticks.
func loop(ctx context.Context, wake <-chan struct{}, interval time.Duration, step func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		step()
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-t.C:
		}
	}
}

// SendDue makes one attempt at every due reply (at most Batch) and returns
// how many were sent.
func (s *Sender) SendDue(ctx context.Context) (int, error) {
	return s.pass(ctx)
}

// pass makes one attempt at every due reply, at most Batch, and returns
// how many were sent.
func (s *Sender) pass(ctx context.Context) (int, error) {
	now := s.Now()
	if now.Before(s.holdUntil) {
		return 0, nil // the server failed; its retry is not due yet
	}
	due, err := s.Outbox.DueReplies(ctx, now, Batch)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range due {
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
		ok, err := s.Outbox.ClaimReply(ctx, r.ID, now)
		if err != nil {
			return n, err
		}
		if !ok {
			continue // another responder has it, or a person changed it
		}
		sent, stop, err := s.attempt(ctx, r, now)
		if sent {
			n++
		}
		if err != nil || stop {
			return n, err
		}
	}
	return n, nil
}

// attempt handles one claimed reply and records its outcome; stop is true
// when the server cannot be reached, so the pass ends there instead of
// waiting on it for every other reply.
func (s *Sender) attempt(ctx context.Context, r store.OutboxRow, now time.Time) (sent, stop bool, err error) {
	if s.DryRun {
		s.Log.Info("dry run: reply not sent", logkey.OutboxID, r.ID, logkey.Ref, r.RequestRef, logkey.Kind, r.Kind, logkey.To, r.To)
		return false, false, s.record(ctx, r, store.ReplyDryRun, now, "smtp.dry_run is on")
	}
	wait, err := s.limited(ctx, r, now)
	if err == nil && wait > 0 {
		return false, false, s.record(ctx, r, store.ReplyPending, now.Add(wait), "rate limited")
	}
	if err != nil {
		// The claim is undone so the reply is not left "sending".
		return false, false, errors.Join(err, s.record(ctx, r, store.ReplyPending, now, err.Error()))
	}
	err = s.send(ctx, r, now)
	var se *sessionError
	switch {
	case err == nil:
		s.sessionFailures = 0
		s.Log.Info("reply sent", logkey.OutboxID, r.ID, logkey.Ref, r.RequestRef, logkey.Kind, r.Kind, logkey.To, r.To, logkey.MessageIDHeader, r.MessageID)
		return true, false, s.record(ctx, r, store.ReplySent, now, "")
	case permanent(err):
		s.failed(FailRefused)
		s.sessionFailures = 0
		s.Log.Warn("reply refused; request flagged for review", logkey.OutboxID, r.ID, logkey.Ref, r.RequestRef, logkey.Err, err)
		return false, false, s.record(ctx, r, store.ReplyFailed, now, err.Error())
	case errors.As(err, &se):
		s.failed(FailUnavailable)
		s.sessionFailures++
		s.holdUntil = now.Add(s.retryDelay(s.sessionFailures))
		s.Log.Warn("smtp server unavailable, will retry", logkey.Err, err, logkey.Next, s.holdUntil)
		return false, true, s.record(ctx, r, store.ReplyPending, s.holdUntil, err.Error())
	default:
		s.failed(FailTransient)
		next := now.Add(s.retryDelay(r.Attempts + 1))
		s.Log.Warn("reply not sent, will retry", logkey.OutboxID, r.ID, logkey.Ref, r.RequestRef, logkey.Err, err, logkey.Next, next)
		return false, ctx.Err() != nil, s.record(ctx, r, store.ReplyPending, next, err.Error())
	}
}

// Why the server did not take a reply, as Sender.Failed reports it.
const (
	// FailRefused: refused for good (5xx); the reply is failed.
	FailRefused = "refused"
	// FailUnavailable: no session (connect, greeting, TLS, AUTH); retried.
	FailUnavailable = "unavailable"
	// FailTransient: this reply failed for now (4xx, a dropped
	// connection); retried.
	FailTransient = "transient"
)

func (s *Sender) failed(reason string) {
	if s.Failed != nil {
		s.Failed(reason)
	}
}

// record writes the outcome of a claimed reply. It retries until the
// database takes it, before anything else is sent: a sent reply whose
// record failed would otherwise be sent again. It runs on after ctx is
// cancelled (shutdown), for at most FinishTimeout more.
func (s *Sender) record(ctx context.Context, r store.OutboxRow, state string, next time.Time, errText string) error {
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	finish := s.FinishTimeout
	if finish <= 0 {
		finish = DefaultFinishTimeout
	}
	go func() {
		select {
		case <-ctx.Done():
			select {
			case <-time.After(finish):
				cancel()
			case <-rctx.Done():
			}
		case <-rctx.Done():
		}
	}()
	delay := 100 * time.Millisecond
	for {
		err := s.Outbox.ReplyAttempt(rctx, r.ID, state, next, errText)
		if err == nil {
			return nil
		}
		if errors.Is(err, sql.ErrNoRows) {
			return err
		}
		s.Log.Error("recording a reply's outcome failed; retrying before anything else is sent",
			logkey.OutboxID, r.ID, logkey.Ref, r.RequestRef, logkey.State, state, logkey.MessageIDHeader, r.MessageID, logkey.Err, err)
		select {
		case <-rctx.Done():
			err = fmt.Errorf("responder: reply %d (%s) is %s but could not be recorded before shutdown: %w", r.ID, r.MessageID, state, err)
			s.Log.Error("reply outcome lost at shutdown; the next start sends it again", logkey.Err, err)
			return err
		case <-time.After(delay):
		}
		delay = min(2*delay, 5*time.Second)
	}
}

func (s *Sender) limited(ctx context.Context, r store.OutboxRow, now time.Time) (time.Duration, error) {
	if s.PerRecipientPerHour > 0 {
		n, err := s.Outbox.SentSince(ctx, r.To, now.Add(-time.Hour))
		if err != nil {
			return 0, err
		}
		if n >= s.PerRecipientPerHour {
			return 10 * time.Minute, nil
		}
	}
	if s.GlobalPerMinute > 0 {
		n, err := s.Outbox.SentInClassSince(ctx, r.Verified, now.Add(-time.Minute))
		if err != nil {
			return 0, err
		}
		if n >= s.GlobalPerMinute {
			return time.Minute, nil
		}
	}
	return 0, nil
}

func (s *Sender) retryDelay(attempt int) time.Duration {
	d := s.BackoffMin
	for i := 1; i < attempt && d < s.BackoffMax; i++ {
		d *= 2
	}
	return min(d, s.BackoffMax)
}

// permanent reports an SMTP 5xx answer to this reply (its sender, recipient
// or content): retrying cannot help. Failures to connect or log in are never
// permanent for the reply: they are the operator's to fix, and the reply
// must go out once they are.
func permanent(err error) bool {
	var se *smtp.SMTPError
	var se2 *sessionError
	return !errors.As(err, &se2) && errors.As(err, &se) && se.Code >= 500
}

// sessionError is a failure to set up the SMTP session (dial, TLS, AUTH).
type sessionError struct{ err error }

func (e *sessionError) Error() string { return e.err.Error() }
func (e *sessionError) Unwrap() error { return e.err }

// Compose builds the message for an outbox row. The Message-ID is the
// row's own, so every attempt sends the same message.
func (s *Sender) Compose(r store.OutboxRow, date time.Time) []byte {
	var b bytes.Buffer
	// Values may carry text the agency wrote (the subject): a CR or LF in
	// them would start a header of the sender's choosing.
	h := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, oneLine(v)) }
	h("From", mime.QEncoding.Encode("utf-8", s.FromName)+" <"+s.From+">")
	h("To", "<"+r.To+">")
	h("Subject", mime.QEncoding.Encode("utf-8", r.Subject))
	h("Date", date.Format(time.RFC1123Z))
	h("Message-ID", "<"+r.MessageID+">")
	if r.InReplyTo != "" {
		h("In-Reply-To", "<"+r.InReplyTo+">")
	}
	if len(r.References) > 0 {
		h("References", "<"+strings.Join(r.References, "> <")+">")
	}
	// RFC 3834: mark automatic replies, and ask Exchange not to answer them.
	h("Auto-Submitted", "auto-replied")
	h("X-Auto-Response-Suppress", "All")
	h("X-Lerd-Request", r.RequestRef)
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(strings.ReplaceAll(r.Body, "\n", "\r\n")))
	qp.Close()
	return b.Bytes()
}

func (s *Sender) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return DefaultTimeout
}

// send delivers one reply in its own SMTP session. Every command, the
// greeting and the answer to the end of DATA wait at most Timeout.
// Cancelling ctx (shutdown) closes the connection at once, unless the end
// of DATA has been sent: then the server may have taken the message, and
// send waits for its answer (at most Timeout) so that the outcome is known
// and recorded rather than guessed.
func (s *Sender) send(ctx context.Context, r store.OutboxRow, now time.Time) error {
	conn, err := s.dial(ctx)
	if err != nil {
		return &sessionError{err}
	}
	var mu sync.Mutex
	committed := false
	stop := context.AfterFunc(ctx, func() {
		mu.Lock()
		defer mu.Unlock()
		if !committed {
			conn.Close()
		}
	})
	defer stop()
	c, err := s.hello(ctx, boundedConn{conn, s.timeout()})
	if err != nil {
		conn.Close()
		return &sessionError{ctxErr(ctx, err)}
	}
	defer c.Close()
	from, rcpt := s.From, r.To
	var opts *smtp.MailOptions
	if !ascii(from) || !ascii(rcpt) {
		opts = &smtp.MailOptions{UTF8: true}
	}
	if err := c.Mail(from, opts); err != nil {
		return fmt.Errorf("smtp send: %w", ctxErr(ctx, err))
	}
	if err := c.Rcpt(rcpt, nil); err != nil {
		return fmt.Errorf("smtp send: %w", ctxErr(ctx, err))
	}
	w, err := c.Data()
	if err == nil {
		_, err = w.Write(s.Compose(r, now))
	}
	if err != nil {
		return fmt.Errorf("smtp send: %w", ctxErr(ctx, err))
	}
	mu.Lock()
	committed = ctx.Err() == nil
	mu.Unlock()
	if !committed {
		return fmt.Errorf("smtp send: %w", ctx.Err()) // the server discards an unfinished DATA
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("smtp send: %w", err)
	}
	c.Quit() // the message is accepted; a failed QUIT changes nothing
	return nil
}

// hello reads the greeting, says EHLO, starts TLS and logs in as configured.
func (s *Sender) hello(ctx context.Context, conn net.Conn) (*smtp.Client, error) {
	var tr *mailconn.Trace
	if s.SMTP.Trace != nil {
		tr = mailconn.NewTrace(s.SMTP.Trace, mailconn.SMTP)
		tr.Redact(mailconn.PasswordSecrets(s.SMTP.Username, s.SMTP.Password)...)
	}
	var c *smtp.Client
	if s.SMTP.Security == "starttls" {
		var err error
		if c, err = smtp.NewClientStartTLS(conn, s.SMTP.tlsConfig()); err != nil {
			return nil, fmt.Errorf("smtp starttls %s: %w", s.SMTP.Address, err)
		}
		c.CommandTimeout, c.SubmissionTimeout = s.timeout(), s.timeout()
		if tr != nil {
			c.DebugWriter = tr
		}
	} else {
		c = smtp.NewClient(conn)
		c.CommandTimeout, c.SubmissionTimeout = s.timeout(), s.timeout()
		if tr != nil {
			c.DebugWriter = tr
		}
		if err := c.Hello("localhost"); err != nil {
			c.Close()
			return nil, fmt.Errorf("smtp hello %s: %w", s.SMTP.Address, err)
		}
	}
	if s.SMTP.Username == "" {
		return c, nil
	}
	if err := s.login(ctx, c, tr); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// login signs in: with a bearer token (XOAUTH2, OAUTHBEARER; a refused
// token is forgotten, so that the next session fetches a new one), else
// with the password by PLAIN, or LOGIN if that is all the server offers.
func (s *Sender) login(ctx context.Context, c *smtp.Client, tr *mailconn.Trace) error {
	l := mailconn.Login{Mechanism: s.SMTP.Auth, Username: s.SMTP.Username, Password: s.SMTP.Password, Tokens: s.SMTP.Tokens}
	if l.OAuth() {
		bc, secrets, err := l.Bearer(ctx)
		if err != nil {
			return fmt.Errorf("smtp auth: %w", err)
		}
		tr.Redact(secrets...)
		if err := c.Auth(bc); err != nil {
			s.SMTP.Tokens.Forget()
			return fmt.Errorf("smtp auth %s: %w", strings.ToUpper(s.SMTP.Auth), bc.Explain(err))
		}
		return nil
	}
	var mech sasl.Client
	switch {
	case c.SupportsAuth("PLAIN"):
		mech = sasl.NewPlainClient("", s.SMTP.Username, s.SMTP.Password)
	case c.SupportsAuth("LOGIN"):
		mech = sasl.NewLoginClient(s.SMTP.Username, s.SMTP.Password)
	default:
		return fmt.Errorf("smtp auth: %s offers neither PLAIN nor LOGIN", s.SMTP.Address)
	}
	if err := c.Auth(mech); err != nil {
		return fmt.Errorf("smtp auth: %w", err)
	}
	return nil
}

// dial connects within Timeout, or until ctx is cancelled.
func (s *Sender) dial(ctx context.Context) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout())
	defer cancel()
	d := &net.Dialer{}
	var conn net.Conn
	var err error
	if s.SMTP.Security == "tls" {
		td := &tls.Dialer{NetDialer: d, Config: s.SMTP.tlsConfig()}
		conn, err = td.DialContext(ctx, "tcp", s.SMTP.Address)
	} else {
		conn, err = d.DialContext(ctx, "tcp", s.SMTP.Address)
	}
	if err != nil {
		return nil, fmt.Errorf("smtp dial %s: %w", s.SMTP.Address, err)
	}
	return conn, nil
}

// boundedConn caps every deadline go-smtp sets at max from now: its
// STARTTLS client reads the greeting with a fixed five-minute timeout, and
// it clears the deadline between commands.
type boundedConn struct {
	net.Conn
	max time.Duration
}

func (c boundedConn) SetDeadline(t time.Time) error {
	if limit := time.Now().Add(c.max); t.IsZero() || t.After(limit) {
		t = limit
	}
	return c.Conn.SetDeadline(t)
}

// ctxErr names the cancellation when it is why a command failed: the
// closed connection's error says only "use of closed network connection".
func ctxErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%w (%w)", ctx.Err(), err)
	}
	return err
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// oneLine replaces line breaks and other control characters with spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
