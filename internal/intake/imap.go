package intake

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"

	"lerd/internal/logkey"
	"lerd/internal/mailconn"
	"lerd/internal/pipeline"
	"lerd/internal/store"
)

// IMAPConfig is what the Watcher needs to reach the mailbox.
type IMAPConfig struct {
	Address            string
	Security           string // tls, starttls or plain
	InsecureSkipVerify bool
	// RootCAs, if set, are the CAs the server's certificate must chain
	// to, instead of the system's.
	RootCAs  *x509.CertPool
	Username string
	Password string
	// Auth is config.AuthPassword (or empty: AUTHENTICATE PLAIN, else
	// LOGIN), AuthXOAuth2 or AuthOAuthBearer, whose bearer tokens come
	// from Tokens.
	Auth             string
	Tokens           *mailconn.Tokens
	Mailbox          string
	ProcessedMailbox string
	Idle             bool
	PollInterval     time.Duration
	BackoffMin       time.Duration
	BackoffMax       time.Duration
	// Timeout is how long the server may take to answer anything (the
	// greeting, a command, the end of IDLE) and a write may block; a
	// server silent for longer is dropped and reconnected. 0: one minute.
	Timeout time.Duration
	// Trace, if set, is where every connection's protocol trace goes
	// (mailconn.Trace: at mailconn.LevelTrace, credentials redacted).
	Trace *slog.Logger
}

// timeout is cfg.Timeout or its default.
func (c IMAPConfig) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return time.Minute
}

// Sink spools and parses fetched messages and commits them in batches;
// pipeline.Pipeline implements it.
type Sink interface {
	Spool(r io.Reader) (*store.Spool, error)
	Parse(sp *store.Spool, origin store.Origin) store.NewMessage
	Commit(ctx context.Context, batch []store.NewMessage) ([]store.SaveResult, error)
}

var _ Sink = (*pipeline.Pipeline)(nil)

// Checkpoints is the part of the store the Watcher uses to know which UIDs
// are already committed.
type Checkpoints interface {
	Checkpoint(ctx context.Context, mailbox string) (store.Checkpoint, bool, error)
	SetCheckpoint(ctx context.Context, mailbox string, c store.Checkpoint) error
	CommittedUIDs(ctx context.Context, mailbox string, uidValidity, lo, hi uint32) (map[uint32]bool, error)
	MarkMoved(ctx context.Context, mailbox string, uidValidity uint32, uids []uint32) error
}

// Pipeline bounds. A FETCH command covers at most fetchChunk UIDs. Parsed
// messages go to the committer in batches of at most batchBytes of raw
// data or batchCount messages: large enough that one fsync and one
// transaction cover many messages, small enough that the commit of one
// batch overlaps the fetch of the next. A pass starts with firstBatch and
// doubles from there, so the committer starts early instead of waiting for
// a full batch. At most queueLen batches wait between stages, which bounds
// memory to about (3·queueLen+3)·batchBytes.
const (
	fetchChunk = 1000
	batchBytes = 4 << 20
	batchCount = 500
	queueLen   = 2
)

// batchLimit is the size at which the batch being fetched is handed on.
type batchLimit struct {
	bytes int64
	count int
}

var firstBatch = batchLimit{bytes: 1 << 20, count: 64}

// next is the limit for the batch after one of size l.
func (l batchLimit) next() batchLimit {
	return batchLimit{bytes: min(2*l.bytes, batchBytes), count: min(2*l.count, batchCount)}
}

var _ Checkpoints = (*store.Store)(nil)

// processedFlag marks a message that lerd committed, for people looking at
// the mailbox with another client.
const processedFlag = imap.Flag("$LerdStored")

// Watcher keeps one IMAP connection to the mailbox, waits for new mail with
// IDLE (or polls), and hands every message to the Sink. A message is flagged
// and moved to the processed mailbox only after the Sink committed it; one
// left behind by a crash is recognised by its UID (or its bytes) on the next
// pass and moved without being stored twice. It never deletes a message it
// has not stored.
type Watcher struct {
	cfg   IMAPConfig
	sink  Sink
	state Checkpoints
	log   *slog.Logger
	// Synced, if set, is called after every completed pass over the mailbox
	// with the number of messages committed; triage workers, tests and the
	// demo use it.
	Synced func(stored int)
	// Health, if set, is told after every pass (nil) and every failed
	// session (its error), for `lerd status`.
	Health func(err error)
	// Passed, if set, is told how long each completed pass took, for
	// /metrics.
	Passed func(took time.Duration)
	// Progress, if set, is called at every step of the watch loop: a
	// session connected or ended, a message or MiB fetched, a batch
	// committed or moved, a pass done, each second of a reconnect wait.
	// Between two calls the loop waits at most a poll interval in IDLE
	// plus the deadlines that bound the server's answers (see
	// deadlineConn and watchdog); systemd's watchdog is fed from it. It
	// must be cheap.
	Progress func()
}

// step reports progress of the watch loop.
func (w *Watcher) step() {
	if w.Progress != nil {
		w.Progress()
	}
}

// NewWatcher returns a Watcher; Run starts it.
func NewWatcher(cfg IMAPConfig, sink Sink, state Checkpoints, log *slog.Logger) *Watcher {
	return &Watcher{cfg: cfg, sink: sink, state: state, log: log.With(logkey.Component, "imap", logkey.Mailbox, cfg.Mailbox)}
}

// Run watches the mailbox until ctx is cancelled, reconnecting after any
// failure with capped exponential backoff and jitter. The backoff starts
// again from its minimum after a session that completed a pass: one drop
// after a long outage is a new failure, not the outage's continuation.
func (w *Watcher) Run(ctx context.Context) error {
	failures := 0
	for {
		good, err := w.session(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if good {
			failures = 0
		}
		failures++
		delay := w.backoff(failures)
		w.step()
		if w.Health != nil {
			w.Health(err)
		}
		if errors.Is(err, errStalled) || isTimeout(err) {
			w.log.Error("imap server not answering; reconnecting", logkey.Err, err, logkey.RetryIn, delay, logkey.Failures, failures)
		} else {
			w.log.Warn("imap session ended, reconnecting", logkey.Err, err, logkey.RetryIn, delay, logkey.Failures, failures)
		}
		if !w.sleep(ctx, delay) {
			return nil
		}
	}
}

// sleep waits d, reporting progress every second; false when ctx ended.
func (w *Watcher) sleep(ctx context.Context, d time.Duration) bool {
	end := time.NewTimer(d)
	defer end.Stop()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return false
		case <-end.C:
			return true
		case <-tick.C:
			w.step()
		}
	}
}

// backoff is min·2^(n-1) capped at max, with jitter drawn from [d/2, d] so
// that many daemons restarted together do not reconnect in lockstep.
func (w *Watcher) backoff(n int) time.Duration {
	d := w.cfg.BackoffMin
	for i := 1; i < n && d < w.cfg.BackoffMax; i++ {
		d *= 2
	}
	if d > w.cfg.BackoffMax {
		d = w.cfg.BackoffMax
	}
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// dial connects over a deadlineConn, beneath TLS where there is TLS, so
// that no read or write can wait for the server forever.
func (w *Watcher) dial(opts *imapclient.Options) (*imapclient.Client, *deadlineConn, error) {
	tcfg := &tls.Config{InsecureSkipVerify: w.cfg.InsecureSkipVerify, RootCAs: w.cfg.RootCAs}
	if host, _, err := net.SplitHostPort(w.cfg.Address); err == nil {
		tcfg.ServerName = host
	}
	opts.TLSConfig = tcfg
	d := net.Dialer{Timeout: w.cfg.timeout()}
	raw, err := d.Dial("tcp", w.cfg.Address)
	if err != nil {
		return nil, nil, err
	}
	// IDLE waits up to a poll interval for the server to speak, then
	// DONE gets the usual time to be answered.
	dc := newDeadlineConn(raw, w.cfg.PollInterval+w.cfg.timeout(), w.cfg.timeout())
	switch w.cfg.Security {
	case "tls":
		tcfg.NextProtos = []string{"imap"}
		// The handshake now, not on the client's first read: its error
		// (an unknown CA) would otherwise surface as a closed connection.
		tc := tls.Client(dc, tcfg)
		if err := tc.Handshake(); err != nil {
			dc.Close()
			return nil, nil, fmt.Errorf("tls: %w", err)
		}
		return imapclient.New(tc, opts), dc, nil
	case "starttls":
		c, err := imapclient.NewStartTLS(dc, opts)
		if err != nil {
			dc.Close()
			return nil, nil, err
		}
		return c, dc, nil
	default:
		return imapclient.New(dc, opts), dc, nil
	}
}

// session runs one connection until it fails; good says it completed at
// least one pass.
func (w *Watcher) session(ctx context.Context) (good bool, err error) {
	wake := make(chan struct{}, 1)
	notify := func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
	c, dc, sel, release, err := w.connect(ctx, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					notify()
				}
			},
		},
	}, true)
	if err != nil {
		return false, err
	}
	defer release()
	stalled := w.watchdog(c, dc)
	defer stalled.stop()
	w.log.Info("imap connected", logkey.UIDValidity, sel.UIDValidity, logkey.Messages, sel.NumMessages, logkey.Idle, w.canIdle(c))
	w.step()
	for {
		t0 := time.Now()
		if err := w.sync(ctx, c, sel.UIDValidity); err != nil {
			return good, stalled.or(err)
		}
		good = true
		w.step()
		if w.Passed != nil {
			w.Passed(time.Since(t0))
		}
		if w.Health != nil {
			w.Health(nil)
		}
		if err := w.wait(ctx, c, wake); err != nil {
			return good, stalled.or(err)
		}
	}
}

// connect dials the server, logs in and selects the watched mailbox; with
// create it first creates the processed mailbox if it is missing. The
// connection is closed when ctx ends or release is called.
func (w *Watcher) connect(ctx context.Context, opts *imapclient.Options, create bool) (c *imapclient.Client, dc *deadlineConn, sel *imap.SelectData, release func(), err error) {
	var tr *mailconn.Trace
	if w.cfg.Trace != nil {
		tr = mailconn.NewTrace(w.cfg.Trace.With(logkey.Mailbox, w.cfg.Mailbox), mailconn.IMAP)
		tr.Redact(mailconn.PasswordSecrets(w.cfg.Username, w.cfg.Password)...)
		opts.DebugWriter = tr
	}
	c, dc, err = w.dial(opts)
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("imap: dial %s: %w", w.cfg.Address, err)
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	release = func() {
		stop()
		c.Close()
	}
	sel, err = w.open(ctx, c, create, tr)
	if err != nil {
		release()
		return nil, nil, nil, nil, err
	}
	return c, dc, sel, release, nil
}

func (w *Watcher) open(ctx context.Context, c *imapclient.Client, create bool, tr *mailconn.Trace) (*imap.SelectData, error) {
	if err := w.login(ctx, c, tr); err != nil {
		return nil, err
	}
	if create {
		if err := c.Create(w.cfg.ProcessedMailbox, nil).Wait(); err != nil {
			var ierr *imap.Error
			if !errors.As(err, &ierr) || (ierr.Code != imap.ResponseCodeAlreadyExists && ierr.Type != imap.StatusResponseTypeNo) {
				return nil, fmt.Errorf("imap: create %s: %w", w.cfg.ProcessedMailbox, err)
			}
		}
	}
	sel, err := c.Select(w.cfg.Mailbox, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("imap: select %s: %w", w.cfg.Mailbox, err)
	}
	return sel, nil
}

// moverConn returns the connection that moves committed messages out during
// a pass. A pass of more than one batch gets a second connection, so that
// the server moves one batch while it sends the next instead of after the
// whole FETCH; done releases it. Without a usable second connection
// (refused, or the mailbox changed identity in between) moves go over c.
func (w *Watcher) moverConn(ctx context.Context, c *imapclient.Client, uidValidity uint32, pending int) (mc *imapclient.Client, done func()) {
	if pending <= batchCount {
		return c, func() {}
	}
	mc, dc, sel, release, err := w.connect(ctx, &imapclient.Options{}, false)
	if err != nil {
		w.log.Warn("second connection for moves refused; moving over the main one", logkey.Err, err)
		return c, func() {}
	}
	if sel.UIDValidity != uidValidity {
		release()
		return c, func() {}
	}
	stalled := w.watchdog(mc, dc)
	// Have the server open the processed mailbox now, while the first batch
	// is fetched, rather than in the first MOVE.
	if _, err := mc.Status(w.cfg.ProcessedMailbox, &imap.StatusOptions{UIDNext: true}).Wait(); err != nil {
		w.log.Debug("status of the processed mailbox failed", logkey.Err, err)
	}
	return mc, func() {
		mc.Logout().Wait()
		stalled.stop()
		release()
	}
}

// login signs in: with a bearer token (XOAUTH2, OAUTHBEARER), else with
// the password, by AUTHENTICATE PLAIN where offered, else LOGIN. A refused
// token is forgotten, so that the next attempt fetches a new one.
func (w *Watcher) login(ctx context.Context, c *imapclient.Client, tr *mailconn.Trace) error {
	l := mailconn.Login{Mechanism: w.cfg.Auth, Username: w.cfg.Username, Password: w.cfg.Password, Tokens: w.cfg.Tokens}
	if l.OAuth() {
		bc, secrets, err := l.Bearer(ctx)
		if err != nil {
			return fmt.Errorf("imap: login as %s: %w", w.cfg.Username, err)
		}
		tr.Redact(secrets...)
		if err := c.Authenticate(bc); err != nil {
			w.cfg.Tokens.Forget()
			return fmt.Errorf("imap: login as %s with %s: %w", w.cfg.Username, strings.ToUpper(w.cfg.Auth), bc.Explain(err))
		}
		return nil
	}
	var err error
	if c.Caps().Has(imap.AuthCap(sasl.Plain)) {
		err = c.Authenticate(sasl.NewPlainClient("", w.cfg.Username, w.cfg.Password))
	} else {
		err = c.Login(w.cfg.Username, w.cfg.Password).Wait()
	}
	if err != nil {
		return fmt.Errorf("imap: login as %s: %w", w.cfg.Username, err)
	}
	return nil
}

func (w *Watcher) canIdle(c *imapclient.Client) bool {
	caps := c.Caps()
	return w.cfg.Idle && (caps.Has(imap.CapIdle) || caps.Has(imap.CapIMAP4rev2))
}

// wait returns when new mail may have arrived: an IDLE notification, or
// the poll interval (with IDLE, as a safety net against missed updates).
func (w *Watcher) wait(ctx context.Context, c *imapclient.Client, wake chan struct{}) error {
	timer := time.NewTimer(w.cfg.PollInterval)
	defer timer.Stop()
	if !w.canIdle(c) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
			return nil
		}
	}
	idle, err := c.Idle()
	if err != nil {
		return fmt.Errorf("imap: idle: %w", err)
	}
	select {
	case <-ctx.Done():
	case <-wake:
	case <-timer.C:
	case <-c.Closed():
	}
	if err := idle.Close(); err != nil {
		return fmt.Errorf("imap: end idle: %w", err)
	}
	if err := idle.Wait(); err != nil {
		return fmt.Errorf("imap: idle: %w", err)
	}
	return ctx.Err()
}

// sync stores every message in the mailbox that is not stored yet, then
// moves all stored ones out. Messages only leave the mailbox once stored,
// so a pass over everything left is both the normal path and the recovery
// after a crash.
//
// The pass is a pipeline of four goroutines joined by small bounded
// queues: this one fetches (and hashes), a parser reads each batch's
// headers and structure, a committer writes batches to the store, a mover
// moves each committed batch out of the mailbox. Fetching the next batch so
// overlaps with parsing, with the disk write of the one before and with the
// server's work moving the one before that, and memory stays bounded by the
// queue lengths.
func (w *Watcher) sync(ctx context.Context, c *imapclient.Client, uidValidity uint32) error {
	start := time.Now()
	cp, ok, err := w.state.Checkpoint(ctx, w.cfg.Mailbox)
	if err != nil {
		return err
	}
	if ok && cp.UIDValidity != uidValidity {
		w.log.Warn("uidvalidity changed; rescanning the mailbox, duplicates are recognised by content", logkey.OldUIDValidity, cp.UIDValidity, logkey.UIDValidity, uidValidity)
		cp = store.Checkpoint{UIDValidity: uidValidity}
	}
	cp.UIDValidity = uidValidity
	search, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
	if err != nil {
		return fmt.Errorf("imap: search: %w", err)
	}
	uids := search.AllUIDs()
	var lo, hi uint32
	if len(uids) > 0 {
		lo, hi = uint32(slices.Min(uids)), uint32(slices.Max(uids))
	}
	committed, err := w.state.CommittedUIDs(ctx, w.cfg.Mailbox, uidValidity, lo, hi)
	if err != nil {
		return err
	}
	var fetch, done []imap.UID
	for _, uid := range uids {
		if committed[uint32(uid)] {
			done = append(done, uid)
		} else {
			fetch = append(fetch, uid)
		}
	}

	ps := &pass{w: w, c: c, uidValidity: uidValidity, lastUID: cp.LastUID}
	ps.ctx, ps.cancel = context.WithCancelCause(ctx)
	defer ps.cancel(nil)
	fetched := make(chan []store.NewMessage, queueLen)
	batches := make(chan []store.NewMessage, queueLen)
	moves := make(chan []imap.UID, queueLen)
	moves <- done // left behind by a crash between commit and move
	pending := len(fetch)
	var wg sync.WaitGroup
	wg.Go(func() { ps.parse(fetched, batches) })
	wg.Go(func() { ps.commit(batches, moves) })
	wg.Go(func() { ps.move(moves, pending) })
	limit := firstBatch
	for len(fetch) > 0 && ps.ctx.Err() == nil {
		chunk := fetch[:min(fetchChunk, len(fetch))]
		fetch = fetch[len(chunk):]
		if err := w.fetch(ps.ctx, c, uidValidity, chunk, &limit, fetched); err != nil {
			ps.cancel(err)
		}
	}
	close(fetched)
	wg.Wait()
	if err := context.Cause(ps.ctx); err != nil && !errors.Is(err, context.Canceled) {
		// What was committed stays committed; the next pass moves it.
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	cp.LastUID = ps.lastUID
	if err := w.state.SetCheckpoint(ctx, w.cfg.Mailbox, cp); err != nil {
		return err
	}
	if ps.stored > 0 {
		w.log.Info("imap pass done", logkey.Stored, ps.stored, logkey.LastUID, cp.LastUID, logkey.Took, time.Since(start))
	}
	if w.Synced != nil {
		w.Synced(ps.stored)
	}
	return nil
}

// pass is what the stages of one sync share. The first error cancels ctx
// with its cause; every stage then drains its input without acting on it,
// so no stage blocks and every spool is released.
type pass struct {
	w           *Watcher
	c           *imapclient.Client
	uidValidity uint32
	ctx         context.Context
	cancel      context.CancelCauseFunc
	// stored is written by commit and lastUID by move; sync reads them
	// after both returned.
	stored  int
	lastUID uint32
}

// parse reads the headers and structure of each fetched batch.
func (p *pass) parse(in <-chan []store.NewMessage, out chan<- []store.NewMessage) {
	defer close(out)
	for batch := range in {
		if p.ctx.Err() == nil {
			for i, m := range batch {
				batch[i] = p.w.sink.Parse(m.Spool, m.Origin)
			}
		}
		out <- batch
	}
}

// commit writes each batch to the store and hands its UIDs to move.
func (p *pass) commit(in <-chan []store.NewMessage, out chan<- []imap.UID) {
	defer close(out)
	for batch := range in {
		if p.ctx.Err() != nil {
			store.Discard(batch)
			continue
		}
		t0 := time.Now()
		if _, err := p.w.sink.Commit(p.ctx, batch); err != nil {
			p.cancel(fmt.Errorf("imap: commit %d messages: %w", len(batch), err))
			continue
		}
		p.w.log.Debug("batch committed", logkey.Messages, len(batch), logkey.Took, time.Since(t0))
		p.w.step()
		uids := make([]imap.UID, len(batch))
		for i, m := range batch {
			uids[i] = imap.UID(m.Origin.UID)
		}
		p.stored += len(batch)
		out <- uids
	}
}

// move moves committed UIDs out of the mailbox; only what is committed
// reaches it. pending is how many messages the pass fetches.
func (p *pass) move(in <-chan []imap.UID, pending int) {
	// Dialled here, while the first batch is fetched, not before.
	mc, closeMover := p.w.moverConn(p.ctx, p.c, p.uidValidity, pending)
	defer closeMover()
	for uids := range in {
		if p.ctx.Err() != nil {
			continue
		}
		// Whatever else was committed meanwhile goes in the same command:
		// the server's cost is mostly per command.
		for more := true; more; {
			select {
			case next, ok := <-in:
				uids = append(uids, next...)
				more = ok
			default:
				more = false
			}
		}
		t0 := time.Now()
		if err := p.w.moveOut(p.ctx, mc, p.uidValidity, uids); err != nil {
			p.cancel(err)
			continue
		}
		p.w.log.Debug("batch moved", logkey.Messages, len(uids), logkey.Took, time.Since(t0))
		p.w.step()
		for _, uid := range uids {
			p.lastUID = max(p.lastUID, uint32(uid))
		}
	}
}

// fetch streams the messages of uids, spools and hashes each, and hands
// them on in batches of the size limit gives (which grows with each). A
// message the server sends without its UID is skipped and left for the
// next pass.
func (w *Watcher) fetch(ctx context.Context, c *imapclient.Client, uidValidity uint32, uids []imap.UID, limit *batchLimit, out chan<- []store.NewMessage) error {
	var batch []store.NewMessage
	var size int64
	// Whatever was not handed on is released on every path out.
	defer func() { store.Discard(batch) }()
	send := func() error {
		if len(batch) == 0 {
			return nil
		}
		w.log.Debug("batch fetched", logkey.Messages, len(batch), logkey.Bytes, size)
		select {
		case out <- batch:
			batch, size = nil, 0
			*limit = limit.next()
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	cmd := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	})
	defer cmd.Close()
	n := 0
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		var uid imap.UID
		for item := msg.Next(); item != nil; item = msg.Next() {
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataBodySection:
				if it.Literal == nil {
					continue
				}
				if uid == 0 {
					// Servers send UID before the body; without it the
					// message cannot be tied to its UID, so leave it for the
					// next pass rather than guess.
					io.Copy(io.Discard, it.Literal)
					continue
				}
				origin := store.Origin{Source: "imap:" + w.cfg.Mailbox, Mailbox: w.cfg.Mailbox, UIDValidity: uidValidity, UID: uint32(uid)}
				sp, err := w.sink.Spool(&progressReader{LiteralReader: it.Literal, step: w.step})
				if err != nil {
					return fmt.Errorf("imap: uid %d: %w", uid, err)
				}
				w.step()
				// Parsed by the next stage, so that reading the next
				// message from the network does not wait for it.
				batch = append(batch, store.NewMessage{Spool: sp, Origin: origin})
				size += sp.Size
				n++
				if size >= limit.bytes || len(batch) >= limit.count {
					if err := send(); err != nil {
						return err
					}
				}
			}
		}
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("imap: fetch: %w", err)
	}
	if err := send(); err != nil {
		return err
	}
	if n < len(uids) {
		// Expunged by someone else between SEARCH and FETCH, or sent
		// without a UID: left for the next pass.
		w.log.Warn("messages not fetched", logkey.Asked, len(uids), logkey.Fetched, n)
	}
	return nil
}

// moveOut flags committed messages and moves them to the processed
// mailbox: MOVE where the server has it, else COPY, \Deleted and UID
// EXPUNGE of exactly those UIDs.
func (w *Watcher) moveOut(ctx context.Context, c *imapclient.Client, uidValidity uint32, uids []imap.UID) error {
	if len(uids) == 0 {
		return nil
	}
	set := imap.UIDSetNum(uids...)
	// Flagging is for humans; a server without keyword support refuses it,
	// which must not stop intake. The STORE is pipelined with what follows:
	// the server runs commands in order, so the flag is set before the move.
	flag := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{processedFlag}}, nil)
	defer func() {
		if err := flag.Close(); err != nil {
			w.log.Debug("flagging failed", logkey.Err, err)
		}
	}()
	caps := c.Caps()
	switch {
	case caps.Has(imap.CapMove) || caps.Has(imap.CapIMAP4rev2):
		if _, err := c.Move(set, w.cfg.ProcessedMailbox).Wait(); err != nil {
			return fmt.Errorf("imap: move to %s: %w", w.cfg.ProcessedMailbox, err)
		}
	case caps.Has(imap.CapUIDPlus):
		if _, err := c.Copy(set, w.cfg.ProcessedMailbox).Wait(); err != nil {
			return fmt.Errorf("imap: copy to %s: %w", w.cfg.ProcessedMailbox, err)
		}
		if err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
			return fmt.Errorf("imap: flag deleted: %w", err)
		}
		if err := c.UIDExpunge(set).Close(); err != nil {
			return fmt.Errorf("imap: uid expunge: %w", err)
		}
	default:
		// Without MOVE or UIDPLUS an EXPUNGE could remove other clients'
		// deleted mail; leave the messages in place, marked, rather than
		// risk that.
		w.log.Warn("server has neither MOVE nor UIDPLUS; stored messages stay in the mailbox, flagged", logkey.Count, len(uids))
		return nil
	}
	u32 := make([]uint32, len(uids))
	for i, u := range uids {
		u32[i] = uint32(u)
	}
	return w.state.MarkMoved(ctx, w.cfg.Mailbox, uidValidity, u32)
}

// progressReader reports progress for every MiB of a message read, so
// that a large message fetched slowly counts as progress; it keeps the
// literal's Size.
type progressReader struct {
	imap.LiteralReader
	step func()
	n    int
}

func (r *progressReader) Read(p []byte) (int, error) {
	n, err := r.LiteralReader.Read(p)
	if r.n += n; r.n >= 1<<20 {
		r.n = 0
		r.step()
	}
	return n, err
}
