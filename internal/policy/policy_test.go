package policy

import (
	"slices"
	"testing"

	"lerd/internal/triage"
	"lerd/rules"
)

func sp(s string) *string { return &s }

func TestDecide(t *testing.T) {
	p, err := Load(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	complete := triage.Result{
		Sender:  triage.Sender{Address: "a@fbi.gov", Class: triage.ClassLawEnforcement, Authenticated: true},
		Process: []string{"subpoena"}, Authority: sp("Federal Bureau of Investigation"), Agent: sp("Jane Doe"),
		Phones: []string{"+12025550100"}, Identifiers: []string{"example.com"}, Country: sp("US"),
		DateRange: &triage.DateRange{From: "2026-10-01", To: "2026-10-30"}, Facts: triage.Facts{RequestDate: "2026-11-02"},
	}
	with := func(f func(*triage.Result)) triage.Result {
		r := complete
		f(&r)
		return r
	}
	tests := []struct {
		name   string
		r      triage.Result
		action string
		codes  []string
		review bool
		hold   bool
	}{
		{"complete", complete, Acknowledge, nil, false, false},
		{"freemail", with(func(r *triage.Result) { r.Sender.Class = triage.ClassFreemail }), Reject, []string{"sender_personal_email"}, true, false},
		{"unauthenticated", with(func(r *triage.Result) { r.Sender.Authenticated = false; r.Facts.ReplyToMismatch = true }), Reject, []string{"sender_unauthenticated", "reply_to_mismatch"}, true, true},
		{"missing phone and old records", with(func(r *triage.Result) {
			r.Phones = nil
			r.DateRange = &triage.DateRange{From: "2026-01-01", To: "2026-10-30"}
		}), NeedsInfo, []string{"missing_phone", "lookback_exceeds_90_days"}, false, false},
		// Rejections of authenticated police rest on lerd's reading: a
		// person confirms them before they go out.
		{"foreign without mlat", with(func(r *triage.Result) { r.Country = sp("DE") }), Reject, []string{"foreign_requires_mlat"}, true, true},
		{"foreign emergency needs no mlat", with(func(r *triage.Result) {
			r.Country = sp("GB")
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
		}), Acknowledge, nil, true, false},
		// Session 31: a request sent as list or auto-generated mail (an
		// agency's web form) is read, but held for a person.
		{"an agency's web form", with(func(r *triage.Result) { r.Facts.ListMail = true }), Acknowledge, nil, true, true},
		// A colleague of ours forwarding an agency's subpoena: read, but a
		// person sees it before anything goes out.
		{"a colleague's forward", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Facts.ColleagueForward = true
		}), Acknowledge, []string{"sender_not_law_enforcement"}, true, true},
		// An emergency refused from a sender read as a company: a person
		// sees it first.
		{"emergency from a sender read as a company", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
		}), Reject, []string{"sender_not_law_enforcement", "civil_requires_subpoena"}, true, true},
		{"content without warrant hides fixable gaps", with(func(r *triage.Result) { r.Facts.ContentRequested = true; r.Agent = nil }), Reject, []string{"content_requires_warrant"}, true, true},
		// Content asked with a non-disclosure order alone: that order
		// allows no disclosure; with a preservation request, nothing is
		// disclosed yet.
		{"content under a non-disclosure order alone", with(func(r *triage.Result) {
			r.Facts.ContentRequested = true
			r.Process = []string{"nondisclosure_order"}
		}), Reject, []string{"content_requires_warrant"}, true, true},
		{"content to preserve, with a non-disclosure order", with(func(r *triage.Result) {
			r.Facts.ContentRequested = true
			r.Process = []string{"preservation", "nondisclosure_order"}
		}), Acknowledge, nil, false, false},
		// The lookback, which the dates decide, is stated with a refusal:
		// the resubmission must narrow the period too.
		{"content without warrant names the lookback", with(func(r *triage.Result) {
			r.Facts.ContentRequested = true
			r.Phones = nil
			r.DateRange = &triage.DateRange{From: "2026-03-01", To: "2026-10-30"}
		}), Reject, []string{"lookback_exceeds_90_days", "content_requires_warrant"}, true, true},
		{"a foreign court's order from a sender on no list", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"court_order"}
			r.Country = sp("PT")
		}), Reject, []string{"sender_not_law_enforcement", "foreign_requires_mlat"}, true, true},
		{"reasons in the order of the reason table", with(func(r *triage.Result) {
			r.Country = sp("CA")
			r.Facts.WrongProvider = true
			r.Facts.ReplyToMismatch = true
		}),
			Reject, []string{"foreign_requires_mlat", "wrong_provider", "reply_to_mismatch"}, true, true},
		{"gaps in table order", with(func(r *triage.Result) {
			r.Phones = nil
			r.DateRange = &triage.DateRange{From: "2026-01-01", To: "2026-10-30"}
			r.Agent = nil
		}), NeedsInfo, []string{"missing_agent", "missing_phone", "lookback_exceeds_90_days"}, false, false},
		{"preserving content discloses nothing", with(func(r *triage.Result) { r.Process = []string{"preservation"}; r.Facts.ContentRequested = true }), Acknowledge, nil, false, false},
		{"no process", with(func(r *triage.Result) { r.Process = []string{"none"} }), Reject, []string{"missing_legal_process"}, true, true},
		{"voluntary request from abroad", with(func(r *triage.Result) { r.Process = []string{"none"}; r.Country = sp("JP") }),
			Reject, []string{"missing_legal_process", "foreign_requires_mlat"}, true, true},
		{"automated", with(func(r *triage.Result) { r.Sender.Class = triage.ClassAutomated }), Ignore, nil, false, false},
		// Content withdrawn by a follow-up: acknowledged once a person
		// has read the withdrawal.
		{"content withdrawn: reviewed, reply held", with(func(r *triage.Result) { r.Facts.ContentWithdrawn = true }), Acknowledge, nil, true, true},
		{"emergency asking for the account's messages: refused, held", with(func(r *triage.Result) {
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
			r.Facts.ContentRequested = true
		}), Reject, []string{"content_requires_warrant"}, true, true},
		{"emergency held for review", with(func(r *triage.Result) {
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
		}), Acknowledge, nil, true, false},
		{"unlisted sheriff's emergency: reviewed, reply held", with(func(r *triage.Result) {
			r.Sender.Address = "deputy@sheriff.co.example.tx.us"
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
			r.Facts.UnlistedAgency = true
			r.Facts.ClaimsAgency = true
		}), Acknowledge, nil, true, true},
		{"an agency we know claimed from another domain: refused, held", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Facts.ClaimsAgency = true
			r.Facts.Impersonation = true
		}), Reject, []string{"sender_not_law_enforcement"}, true, true},
		{"law firm without process", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"none"}
		}), Reject, []string{"sender_not_law_enforcement", "civil_requires_subpoena"}, false, false},
		{"civil subpoena for message contents", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"civil_subpoena"}
			r.Facts.ContentRequested = true
		}), Reject, []string{"sender_not_law_enforcement", "content_requires_warrant"}, false, false},
		// Session 25: a litigant's subpoena addressed to another company.
		{"civil subpoena addressed to another company", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"civil_subpoena"}
			r.Facts.WrongProvider = true
		}), Reject, []string{"sender_not_law_enforcement", "wrong_provider"}, false, false},
		{"journalist's question names no account: no demand to refuse", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"none"}
			r.Identifiers = nil
			r.Facts.RecordsRequested = true
		}), Reject, []string{"sender_not_law_enforcement"}, false, false},
		// A stranger's mail that asks for no records, names no account
		// and claims no agency (a vendor's pitch in a language we do not
		// read) gets no refusal: it would answer nothing.
		{"a stranger's mail that asks for nothing we hold", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"none"}
			r.Identifiers = nil
			r.Facts.RecordsRequested = false
			r.Facts.AsksNothing = true
		}), Ignore, nil, false, false},
		{"a letter that asks nothing lerd reads but names an officer", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassOther
			r.Process = []string{"none"}
			r.Identifiers = nil
			r.Facts.RecordsRequested = false
			r.Facts.AsksNothing = false
		}), Reject, []string{"sender_not_law_enforcement"}, false, false},
		{"the same from a government body is still refused", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassGovOther
			r.Process = []string{"none"}
			r.Identifiers = nil
			r.Facts.RecordsRequested = false
		}), Reject, []string{"sender_not_law_enforcement", "missing_legal_process"}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Decide(tt.r)
			if d.Action != tt.action || !slices.Equal(d.Codes(), tt.codes) || d.Review != tt.review || d.Hold != tt.hold {
				t.Fatalf("Decide = %s %v review=%v hold=%v, want %s %v review=%v hold=%v", d.Action, d.Codes(), d.Review, d.Hold, tt.action, tt.codes, tt.review, tt.hold)
			}
			for _, r := range d.Reasons {
				if r.Rule == "" || r.Source == "" {
					t.Fatalf("reason %s has no rule or source", r.Code)
				}
			}
		})
	}
}
