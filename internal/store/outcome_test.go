package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestOutcomes(t *testing.T) {
	ctx := context.Background()
	type step struct {
		outcome, note string
		ok            bool
		err           error
	}
	tests := []struct {
		name  string
		steps []step
		// wantEvent is the detail of the last audit event.
		wantEvent string
	}{
		{"every outcome closes", []step{{OutcomeNoRecords, "", true, nil}}, ""},
		{"not a request", []step{{OutcomeNotARequest, "", true, nil}}, ""},
		{"withdrawn", []step{{OutcomeWithdrawn, "", true, nil}}, ""},
		{"decline needs a note", []step{{OutcomeDeclined, " ", false, ErrNoteRequired}, {OutcomeDeclined, "no 2703(d) order", true, nil}}, "no 2703(d) order"},
		{"unknown outcome", []step{{"maybe", "", false, nil}}, ""},
		{"produced, then declined without a note", []step{{OutcomeProduced, "", true, nil}, {OutcomeDeclined, "", false, ErrNoteRequired}}, ""},
		{"produced, then changed with a note", []step{{OutcomeProduced, "", true, nil}, {OutcomeNoRecords, "records were another account's", true, nil}},
			"changes produced: records were another account's"},
		{"the same outcome twice", []step{{OutcomeWithdrawn, "", true, nil}, {OutcomeWithdrawn, "again", false, nil}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			newTestRequest(t, s, "det@pd.example.gov", false)
			ref := newTestRequest(t, s, "det@pd.example.gov", false) // not a first-time sender
			want := ""
			for _, st := range tt.steps {
				err := s.Decide(ctx, ref, "ann", st.outcome, st.note, noPlan)
				if st.ok != (err == nil) || st.err != nil && !errors.Is(err, st.err) {
					t.Fatalf("%s %q: %v", st.outcome, st.note, err)
				}
				if st.ok {
					want = st.outcome
				}
			}
			d, _ := s.GetRequest(ctx, ref)
			if d.Outcome != want || (want != "") != (d.State == "decided") {
				t.Fatalf("outcome %q state %q, want %q", d.Outcome, d.State, want)
			}
			last := d.Events[len(d.Events)-1]
			if want != "" && (last.Kind != "review_"+want || last.Detail != tt.wantEvent) {
				t.Errorf("last event %s %q, want review_%s %q", last.Kind, last.Detail, want, tt.wantEvent)
			}
		})
	}
}

func TestPartiallyProducedNeedsCallback(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	ref := newTestRequest(t, s, "det@pd.example.gov", false)
	if err := s.Decide(ctx, ref, "ann", OutcomePartiallyProduced, "", noPlan); !errors.Is(err, ErrNotVerified) {
		t.Fatalf("partially produced to a first-time sender without a call: %v", err)
	}
	s.AddVerification(ctx, ref, Verification{Actor: "ann", Number: "555 0100 100", Outcome: CallbackConfirmed}, time.Time{})
	if err := s.Decide(ctx, ref, "ann", OutcomePartiallyProduced, "", noPlan); err != nil {
		t.Fatal(err)
	}
}

func TestNotesAndAssignment(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	ref := newTestRequest(t, s, "det@pd.example.gov", false)
	if err := s.AddNote(ctx, ref, "ann", "  "); err == nil {
		t.Error("an empty note was recorded")
	}
	if err := s.AddNote(ctx, ref, "ann", "asked legal about the NDO"); err != nil {
		t.Fatal(err)
	}
	if err := s.Assign(ctx, ref, "ann", "bob"); err != nil {
		t.Fatal(err)
	}
	if err := s.Assign(ctx, ref, "", "bob"); err == nil {
		t.Error("assigned by nobody")
	}
	d, _ := s.GetRequest(ctx, ref)
	var got []string
	for _, e := range d.Events[len(d.Events)-2:] {
		got = append(got, e.Kind+" "+e.Actor+" "+e.Detail)
	}
	if d.Assignee != "bob" || strings.Join(got, "|") != "note ann asked legal about the NDO|assigned ann assigned to bob" {
		t.Errorf("assignee %q, events %q", d.Assignee, got)
	}
	page, err := s.Queue(ctx, QueueQuery{})
	if err != nil || len(page.Items) == 0 || page.Items[0].Assignee == "" && page.Items[len(page.Items)-1].Assignee == "" {
		t.Errorf("the queue does not carry the assignee: %+v %v", page.Items, err)
	}
}
