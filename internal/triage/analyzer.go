package triage

import (
	"io/fs"
	"slices"
	"strings"

	"lerd/internal/mailparse"
)

// Options configure an Analyzer.
type Options struct {
	// AuthservID is our MTA's authserv-id; AuthservIDs are more receivers
	// whose Authentication-Results are trusted (see authresults.go).
	AuthservID  string
	AuthservIDs []string
	// TrustMicrosoft365 and TrustGoogle accept the verdicts Exchange Online
	// and Google Workspace write as the topmost Authentication-Results,
	// for mailboxes hosted there.
	TrustMicrosoft365 bool
	TrustGoogle       bool
	// Mailbox is our own law-enforcement address.
	Mailbox string
	// HomeCountry is where the provider is; used when a request names no
	// country of its own.
	HomeCountry string
	// VerifyDKIM checks DKIM signatures in the message itself, with
	// Resolver, when no trusted receiver's verdict is present.
	VerifyDKIM bool
	Resolver   Resolver
	// ProviderName is how we are named ("Provider"); a request addressed
	// to a company of another name is for the wrong provider.
	ProviderName string
}

// Analyzer triages messages. It is safe for concurrent use.
type Analyzer struct {
	domains *Domains
	opts    Options
	// otherServices matches records of services we do not offer.
	otherServices *lazyRE
	// ourNames are the lower-case words that name us: the provider's name
	// and the labels of our mailbox's domain.
	ourNames []string
}

// New loads the domain lists from a rules file system.
func New(rules fs.FS, opts Options) (*Analyzer, error) {
	d, err := LoadDomains(rules)
	if err != nil {
		return nil, err
	}
	if opts.HomeCountry == "" {
		opts.HomeCountry = "US"
	}
	other, err := loadOtherServices(rules)
	if err != nil {
		return nil, err
	}
	a := &Analyzer{domains: d, opts: opts, otherServices: other}
	a.ourNames = strings.Fields(strings.ToLower(opts.ProviderName))
	if _, dom, ok := strings.Cut(strings.ToLower(opts.Mailbox), "@"); ok {
		reg := registrable(dom)
		a.ourNames = append(a.ourNames, strings.TrimSuffix(reg, "."+suffixOf(reg)))
	}
	return a, nil
}

// Domains returns the loaded sender-verification lists.
func (a *Analyzer) Domains() *Domains { return a.domains }

func (r *Result) evidence(field, rule, source, text string) {
	if len(text) > 160 {
		text = text[:160] + "…"
	}
	r.Evidence = append(r.Evidence, Evidence{Field: field, Rule: rule, Source: source, Text: text})
}

// Analyze triages one parsed message.
func (a *Analyzer) Analyze(m *mailparse.Message) Result { return a.AnalyzeRaw(m, nil) }

// NeedsRaw reports whether AnalyzeRaw uses the raw bytes (DKIM
// self-verification), so that callers read them only then.
func (a *Analyzer) NeedsRaw() bool { return a != nil && a.opts.VerifyDKIM && a.opts.Resolver != nil }

// AnalyzeRaw triages one parsed message whose raw bytes are at hand.
func (a *Analyzer) AnalyzeRaw(m *mailparse.Message, raw []byte) Result {
	// A mailing service's list headers mark bulk mail, never answered; but
	// an agency may send its request through such a service, and an
	// attacker may add them to a spoofed agency's request to have it
	// passed over. So mail from a law-enforcement or government domain
	// (where police often have their addresses) is read first as a
	// request, and as list mail when it carries no process, or when a
	// government body's own authenticated mail claims no agency: its
	// bulletin, which no answer should go to.
	r := a.analyze(m, raw, false)
	asRequest := carriesProcess(r) && (r.Sender.Class == ClassLawEnforcement || r.Facts.ClaimsAgency || !r.Sender.Authenticated)
	// A meeting invitation is a request only for the emergency it carries.
	if calendarInvite(m) {
		asRequest = asRequest && r.Emergency
	}
	if r.Facts.ListMail && !asRequest {
		r = a.analyze(m, raw, true)
	}
	return r
}

// carriesProcess reports legal process or an emergency in a result.
func carriesProcess(r Result) bool {
	return r.Emergency || slices.ContainsFunc(r.Process, func(k string) bool {
		return k != "none" && k != "data_subject_request" && k != "civil_subpoena"
	})
}

func (a *Analyzer) analyze(m *mailparse.Message, raw []byte, listsAutomated bool) Result {
	r := Result{Process: []string{}, Phones: []string{}, Identifiers: []string{}}
	agency, _ := a.verifySender(m, raw, &r, listsAutomated)
	if !m.Date.IsZero() {
		r.Facts.RequestDate = m.Date.Format("2006-01-02")
	}
	if r.Sender.Class == ClassAutomated {
		r.Process = []string{"none"}
		return r
	}
	doc := newDocument(m, a.opts.Mailbox)
	a.extract(doc, m, agency, &r)
	return r
}

// Merge combines the findings of a request's earlier messages with a
// follow-up: values the follow-up supplies fill gaps or replace earlier
// ones, lists are united, and the sender stays the original one.
func Merge(prior, next Result) Result {
	out := prior
	for _, p := range next.Process {
		if p != "none" && !slices.Contains(out.Process, p) {
			out.Process = append(out.Process, p)
		}
	}
	if len(out.Process) > 1 {
		out.Process = slices.DeleteFunc(out.Process, func(s string) bool { return s == "none" })
	}
	out.Emergency = prior.Emergency || next.Emergency
	// The request's own sender who says in a follow-up that there is no
	// emergency after all ends it: the request then stands on its process
	// alone. Only the sender: a colleague's word does not end another's
	// emergency.
	if next.Facts.EmergencyWithdrawn && !next.Emergency && prior.Facts.FromAddress != "" && strings.EqualFold(prior.Facts.FromAddress, next.Facts.FromAddress) {
		out.Emergency = false
		out.Process = slices.DeleteFunc(slices.Clone(out.Process), func(s string) bool { return s == "emergency" })
		if len(out.Process) == 0 {
			out.Process = []string{"none"}
		}
	}
	// The original letter names the request; a follow-up fills what it
	// lacked (its signature would otherwise replace the issuing authority).
	pick := func(a, b *string) *string {
		if a != nil {
			return a
		}
		return b
	}
	out.Authority = pick(prior.Authority, next.Authority)
	// A preservation or emergency request answered later by the process
	// itself (the subpoena, the order, the warrant): the request's issuer
	// is that process's, as in a letter that carries both.
	issued := func(ps []string) bool {
		return slices.ContainsFunc(ps, func(k string) bool {
			return k == "subpoena" || k == "court_order" || k == "search_warrant" || k == "mlat"
		})
	}
	if next.Authority != nil && issued(next.Process) && !issued(prior.Process) {
		out.Authority = next.Authority
	}
	out.Agent = pick(prior.Agent, next.Agent)
	out.CaseNumber = pick(prior.CaseNumber, next.CaseNumber)
	out.Country = pick(prior.Country, next.Country)
	if next.DateRange != nil {
		out.DateRange = next.DateRange
	}
	out.Phones = union(prior.Phones, next.Phones)
	// A colleague who took the case over is its agent now, at their own
	// numbers.
	if next.Facts.TakesOver && next.Agent != nil && !strings.EqualFold(prior.Facts.FromAddress, next.Facts.FromAddress) {
		out.Agent = next.Agent
		if len(next.Phones) > 0 {
			out.Phones = next.Phones
		}
	}
	out.Identifiers = union(prior.Identifiers, next.Identifiers)
	if next.NDO.Present {
		out.NDO = next.NDO
	}
	// The explanation may come in parts: the danger first, how the data
	// helps in the follow-up.
	out.Facts.EmergencySummary = prior.Facts.EmergencySummary || next.Facts.EmergencySummary
	out.Facts.EmergencyHelp = prior.Facts.EmergencyHelp || next.Facts.EmergencyHelp
	out.Facts.EmergencyExplained = out.Emergency && (prior.Facts.EmergencyExplained || next.Facts.EmergencyExplained ||
		out.Facts.EmergencySummary && out.Facts.EmergencyHelp)
	out.Facts.ContentRequested = prior.Facts.ContentRequested || next.Facts.ContentRequested
	// A follow-up that withdraws the content it asked for, and asks none
	// itself, leaves a request for the rest: withdrawing asks for less,
	// which nobody gains by forging.
	if next.Facts.ContentWithdrawn && !next.Facts.ContentRequested {
		out.Facts.ContentRequested = false
	}
	out.Facts.ContentWithdrawn = next.Facts.ContentWithdrawn
	out.Facts.RecordsRequested = prior.Facts.RecordsRequested || next.Facts.RecordsRequested
	// Sender verification is per message: a follow-up that fails it makes
	// the whole request suspect.
	// But an agency's own follow-up from its authenticated address that
	// alone claims nothing (a phone number, no process of its own) reads
	// as "another government body" or "other": the agency's all the same.
	own := next.Sender.Authenticated && prior.Sender.Class == ClassLawEnforcement && prior.Facts.FromAddress != "" &&
		strings.EqualFold(prior.Facts.FromAddress, next.Facts.FromAddress) && (next.Sender.Class == ClassGovOther || next.Sender.Class == ClassOther)
	if !next.Sender.Authenticated || next.Sender.Class != prior.Sender.Class {
		out.Sender.Authenticated = prior.Sender.Authenticated && next.Sender.Authenticated
		if next.Sender.Class != prior.Sender.Class && next.Sender.Class != ClassLawEnforcement && !own {
			out.Sender.Class = next.Sender.Class
		}
	}
	// A request whose first message failed verification (sent through a
	// scanner's relay, a forwarding service) and that the agency sends
	// again from the same address, verified, stands on the verified copy:
	// only the agency could send it. Only a true copy counts: the verified
	// message carries every process, identifier and content ask of the
	// unverified one, so that nothing the unverified message alone asked
	// rides on the agency's word; a follow-up that only asks after the
	// request vouches for nothing.
	if !prior.Sender.Authenticated && next.Sender.Authenticated && prior.Sender.Class == ClassLawEnforcement && next.Sender.Class == ClassLawEnforcement &&
		carriesProcess(next) && prior.Facts.FromAddress != "" && strings.EqualFold(prior.Facts.FromAddress, next.Facts.FromAddress) && resends(prior, next) {
		out.Sender = next.Sender
	}
	out.Facts.ReplyToMismatch = prior.Facts.ReplyToMismatch || next.Facts.ReplyToMismatch
	// An extension is what this message asks, not the request's history.
	out.Facts.PreservationExtension = next.Facts.PreservationExtension
	out.Evidence = append(slices.Clone(prior.Evidence), next.Evidence...)
	return out
}

// resends reports a follow-up that holds all of an earlier message's
// process, identifiers and content ask: the same request sent again.
func resends(prior, next Result) bool {
	for _, p := range prior.Process {
		if p != "none" && !slices.Contains(next.Process, p) {
			return false
		}
	}
	for _, id := range prior.Identifiers {
		if !slices.ContainsFunc(next.Identifiers, func(x string) bool { return strings.EqualFold(x, id) }) {
			return false
		}
	}
	return !prior.Facts.ContentRequested || next.Facts.ContentRequested
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, s) }) {
			out = append(out, s)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
