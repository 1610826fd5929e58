package notify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"lerd/internal/demo"
	"lerd/internal/notify"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// hook is a webhook receiver that refuses its first call.
type hook struct {
	mu       sync.Mutex
	calls    int
	received []notify.Payload
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	if h.calls == 1 {
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	var p notify.Payload
	if r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&p) != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	h.received = append(h.received, p)
}

// TestNotifyOnceEach: every kind of event is told once per channel, by
// e-mail through a real SMTP sink and by webhook; a refused webhook is
// retried; scanning again, and a second process on the same database,
// add and send nothing more.
func TestNotifyOnceEach(t *testing.T) {
	ctx := context.Background()
	clock := time.Now().Add(-20 * 24 * time.Hour)
	now := func() time.Time { return clock }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	refs := map[string]string{}
	for _, c := range []string{"021-content-with-subpoena-only", "030-fbi-emergency-kidnapping"} {
		out, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, c)), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs[c] = out.Ref
		clock = time.Now()
	}
	st := p.Store
	// Intake last passed an hour ago; a reply failed for good.
	clock = time.Now().Add(-time.Hour)
	if err := st.SetCheckpoint(ctx, "INBOX", store.Checkpoint{UIDValidity: 1, LastUID: 7}); err != nil {
		t.Fatal(err)
	}
	clock = time.Now()
	replies, err := st.Replies(ctx, refs["030-fbi-emergency-kidnapping"])
	if err != nil || len(replies) == 0 {
		t.Fatalf("replies: %v %v", replies, err)
	}
	if err := st.ReplyAttempt(ctx, replies[0].ID, store.ReplyFailed, time.Now(), "550 no such user"); err != nil {
		t.Fatal(err)
	}

	sink, err := demo.StartSMTP()
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	h := &hook{}
	web := httptest.NewServer(h)
	defer web.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	newNotifier := func(st *store.Store) *notify.Notifier {
		mail := &responder.Sender{SMTP: responder.SMTPConfig{Address: sink.Addr, Security: "plain"}, From: "lerd@provider.test", Log: log}
		return &notify.Notifier{Store: st, TeamAddress: "compliance@provider.test", From: "lerd@provider.test", Mail: mail,
			WebhookURL: web.URL, HTTP: &http.Client{Timeout: 5 * time.Second}, DueSoon: 24 * time.Hour, StalledAfter: 30 * time.Minute,
			Now: now, Log: log}
	}
	n := newNotifier(st)
	added, err := n.Scan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// emergency, two first-time senders, a failed reply, stalled intake,
	// one overdue stated deadline: six events, two channels each.
	if added != 12 {
		all, _ := st.Notifications(ctx, 100)
		t.Fatalf("scan added %d notices, want 12: %+v", added, all)
	}
	// A second process on the same database finds them all recorded.
	dir := filepath.Dir(st.Path())
	other, err := store.Open(st.Path(), filepath.Join(dir, "raw"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	n2 := newNotifier(other)
	if again, err := n2.Scan(ctx); err != nil || again != 0 {
		t.Fatalf("second scan added %d (%v), want 0", again, err)
	}
	// Both send at once: each notice goes out once.
	var wg sync.WaitGroup
	for _, x := range []*notify.Notifier{n, n2} {
		wg.Go(func() {
			if _, err := x.SendDue(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// The refused webhook call is retried after its back-off.
	clock = time.Now().Add(time.Minute)
	if _, err := n.SendDue(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := n2.SendDue(ctx); err != nil {
		t.Fatal(err)
	}

	mails := sink.Messages()
	var subjects []string
	for _, m := range mails {
		if strings.Join(m.To, ",") != "compliance@provider.test" {
			t.Errorf("notice sent to %v", m.To)
		}
		for _, l := range strings.Split(string(m.Data), "\r\n") {
			if s, ok := strings.CutPrefix(l, "Subject: "); ok {
				subjects = append(subjects, s)
			}
		}
	}
	sort.Strings(subjects)
	want := []string{
		"[lerd] EMERGENCY request " + refs["030-fbi-emergency-kidnapping"],
		"[lerd] a reply failed " + refs["030-fbi-emergency-kidnapping"],
		"[lerd] first request from a new sender " + refs["021-content-with-subpoena-only"],
		"[lerd] first request from a new sender " + refs["030-fbi-emergency-kidnapping"],
		"[lerd] intake stalled",
		"[lerd] request due soon " + refs["021-content-with-subpoena-only"],
	}
	if strings.Join(subjects, "\n") != strings.Join(want, "\n") {
		t.Errorf("e-mails:\n%s\nwant:\n%s", strings.Join(subjects, "\n"), strings.Join(want, "\n"))
	}
	h.mu.Lock()
	kinds := map[string]int{}
	for _, p := range h.received {
		kinds[p.Kind]++
	}
	calls := h.calls
	h.mu.Unlock()
	if len(kinds) != 5 || kinds[store.NotifyFirstTimeSender] != 2 || kinds[store.NotifyEmergency] != 1 || calls != 7 {
		t.Errorf("webhook got %v in %d calls, want 6 notices, one refused call", kinds, calls)
	}
	by, err := st.NotificationsByState(ctx)
	if err != nil || by[store.NotificationSent] != 12 || len(by) != 1 {
		t.Errorf("notifications by state: %v %v", by, err)
	}
}

// A webhook that never answers is cut off by the client's timeout and
// retried later, not waited on for ever; after MaxAttempts it is failed.
func TestWebhookTimeoutRetriedThenFailed(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	if _, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, "030-fbi-emergency-kidnapping")), store.Origin{Source: "t"}); err != nil {
		t.Fatal(err)
	}
	block := make(chan struct{})
	web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
	defer web.Close()
	defer close(block)
	clock := time.Now()
	n := &notify.Notifier{Store: p.Store, WebhookURL: web.URL, HTTP: &http.Client{Timeout: 100 * time.Millisecond},
		DueSoon: time.Hour, StalledAfter: time.Hour, MaxAttempts: 2, Now: func() time.Time { return clock }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if _, err := n.Scan(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if sent, err := n.SendDue(ctx); err != nil || sent != 0 {
			t.Fatalf("attempt %d: sent %d, %v", i+1, sent, err)
		}
		clock = clock.Add(time.Hour)
	}
	all, err := p.Store.Notifications(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, nt := range all {
		if nt.State != store.NotificationFailed || nt.Attempts != 2 || !strings.Contains(nt.LastError, "Timeout") {
			t.Errorf("%s: %s after %d attempts (%s), want failed after 2 timeouts", nt.Kind, nt.State, nt.Attempts, nt.LastError)
		}
	}
}

// TestWebhookURLNotLogged: a webhook's path and query are often its secret
// (Slack, Teams); an HTTP error names the URL, and the error is logged and
// kept in the notifications table. Neither may hold the secret; the host
// stays, to tell which server failed.
func TestWebhookURLNotLogged(t *testing.T) {
	block := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
	defer slow.Close()
	defer close(block)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	const secret = "T0KEN-8c1f2e"
	for _, tt := range []struct{ name, url string }{
		{"timeout", slow.URL + "/hooks/" + secret + "?sig=" + secret},
		{"refused", closed.URL + "/hooks/" + secret},
		{"unparsable", "http://[::1/hooks/" + secret},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			p := pipelinetest.New(t, 1<<20, nil)
			if _, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, "030-fbi-emergency-kidnapping")), store.Origin{Source: "t"}); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			n := &notify.Notifier{Store: p.Store, WebhookURL: tt.url, HTTP: &http.Client{Timeout: 100 * time.Millisecond},
				DueSoon: time.Hour, StalledAfter: time.Hour, Now: time.Now, Log: slog.New(slog.NewTextHandler(&logs, nil))}
			if _, err := n.Scan(ctx); err != nil {
				t.Fatal(err)
			}
			if sent, err := n.SendDue(ctx); err != nil || sent != 0 {
				t.Fatalf("sent %d, %v", sent, err)
			}
			all, err := p.Store.Notifications(ctx, 10)
			if err != nil || len(all) == 0 {
				t.Fatalf("%d notifications, %v", len(all), err)
			}
			for _, nt := range all {
				if nt.LastError == "" || strings.Contains(nt.LastError, secret) {
					t.Errorf("recorded error %q", nt.LastError)
				}
			}
			if !strings.Contains(logs.String(), "notification not sent") || strings.Contains(logs.String(), secret) {
				t.Errorf("log:\n%s", logs.String())
			}
			if tt.name != "unparsable" && !strings.Contains(all[0].LastError, strings.TrimPrefix(slow.URL, "http://")[:len("127.0.0.1")]) {
				t.Errorf("recorded error %q does not name the host", all[0].LastError)
			}
		})
	}
}
