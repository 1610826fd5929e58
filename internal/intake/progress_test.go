package intake_test

import (
	"bytes"
	"context"
	"log/slog"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lerd/internal/demo"
	"lerd/internal/intake"
)

// progressLog records when the watcher reported progress and each pass.
type progressLog struct {
	mu     sync.Mutex
	steps  []time.Time
	passes []time.Duration
}

func (l *progressLog) step() { l.mu.Lock(); l.steps = append(l.steps, time.Now()); l.mu.Unlock() }

func (l *progressLog) pass(d time.Duration) {
	l.mu.Lock()
	l.passes = append(l.passes, d)
	l.mu.Unlock()
}

// since returns the steps after t and the largest gap between them.
func (l *progressLog) since(t time.Time) (n int, gap time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	last := t
	for _, s := range l.steps {
		if s.After(t) {
			n++
			gap = max(gap, s.Sub(last))
			last = s
		}
	}
	return n, gap
}

// TestProgress: the watcher reports progress while it reads a large
// message (every MiB), commits and moves it, and completes a pass (whose
// duration it reports); and while it waits to reconnect to a server that
// refuses it, every second of the wait, so that systemd's watchdog,
// fed from these reports, sees a waiting loop alive.
func TestProgress(t *testing.T) {
	srv, c := memServer(t)
	if err := c.Create("watched", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	big := append([]byte("From: agent@fbi.gov\r\nSubject: large\r\nMessage-ID: <large@fbi.gov>\r\n\r\n"), bytes.Repeat([]byte("0123456789abcde\r\n"), 3<<20/17+100)...)
	cmd := c.Append("watched", int64(len(big)), nil)
	cmd.Write(big)
	cmd.Close()
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	px := startProxy(t, srv.Addr)
	p, _ := newPipeline(t)
	// Reconnect waits of 2–4 s (jitter), far longer than a second.
	w := intake.NewWatcher(intake.IMAPConfig{Address: px.ln.Addr().String(), Security: "plain", Username: demo.Username, Password: demo.Password,
		Mailbox: "watched", ProcessedMailbox: "processed", Idle: true, PollInterval: time.Minute, Timeout: time.Second,
		BackoffMin: 4 * time.Second, BackoffMax: 4 * time.Second}, p, p.Store, slog.New(slog.DiscardHandler))
	var pl progressLog
	w.Progress, w.Passed = pl.step, pl.pass
	// ended is told of each failed session once the server is gone, so
	// that the reconnect wait is measured from the moment the watcher
	// knew of the drop: on a loaded machine (CI runs the race detector
	// over six packages on two cores) noticing it can take a while, and
	// that latency is not what the watchdog's feed is about.
	var gone atomic.Bool
	ended := make(chan struct{}, 1)
	w.Health = func(err error) {
		if err != nil && gone.Load() {
			select {
			case ended <- struct{}{}:
			default:
			}
		}
	}
	synced := make(chan int, 16)
	w.Synced = func(n int) { synced <- n }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	t0 := time.Now()
	go w.Run(ctx)
	select {
	case n := <-synced:
		if n != 1 {
			t.Fatalf("first pass stored %d", n)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no pass")
	}
	// Connected, three MiB, the message, its commit, its move, the pass.
	if n, _ := pl.since(t0); n < 7 {
		t.Errorf("%d progress reports for a pass over a 3 MiB message, want at least 7", n)
	}
	// Passed follows Synced, once the pass has returned.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		pl.mu.Lock()
		passes := append([]time.Duration(nil), pl.passes...)
		pl.mu.Unlock()
		if len(passes) == 1 && passes[0] > 0 {
			break
		}
		if len(passes) > 1 || time.Now().After(deadline) {
			t.Fatalf("passes reported: %v, want one", passes)
		}
	}

	// The server goes away: the watcher waits 2–4 s between attempts.
	px.setRefuse(true)
	gone.Store(true)
	px.drop()
	select {
	case <-ended:
	case <-time.After(20 * time.Second):
		var stacks bytes.Buffer
		pprof.Lookup("goroutine").WriteTo(&stacks, 2)
		t.Fatalf("the watcher did not notice the dropped connection in 20 s; goroutines:\n%s", stacks.String())
	}
	t1 := time.Now()
	time.Sleep(6 * time.Second)
	n, gap := pl.since(t1)
	if n < 4 || gap > 1800*time.Millisecond {
		t.Errorf("while reconnecting: %d progress reports in 6 s, longest gap %s; want a report every second", n, gap)
	}
}
