// Package eval scores triage and policy against a labelled corpus: it runs
// every case through the real pipeline (so follow-ups join earlier requests),
// writes predictions in the corpus label schema, and computes precision,
// recall and F1 per field and decision accuracy with a confusion matrix.
package eval

import (
	"lerd/internal/policy"
	"lerd/internal/triage"
)

// Label is one case in the corpus label schema (see testdata/corpus/README.md).
type Label struct {
	Sender      triage.Sender     `json:"sender"`
	Process     []string          `json:"process"`
	Emergency   bool              `json:"emergency"`
	Authority   *string           `json:"authority"`
	Agent       *string           `json:"agent"`
	Phones      []string          `json:"phones"`
	CaseNumber  *string           `json:"case_number"`
	Country     *string           `json:"country"`
	DateRange   *triage.DateRange `json:"date_range"`
	Identifiers []string          `json:"identifiers"`
	NDO         triage.NDO        `json:"ndo"`
	Decision    string            `json:"decision"`
	Reasons     []string          `json:"reasons"`
	FollowUpTo  *string           `json:"follow_up_to"`
}

// LabelOf renders findings and a decision in the label schema.
func LabelOf(r triage.Result, d policy.Decision) Label {
	l := Label{
		Sender: r.Sender, Process: r.Process, Emergency: r.Emergency, Authority: r.Authority, Agent: r.Agent,
		Phones: r.Phones, CaseNumber: r.CaseNumber, Country: r.Country, DateRange: r.DateRange,
		Identifiers: r.Identifiers, NDO: r.NDO, Decision: d.Action, Reasons: d.Codes(),
	}
	if l.Process == nil {
		l.Process = []string{}
	}
	if l.Phones == nil {
		l.Phones = []string{}
	}
	if l.Identifiers == nil {
		l.Identifiers = []string{}
	}
	return l
}
