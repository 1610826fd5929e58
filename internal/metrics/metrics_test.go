package metrics

import (
	"context"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// stage spools raw and returns it as a message of status, to commit.
func stage(t *testing.T, s *store.Store, raw, status string) store.NewMessage {
	t.Helper()
	sp, err := s.SpoolRaw(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return store.NewMessage{Spool: sp, Origin: store.Origin{Source: "test"}, Status: status, MessageID: "<" + raw + "@test>"}
}

// TestMetrics: what the process counted and what the store holds, as a
// scrape of /metrics shows them.
func TestMetrics(t *testing.T) {
	ctx := context.Background()
	s := pipelinetest.Store(t)
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	m := New(s, []string{"INBOX", "Junk"}, func() time.Time { return now }, nil)

	// Four messages fetched and committed: a good one, a malformed one, an
	// oversize one, and the good one's bytes again.
	batch := []store.NewMessage{
		stage(t, s, "good", store.StatusParsed), stage(t, s, "broken", store.StatusMalformed),
		stage(t, s, "huge", store.StatusOversize), stage(t, s, "good", store.StatusParsed),
	}
	for range batch {
		m.Fetched()
	}
	res, err := s.SaveBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	m.Committed(batch, res)
	// The good one becomes an emergency request with a held reply.
	pending, err := s.Pending(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pending {
		if _, err := s.Triage(ctx, p, store.Findings{}, nil, func(*store.Request, string) store.RequestUpdate {
			u := store.RequestUpdate{State: "needs_review", Sender: "det@pd.example.gov", Emergency: i == 0}
			if i == 0 {
				u.Replies = []store.Reply{{Kind: "acknowledgement", DedupeKey: "ack", To: "det@pd.example.gov", Subject: "s", Body: "b", State: store.ReplyHeld, Domain: "provider.test"}}
			}
			return u
		}); err != nil {
			t.Fatal(err)
		}
	}
	m.Pass("INBOX", 1500*time.Millisecond, now)
	m.Triaged(200 * time.Millisecond)
	m.SendFailed(responder.FailRefused)
	m.SendFailed(responder.FailUnavailable)
	m.SendFailed(responder.FailUnavailable)
	// The requests were created at the real time; the scrape's clock is
	// set 90 s after the oldest.
	g, err := s.Gauges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	now = g.OldestUndecided.Add(90 * time.Second)

	want := `
# HELP lerd_messages_fetched_total Messages read from the IMAP server (each fetch, also of a message fetched again after a failure).
# TYPE lerd_messages_fetched_total counter
lerd_messages_fetched_total 4
# HELP lerd_messages_stored_total Messages committed to the store that it did not hold before.
# TYPE lerd_messages_stored_total counter
lerd_messages_stored_total 3
# HELP lerd_messages_duplicate_total Messages committed as duplicates: the same bytes or Message-ID were stored before.
# TYPE lerd_messages_duplicate_total counter
lerd_messages_duplicate_total 1
# HELP lerd_messages_malformed_total Messages stored raw that could not be parsed (sent to review).
# TYPE lerd_messages_malformed_total counter
lerd_messages_malformed_total 1
# HELP lerd_messages_oversize_total Messages stored raw, not parsed, because they exceed imap.max_message_bytes.
# TYPE lerd_messages_oversize_total counter
lerd_messages_oversize_total 1
# HELP lerd_send_failures_total Replies the SMTP server did not take, by reason: refused (for good), unavailable (no session), transient (retried).
# TYPE lerd_send_failures_total counter
lerd_send_failures_total{reason="refused"} 1
lerd_send_failures_total{reason="transient"} 0
lerd_send_failures_total{reason="unavailable"} 2
# HELP lerd_imap_last_pass_timestamp_seconds When the last IMAP pass over a watched mailbox completed (Unix time); 0 before the first.
# TYPE lerd_imap_last_pass_timestamp_seconds gauge
lerd_imap_last_pass_timestamp_seconds{mailbox="INBOX"} 1.7963856e+09
lerd_imap_last_pass_timestamp_seconds{mailbox="Junk"} 0
# HELP lerd_requests Requests in the queue, by state (open, needs_review, decided, …).
# TYPE lerd_requests gauge
lerd_requests{state="needs_review"} 3
# HELP lerd_replies Replies in the outbox, by state (pending, sending, sent, held, failed, dry_run, …).
# TYPE lerd_replies gauge
lerd_replies{state="held"} 1
# HELP lerd_emergencies_undecided Emergency requests the compliance team has not decided.
# TYPE lerd_emergencies_undecided gauge
lerd_emergencies_undecided 1
# HELP lerd_oldest_undecided_age_seconds Age of the oldest request not decided; 0 when there is none.
# TYPE lerd_oldest_undecided_age_seconds gauge
lerd_oldest_undecided_age_seconds 90
# HELP lerd_messages_awaiting_triage Stored messages not triaged yet.
# TYPE lerd_messages_awaiting_triage gauge
lerd_messages_awaiting_triage 0
# HELP lerd_queue_up 1 when the queue's sizes could be read from the store at this scrape, else 0 (and they are missing).
# TYPE lerd_queue_up gauge
lerd_queue_up 1
`
	names := []string{"lerd_messages_fetched_total", "lerd_messages_stored_total", "lerd_messages_duplicate_total",
		"lerd_messages_malformed_total", "lerd_messages_oversize_total", "lerd_send_failures_total",
		"lerd_imap_last_pass_timestamp_seconds", "lerd_requests", "lerd_replies", "lerd_emergencies_undecided",
		"lerd_oldest_undecided_age_seconds", "lerd_messages_awaiting_triage", "lerd_queue_up"}
	if err := testutil.GatherAndCompare(m.Registry(), strings.NewReader(want), names...); err != nil {
		t.Fatal(err)
	}
	// The histograms, through the HTTP handler, in the text format.
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, line := range []string{
		"lerd_imap_pass_duration_seconds_bucket{mailbox=\"INBOX\",le=\"1\"} 0", "lerd_imap_pass_duration_seconds_bucket{mailbox=\"INBOX\",le=\"2.5\"} 1",
		"lerd_imap_pass_duration_seconds_count{mailbox=\"INBOX\"} 1", "lerd_triage_duration_seconds_bucket{le=\"0.25\"} 1",
		"lerd_triage_duration_seconds_count 1", "go_goroutines ", "process_resident_memory_bytes ",
	} {
		if !strings.Contains(string(body), "\n"+line) {
			t.Errorf("/metrics has no line %q", line)
		}
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q", ct)
	}

	// A second Metrics has its own registry and counts from zero.
	m2 := New(s, nil, nil, nil)
	if got := testutil.ToFloat64(m2.fetched); got != 0 {
		t.Errorf("a new Metrics starts at %v fetched", got)
	}

	// A store that cannot be read: the queue is reported down, the
	// process's counters still answer.
	s.Close()
	if err := testutil.GatherAndCompare(m.Registry(), strings.NewReader(`
# HELP lerd_queue_up 1 when the queue's sizes could be read from the store at this scrape, else 0 (and they are missing).
# TYPE lerd_queue_up gauge
lerd_queue_up 0
`), "lerd_queue_up", "lerd_requests"); err != nil {
		t.Fatal(err)
	}
	if got := testutil.ToFloat64(m.fetched); got != 4 {
		t.Errorf("fetched %v after the store closed", got)
	}
}
