//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStoppedDovecot stops every Dovecot process with SIGSTOP under a
// running lerd (the socket stays open, nothing answers): lerd must log an
// error within its timeout and keep reconnecting, and once Dovecot runs
// again, store what arrives. Before the deadlines lerd waited for ever in
// silence for the answer to IDLE's DONE.
func TestStoppedDovecot(t *testing.T) {
	t.Parallel()
	first := genMessages("STOP1", 10, -1)
	d, c, dir, cfg, logf := setup(t, first)
	raw, _ := os.ReadFile(cfg)
	conf := strings.Replace(string(raw), "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\ntimeout = \"2s\"\n", 1)
	if conf == string(raw) {
		t.Fatal("timeout not set")
	}
	os.WriteFile(cfg, []byte(conf), 0o644)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(first), time.Minute)

	pgid := d.cmd.Process.Pid
	if err := syscall.Kill(-pgid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	resumed := false
	resume := func() {
		if !resumed {
			syscall.Kill(-pgid, syscall.SIGCONT)
			resumed = true
		}
	}
	t.Cleanup(resume)
	t0 := time.Now()
	waitFor(t, "an error in lerd's log while Dovecot is stopped", time.Minute, func() bool {
		log, _ := os.ReadFile(logf.Name())
		return strings.Contains(string(log), "level=ERROR msg=\"imap server not answering")
	})
	t.Logf("stall logged %s after SIGSTOP", time.Since(t0).Round(time.Millisecond))
	// A few more seconds stopped: lerd keeps trying, and each new
	// connection (accepted by the kernel, never greeted) times out too.
	time.Sleep(5 * time.Second)
	resume()
	second := genMessages("STOP2", 10, -1)
	d.deliver(t, c, second)
	waitStored(t, dbPath, len(first)+len(second), time.Minute)
	drainAndStop(t, d, c, lerd)

	db := openDB(t, dbPath)
	for i, m := range append(first, second...) {
		if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ?`, sum(m)); n != 1 {
			t.Errorf("message %d stored %d times", i, n)
		}
	}
	log, _ := os.ReadFile(logf.Name())
	if n := strings.Count(string(log), "imap connected"); n < 2 {
		t.Errorf("lerd connected %d times; want a reconnect after the stop:\n%s", n, log)
	}
}
