package triage

import "testing"

// TestCivilProcurator: an ombudsman's or regulator's "procuraduría" signs
// no agency's line; a prosecutor's does.
func TestCivilProcurator(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Procuraduría Federal del Consumidor (PROFECO)", false},
		{"PROCURADURÍA FEDERAL DEL CONSUMIDOR", false},
		{"Procuraduría General de Justicia del Estado de Ejemplo", true},
	} {
		if got := len(agencyLinesOf([]string{tt.line})) > 0; got != tt.want {
			t.Errorf("agencyLinesOf(%q) claims an agency = %v, want %v", tt.line, got, tt.want)
		}
	}
}
