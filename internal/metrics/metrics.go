// Package metrics is what lerd serve exposes on /metrics, in Prometheus's
// text format: counters and histograms of what this process did since it
// started (messages fetched and stored, pass and triage durations, send
// failures), and the queue's sizes read from the store at each scrape.
// Each Metrics has a registry of its own, not Prometheus's global one.
package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"lerd/internal/logkey"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// Queue reads the queue's sizes; store.Store implements it.
type Queue interface {
	Gauges(ctx context.Context) (store.Gauges, error)
}

// Metrics holds lerd serve's metrics. Its methods are safe for concurrent
// use.
type Metrics struct {
	reg *prometheus.Registry

	fetched, stored, duplicates, malformed, oversize prometheus.Counter
	passDuration                                     *prometheus.HistogramVec
	lastPass                                         *prometheus.GaugeVec
	triageDuration                                   prometheus.Histogram
	sendFailures                                     *prometheus.CounterVec
}

// New returns the metrics of a process whose queue is q and which watches
// mailboxes; now is the clock the oldest undecided request's age is
// measured with (time.Now if nil).
func New(q Queue, mailboxes []string, now func() time.Time, log *slog.Logger) *Metrics {
	if now == nil {
		now = time.Now
	}
	m := &Metrics{reg: prometheus.NewRegistry()}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	}
	m.fetched = counter("lerd_messages_fetched_total", "Messages read from the IMAP server (each fetch, also of a message fetched again after a failure).")
	m.stored = counter("lerd_messages_stored_total", "Messages committed to the store that it did not hold before.")
	m.duplicates = counter("lerd_messages_duplicate_total", "Messages committed as duplicates: the same bytes or Message-ID were stored before.")
	m.malformed = counter("lerd_messages_malformed_total", "Messages stored raw that could not be parsed (sent to review).")
	m.oversize = counter("lerd_messages_oversize_total", "Messages stored raw, not parsed, because they exceed imap.max_message_bytes.")
	m.passDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "lerd_imap_pass_duration_seconds", Help: "Duration of completed IMAP passes over a watched mailbox: search, fetch, commit and move.",
		Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300},
	}, []string{"mailbox"})
	m.lastPass = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "lerd_imap_last_pass_timestamp_seconds", Help: "When the last IMAP pass over a watched mailbox completed (Unix time); 0 before the first.",
	}, []string{"mailbox"})
	m.triageDuration = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "lerd_triage_duration_seconds", Help: "Time to triage one stored message: text and attachments read, sender verified, policy applied, result and replies recorded.",
		Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 15, 60},
	})
	m.sendFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "lerd_send_failures_total", Help: "Replies the SMTP server did not take, by reason: refused (for good), unavailable (no session), transient (retried).",
	}, []string{"reason"})
	// Present, at 0, from the start.
	for _, r := range []string{responder.FailRefused, responder.FailUnavailable, responder.FailTransient} {
		m.sendFailures.WithLabelValues(r)
	}
	for _, mb := range mailboxes {
		m.lastPass.WithLabelValues(mb)
	}
	m.reg.MustRegister(m.fetched, m.stored, m.duplicates, m.malformed, m.oversize, m.passDuration, m.lastPass,
		m.triageDuration, m.sendFailures, &queueCollector{q: q, now: now, log: log},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// Registry is the private registry, for tests that gather from it.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Fetched counts a message read from the server.
func (m *Metrics) Fetched() { m.fetched.Inc() }

// Committed counts a committed batch by what the store did with each
// message (results has one entry per message of batch).
func (m *Metrics) Committed(batch []store.NewMessage, results []store.SaveResult) {
	for i, r := range results {
		switch {
		case r.Duplicate:
			m.duplicates.Inc()
			continue
		case i < len(batch) && batch[i].Status == store.StatusMalformed:
			m.malformed.Inc()
		case i < len(batch) && batch[i].Status == store.StatusOversize:
			m.oversize.Inc()
		}
		m.stored.Inc()
	}
}

// Pass records a completed pass over mailbox that took took and ended at
// end.
func (m *Metrics) Pass(mailbox string, took time.Duration, end time.Time) {
	m.passDuration.WithLabelValues(mailbox).Observe(took.Seconds())
	m.lastPass.WithLabelValues(mailbox).Set(float64(end.UnixNano()) / 1e9)
}

// Triaged records the time one message's triage took.
func (m *Metrics) Triaged(took time.Duration) { m.triageDuration.Observe(took.Seconds()) }

// SendFailed counts a reply the server did not take, for one of
// responder's Fail* reasons.
func (m *Metrics) SendFailed(reason string) { m.sendFailures.WithLabelValues(reason).Inc() }

// queueCollector reads the queue's sizes from the store at each scrape.
type queueCollector struct {
	q   Queue
	now func() time.Time
	log *slog.Logger
}

var (
	requestsDesc = prometheus.NewDesc("lerd_requests", "Requests in the queue, by state (open, needs_review, decided, …).", []string{"state"}, nil)
	repliesDesc  = prometheus.NewDesc("lerd_replies", "Replies in the outbox, by state (pending, sending, sent, held, failed, dry_run, …).", []string{"state"}, nil)
	emergDesc    = prometheus.NewDesc("lerd_emergencies_undecided", "Emergency requests the compliance team has not decided.", nil, nil)
	oldestDesc   = prometheus.NewDesc("lerd_oldest_undecided_age_seconds", "Age of the oldest request not decided; 0 when there is none.", nil, nil)
	waitingDesc  = prometheus.NewDesc("lerd_messages_awaiting_triage", "Stored messages not triaged yet.", nil, nil)
	upDesc       = prometheus.NewDesc("lerd_queue_up", "1 when the queue's sizes could be read from the store at this scrape, else 0 (and they are missing).", nil, nil)
)

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{requestsDesc, repliesDesc, emergDesc, oldestDesc, waitingDesc, upDesc} {
		ch <- d
	}
}

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	g, err := c.q.Gauges(ctx)
	if err != nil {
		if c.log != nil {
			c.log.Warn("metrics: queue sizes not read", logkey.Err, err)
		}
		ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, 1)
	for state, n := range g.RequestsBy {
		ch <- prometheus.MustNewConstMetric(requestsDesc, prometheus.GaugeValue, float64(n), state)
	}
	for state, n := range g.RepliesBy {
		ch <- prometheus.MustNewConstMetric(repliesDesc, prometheus.GaugeValue, float64(n), state)
	}
	ch <- prometheus.MustNewConstMetric(emergDesc, prometheus.GaugeValue, float64(g.EmergenciesUndecided))
	age := 0.0
	if !g.OldestUndecided.IsZero() {
		age = max(c.now().Sub(g.OldestUndecided).Seconds(), 0)
	}
	ch <- prometheus.MustNewConstMetric(oldestDesc, prometheus.GaugeValue, age)
	ch <- prometheus.MustNewConstMetric(waitingDesc, prometheus.GaugeValue, float64(g.AwaitingTriage))
}
