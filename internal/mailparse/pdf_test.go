package mailparse

import (
	"testing"

	"lerd/internal/mailparse/pdftest"
)

// TestPDFLines: each line a PDF places apart is a line of the text, however
// the content stream moves to it.
func TestPDFLines(t *testing.T) {
	tests := []struct{ name, ops, want string }{
		{"Td below the last line",
			"BT /F1 10 Tf 50 750 Td (To: records@example.test) Tj 0 -14 Td (YOU ARE COMMANDED) Tj ET",
			"To: records@example.test\nYOU ARE COMMANDED"},
		{"TD below the last line",
			"BT /F1 10 Tf 50 750 Td (Case 26-0001) Tj 0 -12 TD (Agent Jane Roe) Tj ET",
			"Case 26-0001\nAgent Jane Roe"},
		{"Tm per line",
			"BT /F1 10 Tf 1 0 0 1 50 750 Tm (acct-1001) Tj 1 0 0 1 50 736 Tm (Agent Jane Roe) Tj ET",
			"acct-1001\nAgent Jane Roe"},
		{"Tm along the same line stays on it",
			"BT /F1 10 Tf 1 0 0 1 50 750 Tm (Case No.) Tj 1 0 0 1 120 750 Tm ( 26-0001) Tj ET",
			"Case No. 26-0001"},
		{"T* and the quote operator",
			"BT /F1 10 Tf 14 TL 50 750 Td (one) Tj T* (two) Tj (three) ' ET",
			"one\ntwo\nthree"},
		{"TJ arrays on Td lines",
			"BT /F1 10 Tf 50 750 Td [(Sub) -20 (poena)] TJ 0 -14 Td [(example.test)] TJ ET",
			"Subpoena\nexample.test"},
		// A text object per line, each placed by its own first move: one
		// line break between them, no blank line inside a sentence.
		{"one text object per line",
			"BT /F1 10 Tf 50 750 Td (Issued by the Office of Inspector General, Department of Health and) Tj ET BT /F1 10 Tf 50 736 Td (Human Services.) Tj ET",
			"Issued by the Office of Inspector General, Department of Health and\nHuman Services."},
		{"a move along the line only",
			"BT /F1 10 Tf 50 750 Td (Date: ) Tj 40 0 Td (2026-11-02) Tj ET",
			"Date: 2026-11-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PDFText(pdftest.Content(tt.ops))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("PDFText = %q, want %q", got, tt.want)
			}
		})
	}
}
