package triage_test

import (
	"os"
	"strings"
	"testing"
)

func TestTmpEvidence(t *testing.T) {
	a := newAnalyzer(t)
	for _, f := range strings.Fields(os.Getenv("EMLS")) {
		raw, _ := os.ReadFile(f)
		r := a.Analyze(parse(t, string(raw)))
		t.Logf("== %s process=%v", f, r.Process)
		for _, e := range r.Evidence {
			if os.Getenv("FIELD") == "" || strings.HasPrefix(e.Field, os.Getenv("FIELD")) {
				t.Logf("  %s | %s | %s | %.200q", e.Field, e.Rule, e.Source, e.Text)
			}
		}
	}
}
