package mailparse

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// DOCXText returns the text of a Word (OOXML) document: paragraphs become
// lines, tabs and breaks are kept. It reads at most Limits.MaxInflate bytes
// of word/document.xml, so a zip bomb costs bounded time and memory, and
// keeps at most Limits.MaxText bytes of text (the defaults).
func DOCXText(b []byte) (string, error) { return docxText(b, DefaultLimits) }

func docxText(b []byte, lim Limits) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("docx: %w", err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", fmt.Errorf("docx: %w", err)
		}
		defer rc.Close()
		lr := &io.LimitedReader{R: rc, N: lim.MaxInflate + 1}
		text, err := docxXMLText(lr, lim.MaxText)
		if lr.N <= 0 {
			err = fmt.Errorf("docx: word/document.xml inflates to more than %d bytes; the rest not read", lim.MaxInflate)
		}
		return text, err
	}
	return "", errors.New("docx: no word/document.xml")
}

func docxXMLText(r io.Reader, maxText int) (string, error) {
	dec := xml.NewDecoder(r)
	b := &limitedText{max: maxText}
	inText := false
	for {
		if b.max > 0 && b.Len() >= b.max {
			return tidy(b.String()), errTextLimit(b.max)
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return tidy(b.String()), nil
		}
		if err != nil {
			return tidy(b.String()), fmt.Errorf("docx: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText && !b.add(string(t)) {
				return tidy(b.String()), errTextLimit(b.max)
			}
		}
	}
}
