package intake_test

import (
	"context"
	"database/sql"
	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"lerd/internal/demo"
	"lerd/internal/intake"
	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	synced := make(chan int, 8)
	w := memWatcher(srv, "INBOX", true, ip)
	w.Synced = func(n int) { synced <- n }
	go w.Run(ctx)
	stored := 0
	for stored < len(files) {
		select {
		case n := <-synced:
			stored += n
		case <-time.After(30 * time.Second):
			t.Fatalf("IMAP stored %d of %d", stored, len(files))
		}
	}
	if _, err := ip.TriagePending(ctx); err != nil {
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
