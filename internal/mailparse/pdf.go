package mailparse

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDFText returns the text of a PDF, one line per text row, within the
// default limits (see Limits). The PDF reader panics on some malformed
// files; that is turned into an error, since a hostile attachment must not
// stop intake.
//
// In-process reading is bounded in memory and in how far it descends the
// page tree, but not in time: a cross-reference chain that points at
// itself makes the reader loop forever. Production reads go through a
// Sandbox, whose child process has a deadline and rlimits.
func PDFText(b []byte) (string, error) { return pdfText(b, DefaultLimits) }

// Page-tree bounds: a tree that contains itself is cut off here rather
// than descended forever.
const (
	maxPageDepth = 32
	maxPageNodes = 100_000
)

func pdfText(b []byte, lim Limits) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: unreadable: %v", r)
		}
	}()
	if err := checkInflate(b, lim.MaxInflate); err != nil {
		return "", err
	}
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("pdf: %w", err)
	}
	out := &limitedText{max: lim.MaxText}
	nodes := 0
	// walk visits the page tree depth first, in page order; the reader's
	// own Page(i) descends a tree that contains itself forever.
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if nodes++; nodes > maxPageNodes || depth > maxPageDepth {
			return fmt.Errorf("pdf: page tree deeper than %d levels or larger than %d nodes (a loop?)", maxPageDepth, maxPageNodes)
		}
		switch v.Key("Type").Name() {
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		case "Page":
			t, err := pageText(pdf.Page{V: v})
			if err != nil {
				return fmt.Errorf("pdf: page %d: %w", out.pages+1, err)
			}
			out.pages++
			if !out.add(t + "\n") {
				return errTextLimit(lim.MaxText)
			}
		}
		return nil
	}
	err = walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return tidy(out.String()), err
}

// checkInflate decompresses every FlateDecode-looking stream of the file
// once, counting bytes into io.Discard, and fails once the total passes
// max: a bomb is found in bounded memory and about a second of CPU, before
// the reader, which would hold a whole content stream, opens it. Image
// streams are skipped, since text extraction never decodes them and a scan
// may be large. It is a first line only; the Sandbox's rlimits bound what a
// stream this scan does not recognise can cost.
func checkInflate(b []byte, max int64) error {
	if max <= 0 {
		return nil
	}
	var total int64
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("stream"))
		if j < 0 {
			return nil
		}
		start := i + j
		i = start + len("stream")
		if start >= 3 && string(b[start-3:start]) == "end" {
			continue
		}
		data := b[i:]
		switch {
		case bytes.HasPrefix(data, []byte("\r\n")):
			data = data[2:]
		case bytes.HasPrefix(data, []byte("\n")), bytes.HasPrefix(data, []byte("\r")):
			data = data[1:]
		default:
			continue
		}
		dict := b[max0(start-1024):start]
		if k := bytes.LastIndex(dict, []byte(" obj")); k >= 0 {
			dict = dict[k:]
		}
		if !bytes.Contains(dict, []byte("Flate")) || bytes.Contains(dict, []byte("/Image")) {
			continue
		}
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			continue // not zlib after all; the reader will say so if it matters
		}
		n, _ := io.Copy(io.Discard, io.LimitReader(zr, max-total+1))
		if total += n; total > max {
			return fmt.Errorf("pdf: compressed streams inflate to more than %d bytes; not read", max)
		}
	}
}

func max0(n int) int { return max(n, 0) }

// limitedText collects extracted text up to max bytes.
type limitedText struct {
	strings.Builder
	max   int
	pages int
}

// add appends s, or as much of it as fits; it reports whether all of s fit.
func (t *limitedText) add(s string) bool {
	room := t.max - t.Len()
	if t.max <= 0 || len(s) <= room {
		t.WriteString(s)
		return true
	}
	if room > 0 {
		t.WriteString(strings.ToValidUTF8(s[:room], ""))
	}
	return false
}

// ErrTextLimit marks extracted text cut at Limits.MaxText: what was read is
// kept, the rest is not.
var ErrTextLimit = errors.New("text limit reached")

func errTextLimit(max int) error {
	return fmt.Errorf("%w: more than %d bytes of text, the rest not read", ErrTextLimit, max)
}

// pageText returns the text a page shows, a line break wherever the text
// moves to another line. The reader's own GetPlainText breaks lines only
// at BT and T*, so text placed line by line with Td, TD or Tm (as most
// generators write it: "0 -14 Td (next line) Tj") ran together, the last
// word of one line glued to the first of the next ("…@provider.testYOU
// ARE COMMANDED").
func pageText(p pdf.Page) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("unreadable content: %v", r)
		}
	}()
	if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
		return "", nil
	}
	fonts := map[string]pdf.TextEncoding{}
	var enc pdf.TextEncoding
	var b strings.Builder
	lineY, haveY := 0.0, false
	// A line break is written only after text: a text object's first
	// move places its first line, which BT has already begun.
	onLine := false
	breakLine := func() {
		if onLine {
			b.WriteString("\n")
			onLine = false
		}
	}
	show := func(raw string) {
		if enc != nil {
			raw = enc.Decode(raw)
		}
		b.WriteString(raw)
		onLine = onLine || raw != ""
	}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "BT":
			breakLine()
			haveY = false
		case "T*":
			breakLine()
		case "Td", "TD":
			if n == 2 && args[1].Float64() != 0 {
				breakLine()
			}
		case "Tm":
			// The matrix's last number is the line's vertical position.
			if n == 6 {
				y := args[5].Float64()
				if haveY && y != lineY {
					breakLine()
				}
				lineY, haveY = y, true
			}
		case "Tf":
			if n == 2 {
				name := args[0].Name()
				e, ok := fonts[name]
				if !ok {
					f := p.Font(name)
					e = f.Encoder()
					fonts[name] = e
				}
				enc = e
			}
		case "'", "\"":
			// Move to the next line, then show the string (the last operand).
			breakLine()
			if n >= 1 {
				show(args[n-1].RawString())
			}
		case "Tj":
			if n == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if n == 1 {
				for i := 0; i < args[0].Len(); i++ {
					if x := args[0].Index(i); x.Kind() == pdf.String {
						show(x.RawString())
					}
				}
			}
		}
	})
	return b.String(), nil
}
