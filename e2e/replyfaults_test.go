//go:build e2e

package e2e

import (
	"bytes"
	"database/sql"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"lerd/internal/demo"
)

// torture reports whether `make torture` runs the tests (LERD_TORTURE=1):
// then the fault loops run many more times.
func torture() bool { return os.Getenv("LERD_TORTURE") != "" }

// noDoubleReplies checks the sink: every Message-ID delivered once, every
// agency message answered by one reply, want replies in all.
func noDoubleReplies(t *testing.T, sink *demo.SMTPSink, want int) (doubled int) {
	t.Helper()
	byID := sink.Deliveries()
	byParent := map[string]map[string]bool{}
	for _, m := range sink.Messages() {
		id, p := hdr(m.Data, "Message-ID"), hdr(m.Data, "In-Reply-To")
		if byParent[p] == nil {
			byParent[p] = map[string]bool{}
		}
		byParent[p][id] = true
	}
	for id, n := range byID {
		if n != 1 {
			doubled += n - 1
			t.Errorf("%s delivered %d times", id, n)
		}
	}
	for p, ids := range byParent {
		if len(ids) != 1 {
			t.Errorf("%s answered by %d different replies", p, len(ids))
		}
	}
	if len(byID) != want {
		t.Errorf("%d replies delivered, want %d", len(byID), want)
	}
	return doubled
}

// waitExit waits for cmd to end, at most limit, and returns its exit code.
func waitExit(t *testing.T, cmd *exec.Cmd, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("lerd still running %s after it was told to stop", limit)
		return -1
	}
}

func allSent(t *testing.T, dbPath string, n int) func() bool {
	return func() bool {
		db := openDB(t, dbPath)
		return countRows(db, `SELECT count(*) FROM outbox WHERE state = 'sent'`) == n
	}
}

// TestTwoServesDovecot starts a second `lerd serve` on the database of a
// running one: it refuses, says why and exits 1; the first sends every
// reply once.
func TestTwoServesDovecot(t *testing.T) {
	t.Parallel()
	sink := startSink(t)
	sink.SlowData(20 * time.Millisecond)
	d, c, dir, cfg, logf := replySetup(t, sink.Addr, nil)
	first := lerdServe(t, cfg, logf)
	defer first.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitFor(t, "the first serve to start", 30*time.Second, func() bool {
		b, _ := os.ReadFile(filepath.Join(dir, "lerd.log"))
		return bytes.Contains(b, []byte("lerd starting"))
	})
	msgs := genMessages("TWOSERVE", 30, -1)
	d.deliver(t, c, msgs)

	second := exec.Command(lerdBin, "serve", "-config", cfg)
	second.Env = append(os.Environ(), "LERD_E2E_IMAP_PASSWORD="+imapPass)
	var stderr bytes.Buffer
	second.Stdout, second.Stderr = &stderr, &stderr
	if err := second.Start(); err != nil {
		t.Fatal(err)
	}
	if code := waitExit(t, second, 20*time.Second); code != 1 {
		t.Errorf("second serve exited %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "another lerd serve is running") || !strings.Contains(stderr.String(), "process "+strconv.Itoa(first.Process.Pid)) {
		t.Errorf("second serve did not say why it stopped: %s", stderr.String())
	}
	waitStored(t, dbPath, len(msgs), time.Minute)
	waitFor(t, "every reply sent", 2*time.Minute, allSent(t, dbPath, len(msgs)))
	first.Process.Signal(syscall.SIGTERM)
	if code := waitExit(t, first, 30*time.Second); code != 0 {
		t.Errorf("first serve exited %d", code)
	}
	noDoubleReplies(t, sink, len(msgs))
}

// TestRepliesSIGTERMDovecot stops `lerd serve` with SIGTERM at random
// moments while it sends replies to a slow SMTP server, restarts it, and
// checks that no reply was delivered twice. `make torture` runs it with
// 100 stops.
func TestRepliesSIGTERMDovecot(t *testing.T) {
	t.Parallel()
	n, stops := 40, 6
	if torture() {
		n, stops = 300, 100
	}
	sink := startSink(t)
	sink.SlowData(100 * time.Millisecond)
	msgs := genMessages("REPLYTERM", n, -1)
	_, _, dir, cfg, logf := replySetup(t, sink.Addr, msgs)
	dbPath := filepath.Join(dir, "lerd.db")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	midSend := 0
	early := 0
	for i := 0; i < stops; i++ {
		from, _ := logf.Seek(0, io.SeekCurrent)
		lerd := lerdServe(t, cfg, logf)
		time.Sleep(300*time.Millisecond + time.Duration(rng.Int64N(int64(900*time.Millisecond))))
		before := len(sink.Messages())
		lerd.Process.Signal(syscall.SIGTERM)
		code := waitExit(t, lerd, 30*time.Second)
		if len(sink.Messages()) > before {
			midSend++ // a reply the server was taking when the signal came
		}
		if code == 0 {
			continue
		}
		// Before main runs (package initialisation takes about 0.2 s) the
		// signal's default action ends the process: nothing has started.
		out := make([]byte, 1<<20)
		k, _ := logf.ReadAt(out, from)
		ws, _ := lerd.ProcessState.Sys().(syscall.WaitStatus)
		if ws.Signaled() && ws.Signal() == syscall.SIGTERM && len(bytes.TrimSpace(out[:k])) == 0 {
			early++
			continue
		}
		t.Errorf("stop %d: lerd exited %s:\n%s", i, lerd.ProcessState, out[:k])
	}
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	waitStored(t, dbPath, len(msgs), 3*time.Minute)
	waitFor(t, "every reply sent", 5*time.Minute, allSent(t, dbPath, len(msgs)))
	lerd.Process.Signal(syscall.SIGTERM)
	waitExit(t, lerd, 30*time.Second)
	doubled := noDoubleReplies(t, sink, len(msgs))
	t.Logf("%d SIGTERMs (%d while the server was taking a reply, %d before lerd's main ran); %d replies delivered; %d doubled",
		stops, midSend, early, len(sink.Messages()), doubled)
}

// TestRepliesLockedDatabaseDovecot holds the database's write lock, longer
// than lerd's busy timeout (10 s), while the SMTP server takes a reply:
// lerd records the send once the lock is gone and sends no reply twice.
// `make torture` locks it three times.
func TestRepliesLockedDatabaseDovecot(t *testing.T) {
	t.Parallel()
	locks := 1
	if torture() {
		locks = 3
	}
	sink := startSink(t)
	msgs := genMessages("REPLYLOCK", 12, -1)
	d, c, dir, cfg, logf := replySetup(t, sink.Addr, nil)
	dbPath := filepath.Join(dir, "lerd.db")
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	waitFor(t, "lerd to start", 30*time.Second, func() bool {
		_, err := os.Stat(dbPath)
		return err == nil
	})
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?_txlock=immediate&_busy_timeout=30000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mu sync.Mutex
	var held sync.WaitGroup
	taken := 0
	sink.FailWith(func(demo.Sent) error {
		mu.Lock()
		defer mu.Unlock()
		if taken >= locks || len(sink.Messages())%4 != 0 {
			return nil
		}
		tx, err := db.Begin()
		if err == nil {
			_, err = tx.Exec(`UPDATE outbox SET last_error = last_error WHERE id = 0`)
		}
		if err != nil {
			t.Error(err)
			return nil
		}
		taken++
		held.Add(1)
		time.AfterFunc(12*time.Second, func() { tx.Commit(); held.Done() })
		return nil
	})
	d.deliver(t, c, msgs)
	waitStored(t, dbPath, len(msgs), 2*time.Minute)
	waitFor(t, "every reply sent", 3*time.Minute, allSent(t, dbPath, len(msgs)))
	held.Wait()
	lerd.Process.Signal(syscall.SIGTERM)
	waitExit(t, lerd, 30*time.Second)
	doubled := noDoubleReplies(t, sink, len(msgs))
	t.Logf("database locked %d times for 12 s while a reply was being taken; %d doubled", taken, doubled)
	if taken != locks {
		t.Errorf("locked %d times, want %d", taken, locks)
	}
}

// TestSilentSMTPDovecot points lerd at an SMTP server that accepts and
// never greets: SIGTERM still stops it at once, and the reply stays
// pending for the next start.
func TestSilentSMTPDovecot(t *testing.T) {
	t.Parallel()
	silent, err := demo.StartSilent()
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	d, c, dir, cfg, logf := replySetup(t, silent.Addr, nil)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	d.deliver(t, c, genMessages("SILENT", 3, -1))
	waitFor(t, "lerd to connect to the SMTP server", time.Minute, func() bool { return silent.Accepted() > 0 })
	time.Sleep(200 * time.Millisecond)
	lerd.Process.Signal(syscall.SIGTERM)
	if code := waitExit(t, lerd, 10*time.Second); code != 0 {
		t.Errorf("lerd exited %d", code)
	}
	db := openDB(t, filepath.Join(dir, "lerd.db"))
	if n := countRows(db, `SELECT count(*) FROM outbox WHERE state = 'pending'`); n != 3 {
		t.Errorf("%d replies pending after the stop, want 3", n)
	}
}
