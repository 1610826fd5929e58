// Package policy turns triage findings into a decision: acknowledge,
// needs_info, reject or ignore, with reason codes. Every reason carries the
// sentence of the provider's published policy it rests on, loaded from
// rules/policy.toml, so an agency is never told "no" without the rule.
package policy

import (
	"fmt"
	"io/fs"
	"slices"
	"time"

	"github.com/BurntSushi/toml"

	"lerd/internal/triage"
)

// Actions a policy can decide.
const (
	Acknowledge = "acknowledge"
	NeedsInfo   = "needs_info"
	Reject      = "reject"
	Ignore      = "ignore"
)

// Reason is one reason code with the rule it rests on.
type Reason struct {
	Code   string `json:"code"`
	Rule   string `json:"rule"`
	Source string `json:"source"`
	// Accept says what would be accepted instead, for the agency.
	Accept string `json:"accept"`
	// Warning is set for reasons that do not change the decision.
	Warning bool `json:"warning,omitempty"`
}

// Decision is the policy's verdict on a request.
type Decision struct {
	Action  string   `json:"decision"`
	Reasons []Reason `json:"reasons"`
	// Review is set when a person must look before anything is disclosed:
	// impostor-like senders and emergencies (call-back verification).
	Review bool `json:"review"`
	// Hold is set when no automatic reply may go out at all: the sender's
	// address is not verified by our MTA, or imitates an agency. Such a
	// reply could reach an impostor or a forged address.
	Hold bool `json:"hold"`
}

// Codes returns the reason codes in order.
func (d Decision) Codes() []string {
	out := make([]string, 0, len(d.Reasons))
	for _, r := range d.Reasons {
		out = append(out, r.Code)
	}
	return out
}

// Record is what lerd stores with a request: the merged findings and the
// decision taken on them.
type Record struct {
	triage.Result
	Decision Decision `json:"policy"`
}

type reasonRule struct {
	Action string `toml:"action"`
	Rule   string `toml:"rule"`
	Source string `toml:"source"`
	Accept string `toml:"accept"`
}

// Policy is a loaded policy file.
type Policy struct {
	HomeCountry       string                `toml:"home_country"`
	LookbackDays      int                   `toml:"lookback_days"`
	PreservationDays  int                   `toml:"preservation_days"`
	ReviewEmergencies bool                  `toml:"review_emergencies"`
	Reasons           map[string]reasonRule `toml:"reasons"`
}

// Codes lists every reason code the policy knows, in the order reasons are
// reported.
var Codes = []string{
	"sender_not_law_enforcement", "sender_personal_email", "sender_lookalike_domain", "sender_unauthenticated",
	"missing_authority", "missing_agent", "missing_phone", "missing_particularity", "missing_legal_process",
	"lookback_exceeds_90_days", "foreign_requires_mlat", "content_requires_warrant", "emergency_incomplete",
	"civil_requires_subpoena", "wrong_provider", "reply_to_mismatch",
}

// Load reads policy.toml from a rules file system and checks that every
// reason code has a rule and a source.
func Load(fsys fs.FS) (*Policy, error) {
	b, err := fs.ReadFile(fsys, "policy.toml")
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	var p Policy
	md, err := toml.Decode(string(b), &p)
	if err != nil {
		return nil, fmt.Errorf("policy: policy.toml: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("policy: policy.toml: unknown option %s", und[0])
	}
	if len(p.HomeCountry) != 2 {
		return nil, fmt.Errorf("policy: policy.toml: home_country must be an ISO 3166-1 alpha-2 code, got %q", p.HomeCountry)
	}
	if p.LookbackDays <= 0 || p.PreservationDays <= 0 {
		return nil, fmt.Errorf("policy: policy.toml: lookback_days and preservation_days must be positive")
	}
	for _, c := range Codes {
		r, ok := p.Reasons[c]
		if !ok || r.Rule == "" || r.Source == "" || r.Accept == "" {
			return nil, fmt.Errorf("policy: policy.toml: reason %s needs a rule, a source and what would be accepted", c)
		}
		switch r.Action {
		case Reject, NeedsInfo, "warn":
		default:
			return nil, fmt.Errorf("policy: policy.toml: reason %s: action must be reject, needs_info or warn, got %q", c, r.Action)
		}
	}
	for c := range p.Reasons {
		if !slices.Contains(Codes, c) {
			return nil, fmt.Errorf("policy: policy.toml: unknown reason %s", c)
		}
	}
	return &p, nil
}

// Reason returns the reason for a code with its rule.
func (p *Policy) Reason(code string) Reason {
	r := p.Reasons[code]
	return Reason{Code: code, Rule: r.Rule, Source: r.Source, Accept: r.Accept}
}

// Decide applies the policy to triage findings.
func (p *Policy) Decide(r triage.Result) Decision {
	codes := p.codes(r)
	d := Decision{Action: Acknowledge}
	if codes == nil {
		return Decision{Action: Ignore}
	}
	// Reported in the order of the reason table (Codes).
	slices.SortStableFunc(codes, func(a, b string) int { return slices.Index(Codes, a) - slices.Index(Codes, b) })
	// A private party or other government body serving valid process is
	// not refused for not being police: the sender reason stays as a
	// warning (Microsoft FAQ: civil litigants need a subpoena or order).
	civilProcess := (r.Sender.Class == triage.ClassOther || r.Sender.Class == triage.ClassGovOther) && !r.Facts.Impersonation &&
		slices.ContainsFunc(r.Process, func(k string) bool {
			return k == "civil_subpoena" || k == "subpoena" || k == "court_order" || k == "search_warrant"
		})
	for _, c := range codes {
		if c == "sender_not_law_enforcement" && civilProcess {
			continue
		}
		switch p.Reasons[c].Action {
		case Reject:
			d.Action = Reject
		case NeedsInfo:
			if d.Action != Reject {
				d.Action = NeedsInfo
			}
		}
	}
	// A rejection states what makes the request unacceptable, and of the
	// fixable gaps only the lookback, which the dates decide: the agency
	// resubmitting must narrow the period too. The gaps read from names
	// (authority, agent, phone) are left out, since a gap lerd misread in
	// a foreign letter would be one more wrong reason in the refusal.
	for _, c := range codes {
		a := p.Reasons[c].Action
		if d.Action == Reject && a == NeedsInfo && c != "lookback_exceeds_90_days" {
			continue
		}
		reason := p.Reason(c)
		reason.Warning = a == "warn" || c == "sender_not_law_enforcement" && civilProcess
		d.Reasons = append(d.Reasons, reason)
	}
	d.Hold = !r.Sender.Authenticated || r.Sender.Class == triage.ClassLookalike
	switch r.Sender.Class {
	case triage.ClassLookalike, triage.ClassFreemail:
		d.Review = true
	case triage.ClassLawEnforcement:
		d.Review = !r.Sender.Authenticated || (p.ReviewEmergencies && r.Emergency)
	}
	// An agency no list vouches for: its domain may be a real sheriff's or
	// anyone's. Nothing goes out until a person has verified it. Nor for
	// a colleague's forward of an agency's mail.
	if r.Facts.UnlistedAgency || r.Facts.ClaimsAgency || r.Facts.Impersonation || r.Facts.ColleagueForward {
		d.Review, d.Hold = true, true
	}
	// A rejection of an authenticated agency rests on lerd's reading of
	// the letter (a regex saw content, a foreign court, no process): a
	// wrong one refuses police, so a person confirms it before it is sent.
	// So does a foreign court's order from a sender on no list, which may
	// be a police force lerd did not recognise.
	if d.Action == Reject && r.Sender.Authenticated && (r.Sender.Class == triage.ClassLawEnforcement || r.Sender.Class == triage.ClassGovOther || slices.Contains(codes, "foreign_requires_mlat")) {
		d.Review, d.Hold = true, true
	}
	// A request that came as list, calendar or auto-generated mail (an
	// agency's web form): read as a request because it carries one, but
	// software sent it, so a person sees it before any reply goes out.
	if r.Facts.ListMail && d.Action != Ignore {
		d.Review, d.Hold = true, true
	}
	// A withdrawal of the content asked before turns a refusal into an
	// acknowledgement on lerd's reading of it: a person confirms it before
	// anything is sent.
	if r.Facts.ContentWithdrawn && d.Action != Ignore {
		d.Review, d.Hold = true, true
	}
	// A claimed emergency is never refused automatically, whoever sends
	// it: a real one refused costs a life, and a sender lerd reads as a
	// company may be a police force it did not recognise.
	if d.Action == Reject && r.Emergency {
		d.Review, d.Hold = true, true
	}
	return d
}

// codes lists the reason codes that apply, in report order; nil means the
// message gets no answer at all.
func (p *Policy) codes(r triage.Result) (codes []string) {
	s := r.Sender
	if s.Class == triage.ClassAutomated {
		return nil
	}
	has := func(kind string) bool { return slices.Contains(r.Process, kind) }
	noProcess := len(r.Process) == 0 || (len(r.Process) == 1 && has("none"))
	if r.Facts.Spam && noProcess {
		return nil
	}
	codes = []string{}
	// Named result: the deferred warning must reach the caller.
	add := func(c string) { codes = append(codes, c) }
	defer func() {
		if r.Facts.ReplyToMismatch {
			add("reply_to_mismatch")
		}
	}()
	switch {
	case s.Class == triage.ClassFreemail:
		add("sender_personal_email")
		return codes
	case s.Class == triage.ClassLookalike:
		add("sender_lookalike_domain")
		return codes
	case s.Class == triage.ClassLawEnforcement && !s.Authenticated:
		add("sender_unauthenticated")
		return codes
	case r.Facts.Impersonation:
		// Claims an agency we know from a domain that is not the agency's.
		add("sender_not_law_enforcement")
		return codes
	case s.Class == triage.ClassOther && noProcess && r.Facts.AsksNothing:
		// A stranger's mail that asks for nothing we hold and names no
		// officer or agency (triage's AsksNothing: a vendor's note, mail
		// in a language we do not read). A refusal would answer nothing,
		// and to a forged sender it is backscatter.
		return nil
	case s.Class == triage.ClassOther || s.Class == triage.ClassGovOther:
		add("sender_not_law_enforcement")
		switch {
		case has("data_subject_request"):
		case has("civil_subpoena") || has("subpoena") || has("court_order") || has("search_warrant"):
			// A private party's subpoena reaches no content either (the
			// Stored Communications Act lets no civil process compel it).
			if r.Facts.ContentRequested && !has("search_warrant") {
				add("content_requires_warrant")
			}
			// A foreign court's process reaches a US provider only through
			// mutual legal assistance, whoever sends it (a foreign police
			// force lerd did not recognise, a foreign litigant).
			if r.Country != nil && *r.Country != p.HomeCountry && !has("mlat") {
				add("foreign_requires_mlat")
			}
			// A litigant's subpoena addressed to another company is no
			// process of ours either.
			if r.Facts.WrongProvider {
				add("wrong_provider")
			}
			p.requestChecks(r, add)
		case s.Class == triage.ClassGovOther:
			add("missing_legal_process")
		case len(r.Identifiers) > 0:
			// A private party's demand for some account's records; a
			// question about how we handle requests (a journalist, a
			// researcher) demands nothing.
			add("civil_requires_subpoena")
		}
		return codes
	}
	// Authenticated law enforcement.
	foreign := r.Country != nil && *r.Country != p.HomeCountry
	if noProcess {
		add("missing_legal_process")
		// A voluntary request from abroad would need an MLAT as well.
		if foreign {
			add("foreign_requires_mlat")
		}
		return codes
	}
	if r.Facts.WrongProvider {
		add("wrong_provider")
	}
	// Emergencies are considered from agencies around the world (Microsoft
	// FAQ); compelled disclosure abroad needs an MLAT or letter rogatory.
	if foreign && !has("mlat") && !emergencyOnly(r) {
		add("foreign_requires_mlat")
	}
	// Content needs a warrant, in an emergency too: the policy we enforce
	// discloses content "only … in response to a warrant", and limits an
	// emergency disclosure to the limited information that addresses the
	// emergency (Microsoft FAQ), although 18 U.S.C. 2702(b)(8) would allow
	// more. The refusal is held like every refusal for content, so a
	// person can still disclose an emergency's non-content records first.
	// Preservation discloses nothing: 2703(f) keeps content until the
	// process that may disclose it arrives. A non-disclosure order alone
	// compels no disclosure and allows none.
	if r.Facts.ContentRequested && !has("search_warrant") && !(has("preservation") && only(r.Process, "preservation", "nondisclosure_order")) {
		add("content_requires_warrant")
	}
	p.requestChecks(r, add)
	return codes
}

// only reports whether every kind of process is one of kinds.
func only(process []string, kinds ...string) bool {
	return !slices.ContainsFunc(process, func(k string) bool { return !slices.Contains(kinds, k) })
}

// emergencyOnly: an emergency with nothing beside it but preservation or an
// NDO, which an agency issues itself and anywhere in the world may send.
func emergencyOnly(r triage.Result) bool {
	return r.Emergency && only(r.Process, "emergency", "preservation", "nondisclosure_order")
}

// requestChecks adds the fixable gaps of an otherwise acceptable request.
func (p *Policy) requestChecks(r triage.Result, add func(string)) {
	if r.Authority == nil && !emergencyOnly(r) {
		add("missing_authority")
	}
	if r.Agent == nil {
		add("missing_agent")
	}
	if len(r.Phones) == 0 {
		add("missing_phone")
	}
	if len(r.Identifiers) == 0 {
		add("missing_particularity")
	}
	if p.lookbackExceeded(r) {
		add("lookback_exceeds_90_days")
	}
	if r.Emergency && !r.Facts.EmergencyExplained {
		add("emergency_incomplete")
	}
}

func (p *Policy) lookbackExceeded(r triage.Result) bool {
	if r.DateRange == nil || r.DateRange.From == "" || r.Facts.RequestDate == "" {
		return false
	}
	from, err1 := time.Parse(time.DateOnly, r.DateRange.From)
	asked, err2 := time.Parse(time.DateOnly, r.Facts.RequestDate)
	if err1 != nil || err2 != nil {
		return false
	}
	return from.Before(asked.AddDate(0, 0, -p.LookbackDays))
}
