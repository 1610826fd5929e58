//go:build e2e

package e2e

import (
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"lerd/internal/store"
)

// TestIntakeDovecot delivers 200 messages to a real Dovecot, runs
// `lerd serve`, and checks that every message is stored exactly once with
// the SHA-256 of the delivered bytes, all were moved to the processed
// mailbox, and the malformed one is stored and flagged.
func TestIntakeDovecot(t *testing.T) {
	t.Parallel()
	msgs := genMessages("T200", 200, 137)
	d, c, dir, cfg, logf := setup(t, msgs)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(msgs), 2*time.Minute)
	drainAndStop(t, d, c, lerd)

	db := openDB(t, dbPath)
	for i, m := range msgs {
		if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ?`, sum(m)); n != 1 {
			t.Errorf("message %d: stored %d times, want once", i, n)
		}
	}
	if n := countRows(db, `SELECT count(*) FROM messages`); n != len(msgs) {
		t.Errorf("messages table has %d rows, want %d", n, len(msgs))
	}
	if n := countRows(db, `SELECT count(*) FROM requests`); n != len(msgs) {
		t.Errorf("requests = %d, want %d (one per distinct message)", n, len(msgs))
	}
	if n := countRows(db, `SELECT count(*) FROM messages WHERE status = 'malformed' AND sha256 = ? AND parse_error <> ''`, sum(msgs[137])); n != 1 {
		t.Errorf("malformed message not stored and flagged (%d)", n)
	}
	if n := countRows(db, `SELECT count(*) FROM requests r JOIN messages m ON m.request_id = r.id WHERE m.sha256 = ? AND r.state = 'needs_review'`, sum(msgs[137])); n != 1 {
		t.Errorf("malformed message's request is not in the review queue")
	}
	if n := countRows(db, `SELECT count(*) FROM attachments WHERE content_type = 'application/pdf'`); n != 20 {
		t.Errorf("pdf attachments = %d, want 20", n)
	}
	if n := countRows(db, `SELECT count(*) FROM imap_uids WHERE moved = 1`); n != len(msgs) {
		t.Errorf("moved = %d, want %d", n, len(msgs))
	}
	if n := d.count(t, c, "INBOX"); n != 0 {
		t.Errorf("INBOX still holds %d messages", n)
	}
	if n := d.count(t, c, "lerd-processed"); n != uint32(len(msgs)) {
		t.Errorf("processed mailbox holds %d, want %d", n, len(msgs))
	}
	// Raw evidence is kept byte for byte, every message, read back through
	// the store (segments for messages up to store.InlineMax, all of these).
	st, err := store.Open(dbPath, filepath.Join(dir, "raw"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, m := range msgs {
		rc, err := st.OpenRaw(sum(m))
		if err != nil {
			t.Errorf("raw bytes of message %d: %v", i, err)
			continue
		}
		raw, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || sum(raw) != sum(m) {
			t.Errorf("raw bytes of message %d differ: %v", i, err)
		}
	}
}

// TestCrashDovecot kills lerd with SIGKILL at random moments while it
// ingests 300 messages, restarts it each time, and checks that nothing was
// lost or stored twice.
func TestCrashDovecot(t *testing.T) {
	t.Parallel()
	msgs := genMessages("CRASH", 300, -1)
	d, c, dir, cfg, logf := setup(t, msgs)
	dbPath := filepath.Join(dir, "lerd.db")
	kills := killRepeatedly(t, cfg, logf, 6, 100*time.Millisecond, 500*time.Millisecond)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	waitStored(t, dbPath, len(msgs), 3*time.Minute)
	drainAndStop(t, d, c, lerd)

	db := openDB(t, dbPath)
	stored := countRows(db, `SELECT count(*) FROM messages`)
	t.Logf("%d kills; %d messages stored", kills, stored)
	for i, m := range msgs {
		if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ?`, sum(m)); n != 1 {
			t.Errorf("message %d stored %d times", i, n)
		}
	}
	if n := countRows(db, `SELECT count(*) FROM requests`); n != len(msgs) {
		t.Errorf("requests = %d, want %d: lost or duplicated", n, len(msgs))
	}
	if n := d.count(t, c, "INBOX") + d.count(t, c, "lerd-processed"); n != uint32(len(msgs)) {
		t.Errorf("server holds %d messages in total, want %d (a message was lost or copied twice)", n, len(msgs))
	}
	if n := d.count(t, c, "INBOX"); n != 0 {
		t.Errorf("INBOX still holds %d", n)
	}
}

// drainAndStop waits (up to 30 s) for lerd's last MOVE to empty the INBOX,
// then stops lerd with SIGTERM, so the checks that follow see a quiet server.
func drainAndStop(t *testing.T, d *dovecot, c *imapclient.Client, lerd *exec.Cmd) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for d.count(t, c, "INBOX") != 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	lerd.Process.Signal(syscall.SIGTERM)
	lerd.Wait()
}

// killRepeatedly starts `lerd serve` n times and kills it with SIGKILL after
// a random time between least and least+spread; it returns n.
func killRepeatedly(t *testing.T, cfg string, logf *os.File, n int, least, spread time.Duration) int {
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	for i := 0; i < n; i++ {
		lerd := lerdServe(t, cfg, logf)
		time.Sleep(least + time.Duration(rng.Int64N(int64(spread))))
		lerd.Process.Signal(syscall.SIGKILL)
		lerd.Wait()
	}
	return n
}

// TestReconnectDovecot stops the IMAP server under a running lerd, delivers
// while it is down (straight into the restarted server), and checks that
// lerd reconnects by itself and stores everything exactly once.
func TestReconnectDovecot(t *testing.T) {
	t.Parallel()
	first := genMessages("RECON1", 20, -1)
	d, c, dir, cfg, logf := setup(t, first)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(first), time.Minute)

	t0 := time.Now()
	d.stop()
	t.Logf("dovecot stopped in %s", time.Since(t0))
	time.Sleep(500 * time.Millisecond)
	d.start(t)
	c = d.client(t)
	second := genMessages("RECON2", 20, -1)
	d.deliver(t, c, second)
	t0 = time.Now()
	waitStored(t, dbPath, len(first)+len(second), time.Minute)
	t.Logf("stored after restart in %s", time.Since(t0))
	drainAndStop(t, d, c, lerd)

	db := openDB(t, dbPath)
	for i, m := range append(first, second...) {
		if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ?`, sum(m)); n != 1 {
			t.Errorf("message %d stored %d times", i, n)
		}
	}
	if n := d.count(t, c, "INBOX"); n != 0 {
		t.Errorf("INBOX holds %d after reconnect", n)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "lerd.log"))
	if !strings.Contains(string(log), "reconnecting") {
		t.Errorf("no reconnect in the log:\n%s", log)
	}
}

// setup starts a private Dovecot, delivers msgs to its INBOX, and writes a
// lerd configuration for it into a fresh directory, with a log file that is
// closed when the test ends.
func setup(t *testing.T, msgs [][]byte) (*dovecot, *imapclient.Client, string, string, *os.File) {
	t.Helper()
	d := startDovecot(t)
	c := d.client(t)
	d.deliver(t, c, msgs)
	dir := t.TempDir()
	cfg := d.config(t, dir)
	logf, err := os.Create(filepath.Join(dir, "lerd.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logf.Close() })
	return d, c, dir, cfg, logf
}

// TestTLSDovecot ingests over implicit TLS and over STARTTLS.
func TestTLSDovecot(t *testing.T) {
	t.Parallel()
	for _, sec := range []string{"tls", "starttls"} {
		t.Run(sec, func(t *testing.T) {
			msgs := genMessages("TLS"+sec, 5, -1)
			d, c, dir, cfg, logf := setup(t, msgs)
			addr := d.Addr
			if sec == "tls" {
				addr = d.TLSAddr
			}
			raw, _ := os.ReadFile(cfg)
			conf := strings.Replace(string(raw), "address = \""+d.Addr+"\"\nsecurity = \"plain\"",
				"address = \""+addr+"\"\nsecurity = \""+sec+"\"\ninsecure_skip_verify = true", 1)
			if conf == string(raw) {
				t.Fatal("configuration not switched to TLS")
			}
			os.WriteFile(cfg, []byte(conf), 0o644)
			lerd := lerdServe(t, cfg, logf)
			defer lerd.Process.Kill()
			waitStored(t, filepath.Join(dir, "lerd.db"), len(msgs), time.Minute)
			drainAndStop(t, d, c, lerd)
			log, _ := os.ReadFile(logf.Name())
			if !strings.Contains(string(log), "imap connected") {
				t.Fatalf("no connection over %s:\n%s", sec, log)
			}
		})
	}
}
