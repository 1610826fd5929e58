package main

import (
	"context"
	"crypto/subtle"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"lerd/internal/config"
	"lerd/internal/health"
	"lerd/internal/intake"
	"lerd/internal/metrics"
	"lerd/internal/store"
)

// monitor is what lerd serve tells the outside about itself: /metrics,
// /healthz and systemd's notifications.
type monitor struct {
	// intakes has one entry per watched mailbox, in the order of
	// imap.mailboxes, filled by watch.
	intakes  []*health.Intake
	metrics  *metrics.Metrics
	checker  *health.Checker
	notifier health.Notifier
	// live is how long an intake loop may go without a step before it
	// counts as hung (see intakeLive).
	live time.Duration
}

func newMonitor(a *app) *monitor {
	log := componentLog(a.log, "health")
	m := &monitor{
		metrics:  metrics.New(a.store, a.cfg.IMAP.Watched(), time.Now, log),
		notifier: health.Notifier{Log: log},
		live:     intakeLive(a.cfg.IMAP),
	}
	for _, mb := range a.cfg.IMAP.Watched() {
		m.intakes = append(m.intakes, health.NewIntake(mb))
	}
	m.checker = &health.Checker{Intakes: m.intakes, StalledAfter: a.cfg.IMAP.StalledAfter(), Store: a.store, Log: log}
	return m
}

// intakeLive bounds the time between two steps of a working intake loop:
// it waits at most a poll interval in IDLE, and the server's silence is
// cut off after a poll interval and two timeouts (the watcher's own
// watchdog); one timeout more covers closing and reconnecting.
func intakeLive(c config.IMAP) time.Duration {
	return c.PollInterval.Duration + 3*c.Timeout.Duration
}

// watch has the monitor follow the watcher of the i-th watched mailbox:
// its steps, passes and messages.
func (m *monitor) watch(i int, w *intake.Watcher) {
	in := m.intakes[i]
	w.Progress = in.Step
	w.Passed = func(took time.Duration) {
		in.Passed()
		m.metrics.Pass(in.Name, took, time.Now())
	}
}

// sink counts what the watcher fetches and commits through s.
func (m *monitor) sink(s intake.Sink) intake.Sink { return countingSink{Sink: s, m: m.metrics} }

type countingSink struct {
	intake.Sink
	m *metrics.Metrics
}

func (c countingSink) Spool(r io.Reader) (*store.Spool, error) {
	sp, err := c.Sink.Spool(r)
	if err == nil {
		c.m.Fetched()
	}
	return sp, err
}

func (c countingSink) Commit(ctx context.Context, batch []store.NewMessage) ([]store.SaveResult, error) {
	res, err := c.Sink.Commit(ctx, batch)
	if err == nil {
		c.m.Committed(batch, res)
	}
	return res, err
}

// notify tells systemd that lerd is ready once every watched mailbox had
// its first pass (the store is open, the mailboxes reached), feeds its
// watchdog while every intake loop makes progress, and says it is
// stopping when ctx ends.
func (m *monitor) notify(ctx context.Context) {
	go func() {
		var names []string
		for _, in := range m.intakes {
			select {
			case <-in.FirstPass():
				names = append(names, in.Name)
			case <-ctx.Done():
				return
			}
		}
		m.notifier.Ready("watching " + strings.Join(names, ", "))
	}()
	go func() {
		<-ctx.Done()
		m.notifier.Stopping()
	}()
	go m.notifier.Watchdog(ctx, func() error {
		for _, in := range m.intakes {
			if since := in.SinceStep(); since > m.live {
				return fmt.Errorf("intake loop of %s: no progress for %s (limit %s)", in.Name, since.Round(time.Second), m.live)
			}
		}
		return nil
	})
}

// handler serves /healthz to anyone and /metrics to holders of token
// (anyone when token is empty).
func (m *monitor) handler(token string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/healthz", m.checker)
	metricsHandler := m.metrics.Handler()
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
		if token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="lerd metrics"`)
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
		}
		metricsHandler.ServeHTTP(w, r)
	})
	return mux
}

// readToken reads web.metrics_token_file: one line, at least 16
// characters.
func readToken(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	tok := strings.TrimRight(string(b), "\r\n")
	if len(tok) < 16 || strings.ContainsAny(tok, " \t\r\n") {
		return "", fmt.Errorf("%s: want one line of at least 16 characters without spaces", path)
	}
	return tok, nil
}

// startMetrics serves /metrics and /healthz on web.metrics_listen until
// ctx ends; it returns the address it listens on.
func startMetrics(ctx context.Context, a *app, m *monitor) (string, error) {
	token, err := readToken(a.cfg.Web.MetricsTokenFile)
	if err != nil {
		return "", fmt.Errorf("%w: %v", errUsage, a.cfg.KeyError("web.metrics_token_file", err))
	}
	addr, _, err := listenAndServe(ctx, a, "metrics", a.cfg.Web.MetricsListen, m.handler(token), a.cfg.Web.TLSCert, a.cfg.Web.TLSKey)
	return addr, err
}
