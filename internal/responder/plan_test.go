package responder

import (
	"strings"
	"testing"
	"time"

	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/internal/triage"
)

func planner(t *testing.T) (*Planner, *policy.Policy) {
	tpl, pol := load(t)
	return &Planner{Templates: tpl, Provider: "Provider", From: "law-enforcement@provider.test", PreservationDays: 90,
		Now: func() time.Time { return time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC) }}, pol
}

func TestPlan(t *testing.T) {
	p, pol := planner(t)
	base := triage.Result{
		Sender:  triage.Sender{Address: "agent@fbi.gov", Class: triage.ClassLawEnforcement, Authenticated: true},
		Facts:   triage.Facts{FromAddress: "agent@fbi.gov"},
		Process: []string{"subpoena"},
	}
	with := func(f func(*triage.Result)) triage.Result { r := base; f(&r); return r }
	tests := []struct {
		name  string
		r     triage.Result
		kinds string
		state string
	}{
		{"complete subpoena", with(func(r *triage.Result) {
			r.Authority, r.Agent = strp("FBI"), strp("Jane Doe")
			r.Phones, r.Identifiers = []string{"+12025550100"}, []string{"example.com"}
		}), "acknowledgement", store.ReplyPending},
		{"preservation and subpoena", with(func(r *triage.Result) {
			r.Process = []string{"preservation", "subpoena"}
			r.Authority, r.Agent = strp("FBI"), strp("Jane Doe")
			r.Phones, r.Identifiers = []string{"+12025550100"}, []string{"example.com"}
		}), "preservation,acknowledgement", store.ReplyPending},
		{"needs info", base, "needs_info", store.ReplyPending},
		{"free-mail gets the rejection", with(func(r *triage.Result) {
			r.Sender.Class = triage.ClassFreemail
			r.Sender.Address, r.Facts.FromAddress = "x@gmail.com", "x@gmail.com"
		}), "rejection", store.ReplyPending},
		{"lookalike is held", with(func(r *triage.Result) { r.Sender.Class = triage.ClassLookalike }), "rejection", store.ReplyHeld},
		{"unauthenticated is held", with(func(r *triage.Result) { r.Sender.Authenticated = false }), "rejection", store.ReplyHeld},
		{"automated gets nothing", with(func(r *triage.Result) { r.Sender.Class = triage.ClassAutomated }), "", ""},
		{"our own domain gets nothing", with(func(r *triage.Result) { r.Sender.Address, r.Facts.FromAddress = "x@provider.test", "x@provider.test" }), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := policy.Record{Result: tt.r, Decision: pol.Decide(tt.r)}
			replies, err := p.Plan("LER-2026-000001", Trigger{Subject: "Subpoena", MessageID: "m1@fbi.gov", References: []string{"m0@fbi.gov"}, StartsPreservation: true}, rec)
			if err != nil {
				t.Fatal(err)
			}
			var kinds []string
			for _, r := range replies {
				kinds = append(kinds, r.Kind)
				if r.State != tt.state {
					t.Errorf("%s state = %s, want %s", r.Kind, r.State, tt.state)
				}
				if r.InReplyTo != "m1@fbi.gov" || strings.Join(r.References, " ") != "m0@fbi.gov m1@fbi.gov" {
					t.Errorf("threading = %q %v", r.InReplyTo, r.References)
				}
				if r.To != tt.r.Facts.FromAddress || !strings.HasSuffix(r.Subject, "[LER-2026-000001]") {
					t.Errorf("to %s subject %q", r.To, r.Subject)
				}
			}
			if got := strings.Join(kinds, ","); got != tt.kinds {
				t.Fatalf("kinds = %q, want %q", got, tt.kinds)
			}
		})
	}
}

func TestPreservationLapseDate(t *testing.T) {
	p, pol := planner(t)
	r := triage.Result{Sender: triage.Sender{Address: "a@fbi.gov", Class: triage.ClassLawEnforcement, Authenticated: true}, Facts: triage.Facts{FromAddress: "a@fbi.gov"},
		Process: []string{"preservation"}, Authority: strp("FBI"), Agent: strp("A B"), Phones: []string{"+12025550100"}, Identifiers: []string{"x.com"}}
	rec := policy.Record{Result: r, Decision: pol.Decide(r)}
	// A later message in the thread that does not extend it: no new confirmation.
	if replies, _ := p.Plan("LER-2026-000001", Trigger{MessageID: "m2@x"}, rec); len(replies) != 0 {
		t.Fatalf("confirmation planned for a message that starts no period: %v", replies)
	}
	replies, err := p.Plan("LER-2026-000001", Trigger{MessageID: "m@x", StartsPreservation: true}, rec)
	if err != nil || len(replies) != 1 {
		t.Fatalf("replies = %v, %v", replies, err)
	}
	// 2026-11-02 + 90 days.
	if !strings.Contains(replies[0].Body, "January 31, 2027") {
		t.Fatalf("lapse date missing:\n%s", replies[0].Body)
	}
}

func strp(s string) *string { return &s }
