//go:build e2e && torture

package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"lerd/internal/mailparse/pdftest"
)

// tortureRounds is how many fault rounds TestTortureIntake runs
// (LERD_TORTURE_ROUNDS, default 40).
func tortureRounds() int {
	n := 40
	fmt.Sscan(os.Getenv("LERD_TORTURE_ROUNDS"), &n)
	return n
}

// TestTortureIntake (make torture): rounds of faults against lerd serve and
// Dovecot while mail arrives: SIGSTOP of every Dovecot process for 0.5–10 s,
// SIGKILL of lerd (spools left in raw/tmp), SIGTERM of lerd, and hostile
// PDFs among the requests. At the end every message is stored exactly once
// with one request, triaged, nothing is left in INBOX or raw/tmp, and each
// hostile attachment carries a text error.
func TestTortureIntake(t *testing.T) {
	rounds := tortureRounds()
	d, c, dir, cfg, logf := setup(t, nil)
	raw, _ := os.ReadFile(cfg)
	conf := strings.Replace(string(raw), "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\ntimeout = \"2s\"\n", 1)
	os.WriteFile(cfg, []byte(conf+"\n[triage]\nextract_timeout = \"2s\"\n"), 0o644)
	dbPath := filepath.Join(dir, "lerd.db")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	hostile := [][]byte{pdftest.SelfPrev("x"), pdftest.SelfPages(), pdftest.FlateBomb(1536)}
	var all, bad [][]byte
	var stops, kills, terms int
	lerd := lerdServe(t, cfg, logf)
	pgid := d.cmd.Process.Pid
	defer func() { syscall.Kill(-pgid, syscall.SIGCONT); lerd.Process.Kill() }()
	for r := 0; r < rounds; r++ {
		msgs := genMessages(fmt.Sprintf("T%d", r), 20, -1)
		if r%4 == 0 {
			h := pdfMessage(fmt.Sprintf("hostile-%d", r), hostile[(r/4)%len(hostile)])
			msgs = append(msgs, h)
			bad = append(bad, h)
		}
		d.deliver(t, c, msgs)
		all = append(all, msgs...)
		time.Sleep(time.Duration(rng.Int64N(int64(time.Second))))
		switch r % 3 {
		case 0:
			syscall.Kill(-pgid, syscall.SIGSTOP)
			time.Sleep(500*time.Millisecond + time.Duration(rng.Int64N(int64(9500*time.Millisecond))))
			syscall.Kill(-pgid, syscall.SIGCONT)
			stops++
		case 1:
			lerd.Process.Signal(syscall.SIGKILL)
			lerd.Wait()
			kills++
			lerd = lerdServe(t, cfg, logf)
		case 2:
			lerd.Process.Signal(syscall.SIGTERM)
			done := make(chan struct{})
			go func() { lerd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatalf("round %d: lerd still running 30s after SIGTERM", r)
			}
			terms++
			lerd = lerdServe(t, cfg, logf)
		}
	}
	waitStored(t, dbPath, len(all), 5*time.Minute)
	drainAndStop(t, d, c, lerd)
	// One more start: the crash's spools in raw/tmp are removed then.
	lerd = lerdServe(t, cfg, logf)
	time.Sleep(2 * time.Second)
	lerd.Process.Signal(syscall.SIGTERM)
	lerd.Wait()

	db := openDB(t, dbPath)
	lost, doubled := 0, 0
	for _, m := range all {
		switch n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ?`, sum(m)); {
		case n == 0:
			lost++
		case n > 1:
			doubled++
		}
	}
	requests := countRows(db, `SELECT count(*) FROM requests`)
	pending := countRows(db, `SELECT count(*) FROM messages WHERE triaged_at IS NULL`)
	unflagged := 0
	for _, m := range bad {
		if countRows(db, `SELECT count(*) FROM messages m JOIN requests r ON r.id = m.request_id WHERE m.sha256 = ? AND r.flags LIKE '%attachment_unreadable%'`, sum(m)) != 1 {
			unflagged++
		}
	}
	tmp, _ := filepath.Glob(filepath.Join(dir, "raw", "tmp", "*"))
	log, _ := os.ReadFile(logf.Name())
	t.Logf("rounds %d: %d SIGSTOPs of Dovecot, %d SIGKILLs and %d SIGTERMs of lerd; %d messages (%d hostile): lost %d, stored twice %d, requests %d, pending %d, hostile unflagged %d, raw/tmp files left %d, stall errors logged %d",
		rounds, stops, kills, terms, len(all), len(bad), lost, doubled, requests, pending, unflagged, len(tmp), strings.Count(string(log), "imap server not answering"))
	if lost+doubled+pending+unflagged+len(tmp) != 0 || requests != len(all) {
		t.Fatal("faults lost, doubled or left something (see above)")
	}
	if n := d.count(t, c, "INBOX"); n != 0 {
		t.Errorf("INBOX holds %d", n)
	}
	if n := d.count(t, c, "lerd-processed"); n != uint32(len(all)) {
		t.Errorf("processed mailbox holds %d, want %d", n, len(all))
	}
}
