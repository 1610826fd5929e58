package responder

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lerd/internal/policy"
	"lerd/internal/store"
)

// ErrNoRecipient refuses a reviewer's letter that no one may receive: mail
// lerd answers nobody for (automated mail, spam), mail from our own
// domain, a request whose sender triage never read.
var ErrNoRecipient = errors.New("no verified agency address to write to")

// ErrBadText refuses a letter whose text is empty, too long or not UTF-8.
var ErrBadText = errors.New("the text cannot be sent")

// maxText bounds a reviewer's text, in bytes.
const maxText = 32 << 10

// Letter renders a reviewer's letter to the agency of request r, answering
// its message t: KindDecline (text is the reason the agency is told) or
// KindReviewerReply (text is the reply). It is written once per request
// and key. Like every reply it goes only to the request's authenticated
// From address, never to a Reply-To, threaded to t (In-Reply-To and
// References), and it is held for review when the sender is not
// authenticated or imitates an agency (the policy's hold).
func (p *Planner) Letter(kind string, r *store.Request, t store.Pending, text, key string) (store.Reply, error) {
	var rec policy.Record
	if r.TriageJSON == "" || json.Unmarshal([]byte(r.TriageJSON), &rec) != nil {
		return store.Reply{}, fmt.Errorf("%w: the request has no triage on record", ErrNoRecipient)
	}
	rcpt := strings.ToLower(strings.TrimSpace(rec.Facts.FromAddress))
	if rcpt == "" {
		rcpt = strings.ToLower(strings.TrimSpace(r.Sender))
	}
	_, rdom, _ := strings.Cut(rcpt, "@")
	switch {
	case rec.Decision.Action == policy.Ignore:
		return store.Reply{}, fmt.Errorf("%w: lerd answers nobody for this mail (automated mail or spam)", ErrNoRecipient)
	case rdom == "":
		return store.Reply{}, fmt.Errorf("%w: the sender has no address", ErrNoRecipient)
	case rdom == p.domain():
		return store.Reply{}, fmt.Errorf("%w: the sender is in our own domain", ErrNoRecipient)
	}
	text, err := cleanText(text)
	if err != nil {
		return store.Reply{}, err
	}
	data := p.data(r.Ref, Trigger{Subject: t.Subject}, rec)
	data.Text = text
	subject, body, err := p.Templates.Render(kind, data)
	if err != nil {
		return store.Reply{}, err
	}
	refs := slices.Clone(t.References)
	if t.MessageID != "" {
		refs = append(refs, t.MessageID)
	}
	state := store.ReplyPending
	if rec.Decision.Hold {
		state = store.ReplyHeld
	}
	return store.Reply{Kind: kind, DedupeKey: kind + ":" + key, To: rcpt, Subject: subject, Body: body,
		InReplyTo: t.MessageID, References: refs, State: state, Domain: p.domain(), Verified: verifiedAgency(rec)}, nil
}

// cleanText makes a reviewer's text a letter's body: line ends as LF,
// no control, format (bidi) or separator characters but tabs and line
// breaks, no trailing blanks; at most maxText bytes of UTF-8.
func cleanText(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("%w: it is not UTF-8", ErrBadText)
	}
	if len(s) > maxText {
		return "", fmt.Errorf("%w: it is longer than %d KiB", ErrBadText, maxText>>10)
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s = strings.Trim(strings.Join(lines, "\n"), "\n")
	if strings.TrimSpace(s) == "" {
		return "", fmt.Errorf("%w: it is empty", ErrBadText)
	}
	return s, nil
}

// TextKey is the idempotency key of a text: the same words to the same
// request are one letter.
func TextKey(text string) string {
	h := sha256.Sum256([]byte(strings.TrimSpace(text)))
	return hex.EncodeToString(h[:16])
}

// Decide records a reviewer's decision on request ref and what follows
// from it, in one transaction: for produced and partially_produced the
// subscriber notice (see Produced), for declined the decline letter with
// the note as its reason (one per reason). It returns what was planned.
func (p *Planner) Decide(ctx context.Context, st *store.Store, lookup Lookup, ref, actor, decision, note string) (string, error) {
	var t store.Pending
	if decision == store.OutcomeDeclined {
		var err error
		if t, err = st.AnswerTo(ctx, ref); err != nil && !errors.Is(err, store.ErrNotFound) {
			return "", err
		}
	}
	var planned string
	err := st.Decide(ctx, ref, actor, decision, note, func(r *store.Request) (store.DecisionPlan, error) {
		var pl store.DecisionPlan
		var err error
		switch {
		case store.DataLeaves(decision):
			pl, err = p.Produced(ctx, lookup, r)
		case decision == store.OutcomeDeclined:
			pl, err = p.declineLetter(r, t, note)
		}
		planned = pl.Event
		return pl, err
	})
	return planned, err
}

// declineLetter plans the decline letter: the note is the reason.
func (p *Planner) declineLetter(r *store.Request, t store.Pending, note string) (store.DecisionPlan, error) {
	reply, err := p.Letter(KindDecline, r, t, note, TextKey(note))
	if errors.Is(err, ErrNoRecipient) {
		return store.DecisionPlan{Event: "no decline letter: " + err.Error()}, nil
	}
	if err != nil {
		return store.DecisionPlan{}, fmt.Errorf("decline letter: %w", err)
	}
	return store.DecisionPlan{Replies: []store.Reply{reply}, Event: LetterEvent("decline letter", reply)}, nil
}

// LetterEvent says where a letter goes and whether it waits for review.
func LetterEvent(what string, r store.Reply) string {
	if r.State == store.ReplyHeld {
		return what + " to " + r.To + " held for review (the sender is not verified): it is sent when released after a confirmed call-back"
	}
	return what + " to " + r.To
}

// Written is a reviewer's reply as Reply wrote (or would write) it.
type Written struct {
	store.Reply
	// MessageID is its Message-ID once written; New is false when the
	// same key had been written before (nothing was written again).
	MessageID string
	New       bool
}

// Reply writes a reply a reviewer wrote to the agency of request ref into
// the outbox, threaded to the agency's latest message, once per key: a
// second call with the same key (a double submit, a reload, the same
// command run twice) writes nothing. With write false it only renders the
// reply, for a confirmation page.
func (p *Planner) Reply(ctx context.Context, st *store.Store, ref, actor, text, key string, write bool) (Written, error) {
	if strings.TrimSpace(key) == "" {
		return Written{}, errors.New("responder: reply: no idempotency key")
	}
	r, err := st.GetRequest(ctx, ref)
	if err != nil {
		return Written{}, err
	}
	t, err := st.AnswerTo(ctx, ref)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return Written{}, err
	}
	reply, err := p.Letter(KindReviewerReply, &r.Request, t, text, key)
	if err != nil || !write {
		return Written{Reply: reply}, err
	}
	mid, inserted, err := st.AddReply(ctx, ref, actor, reply)
	return Written{Reply: reply, MessageID: mid, New: inserted}, err
}
