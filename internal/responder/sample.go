package responder

import (
	"lerd/internal/policy"
	"lerd/internal/triage"
)

// SampleData is a filled-in request used to check that every template
// renders (lerd templates check) and for the golden files of the tests.
func SampleData(pol *policy.Policy, codes ...string) Data {
	d := Data{
		Ref: "LER-2026-000042", Subject: "Subpoena - FBI Case 209D-WF-3381924", Provider: "Provider",
		From: "law-enforcement@provider.test", Agent: "Rebecca L. Thornton", Authority: "Federal Bureau of Investigation",
		CaseNumber: "209D-WF-3381924", Phone: "+12025550147", Process: []string{"subpoena", "preservation"},
		Identifiers:       []string{"example-pharmacy-rx.com", "203.0.113.45"},
		DateRange:         &triage.DateRange{From: "2026-07-01", To: "2026-08-31"},
		PreservationUntil: "March 1, 2027", PreservationDays: 90, Account: "acct-58812047",
		Text: "The subpoena names an account that does not exist on our service; we hold no\nrecords that it could reach.",
	}
	for _, c := range codes {
		r := pol.Reason(c)
		if c == "reply_to_mismatch" {
			r.Warning = true
			d.Warnings = append(d.Warnings, r)
			continue
		}
		d.Reasons = append(d.Reasons, r)
	}
	return d
}
