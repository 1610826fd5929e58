package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func save(t *testing.T, s *Store, raw, msgID, from, subject string, origin Origin) SaveResult {
	t.Helper()
	sp, err := s.SpoolRaw(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Discard()
	res, err := s.Save(context.Background(), NewMessage{Spool: sp, Origin: origin, MessageID: msgID, From: from, Subject: subject, Status: StatusParsed},
		func(prior *Request) RequestUpdate {
			return RequestUpdate{State: "open", Decision: "acknowledge", Sender: from, Subject: subject}
		})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSaveDeduplicates(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := save(t, s, "Subject: a\r\n\r\nbody\r\n", "a@x", "agent@fbi.gov", "a", Origin{Source: "t", Mailbox: "INBOX", UIDValidity: 1, UID: 1})
	if a.Duplicate || a.Ref != "LER-"+a.Ref[4:8]+"-000001" {
		t.Fatalf("first save = %+v", a)
	}
	// Same bytes again (re-fetch after a crash, new UID): a duplicate.
	b := save(t, s, "Subject: a\r\n\r\nbody\r\n", "a@x", "agent@fbi.gov", "a", Origin{Source: "t", Mailbox: "INBOX", UIDValidity: 1, UID: 2})
	if !b.Duplicate || b.MessageID != a.MessageID {
		t.Fatalf("same bytes not a duplicate: %+v", b)
	}
	// Same Message-ID, other bytes (re-delivered with new Received lines).
	c := save(t, s, "Received: x\r\nSubject: a\r\n\r\nbody\r\n", "a@x", "agent@fbi.gov", "a", Origin{Source: "t"})
	if !c.Duplicate {
		t.Fatalf("same Message-ID not a duplicate: %+v", c)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Requests != 1 || st.Messages != 2 || st.Duplicates != 1 {
		t.Fatalf("stats = %+v, want 1 request, 2 messages, 1 duplicate", st)
	}
	for _, uid := range []uint32{1, 2} {
		ok, err := s.UIDCommitted(ctx, "INBOX", 1, uid)
		if err != nil || !ok {
			t.Fatalf("uid %d not recorded: %v", uid, err)
		}
	}
}

func TestFollowUpJoinsOnlySameDomain(t *testing.T) {
	s := openTest(t)
	first := save(t, s, "1", "orig@fdle.state.fl.us", "agent@fdle.state.fl.us", "Subpoena", Origin{Source: "t"})
	// A reply quoting our reference from the same agency joins.
	j := save(t, s, "2", "r1@fdle.state.fl.us", "agent@fdle.state.fl.us", "Re: Subpoena ["+first.Ref+"]", Origin{Source: "t"})
	if !j.Joined || j.Ref != first.Ref {
		t.Fatalf("follow-up did not join: %+v", j)
	}
	// A stranger quoting the same reference does not.
	x := save(t, s, "3", "r2@evil.example", "x@evil.example", "Re: ["+first.Ref+"]", Origin{Source: "t"})
	if x.Joined || x.Ref == first.Ref {
		t.Fatalf("stranger joined the request: %+v", x)
	}
}

func TestEventsAreAppendOnly(t *testing.T) {
	s := openTest(t)
	save(t, s, "x", "m@x", "a@fbi.gov", "s", Origin{Source: "t"})
	if _, err := s.db.Exec(`UPDATE events SET kind = 'tampered'`); err == nil {
		t.Fatal("events could be updated")
	}
	if _, err := s.db.Exec(`DELETE FROM events`); err == nil {
		t.Fatal("events could be deleted")
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 2; i++ {
		s, err := Open(filepath.Join(dir, "l.db"), filepath.Join(dir, "raw"))
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.SchemaVersion()
		if err != nil || v != 1 {
			t.Fatalf("schema version = %d, %v", v, err)
		}
		s.Close()
	}
}
