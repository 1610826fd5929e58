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

// TestForceCountry: a police force abroad names its country in its own
// name; a US department that shares a place's name names none.
func TestForceCountry(t *testing.T) {
	for _, tt := range []struct {
		line, want string
	}{
		{"Royal Bahamas Police Force", "BS"},
		{"Commissioner, Royal Bahamas Police Force", "BS"},
		{"Trinidad and Tobago Police Service - Cyber Unit", "TT"},
		{"Jamaica Constabulary Force", "JM"},
		{"New Zealand Police Service", "NZ"},
		// A plain "X Police" is a US town's as often.
		{"Jamaica Beach Police", ""},
		{"Malta Town Police", ""},
		{"Philippine National Police", "PH"},
		{"Police Service of Northern Ireland", "GB"},
		{"Jordan Police Department", ""},
		{"Example City Police Department", ""},
		{"Metropolitan Police Service", ""},
	} {
		if got := forceCountry([]string{tt.line}); got != tt.want {
			t.Errorf("forceCountry(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
