package responder

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// Planner decides which replies a decision calls for and renders them.
type Planner struct {
	Templates *Templates
	// Provider names us in the texts; From is our reply address, whose
	// domain is also the right-hand side of our Message-IDs.
	Provider         string
	From             string
	PreservationDays int
	// Now is the clock; tests set it.
	Now func() time.Time
}

// Trigger is the agency's message a reply answers.
type Trigger struct {
	// From is the message's From address; replies go there when the
	// request's findings predate triage recording it (Facts.FromAddress).
	From       string
	Subject    string
	MessageID  string
	References []string
	// StartsPreservation is set when this message starts a preservation
	// period: the request is accepted for the first time, or the message
	// asks for an extension. Only then is a confirmation sent.
	StartsPreservation bool
}

func (p *Planner) domain() string {
	_, d, _ := strings.Cut(p.From, "@")
	return strings.ToLower(d)
}

// Plan returns the replies for a request's current decision, answering t.
// It plans nothing for ignored mail or for a recipient in our own domain
// (a loop), and holds every reply the policy says may not go out
// unreviewed. A reply already written for the same request and content is
// filtered out by the store, so re-planning is harmless.
//
// Replies go to the From address our MTA authenticated, never to a
// Reply-To: on a shared domain (free-mail, a university, a large company)
// anyone can write a Reply-To of that domain and have lerd mail a victim.
// A Reply-To that is exactly the From address is the same address.
func (p *Planner) Plan(ref string, t Trigger, rec policy.Record) ([]store.Reply, error) {
	d := rec.Decision
	rcpt := strings.ToLower(rec.Facts.FromAddress)
	if rcpt == "" {
		rcpt = strings.ToLower(t.From)
	}
	_, rdom, _ := strings.Cut(rcpt, "@")
	if d.Action == policy.Ignore || rcpt == "" || rdom == p.domain() {
		return nil, nil
	}
	data := p.data(ref, t, rec)
	var kinds []string
	switch d.Action {
	case policy.Reject:
		kinds = []string{KindRejection}
	case policy.NeedsInfo:
		kinds = []string{KindNeedsInfo}
	case policy.Acknowledge:
		has := func(k string) bool { return slices.Contains(rec.Process, k) }
		if rec.Emergency {
			kinds = append(kinds, KindEmergency)
		}
		if has("preservation") && t.StartsPreservation {
			kinds = append(kinds, KindPreservation)
		}
		if slices.ContainsFunc(rec.Process, func(k string) bool {
			return k != "preservation" && k != "emergency" && k != "nondisclosure_order"
		}) || !has("preservation") && !rec.Emergency {
			kinds = append(kinds, KindAcknowledgement)
		}
	}
	state := store.ReplyPending
	if d.Hold {
		state = store.ReplyHeld
	}
	refs := append(slices.Clone(t.References), t.MessageID)
	if t.MessageID == "" {
		refs = t.References
	}
	var out []store.Reply
	for _, k := range kinds {
		subject, body, err := p.Templates.Render(k, data)
		if err != nil {
			return nil, err
		}
		key := k
		switch k {
		case KindNeedsInfo, KindRejection:
			key += ":" + strings.Join(reasonCodes(data.Reasons), ",")
		case KindPreservation:
			// Each period is confirmed once: the first, and each extension.
			key += ":" + data.PreservationUntil
		}
		out = append(out, store.Reply{
			Kind: k, DedupeKey: key, To: rcpt, Subject: subject, Body: body,
			InReplyTo: t.MessageID, References: refs, State: state, Domain: p.domain(),
			Verified: verifiedAgency(rec),
		})
	}
	return out, nil
}

func reasonCodes(rs []policy.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return out
}

// verifiedAgency reports a sender that is law enforcement by a list and
// authenticated: only its replies echo what it wrote in the subject, and
// only they are sent first, with a budget of their own.
func verifiedAgency(rec policy.Record) bool {
	return rec.Sender.Class == triage.ClassLawEnforcement && rec.Sender.Authenticated && !rec.Facts.UnlistedAgency
}

func (p *Planner) data(ref string, t Trigger, rec policy.Record) Data {
	subject := ""
	if verifiedAgency(rec) {
		// Anyone else's subject would make our reply carry their text
		// ("Re: BUY CHEAP MEDS"); they get a fixed one with our reference.
		subject = flatten(t.Subject)
	}
	d := Data{
		Ref: ref, Subject: subject, Provider: p.Provider, From: p.From,
		Process: rec.Process, Identifiers: rec.Identifiers, DateRange: rec.DateRange,
		PreservationDays:  p.PreservationDays,
		PreservationUntil: p.Now().AddDate(0, 0, p.PreservationDays).Format("January 2, 2006"),
	}
	deref := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	d.Agent, d.Authority, d.CaseNumber = deref(rec.Agent), deref(rec.Authority), deref(rec.CaseNumber)
	if len(rec.Phones) > 0 {
		d.Phone = rec.Phones[0]
	}
	for _, r := range rec.Decision.Reasons {
		if r.Warning {
			d.Warnings = append(d.Warnings, r)
		} else {
			d.Reasons = append(d.Reasons, r)
		}
	}
	return d
}

// flatten makes a sender's subject one line of printable text: a decoded
// encoded-word may hold CR LF, line or paragraph separators and bidi
// controls, and a reply's subject is one header line.
func flatten(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
	}), " ")
}
