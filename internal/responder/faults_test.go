package responder_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"lerd/internal/demo"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// edit returns raw with header fields replaced (set[key] = value; the whole
// field, continuation lines included) or, for keys it lacks, added.
func edit(raw []byte, set map[string]string) []byte {
	text := strings.ReplaceAll(string(raw), "\r\n", "\n")
	head, body, _ := strings.Cut(text, "\n\n")
	var out []string
	done := map[string]bool{}
	skipping := false
	for _, l := range strings.Split(head, "\n") {
		if skipping && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			continue
		}
		skipping = false
		k, _, _ := strings.Cut(l, ":")
		if v, ok := set[k]; ok && !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") {
			if !done[k] {
				out = append(out, k+": "+v)
			}
			done[k], skipping = true, true
			continue
		}
		out = append(out, l)
	}
	for k, v := range set {
		if !done[k] {
			out = append(out, k+": "+v)
		}
	}
	return []byte(strings.ReplaceAll(strings.Join(out, "\n")+"\n\n"+body, "\n", "\r\n"))
}

// TestReplyRecipientAndSubject runs real messages through triage and the
// planner: replies go to the authenticated From address only, a sender
// that is not verified law enforcement never sees its own subject in ours,
// and a subject with an encoded line break is flattened, not a failed reply.
func TestReplyRecipientAndSubject(t *testing.T) {
	ref := regexp.MustCompile(`^Re: .* \[LER-\d{4}-\d{6}\]$`)
	tests := []struct {
		name, corpus string
		set          map[string]string
		to           string
		subject      string // the reply's subject holds this
		notSubject   string // and not this
	}{
		{"free-mail Reply-To on the same domain is never used", "002-gmail-detective-subpoena",
			map[string]string{"Reply-To": "victim@gmail.com", "Subject": "BUY CHEAP MEDS subpoena"},
			"det.kbrennan.pd@gmail.com", "Re: Your request [LER-", "MEDS"},
		{"Reply-To that is the From address", "002-gmail-detective-subpoena",
			map[string]string{"Reply-To": "Det. Brennan <Det.KBrennan.PD@gmail.com>"},
			"det.kbrennan.pd@gmail.com", "Re: Your request [LER-", "MPD-26-004417"},
		{"agency Reply-To on its own domain is not used either", "001-fbi-subpoena-pdf",
			map[string]string{"Reply-To": "records-desk@fbi.gov", "Subject": "Grand jury subpoena 26-118"},
			"rthornton@fbi.gov", "Re: Grand jury subpoena 26-118 [LER-", ""},
		{"agency subject with an encoded CR LF is flattened", "001-fbi-subpoena-pdf",
			map[string]string{"Subject": "=?utf-8?q?Subpoena_26-118=0D=0ABcc:_victim@example.com?="},
			"rthornton@fbi.gov", "Re: Subpoena 26-118 Bcc: victim@example.com [LER-", "\n"},
		{"unauthenticated agency gets a fixed subject", "001-fbi-subpoena-pdf",
			map[string]string{"Authentication-Results": "mx.provider.test; dmarc=fail header.from=fbi.gov", "Subject": "Click here now"},
			"rthornton@fbi.gov", "Re: Your request [LER-", "Click"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, st, _, _ := setupRaw(t, edit(corpusCase(t, tt.corpus), tt.set))
			ctx := context.Background()
			rows, err := st.Replies(ctx, "")
			if err != nil || len(rows) == 0 {
				reqs, _ := st.ListRequests(ctx)
				t.Fatalf("no reply planned (%v); requests %+v", err, reqs)
			}
			for _, r := range rows {
				if r.To != tt.to {
					t.Errorf("%s goes to %s, want %s", r.Kind, r.To, tt.to)
				}
				if !strings.Contains(r.Subject, tt.subject) || tt.notSubject != "" && strings.Contains(r.Subject, tt.notSubject) || !ref.MatchString(r.Subject) {
					t.Errorf("%s subject %q: want %q in it, not %q", r.Kind, r.Subject, tt.subject, tt.notSubject)
				}
			}
			req, err := st.GetRequest(ctx, rows[0].RequestRef)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.EqualFold(req.Sender, tt.to) {
				t.Errorf("the queue names %s as the sender, replies go to %s", req.Sender, tt.to)
			}
			if strings.Contains(strings.Join(req.Flags, " "), "reply_failed") {
				t.Errorf("request flagged reply_failed: %v", req.Flags)
			}
		})
	}
}

// junk is a short subpoena from n authenticated Gmail users: each gets a
// rejection (an agency-issued address is required), which is not to
// verified law enforcement.
func junk(t *testing.T, n int) [][]byte {
	var out [][]byte
	for i := range n {
		out = append(out, []byte(fmt.Sprintf("Authentication-Results: mx.provider.test; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com\r\n"+
			"From: Kyle Brennan <someone.%[1]d@gmail.com>\r\nTo: law-enforcement@provider.test\r\nSubject: Subpoena for records %[1]d\r\n"+
			"Date: Tue, 08 Sep 2026 16:02:51 -0400\r\nMessage-ID: <junk%[1]d@gmail.com>\r\n\r\n"+
			"Attached is a subpoena for subscriber records of example%[1]d.com from August 1, 2026 to August 31, 2026.\r\n\r\n"+
			"Det. Kyle Brennan\r\nMetro Police Department\r\n(555) 201-44%02[1]d\r\n", i)))
	}
	return out
}

// TestVerifiedAgencyOwnBudget queues 60 replies to free-mail senders and
// then one to the FBI: the agency's acknowledgement goes out in the first
// pass, whether the others are still queued or have used up their budget.
func TestVerifiedAgencyOwnBudget(t *testing.T) {
	for _, tt := range []struct {
		name      string
		firstPass bool // the junk has had a pass before the FBI's reply is queued
	}{
		{"junk queued first", false},
		{"junk budget used up", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, p, sink, now := setupPipeline(t, junk(t, 60)...)
			ctx := context.Background()
			if tt.firstPass {
				if n, err := s.SendDue(ctx); err != nil || n != 30 {
					t.Fatalf("first pass sent %d (%v), want the budget of 30", n, err)
				}
			}
			ingest(t, p, corpusCase(t, "001-fbi-subpoena-pdf"))
			*now = time.Now().Add(time.Second) // the reply is due; the junk sent stays within the minute
			if _, err := s.SendDue(ctx); err != nil {
				t.Fatal(err)
			}
			if n := len(sink.SentTo("rthornton@fbi.gov")); n != 1 {
				t.Fatalf("FBI reply not sent in the first pass after it was queued (sink has %d messages)", len(sink.Messages()))
			}
			if n := len(sink.Messages()); n != 31 {
				t.Fatalf("sink got %d messages, want 30 junk (their budget) and the FBI's", n)
			}
		})
	}
}

func noDuplicates(t *testing.T, sink *demo.SMTPSink, want int) {
	t.Helper()
	d := sink.Deliveries()
	for id, n := range d {
		if n != 1 {
			t.Errorf("%s delivered %d times", id, n)
		}
	}
	if len(d) != want {
		t.Errorf("%d replies delivered, want %d", len(d), want)
	}
}

// TestTwoRespondersOneDatabase runs two senders, each with its own
// connection to one database file, at the same time: every reply is
// delivered exactly once.
func TestTwoRespondersOneDatabase(t *testing.T) {
	s1, st, sink, _ := setupRaw(t, junk(t, 12)...)
	s1.PerRecipientPerHour, s1.GlobalPerMinute = 0, 0
	sink.SlowData(30 * time.Millisecond)
	st2, err := store.Open(st.Path(), filepath.Join(t.TempDir(), "raw"))
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	s2 := *s1
	s2.Outbox = st2
	var wg sync.WaitGroup
	for _, s := range []*responder.Sender{s1, &s2} {
		wg.Go(func() {
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	noDuplicates(t, sink, 12)
}

// TestShutdownWhileSending cancels the sender's context (SIGTERM) while
// the server is taking a reply: the reply is recorded as sent and never
// sent again; one not yet begun stays pending, not claimed.
func TestShutdownWhileSending(t *testing.T) {
	s, st, sink, _ := setupRaw(t, junk(t, 2)...)
	sink.SlowData(400 * time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	if _, err := s.SendDue(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("SendDue = %v, want cancelled", err)
	}
	rows, _ := st.Replies(context.Background(), "")
	if rows[0].State != store.ReplySent || rows[1].State != store.ReplyPending {
		t.Fatalf("after shutdown: %s, %s; want sent, pending", rows[0].State, rows[1].State)
	}
	sink.SlowData(0)
	if _, err := s.SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	noDuplicates(t, sink, 2)
}

// TestRecordRetriedWhileLocked holds the database's write lock from
// another connection, longer than SQLite's busy timeout, while the server
// takes a reply: the outcome is recorded once the lock is gone, before
// anything else is sent, and the reply is not sent again.
func TestRecordRetriedWhileLocked(t *testing.T) {
	t.Parallel() // it mostly waits for the lock
	s, st, sink, _ := setupRaw(t, junk(t, 2)...)
	db, err := sql.Open("sqlite3", "file:"+st.Path()+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var once sync.Once
	locked := make(chan error, 1)
	sink.FailWith(func(demo.Sent) error {
		once.Do(func() {
			tx, err := db.Begin()
			if err == nil {
				_, err = tx.Exec(`UPDATE outbox SET last_error = last_error WHERE id = 0`)
			}
			locked <- err
			if err == nil {
				time.AfterFunc(12*time.Second, func() { tx.Commit() })
			}
		})
		return nil
	})
	if _, err := s.SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := <-locked; err != nil {
		t.Fatal(err)
	}
	if _, err := s.SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	rows, _ := st.Replies(context.Background(), "")
	for _, r := range rows {
		if r.State != store.ReplySent {
			t.Errorf("reply %d is %s (%s)", r.ID, r.State, r.LastError)
		}
	}
	noDuplicates(t, sink, 2)
}

// within fails the test if fn has not returned after limit: the old code
// waited five minutes per command on a silent server.
func within(t *testing.T, limit time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("still waiting after %s", limit)
	}
}

// TestSilentServer points the sender at a server that accepts and never
// greets: the pass gives up after the command timeout, once for all
// replies, and shutdown ends it at once; no reply is left claimed.
func TestSilentServer(t *testing.T) {
	for _, tt := range []struct {
		name     string
		timeout  time.Duration
		cancelIn time.Duration
	}{
		{"command timeout", 300 * time.Millisecond, 0},
		{"shutdown", time.Hour, 200 * time.Millisecond},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, st, _, _ := setupRaw(t, junk(t, 3)...)
			silent, err := demo.StartSilent()
			if err != nil {
				t.Fatal(err)
			}
			defer silent.Close()
			s.SMTP.Address, s.Timeout = silent.Addr, tt.timeout
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelIn > 0 {
				time.AfterFunc(tt.cancelIn, cancel)
			}
			within(t, 20*time.Second, func() { s.SendDue(ctx) })
			if n := silent.Accepted(); n != 1 {
				t.Errorf("%d connections for one pass, want 1", n)
			}
			rows, _ := st.Replies(context.Background(), "")
			for _, r := range rows {
				if r.State != store.ReplyPending {
					t.Errorf("reply %d is %s", r.ID, r.State)
				}
			}
			if tt.cancelIn == 0 && !strings.Contains(rows[0].LastError, "timeout") {
				t.Errorf("last error %q does not say timeout", rows[0].LastError)
			}
		})
	}
}

// TestRunLoopsAndWakes runs the responder with a 30 s interval: a backlog
// larger than one batch goes out without waiting for the next tick, and a
// transient failure is retried after retry_min (1 s), not the interval.
func TestRunLoopsAndWakes(t *testing.T) {
	for _, tt := range []struct {
		name    string
		msgs    int
		refuseN int // the first n deliveries get 451
	}{
		{"more than one batch", responder.Batch + 20, 0},
		{"retry_min below the interval", 1, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, _, sink, _ := setupRaw(t, junk(t, tt.msgs)...)
			s.Now, s.BackoffMin, s.BackoffMax = time.Now, time.Second, 2*time.Second
			s.PerRecipientPerHour, s.GlobalPerMinute = 0, 0
			var refused atomic.Int32
			sink.FailWith(func(demo.Sent) error {
				if refused.Add(1) <= int32(tt.refuseN) {
					return &smtp.SMTPError{Code: 451, Message: "try later"}
				}
				return nil
			})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { defer close(done); s.Run(ctx, nil, 30*time.Second) }()
			deadline := time.Now().Add(25 * time.Second)
			for len(sink.Messages()) < tt.msgs && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			cancel()
			<-done
			if n := len(sink.Messages()); n != tt.msgs {
				t.Fatalf("%d of %d replies sent before the next 30 s tick", n, tt.msgs)
			}
		})
	}
}
