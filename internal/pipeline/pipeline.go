// Package pipeline carries one raw message through lerd's stages: it spools
// the bytes to disk with their SHA-256, parses them, triages the result,
// applies the policy and commits everything to the store in one transaction.
//
// Intake (IMAP or files) hands every message to Pipeline.Ingest and treats
// the message as done only when Ingest returned without error. A message
// that cannot be parsed, or is too large to parse, is still committed, raw
// and flagged, so that nothing is ever dropped.
package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"strings"

	"lerd/internal/mailparse"
	"lerd/internal/policy"
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
}

// Options configure New.
type Options struct {
	// AuthservID and Mailbox are passed to triage (see triage.Options).
	AuthservID string
	Mailbox    string
	// MaxBytes caps the size of a message that is parsed.
	MaxBytes int64
	// Log receives one line per stored message; nil logs nothing.
	Log *slog.Logger
}

// New loads the policy and the sender-verification lists from a rules file
// system and returns a pipeline writing to st. st may be nil for callers
// that only triage (lerd triage, lerd config check) and never Ingest.
func New(st *store.Store, rules fs.FS, o Options) (*Pipeline, error) {
	pol, err := policy.Load(rules)
	if err != nil {
		return nil, err
	}
	an, err := triage.New(rules, triage.Options{AuthservID: o.AuthservID, Mailbox: o.Mailbox, HomeCountry: pol.HomeCountry})
	if err != nil {
		return nil, err
	}
	return &Pipeline{Store: st, Triage: an, Policy: pol, MaxBytes: o.MaxBytes, Log: o.Log}, nil
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

// Request states.
const (
	StateOpen        = "open"
	StateNeedsReview = "needs_review"
)

// Ingest reads one raw message from r and commits it. It returns only after
// the commit, or with an error if nothing was committed.
func (p *Pipeline) Ingest(ctx context.Context, r io.Reader, origin store.Origin) (Outcome, error) {
	sp, err := p.Store.SpoolRaw(r)
	if err != nil {
		return Outcome{}, err
	}
	defer sp.Discard()
	out := Outcome{SHA256: sp.SHA256, Size: sp.Size}

	nm := store.NewMessage{Spool: sp, Origin: origin, Status: store.StatusParsed}
	var res triage.Result
	parsed := false
	if _, dup, err := p.Store.LookupSHA(ctx, sp.SHA256); err != nil {
		return out, err
	} else if dup {
		// Same bytes already stored: Save records the duplicate fetch.
		nm.Status = store.StatusDuplicate
	} else if sp.Size > p.MaxBytes {
		nm.Status = store.StatusOversize
		nm.ParseError = fmt.Sprintf("message of %d bytes exceeds the %d byte limit; stored raw, not parsed", sp.Size, p.MaxBytes)
		p.peekHeaders(sp, &nm)
	} else {
		f, err := sp.Open()
		if err != nil {
			return out, fmt.Errorf("pipeline: reopen spool: %w", err)
		}
		m, perr := mailparse.Parse(f)
		f.Close()
		if m != nil {
			fillHeaders(&nm, m)
		}
		if perr != nil {
			nm.Status = store.StatusMalformed
			nm.ParseError = perr.Error()
		} else {
			parsed = true
			res = p.Triage.Analyze(m)
			nm.BodyText = m.Text()
			for _, a := range m.Attachments {
				nm.Attachments = append(nm.Attachments, store.Attachment{Filename: a.Filename, ContentType: a.ContentType, Size: a.Size, SHA256: a.SHA256, TextError: a.TextError})
			}
			nm.TriageJSON, _ = json.Marshal(res)
		}
	}
	out.Status = nm.Status

	decide := func(prior *store.Request) store.RequestUpdate {
		if !parsed {
			return store.RequestUpdate{
				State:   StateNeedsReview,
				Sender:  nm.From,
				Subject: nm.Subject,
				Flags:   []string{nm.Status},
				Event:   nm.Status + ": " + nm.ParseError,
			}
		}
		merged := res
		if prior != nil && prior.TriageJSON != "" {
			var old triage.Result
			if err := json.Unmarshal([]byte(prior.TriageJSON), &old); err == nil {
				merged = triage.Merge(old, res)
			}
		}
		d := p.Policy.Decide(merged)
		mergedJSON, _ := json.Marshal(policy.Record{Result: merged, Decision: d})
		upd := store.RequestUpdate{
			State:      StateOpen,
			Decision:   d.Action,
			Reasons:    d.Codes(),
			Sender:     merged.Sender.Address,
			Subject:    nm.Subject,
			Emergency:  merged.Emergency,
			TriageJSON: mergedJSON,
			Event:      fmt.Sprintf("decision=%s reasons=%s", d.Action, strings.Join(d.Codes(), ",")),
		}
		if d.Review {
			upd.State = StateNeedsReview
			upd.Flags = append(upd.Flags, "review")
		}
		out.Decision, out.Reasons = d.Action, d.Codes()
		return upd
	}
	saved, err := p.Store.Save(ctx, nm, decide)
	if err != nil {
		return out, err
	}
	out.SaveResult = saved
	if p.Log != nil {
		p.Log.Info("message stored", "sha256", sp.SHA256, "size", sp.Size, "status", nm.Status,
			"ref", saved.Ref, "duplicate", saved.Duplicate, "joined", saved.Joined, "decision", out.Decision, "source", origin.Source)
	}
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

// peekHeaders reads only the header of an oversize message, so that it can
// still be listed by sender and subject, and deduplicated by Message-ID.
func (p *Pipeline) peekHeaders(sp *store.Spool, nm *store.NewMessage) {
	f, err := sp.Open()
	if err != nil {
		return
	}
	defer f.Close()
	m, err := mailparse.ParseHeader(f)
	if err == nil {
		fillHeaders(nm, m)
	}
}
