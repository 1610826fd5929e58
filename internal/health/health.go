// Package health says whether a running lerd serve is healthy: whether its
// intake loop still makes progress and completes passes over the mailbox,
// and whether its store takes writes. It answers /healthz and feeds
// systemd's watchdog (see Notifier).
package health

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"lerd/internal/logkey"
)

// Intake records what one intake loop (one watched mailbox) does, for
// Checker and the watchdog. Its methods are cheap (one atomic store) and
// safe for concurrent use; the watcher calls Step at every step of its
// loop.
type Intake struct {
	// Name is the mailbox the loop watches.
	Name     string
	now      func() time.Time
	started  time.Time
	lastStep atomic.Int64 // unix nanoseconds
	lastPass atomic.Int64 // unix nanoseconds; 0 before the first pass
	passed   chan struct{}
	once     sync.Once
}

// NewIntake returns the Intake of the loop watching mailbox, whose clock
// starts now.
func NewIntake(mailbox string) *Intake { return newIntake(mailbox, time.Now) }

func newIntake(mailbox string, now func() time.Time) *Intake {
	i := &Intake{Name: mailbox, now: now, started: now(), passed: make(chan struct{})}
	i.lastStep.Store(i.started.UnixNano())
	return i
}

// Step records that the intake loop moved on: a message or batch fetched,
// committed or moved, a pass done, a session ended, a second of a
// reconnect wait.
func (i *Intake) Step() { i.lastStep.Store(i.now().UnixNano()) }

// Passed records a completed pass over the mailbox (a step too).
func (i *Intake) Passed() {
	t := i.now().UnixNano()
	i.lastStep.Store(t)
	i.lastPass.Store(t)
	i.once.Do(func() { close(i.passed) })
}

// FirstPass is closed when the first pass completed.
func (i *Intake) FirstPass() <-chan struct{} { return i.passed }

// SincePass is how long ago the last pass completed, or, before the first
// one, how long ago intake started.
func (i *Intake) SincePass() time.Duration {
	t := i.lastPass.Load()
	if t == 0 {
		t = i.started.UnixNano()
	}
	return i.now().Sub(time.Unix(0, t))
}

// SinceStep is how long ago the intake loop last moved on.
func (i *Intake) SinceStep() time.Duration {
	return i.now().Sub(time.Unix(0, i.lastStep.Load()))
}

// Prober tests that the store takes writes; store.Store implements it.
type Prober interface {
	ProbeWrite(ctx context.Context) error
}

// Reasons a Checker gives, the whole body of an unhealthy /healthz.
var (
	ErrStalled    = errors.New("intake stalled")
	ErrUnwritable = errors.New("store not writable")
)

// Checker decides whether lerd is healthy: every intake loop completed a
// pass within StalledAfter (a request filed in Junk must not wait while
// INBOX is fine), and the store took the last write probe. Probes run at
// most every ProbeEvery, one at a time, whoever asks and however often, so
// /healthz costs the store nothing under a storm of requests; a probe that
// has not answered within ProbeWait (a database locked by someone else,
// a disk that hangs) counts as a failure, and is left to finish for the
// next request.
type Checker struct {
	Intakes      []*Intake
	StalledAfter time.Duration
	Store        Prober
	// ProbeEvery and ProbeWait: 0 means 5 s and 2 s.
	ProbeEvery, ProbeWait time.Duration
	Log                   *slog.Logger

	mu      sync.Mutex
	probing chan struct{} // closed when the probe in flight ends; nil when none
	probed  time.Time     // when the last probe ended
	result  error         // its outcome
	logged  string        // the last problem logged, to log changes only
}

// Check returns nil when healthy, else an error wrapping ErrStalled or
// ErrUnwritable with the details.
func (c *Checker) Check(ctx context.Context) error {
	var errs []error
	for _, in := range c.Intakes {
		if since := in.SincePass(); since > c.StalledAfter {
			errs = append(errs, fmt.Errorf("%w: no completed IMAP pass over %s for %s (limit %s)", ErrStalled, in.Name, since.Round(time.Second), c.StalledAfter))
		}
	}
	if err := c.probe(ctx); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrUnwritable, err))
	}
	return errors.Join(errs...)
}

// probe returns the outcome of a recent write probe, running one if the
// last is older than ProbeEvery.
func (c *Checker) probe(ctx context.Context) error {
	every, wait := c.ProbeEvery, c.ProbeWait
	if every <= 0 {
		every = 5 * time.Second
	}
	if wait <= 0 {
		wait = 2 * time.Second
	}
	c.mu.Lock()
	if c.probing == nil && (c.probed.IsZero() || time.Since(c.probed) >= every) {
		done := make(chan struct{})
		c.probing = done
		go func() {
			// Not the request's context: a probe is shared, and one
			// cancelled half-way proves nothing.
			pctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			err := c.Store.ProbeWrite(pctx)
			cancel()
			c.mu.Lock()
			c.result, c.probed, c.probing = err, time.Now(), nil
			c.mu.Unlock()
			close(done)
		}()
	}
	inflight := c.probing
	c.mu.Unlock()
	if inflight != nil {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-inflight:
		case <-t.C:
			return fmt.Errorf("write probe unanswered after %s", wait)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.result
}

// ServeHTTP answers /healthz: 200 "ok", or 503 with the short reasons
// ("intake stalled", "store not writable"), one a line. The details go to
// the log, once per change, never to the client.
func (c *Checker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	err := c.Check(ctx)
	c.logChange(err)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err == nil {
		w.WriteHeader(http.StatusOK)
		fmt.Fprintln(w, "ok")
		return
	}
	w.WriteHeader(http.StatusServiceUnavailable)
	for _, reason := range []error{ErrStalled, ErrUnwritable} {
		if errors.Is(err, reason) {
			fmt.Fprintln(w, reason)
		}
	}
}

func (c *Checker) logChange(err error) {
	if c.Log == nil {
		return
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	c.mu.Lock()
	changed := msg != c.logged
	c.logged = msg
	c.mu.Unlock()
	switch {
	case !changed:
	case err != nil:
		c.Log.Warn("unhealthy", logkey.Err, err)
	default:
		c.Log.Info("healthy again")
	}
}
