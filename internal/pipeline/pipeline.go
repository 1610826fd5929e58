// Package pipeline carries raw messages through lerd's stages. Intake
// stages each message (its bytes spooled with their SHA-256, then parsed)
// and commits a batch of them to the store in one transaction; triage then
// reads every committed message that waits for it, applies the policy and
// opens or updates its request, one transaction per message.
//
// Splitting the two keeps intake fast and independent of triage: a message
// is safe once committed, whatever triage later costs or fails on. A
// message that cannot be parsed, or is too large to parse, is still
// committed, raw and flagged, and put in the review queue; nothing is ever
// dropped.
package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"lerd/internal/logkey"
	"lerd/internal/mailparse"
	"lerd/internal/policy"
	"lerd/internal/responder"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// Pipeline ingests messages into a store.
type Pipeline struct {
	Store    *store.Store
	Triage   *triage.Analyzer
	Policy   *policy.Policy
	MaxBytes int64
	Log      *slog.Logger
	// Replies plans the replies of each decision; nil plans none.
	Replies *responder.Planner
	// Blocklist sends its senders' mail to review, replies held.
	Blocklist *Blocklist
	// OnTriaged, if set, is called by RunTriage after it triaged n > 0
	// messages; serve uses it to wake the responder.
	OnTriaged func(n int)
	// Triaged, if set, is told how long each message's triage took
	// (read, extract, verify, decide, record), for /metrics.
	Triaged func(took time.Duration)
	// Extract reads PDF and DOCX text during triage; nil reads in this
	// process (mailparse.InProcess), which only trusted input should get.
	// lerd sets a mailparse.Sandbox.
	Extract mailparse.Extractor
	// ExtractBudget bounds the time one message's attachments take
	// together (0: three times mailparse.DefaultLimits.Timeout); those not
	// read by then get a text error.
	ExtractBudget time.Duration

	// triageMu lets one goroutine at a time work through the pending
	// messages, in order; the store also refuses to triage a message twice.
	triageMu sync.Mutex
}

// Options configure New.
type Options struct {
	// Triage configures sender verification (see triage.Options); its
	// HomeCountry comes from the policy.
	Triage triage.Options
	// MaxBytes caps the size of a message that is parsed.
	MaxBytes int64
	// Log receives one line per triaged message; nil logs nothing.
	Log *slog.Logger
}

// New loads the policy and the sender-verification lists from a rules file
// system and returns a pipeline writing to st. st may be nil for callers
// that only triage (lerd triage, lerd config check) and never ingest.
func New(st *store.Store, rules fs.FS, o Options) (*Pipeline, error) {
	pol, err := policy.Load(rules)
	if err != nil {
		return nil, err
	}
	to := o.Triage
	to.HomeCountry = pol.HomeCountry
	an, err := triage.New(rules, to)
	if err != nil {
		return nil, err
	}
	bl, err := LoadBlocklist(rules)
	if err != nil {
		return nil, err
	}
	return &Pipeline{Store: st, Triage: an, Policy: pol, Blocklist: bl, MaxBytes: o.MaxBytes, Log: o.Log}, nil
}

// OnStore returns a pipeline that works like p on another store: the same
// analyzer, policy, reply planner, blocklist, extractor and hooks, with a
// lock of its own. lerd eval loads the rules once and gives each labelled
// subset a scratch store. A Pipeline holds a mutex, so it cannot be copied
// whole; a field added to Pipeline belongs here too (a test checks).
func (p *Pipeline) OnStore(st *store.Store) *Pipeline {
	return &Pipeline{Store: st, Triage: p.Triage, Policy: p.Policy, MaxBytes: p.MaxBytes, Log: p.Log,
		Replies: p.Replies, Blocklist: p.Blocklist, OnTriaged: p.OnTriaged, Triaged: p.Triaged,
		Extract: p.Extract, ExtractBudget: p.ExtractBudget}
}

// maxBodyText bounds the text kept beside the raw message.
const maxBodyText = 64 << 10

// Request states.
const (
	StateOpen        = "open"
	StateNeedsReview = "needs_review"
)

// Stage reads one raw message from r, hashes it and parses it. Nothing is
// stored yet: pass the result to Commit, which owns its spool from then on.
func (p *Pipeline) Stage(ctx context.Context, r io.Reader, origin store.Origin) (store.NewMessage, error) {
	sp, err := p.Spool(r)
	if err != nil {
		return store.NewMessage{}, err
	}
	return p.Parse(sp, origin), nil
}

// Spool reads one raw message from r to its end with its SHA-256, in
// bounded memory (see store.Spool).
func (p *Pipeline) Spool(r io.Reader) (*store.Spool, error) { return p.Store.SpoolRaw(r) }

// Parse reads what the store records of a spooled message: its header
// fields and attachments, or the reason it could not be parsed. It never
// fails: a message too large or too broken to parse is committed raw and
// flagged.
func (p *Pipeline) Parse(sp *store.Spool, origin store.Origin) store.NewMessage {
	nm := store.NewMessage{Spool: sp, Origin: origin, Status: store.StatusParsed}
	if sp.Size > p.MaxBytes {
		nm.Status = store.StatusOversize
		nm.ParseError = fmt.Sprintf("message of %d bytes exceeds the %d byte limit; stored raw, not parsed", sp.Size, p.MaxBytes)
		if f, err := sp.Open(); err == nil {
			if m, err := mailparse.ParseHeader(f); err == nil {
				fillHeaders(&nm, m)
			}
			f.Close()
		}
		return nm
	}
	m, perr := scanSpool(sp)
	if m != nil {
		fillHeaders(&nm, m)
	}
	if perr != nil {
		nm.Status = store.StatusMalformed
		nm.ParseError = perr.Error()
		return nm
	}
	for _, a := range m.Attachments {
		nm.Attachments = append(nm.Attachments, store.Attachment{Filename: a.Filename, ContentType: a.ContentType, Size: a.Size, SHA256: a.SHA256})
	}
	return nm
}

// scanSpool reads a spooled message's structure (mailparse.Scan); the text
// is read by triage.
func scanSpool(sp *store.Spool) (m *mailparse.Message, err error) {
	f, err := sp.Open()
	if err != nil {
		return nil, fmt.Errorf("pipeline: reopen spool: %w", err)
	}
	defer f.Close()
	return recovered(mailparse.Scan, f)
}

// recovered runs a mailparse function, turning a panic into an error: a
// message that crashes a parser must be stored and flagged, not crash lerd
// on every restart while it waits in the mailbox.
func recovered(parse func(io.Reader) (*mailparse.Message, error), r io.Reader) (m *mailparse.Message, err error) {
	defer func() {
		if p := recover(); p != nil {
			m, err = nil, fmt.Errorf("parser panic: %v", p)
		}
	}()
	return parse(r)
}

// parseText reads a message with its attachments' text for triage, the
// attachments within p.ExtractBudget together.
func (p *Pipeline) parseText(ctx context.Context, r io.Reader) (*mailparse.Message, error) {
	budget := p.ExtractBudget
	if budget <= 0 {
		budget = 3 * mailparse.DefaultLimits.Timeout
	}
	mctx, cancel := context.WithTimeoutCause(ctx, budget, fmt.Errorf("the message's %v for reading attachments is used up", budget))
	defer cancel()
	return recovered(func(r io.Reader) (*mailparse.Message, error) { return mailparse.ParseWith(mctx, r, p.Extract) }, r)
}

// analyze is Triage.Analyze that turns a panic into an error, for the same
// reason.
func (p *Pipeline) analyze(m *mailparse.Message, raw []byte) (res triage.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("triage panic: %v", r)
		}
	}()
	return p.Triage.AnalyzeRaw(m, raw), nil
}

// Commit stores staged messages in one transaction and releases their
// spools, whether or not the commit succeeded.
func (p *Pipeline) Commit(ctx context.Context, batch []store.NewMessage) ([]store.SaveResult, error) {
	defer store.Discard(batch)
	if len(batch) == 0 {
		return nil, nil
	}
	return p.Store.SaveBatch(ctx, batch)
}

// TriagePending triages every committed message that waits for it, oldest
// first, and returns how many it triaged.
func (p *Pipeline) TriagePending(ctx context.Context) (int, error) {
	p.triageMu.Lock()
	defer p.triageMu.Unlock()
	n := 0
	for {
		pending, err := p.Store.Pending(ctx, 100)
		if err != nil {
			return n, err
		}
		if len(pending) == 0 {
			return n, nil
		}
		for _, pm := range pending {
			if err := ctx.Err(); err != nil {
				return n, err
			}
			if err := p.triageWatched(ctx, pm); err != nil {
				return n, fmt.Errorf("pipeline: message %d: %w", pm.ID, err)
			}
			n++
		}
	}
}

// busyAfter is how long one message may take before the health record
// says triage is busy with it (`lerd status`: "triage stuck on message N").
var busyAfter = 30 * time.Second

// triageWatched is triageOne, recorded as busy in the health record when it
// takes longer than busyAfter.
func (p *Pipeline) triageWatched(ctx context.Context, pm store.Pending) error {
	var mu sync.Mutex
	done, marked := false, false
	t := time.AfterFunc(busyAfter, func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			marked = p.Store.Busy(store.ComponentTriage, fmt.Sprintf("message %d", pm.ID)) == nil
		}
	})
	t0 := time.Now()
	err := p.triageOne(ctx, pm)
	if err == nil && p.Triaged != nil {
		p.Triaged(time.Since(t0))
	}
	t.Stop()
	mu.Lock()
	done = true
	if marked {
		p.Store.Busy(store.ComponentTriage, "")
	}
	mu.Unlock()
	return err
}

func (p *Pipeline) triageOne(ctx context.Context, pm store.Pending) error {
	start := time.Now()
	var res triage.Result
	var found store.Findings
	parsed := pm.Status == store.StatusParsed
	if parsed {
		rc, err := p.Store.OpenRaw(pm.SHA256)
		if err != nil {
			return fmt.Errorf("open raw: %w", err)
		}
		var raw []byte
		var src io.Reader = rc
		if p.Triage.NeedsRaw() {
			// DKIM self-verification hashes the whole message: read it
			// once, for both (intake bounds its size).
			raw, err = io.ReadAll(rc)
			src = bytes.NewReader(raw)
		}
		var m *mailparse.Message
		if err == nil {
			m, err = p.parseText(ctx, src)
		}
		rc.Close()
		if ctx.Err() != nil {
			// Shutdown while attachments were read: the errors say nothing
			// about the message, which stays pending for the next start.
			return ctx.Err()
		}
		if err == nil {
			res, err = p.analyze(m, raw)
		}
		if err != nil {
			// The message goes to a person, not away; it is not retried,
			// since the same bytes would fail the same way.
			parsed = false
			pm.ParseError = err.Error()
		} else {
			found.JSON, _ = json.Marshal(res)
			found.BySender = mayContinueBySubject(pm.Subject, pm.InReplyTo, res)
			for _, a := range m.Attachments {
				if a.TextError != "" {
					found.AttachmentErrors = append(found.AttachmentErrors, store.Attachment{SHA256: a.SHA256, TextError: a.TextError})
				}
			}
			// The text is for display and search; the raw bytes are the record.
			found.BodyText = m.DisplayText()
			if len(found.BodyText) > maxBodyText {
				found.BodyText = strings.ToValidUTF8(found.BodyText[:maxBodyText], "")
			}
		}
	}
	var dec policy.Decision
	var route store.Route
	// bySubject marks a join that rests on the subject alone, byColleague
	// one of a colleague at the sender's agency (colleagueJoin).
	bySubject, byColleague := false, false
	router := func(cands []store.ThreadCandidate) store.Route {
		route = threadRoute(pm.From, pm.Subject, res, parsed)(cands)
		for _, c := range cands {
			if route.Join != nil && c.Request.ID == route.Join.ID {
				bySubject = c.Via == store.ViaSender
				byColleague = !slices.Contains(c.Senders, strings.ToLower(strings.TrimSpace(pm.From)))
			}
		}
		return route
	}
	// claimed marks a message that named a request it may not join, in a
	// request of its own, and sends it to review unless it gets no answer
	// at all (an auto-reply or a bounce quoting our Message-ID).
	claimed := func(upd *store.RequestUpdate) {
		if route.Claims != "" {
			if !parsed || dec.Action != policy.Ignore {
				upd.State = StateNeedsReview
			}
			upd.Flags = append(upd.Flags, FlagClaimsThread)
			upd.Event += "; " + claimReason(route.Claims, pm.From, res.Sender, parsed)
		}
	}
	decide := func(prior *store.Request, ref string) store.RequestUpdate {
		if !parsed {
			upd := store.RequestUpdate{
				State: StateNeedsReview, Sender: pm.From, Subject: pm.Subject,
				Flags: []string{pm.Status}, Event: pm.Status + ": " + pm.ParseError,
			}
			claimed(&upd)
			return upd
		}
		merged := res
		if prior != nil && prior.TriageJSON != "" {
			var old triage.Result
			if err := json.Unmarshal([]byte(prior.TriageJSON), &old); err == nil {
				merged = triage.Merge(old, res)
			}
		}
		dec = p.Policy.Decide(merged)
		if prior != nil && res.Sender.Class == triage.ClassAutomated && p.Policy.Decide(res).Action == policy.Ignore {
			// An auto-reply, a bounce or a read receipt in the thread is
			// recorded with the request and changes nothing: not its
			// decision, state or replies (it would otherwise turn the
			// request into one to ignore).
			dec = policy.Decision{Action: policy.Ignore}
			return store.RequestUpdate{State: prior.State, Decision: prior.Decision, Reasons: prior.Reasons, Sender: prior.Sender,
				Subject: prior.Subject, Emergency: prior.Emergency, TriageJSON: []byte(prior.TriageJSON),
				Event: "automatic message joined; request unchanged"}
		}
		if route.Claims != "" && dec.Action != policy.Ignore {
			// Whoever wrote it, a person decides what it is before anyone
			// is answered.
			dec.Review, dec.Hold = true, true
		}
		if bySubject || byColleague || prior != nil && slices.Contains(prior.Flags, FlagReplyHeld) {
			// A subject is no reference, and a colleague is not the
			// request's sender: a person confirms the message continues
			// the request before its merged answer goes out; and a
			// request whose replies a person holds keeps holding them.
			dec.Review, dec.Hold = true, true
		}
		blocked, isBlocked := p.Blocklist.Match(pm.From, merged.Facts.FromAddress)
		if isBlocked {
			// The operator's word: a person sees it, nothing is answered
			// until a person releases it.
			dec.Review, dec.Hold = true, true
		}
		mergedJSON, _ := json.Marshal(policy.Record{Result: merged, Decision: dec})
		upd := store.RequestUpdate{
			// The sender is the authenticated From, where replies go; a
			// Reply-To is never where they go, so it is not shown as such.
			State: StateOpen, Decision: dec.Action, Reasons: dec.Codes(), Sender: cmp.Or(merged.Facts.FromAddress, pm.From),
			Subject: pm.Subject, Emergency: merged.Emergency, TriageJSON: mergedJSON,
			Event: fmt.Sprintf("decision=%s reasons=%s", dec.Action, strings.Join(dec.Codes(), ",")),
		}
		if dec.Review {
			upd.State = StateNeedsReview
			upd.Flags = append(upd.Flags, "review")
		}
		if dec.Hold {
			upd.Flags = append(upd.Flags, FlagReplyHeld)
		}
		if byColleague {
			upd.Event += "; joined as a colleague's follow-up from " + pm.From + " (the sender's agency, named by Message-ID): a person confirms it"
		}
		if isBlocked {
			upd.State = StateNeedsReview
			upd.Flags = append(upd.Flags, FlagBlocklisted)
			upd.Event += "; sender on the blocklist (" + BlocklistFile + ": " + blocked + ")"
		}
		if n := len(found.AttachmentErrors); n > 0 {
			// Triage did not read the whole request; a person must.
			upd.State = StateNeedsReview
			upd.Flags = append(upd.Flags, "attachment_unreadable")
			upd.Event += fmt.Sprintf("; text of %d attachment(s) not read: %s", n, found.AttachmentErrors[0].TextError)
		}
		if p.Replies != nil {
			// A preservation period starts when the request is first
			// accepted, and again when a message asks to extend it.
			starts := prior == nil || prior.Decision != policy.Acknowledge || res.Facts.PreservationExtension
			rec := policy.Record{Result: merged, Decision: dec}
			replies, err := p.Replies.Plan(ref, responder.Trigger{From: pm.From, Subject: pm.Subject, MessageID: pm.MessageID, References: pm.References, StartsPreservation: starts}, rec)
			if err != nil {
				// A broken template must not stop triage: the decision is
				// recorded and a person sends the answer.
				upd.State = StateNeedsReview
				upd.Flags = append(upd.Flags, "reply_failed")
				upd.Event += "; reply not written: " + err.Error()
			}
			upd.Replies = replies
			upd.Deadlines = p.Replies.Deadlines(rec, starts)
		}
		if prior != nil && prior.State == StateNeedsReview {
			// What a person must look at stays in review whatever a
			// follow-up brings.
			upd.State = StateNeedsReview
		}
		claimed(&upd)
		return upd
	}
	// upd is what the store recorded, for the log line; a duplicate
	// message records nothing new.
	var upd store.RequestUpdate
	saved, err := p.Store.Triage(ctx, pm, found, router, func(prior *store.Request, ref string) store.RequestUpdate {
		upd = decide(prior, ref)
		return upd
	})
	if err != nil {
		return err
	}
	if p.Log != nil {
		p.Log.Info("message triaged", logkey.MsgID, pm.ID, logkey.Ref, saved.Ref, logkey.Emergency, upd.Emergency,
			logkey.Decision, upd.Decision, logkey.Reasons, upd.Reasons, logkey.State, upd.State,
			logkey.Held, dec.Hold, logkey.Status, pm.Status, logkey.SHA256, pm.SHA256,
			logkey.Joined, saved.Joined, logkey.Claims, route.Claims, logkey.Duplicate, saved.Duplicate,
			logkey.Took, time.Since(start))
	}
	return nil
}

// Outcome is what happened to one ingested message.
type Outcome struct {
	store.SaveResult
	SHA256   string
	Size     int64
	Status   string
	Decision string
	Reasons  []string
}

// Ingest stages, commits and triages one message: the synchronous path used
// by file import and evaluation. It returns after the commit and triage, or
// with an error if the message was not committed.
func (p *Pipeline) Ingest(ctx context.Context, r io.Reader, origin store.Origin) (Outcome, error) {
	nm, err := p.Stage(ctx, r, origin)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{SHA256: nm.Spool.SHA256, Size: nm.Spool.Size, Status: nm.Status}
	res, err := p.Commit(ctx, []store.NewMessage{nm})
	if err != nil {
		return out, err
	}
	out.SaveResult = res[0]
	if _, err := p.TriagePending(ctx); err != nil {
		return out, err
	}
	req, joined, ok, err := p.Store.MessageRequest(ctx, out.MessageID)
	if err != nil || !ok {
		return out, err
	}
	out.RequestID, out.Ref, out.Decision, out.Reasons = req.ID, req.Ref, req.Decision, req.Reasons
	out.Joined = joined && !out.Duplicate
	return out, nil
}

func fillHeaders(nm *store.NewMessage, m *mailparse.Message) {
	nm.MessageID = m.MessageID
	nm.From = m.From.Addr
	nm.Subject = m.Subject
	if !m.Date.IsZero() {
		nm.Date = m.Date.UTC().Format("2006-01-02T15:04:05Z")
	}
	nm.InReplyTo = m.InReplyTo
	nm.References = m.References
}

// RunTriage triages pending messages until ctx is cancelled: at start (what
// a crash left), whenever wake fires, and every interval as a safety net.
// Errors are logged and retried at the next turn; the messages stay pending.
func (p *Pipeline) RunTriage(ctx context.Context, wake <-chan struct{}, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		n, err := p.TriagePending(ctx)
		if ctx.Err() == nil {
			p.Store.Report(store.ComponentTriage, err)
		}
		if err != nil && ctx.Err() == nil && p.Log != nil {
			p.Log.Error("triage failed; messages stay pending", logkey.Err, err, logkey.Triaged, n)
		}
		if n > 0 && p.OnTriaged != nil {
			p.OnTriaged(n)
		}
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-t.C:
		}
	}
}
