package intake_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	_ "github.com/mattn/go-sqlite3"

	"lerd/internal/demo"
	"lerd/internal/intake"
	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

func newPipeline(t *testing.T) (*pipeline.Pipeline, string) {
	p := pipelinetest.New(t, 50<<20, nil)
	return p, p.Store.Path()
}

// snapshot is what the store holds, independent of where messages came from.
func snapshot(t *testing.T, path string) []string {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT m.message_id || ' ' || m.status || ' ' || r.ref || ' ' || r.decision || ' ' || r.reasons || ' ' || r.triage_json
		FROM messages m JOIN requests r ON r.id = m.request_id ORDER BY m.message_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

// TestFilesMatchIMAP checks that `lerd ingest DIR` and IMAP intake of the
// same messages, in the same order, store the same result. Rows are keyed
// by Message-ID, not SHA-256: an IMAP server hands messages back with CRLF
// line ends, so the fetched bytes of an LF file differ from the file.
func TestFilesMatchIMAP(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	sort.Strings(files)
	files = files[:20]

	fp, fdb := newPipeline(t)
	if err := intake.Files(context.Background(), fp, files, nil); err != nil {
		t.Fatal(err)
	}

	srv, err := demo.StartIMAP()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if err := srv.Deliver(b); err != nil {
			t.Fatal(err)
		}
	}
	ip, idb := newPipeline(t)
	runUntil(t, memWatcher(srv, "INBOX", true, ip), len(files))
	if _, err := ip.TriagePending(context.Background()); err != nil {
		t.Fatal(err)
	}
	a, b := snapshot(t, fdb), snapshot(t, idb)
	if len(a) != len(files) || len(a) != len(b) {
		t.Fatalf("files stored %d, IMAP stored %d, want %d", len(a), len(b), len(files))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("row %d differs:\nfiles: %.200s\nimap:  %.200s", i, a[i], b[i])
		}
	}
}

// TestMboxSplits checks that an mbox file yields its messages, unquoting
// ">From " lines.
func TestMboxSplits(t *testing.T) {
	p, path := newPipeline(t)
	mbox := "From a@b Mon Nov  2 10:00:00 2026\nFrom: a@fbi.gov\nSubject: one\nMessage-ID: <1@x>\n\nbody one\n>From here\n\nFrom c@d Mon Nov  2 10:01:00 2026\nFrom: c@fbi.gov\nSubject: two\nMessage-ID: <2@x>\n\nbody two\n"
	f := filepath.Join(t.TempDir(), "box.mbox")
	os.WriteFile(f, []byte(mbox), 0o644)
	var srcs []string
	if err := intake.Files(context.Background(), p, []string{f}, func(src string, out pipeline.Outcome) { srcs = append(srcs, src) }); err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 {
		t.Fatalf("mbox gave %d messages, want 2", len(srcs))
	}
	if got := len(snapshot(t, path)); got != 2 {
		t.Fatalf("stored %d", got)
	}
}

// TestUIDValidityChange rebuilds the watched mailbox (new UIDVALIDITY) with
// messages lerd already stored: they are recognised by their bytes, moved
// out, and no request is added.
func TestUIDValidityChange(t *testing.T) {
	srv, err := demo.StartIMAP()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c, err := imapclient.DialInsecure(srv.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(demo.Username, demo.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/corpus/00*.eml")
	fill := func() {
		if err := c.Create("Requests", nil).Wait(); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, _ := os.ReadFile(f)
			cmd := c.Append("Requests", int64(len(b)), nil)
			cmd.Write(b)
			cmd.Close()
			if _, err := cmd.Wait(); err != nil {
				t.Fatal(err)
			}
		}
	}
	p, _ := newPipeline(t)
	run := func() {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		synced := make(chan int, 8)
		w := memWatcher(srv, "Requests", false, p)
		w.Synced = func(n int) { synced <- n }
		done := make(chan struct{})
		go func() { w.Run(ctx); close(done) }()
		select {
		case <-synced:
		case <-time.After(30 * time.Second):
			t.Fatal("no pass")
		}
		cancel()
		<-done
	}
	fill()
	run()
	if _, err := p.TriagePending(context.Background()); err != nil {
		t.Fatal(err)
	}
	before0, _ := p.Store.Stats(context.Background())
	cp1, _, _ := p.Store.Checkpoint(context.Background(), "Requests")
	// The server rebuilds the mailbox: same messages, new UIDVALIDITY.
	if err := c.Delete("Requests").Wait(); err != nil {
		t.Fatal(err)
	}
	fill()
	run()
	after, _ := p.Store.Stats(context.Background())
	cp2, _, _ := p.Store.Checkpoint(context.Background(), "Requests")
	if cp1.UIDValidity == cp2.UIDValidity {
		t.Fatalf("UIDVALIDITY did not change (%d): the test proves nothing", cp1.UIDValidity)
	}
	if after.Messages != before0.Messages || after.Requests != before0.Requests || after.Requests != len(files) {
		t.Fatalf("stats %+v -> %+v: a rebuilt mailbox added messages or requests", before0, after)
	}
	st, _ := c.Status("Requests", &imap.StatusOptions{NumMessages: true}).Wait()
	if *st.NumMessages != 0 {
		t.Fatalf("%d messages left in the rebuilt mailbox", *st.NumMessages)
	}
}

// memWatcher watches mailbox on the in-memory demo server for p.
func memWatcher(srv *demo.IMAPServer, mailbox string, idle bool, p *pipeline.Pipeline) *intake.Watcher {
	return intake.NewWatcher(intake.IMAPConfig{Address: srv.Addr, Security: "plain", Username: demo.Username, Password: demo.Password,
		Mailbox: mailbox, ProcessedMailbox: "processed", Idle: idle, PollInterval: time.Minute, BackoffMin: 10 * time.Millisecond, BackoffMax: time.Second},
		p, p.Store, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// TestBacklogPipeline has the watcher take a backlog of several batches
// (growing batch sizes, the second connection for moves, coalesced MOVEs)
// and checks each message is stored once and moved out.
func TestBacklogPipeline(t *testing.T) {
	srv, c := memServer(t)
	const n = 700
	appendN(t, c, "Backlog", n, "ok")
	p, _ := newPipeline(t)
	if k := runUntil(t, memWatcher(srv, "Backlog", false, p), n); k != n {
		t.Fatalf("passes stored %d, want %d", k, n)
	}
	st, _ := p.Store.Stats(context.Background())
	if st.Messages != n {
		t.Fatalf("stored %d messages, want %d", st.Messages, n)
	}
	if left := count(t, c, "Backlog"); left != 0 {
		t.Fatalf("%d messages left in the mailbox", left)
	}
	if moved := count(t, c, "processed"); moved != n {
		t.Fatalf("%d messages in the processed mailbox, want %d", moved, n)
	}
}

// failingSink commits the first batches it is given and fails from then on,
// as a full disk would.
type failingSink struct {
	*pipeline.Pipeline
	ok int
}

func (s *failingSink) Commit(ctx context.Context, batch []store.NewMessage) ([]store.SaveResult, error) {
	if s.ok == 0 {
		store.Discard(batch)
		return nil, errors.New("disk full")
	}
	s.ok--
	return s.Pipeline.Commit(ctx, batch)
}

// TestCommitFailureMovesOnlyCommitted fails the commit of the second batch
// of a pass and checks that whatever left the mailbox is in the store: a
// failed commit never costs a message.
func TestCommitFailureMovesOnlyCommitted(t *testing.T) {
	srv, c := memServer(t)
	const n = 600
	appendN(t, c, "Fail", n, "fail")
	p, _ := newPipeline(t)
	sink := &failingSink{Pipeline: p, ok: 1}
	ctx, cancel := context.WithCancel(context.Background())
	w := intake.NewWatcher(intake.IMAPConfig{Address: srv.Addr, Security: "plain", Username: demo.Username, Password: demo.Password,
		Mailbox: "Fail", ProcessedMailbox: "processed-fail", PollInterval: time.Minute, BackoffMin: time.Hour, BackoffMax: time.Hour},
		sink, p.Store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	done := make(chan struct{})
	go func() { w.Run(ctx); close(done) }()
	// The failed pass ends the session; with an hour's backoff nothing
	// retries, so the state can be read once the stores are quiet.
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, _ := p.Store.Stats(context.Background())
		if st.Messages > 0 && count(t, c, "Fail")+count(t, c, "processed-fail") == n {
			time.Sleep(200 * time.Millisecond)
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("first batch never committed")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	st, _ := p.Store.Stats(context.Background())
	left, moved := count(t, c, "Fail"), count(t, c, "processed-fail")
	if st.Messages == 0 || st.Messages >= n {
		t.Fatalf("stored %d of %d: the test wants one batch committed and one failed", st.Messages, n)
	}
	if moved > st.Messages || left+moved != n || left < n-st.Messages {
		t.Fatalf("stored %d, moved %d, left %d of %d: a message left the mailbox without being stored", st.Messages, moved, left, n)
	}
}

// runUntil runs w until its passes have stored at least n messages and
// returns how many they stored; the watcher stops when the test ends.
func runUntil(t *testing.T, w *intake.Watcher, n int) int {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	synced := make(chan int, 8)
	w.Synced = func(k int) { synced <- k }
	go w.Run(ctx)
	stored := 0
	for stored < n {
		select {
		case k := <-synced:
			stored += k
		case <-time.After(time.Minute):
			t.Fatalf("IMAP stored %d of %d", stored, n)
		}
	}
	return stored
}

func memServer(t *testing.T) (*demo.IMAPServer, *imapclient.Client) {
	t.Helper()
	srv, err := demo.StartIMAP()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := imapclient.DialInsecure(srv.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(demo.Username, demo.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	return srv, c
}

// appendN creates mailbox and appends n distinct small messages to it.
func appendN(t *testing.T, c *imapclient.Client, mailbox string, n int, tag string) {
	t.Helper()
	if err := c.Create(mailbox, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		b := []byte(fmt.Sprintf("From: agent%d@fbi.gov\r\nSubject: Subpoena %s %d\r\nMessage-ID: <%s-%d@fbi.gov>\r\n\r\nPlease find a subpoena, case %d.\r\n", i, tag, i, tag, i, i))
		cmd := c.Append(mailbox, int64(len(b)), nil)
		cmd.Write(b)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
}

func count(t *testing.T, c *imapclient.Client, mailbox string) int {
	t.Helper()
	st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		return 0
	}
	return int(*st.NumMessages)
}
