package mailparse

import "testing"

func TestBaseSubject(t *testing.T) {
	tests := []struct {
		in, base string
		reply    bool
	}{
		{"Subpoena - case 26-1", "Subpoena - case 26-1", false},
		{"RE: Subpoena - case 26-1", "Subpoena - case 26-1", true},
		{"Re: RE: Fwd: Subpoena", "Subpoena", true},
		{"AW: WG: Rechtshilfeersuchen", "Rechtshilfeersuchen", true},
		{"Re[2]: Subpoena", "Subpoena", true},
		{"RE : Réquisition judiciaire", "Réquisition judiciaire", true},
		{"TR: Réquisition", "Réquisition", true},
		{"RV: Solicitud urgente", "Solicitud urgente", true},
		{"Odp: Postanowienie", "Postanowienie", true},
		{"SV: Begäran", "Begäran", true},
		{"回复：紧急请求", "紧急请求", true},
		{"[EXTERNAL] RE: Preservation  request", "Preservation request", true},
		{"[EXT] [SECURE] RE: Preservation request", "Preservation request", true},
		// A police department's prefix is no marker.
		{"PD: Preservation request for example.com", "PD: Preservation request for example.com", false},
		{"I: nuovo decreto", "I: nuovo decreto", false},
		// A tag that is not before a reply marker is the subject's own.
		{"[MLAT Korea-USA] Court order", "[MLAT Korea-USA] Court order", false},
		{"RE: [MLAT Korea-USA] Court order", "[MLAT Korea-USA] Court order", true},
		// Words that merely start like a marker are not one.
		{"Request for records", "Request for records", false},
		{"Research: records", "Research: records", false},
		{"Case: 26-1", "Case: 26-1", false},
		{"", "", false},
	}
	for _, tt := range tests {
		base, reply := BaseSubject(tt.in)
		if base != tt.base || reply != tt.reply {
			t.Errorf("BaseSubject(%q) = %q, %v; want %q, %v", tt.in, base, reply, tt.base, tt.reply)
		}
	}
}
