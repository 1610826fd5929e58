package responder

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"lerd/internal/store"
)

// SMTPConfig is how the Sender reaches the submission server.
type SMTPConfig struct {
	Address  string
	Security string // tls, starttls or plain (loopback only, checked by config)
	// InsecureSkipVerify disables certificate checks; for test servers only.
	InsecureSkipVerify bool
	Username           string
	Password           string
}

// Outbox is the part of the store the Sender uses.
type Outbox interface {
	DueReplies(ctx context.Context, now time.Time, limit int) ([]store.OutboxRow, error)
	ReplyAttempt(ctx context.Context, id int64, state string, next time.Time, errText string) error
	SentSince(ctx context.Context, rcpt string, t time.Time) (int, error)
}

var _ Outbox = (*store.Store)(nil)

// Sender delivers the outbox over SMTP.
type Sender struct {
	Outbox Outbox
	SMTP   SMTPConfig
	// From is our address and FromName its display name.
	From     string
	FromName string
	// DryRun records due replies as dry_run instead of sending them.
	DryRun bool
	// PerRecipientPerHour and GlobalPerMinute bound how much lerd sends;
	// replies over the limit wait, they are not dropped.
	PerRecipientPerHour int
	GlobalPerMinute     int
	// BackoffMin and BackoffMax bound the retry delay of transient failures.
	BackoffMin, BackoffMax time.Duration
	Now                    func() time.Time
	Log                    *slog.Logger
}

// Run sends due replies until ctx is cancelled: whenever wake fires and
// every interval.
func (s *Sender) Run(ctx context.Context, wake <-chan struct{}, interval time.Duration) {
	loop(ctx, wake, interval, func() {
		if _, err := s.SendDue(ctx); err != nil && ctx.Err() == nil {
			s.Log.Error("sending replies failed", "err", err)
		}
	})
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

// SendDue makes one attempt at every due reply and returns how many were
// sent.
func (s *Sender) SendDue(ctx context.Context) (int, error) {
	now := s.Now()
	due, err := s.Outbox.DueReplies(ctx, now, 100)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, r := range due {
		if ctx.Err() != nil {
			return sent, ctx.Err()
		}
		if s.DryRun {
			s.Log.Info("dry run: reply not sent", "id", r.ID, "request", r.RequestRef, "kind", r.Kind, "to", r.To)
			if err := s.Outbox.ReplyAttempt(ctx, r.ID, store.ReplyDryRun, now, "smtp.dry_run is on"); err != nil {
				return sent, err
			}
			continue
		}
		if wait, err := s.limited(ctx, r.To, now); err != nil {
			return sent, err
		} else if wait > 0 {
			if err := s.Outbox.ReplyAttempt(ctx, r.ID, store.ReplyPending, now.Add(wait), "rate limited"); err != nil {
				return sent, err
			}
			continue
		}
		err := s.send(ctx, r, now)
		switch {
		case err == nil:
			sent++
			s.Log.Info("reply sent", "id", r.ID, "request", r.RequestRef, "kind", r.Kind, "to", r.To, "message_id", r.MessageID)
			err = s.Outbox.ReplyAttempt(ctx, r.ID, store.ReplySent, now, "")
		case permanent(err):
			s.Log.Warn("reply refused; request flagged for review", "id", r.ID, "request", r.RequestRef, "err", err)
			err = s.Outbox.ReplyAttempt(ctx, r.ID, store.ReplyFailed, now, err.Error())
		default:
			next := now.Add(s.retryDelay(r.Attempts + 1))
			s.Log.Warn("reply not sent, will retry", "id", r.ID, "request", r.RequestRef, "err", err, "next", next)
			err = s.Outbox.ReplyAttempt(ctx, r.ID, store.ReplyPending, next, err.Error())
		}
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

func (s *Sender) limited(ctx context.Context, rcpt string, now time.Time) (time.Duration, error) {
	if s.PerRecipientPerHour > 0 {
		n, err := s.Outbox.SentSince(ctx, rcpt, now.Add(-time.Hour))
		if err != nil {
			return 0, err
		}
		if n >= s.PerRecipientPerHour {
			return 10 * time.Minute, nil
		}
	}
	if s.GlobalPerMinute > 0 {
		n, err := s.Outbox.SentSince(ctx, "", now.Add(-time.Minute))
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

func (s *Sender) send(ctx context.Context, r store.OutboxRow, now time.Time) error {
	c, err := s.dial(ctx)
	if err != nil {
		return &sessionError{err}
	}
	defer c.Close()
	if s.SMTP.Username != "" {
		var mech sasl.Client
		switch {
		case c.SupportsAuth("PLAIN"):
			mech = sasl.NewPlainClient("", s.SMTP.Username, s.SMTP.Password)
		case c.SupportsAuth("LOGIN"):
			mech = sasl.NewLoginClient(s.SMTP.Username, s.SMTP.Password)
		default:
			return &sessionError{fmt.Errorf("smtp auth: %s offers neither PLAIN nor LOGIN", s.SMTP.Address)}
		}
		if err := c.Auth(mech); err != nil {
			return &sessionError{fmt.Errorf("smtp auth: %w", err)}
		}
	}
	if err := c.SendMail(s.From, []string{r.To}, bytes.NewReader(s.Compose(r, now))); err != nil {
		return fmt.Errorf("smtp send: %w", err)
	}
	return c.Quit()
}

func (s *Sender) dial(ctx context.Context) (*smtp.Client, error) {
	host, _, _ := net.SplitHostPort(s.SMTP.Address)
	tcfg := &tls.Config{ServerName: host, InsecureSkipVerify: s.SMTP.InsecureSkipVerify}
	var c *smtp.Client
	var err error
	switch s.SMTP.Security {
	case "tls":
		c, err = smtp.DialTLS(s.SMTP.Address, tcfg)
	case "starttls":
		c, err = smtp.DialStartTLS(s.SMTP.Address, tcfg)
	default:
		c, err = smtp.Dial(s.SMTP.Address)
	}
	if err != nil {
		return nil, fmt.Errorf("smtp dial %s: %w", s.SMTP.Address, err)
	}
	return c, nil
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
