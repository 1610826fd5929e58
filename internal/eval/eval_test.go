package eval

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/triage"
)

func sp(s string) *string { return &s }

// TestScores checks the arithmetic on hand-made labels: one list field with
// a miss and an extra, one scalar with a wrong value.
func TestScores(t *testing.T) {
	want := Label{Sender: triage.Sender{Class: "law_enforcement"}, Phones: []string{"+1", "+2"}, Agent: sp("Jane Doe"), Decision: "acknowledge"}
	got := Label{Sender: triage.Sender{Class: "law_enforcement"}, Phones: []string{"+1", "+3"}, Agent: sp("John Doe"), Decision: "reject"}
	rep := Evaluate([]Case{{Name: "a", Want: want, Got: got, HasLabels: true}})
	score := map[string]Score{}
	for _, s := range rep.Scores {
		score[s.Field] = s
	}
	if s := score["phones"]; s.TP != 1 || s.FP != 1 || s.FN != 1 || math.Abs(s.F1-0.5) > 1e-9 {
		t.Errorf("phones = %+v", s)
	}
	if s := score["agent"]; s.TP != 0 || s.FP != 1 || s.FN != 1 || s.F1 != 0 {
		t.Errorf("agent = %+v", s)
	}
	if rep.Correct != 0 || len(rep.Wrong) != 1 || rep.Confusion["acknowledge"]["reject"] != 1 {
		t.Errorf("decisions: %+v", rep)
	}
	if got := rep.Below(0.9); len(got) == 0 {
		t.Error("Below found no weak field")
	}
}

// TestRunFollowUp runs the two FDLE cases and checks that the follow-up is
// reported as following the first and that predictions are written.
func TestRunFollowUp(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []string{"004-fdle-subpoena-missing-phone", "011-fdle-followup-phone"} {
		for _, ext := range []string{".eml", ".json"} {
			b, err := os.ReadFile("../../testdata/corpus/" + c + ext)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, c+ext), b, 0o644)
		}
	}
	cases, err := Run(context.Background(), pipelinetest.New(t, 1<<20, nil), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[1].Got.FollowUpTo == nil || *cases[1].Got.FollowUpTo != "004-fdle-subpoena-missing-phone" {
		t.Fatalf("follow-up not linked: %+v", cases)
	}
	out := filepath.Join(t.TempDir(), "pred")
	if err := WritePredictions(cases, out); err != nil {
		t.Fatal(err)
	}
	var l Label
	b, _ := os.ReadFile(filepath.Join(out, "011-fdle-followup-phone.json"))
	if err := json.Unmarshal(b, &l); err != nil || l.Decision != "acknowledge" {
		t.Fatalf("prediction file: %v %+v", err, l)
	}
}

// TestRunOrdersByCaseNumber: a follow-up numbered 1011 comes after the
// request numbered 998 it continues, though its name sorts first.
func TestRunOrdersByCaseNumber(t *testing.T) {
	dir := t.TempDir()
	for c, as := range map[string]string{"004-fdle-subpoena-missing-phone": "998-request", "011-fdle-followup-phone": "1011-follow-up"} {
		for _, ext := range []string{".eml", ".json"} {
			b, err := os.ReadFile("../../testdata/corpus/" + c + ext)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, as+ext), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cases, err := Run(context.Background(), pipelinetest.New(t, 1<<20, nil), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Name != "998-request" || cases[1].Got.FollowUpTo == nil || *cases[1].Got.FollowUpTo != "998-request" {
		t.Fatalf("follow-up not linked to the earlier case: %+v", cases)
	}
}
