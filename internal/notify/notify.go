// Package notify tells the compliance team, by e-mail to a team address
// and by an optional webhook, about what needs a person soon: a new
// emergency (at once), a first-time sender, a reply that failed, intake
// that stalled, a deadline due soon.
//
// Each event is recorded in SQLite per channel before it is sent, under a
// unique key, so noticing it again (after a restart, or in a second
// process) adds nothing, and each is sent once: a sender claims a row for
// a lease before sending it. A crash after sending and before recording
// sends that one notice once more when the lease ends.
package notify

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"lerd/internal/deadline"
	"lerd/internal/logkey"
	"lerd/internal/store"
)

// Channels.
const (
	ChannelEmail   = "email"
	ChannelWebhook = "webhook"
)

// Mailer sends one composed message (responder.Sender does).
type Mailer interface {
	SendRaw(ctx context.Context, rcpt string, msg []byte) error
}

// Notifier finds events and sends their notices.
type Notifier struct {
	Store *store.Store
	// TeamAddress gets the e-mails through Mail; From is their sender.
	TeamAddress, From string
	Mail              Mailer
	// WebhookURL gets a JSON POST per notice through HTTP (whose
	// Timeout bounds each attempt; 10 s if HTTP is nil).
	WebhookURL string
	HTTP       *http.Client
	// DueSoon: a request due within this long is notified; StalledAfter:
	// intake with no completed pass for this long is.
	DueSoon, StalledAfter time.Duration
	// Loc is the zone times in the notices are written in.
	Loc *time.Location
	// MaxAttempts before a notice is failed for good (8 if zero);
	// attempts back off from 30 s, doubling, up to an hour.
	MaxAttempts int
	Now         func() time.Time
	Log         *slog.Logger
}

// Payload is the webhook's JSON body.
type Payload struct {
	Kind    string `json:"kind"`
	Request string `json:"request,omitempty"`
	Summary string `json:"summary"`
	At      string `json:"at"`
	ID      int64  `json:"id"`
}

func (n *Notifier) channels() []string {
	var out []string
	if n.TeamAddress != "" && n.Mail != nil {
		out = append(out, ChannelEmail)
	}
	if n.WebhookURL != "" {
		out = append(out, ChannelWebhook)
	}
	return out
}

// Scan records a notice, per channel, for every event not recorded yet;
// it returns how many it added.
func (n *Notifier) Scan(ctx context.Context) (int, error) {
	chans := n.channels()
	if len(chans) == 0 {
		return 0, nil
	}
	now := n.Now()
	if err := deadline.Refresh(ctx, n.Store, n.loc()); err != nil {
		return 0, err
	}
	events, err := n.Store.NotifiableEvents(ctx, now.Add(-n.StalledAfter))
	if err != nil {
		return 0, err
	}
	for _, view := range []string{store.ViewOverdue, store.ViewDueSoon} {
		for offset := 0; ; offset += 200 {
			page, err := n.Store.Queue(ctx, store.QueueQuery{View: view, Now: now, DueSoon: n.DueSoon, Limit: 200, Offset: offset})
			if err != nil {
				return 0, err
			}
			for _, it := range page.Items {
				if it.DueKind == store.DueEmergency {
					continue // told at once as an emergency
				}
				due := it.Due
				if t, err := time.Parse(time.RFC3339, it.Due); err == nil {
					due = t.In(n.loc()).Format("2006-01-02 15:04 MST")
				}
				why := map[string]string{store.DueStated: "the request says “" + it.DuePhrase + "”", store.DuePreservation: "the preservation lapses"}[it.DueKind]
				// A new, earlier due date is a new notice.
				events = append(events, store.NotifiableEvent{Kind: store.NotifyDueSoon, Key: it.Ref + "@" + it.Due, RequestRef: it.Ref,
					Summary: fmt.Sprintf("%s is due %s (%s): %s", it.Ref, due, why, it.Subject)})
			}
			if len(page.Items) < 200 {
				break
			}
		}
	}
	added := 0
	for _, e := range events {
		for _, ch := range chans {
			ok, err := n.Store.AddNotification(ctx, store.Notification{Kind: e.Kind, Key: e.Key, Channel: ch, RequestRef: e.RequestRef, Summary: e.Summary})
			if err != nil {
				return added, err
			}
			if ok {
				added++
			}
		}
	}
	return added, nil
}

func (n *Notifier) loc() *time.Location {
	if n.Loc == nil {
		return time.UTC
	}
	return n.Loc
}

// lease is how long a claimed notice is the claimant's; longer than any
// one attempt.
const lease = 2 * time.Minute

// SendDue sends the notices that are due and records each outcome; it
// returns how many were sent.
func (n *Notifier) SendDue(ctx context.Context) (int, error) {
	sent := 0
	for {
		batch, err := n.Store.ClaimNotifications(ctx, n.Now(), lease, 50)
		if err != nil || len(batch) == 0 {
			return sent, err
		}
		for _, nt := range batch {
			err := n.send(ctx, nt)
			// Recorded even when ctx ends (shutdown): a sent notice must
			// not look unsent.
			rctx := context.WithoutCancel(ctx)
			if err == nil {
				sent++
				n.Log.Info("notification sent", logkey.Kind, nt.Kind, logkey.Channel, nt.Channel, logkey.Ref, nt.RequestRef)
				if err := n.Store.FinishNotification(rctx, nt.ID, "", time.Time{}); err != nil {
					return sent, err
				}
				continue
			}
			var next time.Time
			if max := n.maxAttempts(); nt.Attempts < max {
				next = n.Now().Add(min(30*time.Second<<(nt.Attempts-1), time.Hour))
			}
			n.Log.Warn("notification not sent", logkey.Kind, nt.Kind, logkey.Channel, nt.Channel, logkey.Ref, nt.RequestRef, logkey.Attempt, nt.Attempts, logkey.Err, err, logkey.Final, next.IsZero())
			if err := n.Store.FinishNotification(rctx, nt.ID, err.Error(), next); err != nil {
				return sent, err
			}
			if ctx.Err() != nil {
				return sent, ctx.Err()
			}
		}
	}
}

func (n *Notifier) maxAttempts() int {
	if n.MaxAttempts > 0 {
		return n.MaxAttempts
	}
	return 8
}

func (n *Notifier) send(ctx context.Context, nt store.Notification) error {
	switch nt.Channel {
	case ChannelEmail:
		if n.Mail == nil || n.TeamAddress == "" {
			return errors.New("no team address configured")
		}
		return n.Mail.SendRaw(ctx, n.TeamAddress, n.compose(nt))
	case ChannelWebhook:
		return n.post(ctx, nt)
	}
	return fmt.Errorf("unknown channel %q", nt.Channel)
}

var subjects = map[string]string{
	store.NotifyEmergency:       "EMERGENCY request",
	store.NotifyFirstTimeSender: "first request from a new sender",
	store.NotifyReplyFailed:     "a reply failed",
	store.NotifyIntakeStalled:   "intake stalled",
	store.NotifyDueSoon:         "request due soon",
}

// compose writes the e-mail; the summary quotes what a sender wrote (the
// subject), so it is put on one line and encoded.
func (n *Notifier) compose(nt store.Notification) []byte {
	var b bytes.Buffer
	oneLine := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
				return ' '
			}
			return r
		}, s)
	}
	subject := "[lerd] " + subjects[nt.Kind]
	if nt.RequestRef != "" {
		subject += " " + nt.RequestRef
	}
	var id [10]byte
	rand.Read(id[:])
	domain := n.From[strings.LastIndex(n.From, "@")+1:]
	fmt.Fprintf(&b, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <lerd-notify.%d.%s@%s>\r\n", n.From, n.TeamAddress,
		mime.QEncoding.Encode("utf-8", oneLine(subject)), n.Now().Format(time.RFC1123Z), nt.ID, hex.EncodeToString(id[:]), domain)
	b.WriteString("Auto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	fmt.Fprintf(&b, "%s\r\n", oneLine(nt.Summary))
	if nt.RequestRef != "" {
		fmt.Fprintf(&b, "\r\nlerd queue show %s\r\n", nt.RequestRef)
	}
	return b.Bytes()
}

// post sends the webhook; any answer but 2xx is an error, retried.
func (n *Notifier) post(ctx context.Context, nt store.Notification) error {
	body, err := json.Marshal(Payload{Kind: nt.Kind, Request: nt.RequestRef, Summary: nt.Summary, At: n.Now().UTC().Format(time.RFC3339), ID: nt.ID})
	if err != nil {
		return err
	}
	client := n.HTTP
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.WebhookURL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("webhook: %w", redactURL(err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", fmt.Sprintf("lerd-%s-%d", nt.Kind, nt.ID))
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("webhook: %w", redactURL(err))
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook: %s answered %s", req.URL.Host, resp.Status)
	}
	return nil
}

// redactURL takes the URL out of an HTTP client's error: a webhook's
// path or query is often its secret (Slack, Teams), and the error is
// logged and kept in the notifications table.
func redactURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = RedactURL(ue.URL)
	}
	return err
}

// RedactURL keeps a webhook URL's scheme and host, to tell which server it
// names, and hides the rest, often its token.
func RedactURL(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return u.Scheme + "://" + u.Host + "/(redacted)"
	}
	return "(redacted)"
}

// Run scans and sends every interval, and at once on wake (the triage
// stage wakes it when a message is triaged, so an emergency is told at
// once), until ctx ends.
func (n *Notifier) Run(ctx context.Context, wake <-chan struct{}, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := n.Scan(ctx); err != nil && ctx.Err() == nil {
			n.Log.Error("notifications: scan", logkey.Err, err)
		}
		if _, err := n.SendDue(ctx); err != nil && ctx.Err() == nil {
			n.Log.Error("notifications: send", logkey.Err, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-t.C:
		}
	}
}
