package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestClaimAndRecover checks that a reply is claimed once only, that a
// claimed reply is not due, and that RecoverSending (run by the next
// serve) makes what a stopped process left claimed due again.
func TestClaimAndRecover(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	writeReply(t, s, Reply{Kind: "acknowledgement", DedupeKey: "acknowledgement", To: "a@fbi.gov", Subject: "s", Body: "b", State: ReplyPending, Domain: "provider.test"})
	now := time.Now().Add(time.Second)
	due, _ := s.DueReplies(ctx, now, 10)
	if len(due) != 1 {
		t.Fatalf("%d due", len(due))
	}
	other, err := Open(s.Path(), filepath.Join(t.TempDir(), "raw"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	for i, st := range []*Store{s, other, s} {
		ok, err := st.ClaimReply(ctx, due[0].ID, now)
		if err != nil || ok != (i == 0) {
			t.Fatalf("claim %d = %v, %v; want only the first to succeed", i, ok, err)
		}
	}
	if d, _ := s.DueReplies(ctx, now, 10); len(d) != 0 {
		t.Fatal("a claimed reply is due")
	}
	if _, ok, _ := s.NextReplyDue(ctx); ok {
		t.Fatal("a claimed reply counts as pending")
	}
	if n, err := s.RecoverSending(ctx); err != nil || n != 1 {
		t.Fatalf("recovered %d, %v", n, err)
	}
	next, ok, err := s.NextReplyDue(ctx)
	if err != nil || !ok || next.After(now) {
		t.Fatalf("next due %v %v %v, want due by %v", next, ok, err, now)
	}
}

// writeReply stores a message from r.To and triages it into a request
// with the one reply r; it returns the request's reference.
func writeReply(t *testing.T, s *Store, r Reply) string {
	t.Helper()
	ctx := context.Background()
	sp, _ := s.SpoolRaw(strings.NewReader(r.To + r.DedupeKey))
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, From: r.To, Status: StatusParsed}}); err != nil {
		t.Fatal(err)
	}
	pending, _ := s.Pending(ctx, 10)
	res, err := s.Triage(ctx, pending[0], Findings{}, nil, func(*Request, string) RequestUpdate {
		return RequestUpdate{State: "open", Sender: r.To, Replies: []Reply{r}}
	})
	if err != nil {
		t.Fatal(err)
	}
	return res.Ref
}

// TestLock checks that a second holder of a database's lock is refused
// with ErrLocked, told who holds it, and may take it once it is released.
func TestLock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "lerd.db")
	release, err := Lock(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(db); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "process ") {
		t.Fatalf("second lock: %v, want ErrLocked naming the holder", err)
	}
	release()
	release2, err := Lock(db)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	release2()
}
