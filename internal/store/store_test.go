package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
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

// joinSender is a test router: a message joins the first request it names
// whose senders include its From address, and claims it otherwise; it
// never joins a request only because its sender opened it.
func joinSender(p Pending) Router {
	return func(cands []ThreadCandidate) Route {
		var claim string
		for _, c := range cands {
			if c.Via == ViaSender {
				continue
			}
			if slices.Contains(c.Senders, strings.ToLower(p.From)) {
				return Route{Join: c.Request}
			}
			claim = cmp.Or(claim, c.Request.Ref)
		}
		return Route{Claims: claim}
	}
}

// save commits one message and triages everything pending, as the
// pipeline does, with joinSender and a decider that acknowledges.
func save(t *testing.T, s *Store, raw, msgID, from, subject string, origin Origin) SaveResult {
	t.Helper()
	ctx := context.Background()
	sp, err := s.SpoolRaw(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Discard()
	res, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: origin, MessageID: msgID, From: from, Subject: subject, Status: StatusParsed}})
	if err != nil {
		t.Fatal(err)
	}
	out := res[0]
	pending, err := s.Pending(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pending {
		r, err := s.Triage(ctx, p, Findings{}, joinSender(p), func(prior *Request, ref string) RequestUpdate {
			return RequestUpdate{State: "open", Decision: "acknowledge", Sender: p.From, Subject: p.Subject}
		})
		if err != nil {
			t.Fatal(err)
		}
		if p.ID == out.MessageID {
			out = r
		}
	}
	return out
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
	// Same Message-ID and sender, no Date, another subject: not one
	// message.
	e := save(t, s, "Subject: other\r\n\r\nanother body\r\n", "a@x", "agent@fbi.gov", "other", Origin{Source: "t"})
	if e.Duplicate {
		t.Fatalf("a dateless message of the same sender and Message-ID with another subject is a duplicate: %+v", e)
	}
	// Same Message-ID, sender and Date, its subject tagged by a gateway
	// on the way: the same message.
	dated := func(raw, subject string) SaveResult {
		sp, err := s.SpoolRaw(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		defer sp.Discard()
		res, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, MessageID: "dated@x", From: "agent@fbi.gov", Subject: subject, Date: "Mon, 02 Nov 2026 10:00:00 -0500", Status: StatusParsed}})
		if err != nil {
			t.Fatal(err)
		}
		return res[0]
	}
	if f := dated("Subject: x\r\n\r\nbody x\r\n", "x"); f.Duplicate {
		t.Fatalf("first dated message a duplicate: %+v", f)
	}
	if g := dated("Received: z\r\nSubject: [EXTERNAL] x\r\n\r\nbody x\r\n", "[EXTERNAL] x"); !g.Duplicate {
		t.Fatalf("same Message-ID, sender and date under a tagged subject not a duplicate: %+v", g)
	}
	// Same Message-ID from another sender (software that reuses
	// Message-IDs): a message of its own, in its own request.
	d := save(t, s, "Subject: b\r\n\r\nother body\r\n", "a@x", "clerk@court.example", "b", Origin{Source: "t"})
	if d.Duplicate || d.RequestID == 0 || d.RequestID == a.RequestID {
		t.Fatalf("another message reusing the Message-ID = %+v, want a request of its own", d)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Requests != 4 || st.Messages != 6 || st.Duplicates != 2 {
		t.Fatalf("stats = %+v, want 4 requests, 6 messages, 2 duplicates", st)
	}
	var reused int
	s.db.QueryRow(`SELECT count(*) FROM events WHERE kind = 'message_id_reused' AND message_id = ?`, d.MessageID).Scan(&reused)
	if reused != 1 {
		t.Fatalf("%d message_id_reused events for the second message, want 1", reused)
	}
	uids, err := s.CommittedUIDs(ctx, "INBOX", 1, 1, 10)
	if err != nil || !uids[1] || !uids[2] || len(uids) != 2 {
		t.Fatalf("committed uids = %v, %v; want 1 and 2", uids, err)
	}
	if uids, _ := s.CommittedUIDs(ctx, "INBOX", 1, 2, 2); len(uids) != 1 || !uids[2] {
		t.Fatalf("range 2..2 = %v", uids)
	}
}

// TestThreadCandidates checks what the store hands a Router: every request
// a message names (our reference in the subject, a Message-ID of its thread
// or of our replies), once, with the addresses that may continue it; and
// that it records what the router chose, a claim changing nothing on the
// claimed request.
func TestThreadCandidates(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	first := save(t, s, "1", "orig@fdle.state.fl.us", "Agent@FDLE.state.fl.us", "Subpoena", Origin{Source: "t"})
	other := save(t, s, "2", "orig@nypd.org", "det@nypd.org", "Preservation", Origin{Source: "t"})
	if err := s.AddSender(ctx, first.Ref, " Colleague@fdle.state.fl.us ", "reviewer"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddSender(ctx, first.Ref, "not an address", "reviewer"); err == nil {
		t.Fatal("AddSender took a malformed address")
	}
	type seen struct{ ref, via, senders string }
	third := save(t, s, "3", "orig3@nypd.org", "det@nypd.org", "Emergency", Origin{Source: "t"})
	tests := []struct {
		name, subject, inReplyTo string
		refs                     []string
		want                     []seen
	}{
		{"nothing named", "Subpoena", "", nil, nil},
		{"nothing named, the sender's requests newest first", "Re: Preservation", "unknown@x", nil, []seen{
			{third.Ref, ViaSender, "det@nypd.org"}, {other.Ref, ViaSender, "det@nypd.org"}}},
		{"reference", "Re: [" + first.Ref + "]", "", nil, []seen{{first.Ref, ViaReference, "agent@fdle.state.fl.us colleague@fdle.state.fl.us"}}},
		{"unknown reference", "Re: [LER-1999-000001]", "", nil, nil},
		{"in-reply-to", "Re: x", "orig@nypd.org", nil, []seen{{other.Ref, ViaMessageID, "det@nypd.org"}}},
		{"both name one request once", "Re: [" + first.Ref + "]", "orig@fdle.state.fl.us", []string{"orig@fdle.state.fl.us"},
			[]seen{{first.Ref, ViaReference, "agent@fdle.state.fl.us colleague@fdle.state.fl.us"}}},
		{"two requests, subject first", "Re: [" + first.Ref + "]", "", []string{"orig@nypd.org"},
			[]seen{{first.Ref, ViaReference, "agent@fdle.state.fl.us colleague@fdle.state.fl.us"}, {other.Ref, ViaMessageID, "det@nypd.org"}}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, _ := s.SpoolRaw(strings.NewReader(fmt.Sprint("case ", i)))
			from := fmt.Sprintf("x%d@evil.example", i)
			if strings.Contains(tt.name, "sender's requests") {
				from = "Det@NYPD.org"
			}
			if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, MessageID: fmt.Sprint("m", i, "@x"), From: from,
				Subject: tt.subject, InReplyTo: tt.inReplyTo, References: tt.refs, Status: StatusParsed}}); err != nil {
				t.Fatal(err)
			}
			pending, _ := s.Pending(ctx, 10)
			var got []seen
			res, err := s.Triage(ctx, pending[0], Findings{BySender: true}, func(cands []ThreadCandidate) Route {
				for _, c := range cands {
					got = append(got, seen{c.Request.Ref, c.Via, strings.Join(c.Senders, " ")})
				}
				return joinSender(Pending{From: "nobody@x"})(cands)
			}, func(prior *Request, ref string) RequestUpdate {
				return RequestUpdate{State: "needs_review", Sender: from}
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("candidates = %v, want %v", got, tt.want)
			}
			wantClaim := ""
			if len(tt.want) > 0 && tt.want[0].via != ViaSender {
				wantClaim = tt.want[0].ref
			}
			d, _ := s.GetRequest(ctx, res.Ref)
			if res.Joined || d.ClaimsRef != wantClaim {
				t.Fatalf("result %+v, claims %q; want a request of its own claiming %q", res, d.ClaimsRef, wantClaim)
			}
		})
	}
	orig, _ := s.GetRequest(ctx, first.Ref)
	if len(orig.Messages) != 1 || orig.UpdatedAt != orig.CreatedAt || len(orig.ClaimedBy) != 3 || !slices.Equal(orig.Senders, []string{"colleague@fdle.state.fl.us"}) {
		t.Fatalf("claimed request changed or claims not listed: %+v", orig)
	}

	// A router may only join a request the message names.
	sp, _ := s.SpoolRaw(strings.NewReader("stray"))
	s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, From: "det@nypd.org", Subject: "Re: [" + first.Ref + "]", Status: StatusParsed}})
	pending, _ := s.Pending(ctx, 10)
	otherReq, _ := s.GetRequest(ctx, other.Ref)
	if _, err := s.Triage(ctx, pending[0], Findings{}, func([]ThreadCandidate) Route { return Route{Join: &otherReq.Request} },
		func(*Request, string) RequestUpdate { return RequestUpdate{State: "open"} }); err == nil {
		t.Fatal("joined a request the message does not name")
	}
}

// TestFirstTimeSender flags a request whose sender never wrote before.
func TestFirstTimeSender(t *testing.T) {
	s := openTest(t)
	first := save(t, s, "1", "orig@fdle.state.fl.us", "agent@fdle.state.fl.us", "Subpoena", Origin{Source: "t"})
	j := save(t, s, "2", "r1@fdle.state.fl.us", "agent@fdle.state.fl.us", "Re: Subpoena ["+first.Ref+"]", Origin{Source: "t"})
	if !j.Joined || j.Ref != first.Ref {
		t.Fatalf("follow-up did not join: %+v", j)
	}
	x := save(t, s, "3", "r2@evil.example", "x@evil.example", "Re: ["+first.Ref+"]", Origin{Source: "t"})
	again := save(t, s, "4", "other@fdle.state.fl.us", "agent@fdle.state.fl.us", "Another subpoena", Origin{Source: "t"})
	for ref, want := range map[string]bool{first.Ref: true, x.Ref: true, again.Ref: false} {
		d, _ := s.GetRequest(context.Background(), ref)
		if got := slices.Contains(d.Flags, "first_time_sender"); got != want {
			t.Errorf("%s first_time_sender = %v, want %v", ref, got, want)
		}
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
	files, _ := fs.Glob(migrations, "migrations/*.sql")
	for i := 0; i < 2; i++ {
		s, err := Open(filepath.Join(dir, "l.db"), filepath.Join(dir, "raw"))
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.SchemaVersion()
		if err != nil || v != len(files) || v < 5 {
			t.Fatalf("schema version = %d, %v", v, err)
		}
		s.Close()
	}
}

// TestRawKeptByteForByte stores a batch of small messages (one segment),
// a large one (its own file) and reads a row written before migration 5
// (bytes in the row): all read back exactly.
func TestRawKeptByteForByte(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	small := []string{"Subject: one\r\n\r\nx\r\n", "Subject: two\r\n\r\nyy\r\n", ""}
	big := "Subject: big\r\n\r\n" + strings.Repeat("y", InlineMax+10)
	var batch []NewMessage
	for _, raw := range append(small, big) {
		sp, err := s.SpoolRaw(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		defer sp.Discard()
		batch = append(batch, NewMessage{Spool: sp, Origin: Origin{Source: "t"}, Status: StatusParsed})
	}
	if _, err := s.SaveBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	legacy := "Subject: legacy\r\n\r\nkept in the row\r\n"
	if _, err := s.db.Exec(`INSERT INTO messages (sha256, size, source, stored_at, status, raw) VALUES (?, ?, 't', '', 'parsed', ?)`,
		sha(legacy), len(legacy), []byte(legacy)); err != nil {
		t.Fatal(err)
	}
	for _, raw := range append(append(small, big), legacy) {
		rc, err := s.OpenRaw(sha(raw))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		if string(got) != raw {
			t.Fatalf("raw of %d bytes read back as %d bytes", len(raw), len(got))
		}
	}
	if _, err := os.Stat(s.RawPath(sha(big))); err != nil {
		t.Fatalf("large message not kept as a file: %v", err)
	}
	segs, _ := filepath.Glob(filepath.Join(s.rawDir, "seg", "*", "*.seg"))
	if len(segs) != 1 {
		t.Fatalf("segments = %v, want one for the batch", segs)
	}
	if fi, _ := os.Stat(segs[0]); fi.Size() != int64(len(small[0])+len(small[1])) {
		t.Fatalf("segment holds %d bytes, want the two small messages", fi.Size())
	}
}

// TestFailedCommitLeavesNoSegment makes the transaction fail after the
// segment was written and checks the segment is removed with it.
func TestFailedCommitLeavesNoSegment(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if _, err := s.db.Exec(`CREATE TRIGGER fail_insert BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		t.Fatal(err)
	}
	sp, _ := s.SpoolRaw(strings.NewReader("Subject: x\r\n\r\nbody\r\n"))
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, Status: StatusParsed}}); err == nil {
		t.Fatal("commit succeeded despite the trigger")
	}
	segs, _ := filepath.Glob(filepath.Join(s.rawDir, "seg", "*", "*.seg"))
	tmp, _ := filepath.Glob(filepath.Join(s.rawDir, "tmp", "*"))
	if len(segs)+len(tmp) != 0 {
		t.Fatalf("left behind: %v %v", segs, tmp)
	}
}

// TestTriageOnce checks that a message is triaged once even when two
// workers race for it.
func TestTriageOnce(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sp, _ := s.SpoolRaw(strings.NewReader("x"))
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, From: "a@fbi.gov", Status: StatusParsed}}); err != nil {
		t.Fatal(err)
	}
	pending, _ := s.Pending(ctx, 10)
	decide := func(*Request, string) RequestUpdate { return RequestUpdate{State: "open", Sender: "a@fbi.gov"} }
	for i := 0; i < 2; i++ {
		if _, err := s.Triage(ctx, pending[0], Findings{}, nil, decide); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Requests != 1 || st.Pending != 0 {
		t.Fatalf("stats = %+v, want one request and nothing pending", st)
	}
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// TestNeedsInfoSuperseded checks that a needs-info reply still waiting to be
// sent is dropped once the request is acknowledged, and that the same reply
// is never written twice.
func TestNeedsInfoSuperseded(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	triage := func(raw, msgID, subject string, replies ...Reply) {
		sp, _ := s.SpoolRaw(strings.NewReader(raw))
		if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, MessageID: msgID, From: "a@fbi.gov", Subject: subject, Status: StatusParsed}}); err != nil {
			t.Fatal(err)
		}
		pending, _ := s.Pending(ctx, 10)
		for _, p := range pending {
			if _, err := s.Triage(ctx, p, Findings{}, joinSender(p), func(*Request, string) RequestUpdate {
				return RequestUpdate{State: "open", Sender: "a@fbi.gov", Replies: replies}
			}); err != nil {
				t.Fatal(err)
			}
		}
	}
	ni := Reply{Kind: "needs_info", DedupeKey: "needs_info:missing_phone", To: "a@fbi.gov", Subject: "s", Body: "b", State: ReplyPending, Domain: "provider.test"}
	triage("one", "m1@x", "Subpoena", ni, ni)
	rows, _ := s.Replies(ctx, "")
	if len(rows) != 1 {
		t.Fatalf("%d replies written, want 1", len(rows))
	}
	ack := Reply{Kind: "acknowledgement", DedupeKey: "acknowledgement", To: "a@fbi.gov", Subject: "s", Body: "b", State: ReplyPending, Domain: "provider.test"}
	triage("two", "m2@x", "Re: Subpoena ["+rows[0].RequestRef+"]", ack)
	rows, _ = s.Replies(ctx, "")
	if len(rows) != 2 || rows[0].State != ReplySuperseded || rows[1].State != ReplyPending {
		t.Fatalf("outbox = %+v", rows)
	}
}

func TestReleaseHeld(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	ref := writeReply(t, s, Reply{Kind: "rejection", DedupeKey: "rejection", To: "a@fbl.gov", Subject: "s", Body: "b", State: ReplyHeld, Domain: "provider.test"})
	if due, _ := s.DueReplies(ctx, time.Now().Add(time.Hour), 10); len(due) != 0 {
		t.Fatal("a held reply is due")
	}
	if err := s.AddVerification(ctx, ref, Verification{Actor: "reviewer", Number: "+1 202 555 0100", Outcome: CallbackConfirmed}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.ReleaseHeld(ctx, ref, "reviewer", true); err != nil || n != 1 {
		t.Fatalf("release = %d, %v", n, err)
	}
	if due, _ := s.DueReplies(ctx, time.Now().Add(time.Hour), 10); len(due) != 1 {
		t.Fatal("released reply not due")
	}
}

// sizedReader is a reader that announces a size, like an IMAP literal,
// possibly a wrong one.
type sizedReader struct {
	io.Reader
	size int64
}

func (r sizedReader) Size() int64 { return r.size }

// TestSpoolSizedReader checks that a reader announcing its size is spooled
// exactly like any other, even when the announced size is wrong.
func TestSpoolSizedReader(t *testing.T) {
	s := openTest(t)
	for _, tt := range []struct {
		name string
		n    int
		size int64
	}{
		{"exact", 1000, 1000},
		{"empty", 0, 0},
		{"announced too small", 1000, 10},
		{"grows past the memory limit", InlineMax + 100, 100},
		{"large, not announced in memory", InlineMax + 100, InlineMax + 100},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := strings.Repeat("z", tt.n)
			sp, err := s.SpoolRaw(sizedReader{strings.NewReader(raw), tt.size})
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Discard()
			rc, _ := sp.Open()
			got, _ := io.ReadAll(rc)
			rc.Close()
			if sp.SHA256 != sha(raw) || sp.Size != int64(tt.n) || string(got) != raw {
				t.Fatalf("spooled %d bytes, sha %s; want %d bytes, sha %s", sp.Size, sp.SHA256, tt.n, sha(raw))
			}
		})
	}
}

// TestCommittedAndMovedUIDs commits more messages than one multi-row
// statement holds and checks which UIDs the store reports committed and
// moved.
func TestCommittedAndMovedUIDs(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var batch []NewMessage
	for i := 1; i <= 450; i++ {
		sp, _ := s.SpoolRaw(strings.NewReader(fmt.Sprintf("Subject: %d\r\n\r\nbody\r\n", i)))
		batch = append(batch, NewMessage{Spool: sp, Origin: Origin{Source: "imap:INBOX", Mailbox: "INBOX", UIDValidity: 7, UID: uint32(i)}, Status: StatusParsed})
	}
	if _, err := s.SaveBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	got, err := s.CommittedUIDs(ctx, "INBOX", 7, 1, 1000)
	if err != nil || len(got) != 450 || !got[1] || !got[450] {
		t.Fatalf("committed = %d UIDs, %v", len(got), err)
	}
	var moved []uint32
	for u := uint32(1); u <= 420; u++ {
		moved = append(moved, u)
	}
	if err := s.MarkMoved(ctx, "INBOX", 7, moved); err != nil {
		t.Fatal(err)
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM imap_uids WHERE moved = 1`).Scan(&n)
	if n != 420 {
		t.Fatalf("moved = %d, want 420", n)
	}
}

// TestUnreferencedSegments leaves a segment behind as a crash between its
// write and the commit would, and checks Segments reports it, and only it.
func TestUnreferencedSegments(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sp, _ := s.SpoolRaw(strings.NewReader("Subject: kept\r\n\r\nx\r\n"))
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, Status: StatusParsed}}); err != nil {
		t.Fatal(err)
	}
	orphan, _ := s.SpoolRaw(strings.NewReader("Subject: lost commit\r\n\r\ny\r\n"))
	seg := s.planSegment([]NewMessage{{Spool: orphan}})
	if err := s.writeSegment(&seg, []NewMessage{{Spool: orphan}}); err != nil {
		t.Fatal(err)
	}
	st, err := s.Segments(ctx)
	if err != nil || st.Count != 2 || len(st.Unreferenced) != 0 {
		t.Fatalf("%d segments, unreferenced %v, %v: a fresh segment may be a commit in progress", st.Count, st.Unreferenced, err)
	}
	s.SetClock(func() time.Time { return time.Now().Add(2 * time.Minute) })
	st, err = s.Segments(ctx)
	if err != nil || len(st.Unreferenced) != 1 || st.Unreferenced[0] != s.segmentPath(seg.name) {
		t.Fatalf("unreferenced = %v, %v; want %s", st.Unreferenced, err, s.segmentPath(seg.name))
	}
}

// TestReplyMessageIDUnguessable checks that our replies' Message-IDs carry
// 80 random bits besides the reference people read.
func TestReplyMessageIDUnguessable(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	ack := Reply{Kind: "acknowledgement", DedupeKey: "acknowledgement", To: "a@fbi.gov", Subject: "s", Body: "b", State: ReplyPending, Domain: "provider.test"}
	for _, raw := range []string{"one", "two"} {
		sp, _ := s.SpoolRaw(strings.NewReader(raw))
		s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, From: "a@fbi.gov", Status: StatusParsed}})
		pending, _ := s.Pending(ctx, 10)
		if _, err := s.Triage(ctx, pending[0], Findings{}, nil, func(*Request, string) RequestUpdate {
			return RequestUpdate{State: "open", Sender: "a@fbi.gov", Replies: []Reply{ack}}
		}); err != nil {
			t.Fatal(err)
		}
	}
	rows, _ := s.Replies(ctx, "")
	pattern := regexp.MustCompile(`^ler-\d{4}-\d{6}\.acknowledgement\.\d+\.([a-z2-7]{16})@provider\.test$`)
	var tokens []string
	for _, r := range rows {
		m := pattern.FindStringSubmatch(r.MessageID)
		if m == nil {
			t.Fatalf("Message-ID %q has no random part", r.MessageID)
		}
		tokens = append(tokens, m[1])
	}
	if len(tokens) != 2 || tokens[0] == tokens[1] {
		t.Fatalf("tokens = %v", tokens)
	}
}

// TestDatabaseFilesPrivate opens a new database under umask 022 and checks
// that it and its -wal and -shm files are readable by lerd alone.
func TestDatabaseFilesPrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	s := openTest(t)
	if _, err := s.db.Exec(`INSERT INTO checkpoints (mailbox, uidvalidity, last_uid, updated_at) VALUES ('x', 1, 1, 'now')`); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		fi, err := os.Stat(s.Path() + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", filepath.Base(s.Path()+suffix), fi.Mode().Perm())
		}
	}
}

// TestSenderLookupIndexed: the lookup of a sender's recent requests, run
// for follow-ups that name no request, is served by an index rather than a
// scan of every request, newest first without a sort.
func TestSenderLookupIndexed(t *testing.T) {
	s := openTest(t)
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+senderRequestsQuery, "det@nypd.org", "2026-01-01T00:00:00Z", senderCandidates)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if len(plan) != 1 || !strings.Contains(plan[0], "INDEX requests_sender") {
		t.Fatalf("query plan %q, want one search of requests_sender", plan)
	}
}

// TestScratchSyncsNothing: a scratch store (lerd eval's) runs SQLite with
// synchronous=OFF and still keeps and reads back what it saves; a real
// store keeps synchronous=FULL.
func TestScratchSyncsNothing(t *testing.T) {
	for _, tc := range []struct {
		scratch bool
		want    int // PRAGMA synchronous: 0 OFF, 2 FULL
	}{{false, 2}, {true, 0}} {
		dir := t.TempDir()
		s, err := OpenWith(filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw"), OpenOptions{Create: true, Migrate: true, Scratch: tc.scratch})
		if err != nil {
			t.Fatal(err)
		}
		var got int
		if err := s.db.QueryRow(`PRAGMA synchronous`).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("scratch=%v: synchronous = %d, want %d", tc.scratch, got, tc.want)
		}
		raw := "From: a@example.org\r\nMessage-ID: <s@example.org>\r\nSubject: s\r\n\r\nbody\r\n"
		save(t, s, raw, "<s@example.org>", "a@example.org", "s", Origin{Source: "test"})
		sum := sha256.Sum256([]byte(raw))
		rc, err := s.OpenRaw(hex.EncodeToString(sum[:]))
		if err != nil {
			t.Fatalf("scratch=%v: %v", tc.scratch, err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if string(b) != raw {
			t.Errorf("scratch=%v: raw read back = %q", tc.scratch, b)
		}
		s.Close()
	}
}
