package mailparse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDFText returns the text of a PDF, one line per text row. The PDF reader
// panics on some malformed files; that is turned into an error, since a
// hostile attachment must not stop intake.
func PDFText(b []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: unreadable: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("pdf: %w", err)
	}
	var out strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		t, err := p.GetPlainText(nil)
		if err != nil {
			return "", fmt.Errorf("pdf: page %d: %w", i, err)
		}
		out.WriteString(t)
		out.WriteByte('\n')
	}
	return tidy(out.String()), nil
}
