package health

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lerd/internal/pipeline/pipelinetest"
)

// lockDB holds the database's write lock from another connection, as
// another process would, until release is called or the test ends.
func lockDB(t *testing.T, path string) (release func()) {
	other, err := sql.Open("sqlite3", "file:"+path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	release = func() { tx.Rollback() }
	t.Cleanup(func() { release(); other.Close() })
	return release
}

// countingProber counts the probes that reach the store.
type countingProber struct {
	Prober
	n atomic.Int32
}

func (c *countingProber) ProbeWrite(ctx context.Context) error {
	c.n.Add(1)
	return c.Prober.ProbeWrite(ctx)
}

func get(t *testing.T, h http.Handler) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

// TestHealthz: 200 "ok" while intake completes passes within StalledAfter
// and the store takes writes; 503 naming what is wrong, in a few words and
// nothing more, when no pass completed for longer (counted from the start
// until the first) or the store's write lock cannot be had.
func TestHealthz(t *testing.T) {
	const limit = time.Minute
	tests := []struct {
		name string
		// sinceStart is the time since intake started; lastPass, when
		// not negative, how long ago the last pass completed.
		sinceStart, lastPass time.Duration
		locked               bool
		wantCode             int
		wantBody             string
	}{
		{"just started, no pass yet", 10 * time.Second, -1, false, 200, "ok\n"},
		{"recent pass", time.Hour, 30 * time.Second, false, 200, "ok\n"},
		{"no pass since the start", 2 * limit, -1, false, 503, "intake stalled\n"},
		{"last pass too long ago", time.Hour, limit + time.Second, false, 503, "intake stalled\n"},
		{"database locked", time.Hour, time.Second, true, 503, "store not writable\n"},
		{"both", time.Hour, 2 * limit, true, 503, "intake stalled\nstore not writable\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := pipelinetest.Store(t)
			start := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
			clock := start
			in := newIntake("INBOX", func() time.Time { return clock })
			if tt.lastPass >= 0 {
				clock = start.Add(tt.sinceStart - tt.lastPass)
				in.Passed()
			}
			clock = start.Add(tt.sinceStart)
			// The loop itself moves (reconnecting, say): progress is
			// not a pass.
			in.Step()
			if tt.locked {
				lockDB(t, s.Path())
			}
			c := &Checker{Intakes: []*Intake{in}, StalledAfter: limit, Store: s, ProbeWait: 300 * time.Millisecond}
			code, body := get(t, c)
			if code != tt.wantCode || body != tt.wantBody {
				t.Fatalf("got %d %q, want %d %q", code, body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

// TestHealthzProbesShared: many requests at once cost the store one probe,
// and a probe that hangs (the database locked for longer than the store's
// busy timeout allows the answer to wait) makes /healthz answer 503 within
// ProbeWait rather than hang with it; once the lock is gone, 200 again.
func TestHealthzProbesShared(t *testing.T) {
	s := pipelinetest.Store(t)
	p := &countingProber{Prober: s}
	c := &Checker{Intakes: []*Intake{NewIntake("INBOX")}, StalledAfter: time.Hour, Store: p, ProbeEvery: time.Hour, ProbeWait: 200 * time.Millisecond}
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if code, body := get(t, c); code != 200 {
				t.Errorf("got %d %q", code, body)
			}
		})
	}
	wg.Wait()
	if n := p.n.Load(); n != 1 {
		t.Fatalf("%d probes for 50 requests within ProbeEvery, want 1", n)
	}

	// A lock held by another process: the probe waits on it, the answer
	// does not.
	release := lockDB(t, s.Path())
	c2 := &Checker{Intakes: []*Intake{NewIntake("INBOX")}, StalledAfter: time.Hour, Store: s, ProbeEvery: time.Millisecond, ProbeWait: 200 * time.Millisecond}
	for range 3 {
		if code, body := get(t, c2); code != 503 || body != "store not writable\n" {
			t.Fatalf("while locked: %d %q", code, body)
		}
	}
	release()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := get(t, c2)
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still %d %q after the lock was released", code, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// listenNotify listens on a unixgram socket for sd_notify datagrams and
// points $NOTIFY_SOCKET at it; abstract names start with @.
func listenNotify(t *testing.T, name string) *net.UnixConn {
	t.Helper()
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	t.Setenv("NOTIFY_SOCKET", name)
	return conn
}

// datagrams reads what arrived until nothing more comes for a while.
func datagrams(t *testing.T, conn *net.UnixConn) []string {
	t.Helper()
	var out []string
	buf := make([]byte, 4096)
	for {
		conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, err := conn.Read(buf)
		if err != nil {
			return out
		}
		out = append(out, string(buf[:n]))
	}
}

// TestNotifier: READY=1, STOPPING=1 and WATCHDOG=1 reach the socket in
// $NOTIFY_SOCKET, a path or an abstract name; WATCHDOG=1 is sent exactly
// as often as the progress check says the process is alive, never when it
// is not; without a watchdog period for this process nothing is fed.
func TestNotifier(t *testing.T) {
	for _, name := range []string{filepath.Join(t.TempDir(), "notify"), fmt.Sprintf("@lerd-test-%d", os.Getpid())} {
		t.Run(strings.TrimPrefix(filepath.Base(name), "@"), func(t *testing.T) {
			conn := listenNotify(t, name)
			n := Notifier{}
			n.Ready("watching INBOX")
			t.Setenv("WATCHDOG_USEC", "30000") // 30 ms
			t.Setenv("WATCHDOG_PID", fmt.Sprint(os.Getpid()))
			// Alive, alive, three times not, alive again, then stop.
			answers := []error{nil, nil, errors.New("stuck"), errors.New("stuck"), errors.New("stuck"), nil}
			ctx, cancel := context.WithCancel(context.Background())
			calls := 0
			n.Watchdog(ctx, func() error {
				err := answers[calls]
				if calls++; calls == len(answers) {
					cancel()
				}
				return err
			})
			n.Stopping()
			got := datagrams(t, conn)
			want := []string{"READY=1\nSTATUS=watching INBOX", "WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1", "STOPPING=1\nSTATUS=stopping"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("datagrams %q, want %q", got, want)
			}

			// Another process's watchdog (WATCHDOG_PID not ours): not fed.
			t.Setenv("WATCHDOG_PID", "1")
			done := make(chan struct{})
			go func() {
				n.Watchdog(context.Background(), func() error { return nil })
				close(done)
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Watchdog ran for another process's watchdog")
			}
			if got := datagrams(t, conn); len(got) != 0 {
				t.Fatalf("sent %q for another process's watchdog", got)
			}
		})
	}
}

// TestHealthzEveryMailbox: with two watched mailboxes, one that completes
// no pass is enough for 503 (a request filed in Junk must not wait while
// INBOX is fine); once it passes, 200.
func TestHealthzEveryMailbox(t *testing.T) {
	start := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	clock := start
	now := func() time.Time { return clock }
	inbox, junk := newIntake("INBOX", now), newIntake("Junk", now)
	c := &Checker{Intakes: []*Intake{inbox, junk}, StalledAfter: time.Minute, Store: pipelinetest.Store(t)}
	clock = start.Add(5 * time.Minute)
	inbox.Passed()
	if code, body := get(t, c); code != 503 || body != "intake stalled\n" {
		t.Fatalf("Junk never passed: %d %q", code, body)
	}
	junk.Passed()
	if code, body := get(t, c); code != 200 {
		t.Fatalf("both passed: %d %q", code, body)
	}
}
