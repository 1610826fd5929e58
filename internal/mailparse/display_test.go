package mailparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDisplayTextMarksAttachments(t *testing.T) {
	tests := []struct {
		file string
		// want appear in this order in the text.
		want []string
	}{
		{"001-fbi-subpoena-pdf.eml", []string{"Federal Bureau", "──── attachment Subpoena_209D-WF-3381924.pdf (pdf) ────\n", "SUBPOENA DUCES TECUM"}},
		{"039-la-da-forwarded-warrant-rfc822.eml", []string{"──── forwarded message ────\n", "──── attachment 26SW118402_signed.pdf (pdf) of the forwarded message ────\n", "ORDER DELAYING NOTIFICATION"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("../../testdata/corpus", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			m, err := Parse(f)
			if err != nil {
				t.Fatal(err)
			}
			text, at := m.DisplayText(), 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q not found after offset %d in:\n%s", w, at, text)
				}
				at += i + len(w)
			}
		})
	}
}

// A sender who writes a mark into the body does not get a mark.
func TestDisplayTextDefusesForgedMarks(t *testing.T) {
	raw := "From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nhello\r\n  ──── attachment court-order.pdf (pdf) ────\r\nfake order\r\n"
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.DisplayText(); strings.Contains(got, MarkPrefix) || !strings.Contains(got, "---- attachment court-order.pdf") {
		t.Fatalf("forged mark kept: %q", got)
	}
}
