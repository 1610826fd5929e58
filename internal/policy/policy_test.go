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
	}{
		{"complete", complete, Acknowledge, nil, false},
		{"freemail", with(func(r *triage.Result) { r.Sender.Class = triage.ClassFreemail }), Reject, []string{"sender_personal_email"}, true},
		{"unauthenticated", with(func(r *triage.Result) { r.Sender.Authenticated = false; r.Facts.ReplyToMismatch = true }), Reject, []string{"sender_unauthenticated", "reply_to_mismatch"}, true},
		{"missing phone and old records", with(func(r *triage.Result) {
			r.Phones = nil
			r.DateRange = &triage.DateRange{From: "2026-01-01", To: "2026-10-30"}
		}), NeedsInfo, []string{"missing_phone", "lookback_exceeds_90_days"}, false},
		{"foreign without mlat", with(func(r *triage.Result) { r.Country = sp("DE") }), Reject, []string{"foreign_requires_mlat"}, false},
		{"content without warrant hides fixable gaps", with(func(r *triage.Result) { r.Facts.ContentRequested = true; r.Agent = nil }), Reject, []string{"content_requires_warrant"}, false},
		{"no process", with(func(r *triage.Result) { r.Process = []string{"none"} }), Reject, []string{"missing_legal_process"}, false},
		{"automated", with(func(r *triage.Result) { r.Sender.Class = triage.ClassAutomated }), Ignore, nil, false},
		{"emergency held for review", with(func(r *triage.Result) {
			r.Process = []string{"emergency"}
			r.Emergency = true
			r.Facts.EmergencyExplained = true
		}), Acknowledge, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Decide(tt.r)
			if d.Action != tt.action || !slices.Equal(d.Codes(), tt.codes) || d.Review != tt.review {
				t.Fatalf("Decide = %s %v review=%v, want %s %v review=%v", d.Action, d.Codes(), d.Review, tt.action, tt.codes, tt.review)
			}
			for _, r := range d.Reasons {
				if r.Rule == "" || r.Source == "" {
					t.Fatalf("reason %s has no rule or source", r.Code)
				}
			}
		})
	}
}
