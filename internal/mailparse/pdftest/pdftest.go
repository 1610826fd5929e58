// Package pdftest builds PDF files for tests: a minimal valid one and the
// hostile ones that once stopped triage (a self-referencing xref chain, a
// page tree that contains itself, a FlateDecode bomb). They are built in
// code, offsets computed, so no binary fixture has to be trusted or kept.
package pdftest

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
)

// builder writes numbered objects and records their offsets for the xref.
type builder struct {
	b    bytes.Buffer
	offs []int
}

func newBuilder() *builder {
	bd := &builder{}
	bd.b.WriteString("%PDF-1.4\n")
	return bd
}

func (bd *builder) obj(s string) {
	bd.offs = append(bd.offs, bd.b.Len())
	fmt.Fprintf(&bd.b, "%d 0 obj\n%s\nendobj\n", len(bd.offs), s)
}

func (bd *builder) stream(dict string, data []byte) {
	bd.offs = append(bd.offs, bd.b.Len())
	fmt.Fprintf(&bd.b, "%d 0 obj\n<< %s /Length %d >>\nstream\n", len(bd.offs), dict, len(data))
	bd.b.Write(data)
	bd.b.WriteString("\nendstream\nendobj\n")
}

// finish writes the xref table and a trailer; extra goes into the trailer
// dictionary, with %d replaced by the xref table's own offset.
func (bd *builder) finish(extra string) []byte {
	xref := bd.b.Len()
	fmt.Fprintf(&bd.b, "xref\n0 %d\n0000000000 65535 f \n", len(bd.offs)+1)
	for _, o := range bd.offs {
		fmt.Fprintf(&bd.b, "%010d 00000 n \n", o)
	}
	if extra != "" {
		extra = " " + fmt.Sprintf(extra, xref)
	}
	fmt.Fprintf(&bd.b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(bd.offs)+1, extra, xref)
	return bd.b.Bytes()
}

const (
	page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
	font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)

func content(text string) []byte {
	return []byte("BT\n/F1 10 Tf\n13 TL\n60 750 Td\n(" + text + ") Tj\nET\n")
}

// Minimal is a valid one-page PDF showing text.
func Minimal(text string) []byte { return onePage(text, "") }

// SelfPrev is a one-page PDF whose trailer's /Prev points at its own xref
// table, so a reader that follows the chain never ends.
func SelfPrev(text string) []byte { return onePage(text, "/Prev %d") }

// Content is a valid one-page PDF whose content stream is ops, as written
// (font /F1 is Helvetica): for tests of how text operators lay out lines.
func Content(ops string) []byte { return onePageStream([]byte(ops), "") }

func onePage(text, trailer string) []byte { return onePageStream(content(text), trailer) }

func onePageStream(ops []byte, trailer string) []byte {
	bd := newBuilder()
	bd.obj("<< /Type /Catalog /Pages 2 0 R >>")
	bd.obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	bd.obj(page)
	bd.stream("", ops)
	bd.obj(font)
	return bd.finish(trailer)
}

// SelfPages is a PDF whose page tree node lists itself among its kids, so a
// reader looking for page 1 descends forever.
func SelfPages() []byte {
	bd := newBuilder()
	bd.obj("<< /Type /Catalog /Pages 2 0 R >>")
	bd.obj("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")
	bd.obj(page)
	bd.stream("", content("never reached"))
	bd.obj(font)
	return bd.finish("")
}

// FlateBomb is a one-page PDF whose content stream shows one string of n
// MiB of NUL bytes, FlateDecode-compressed about a thousandfold (1536 gives
// the 1.5 MB file that inflates to 1.5 GB): a reader holding the string,
// or the page's text, needs all of it in memory. The deflate data is one
// compressed MiB repeated: a block sequence from a fresh compressor refers
// to nothing before it, so copies of it decode one after the other.
func FlateBomb(n int) []byte {
	deflate := func(p []byte) []byte {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, flate.BestCompression)
		fw.Write(p)
		fw.Flush()
		return b.Bytes()
	}
	head, tail := []byte("BT\n/F1 10 Tf\n60 750 Td\n("), []byte(") Tj\nET\n")
	var z bytes.Buffer
	z.Write([]byte{0x78, 0xda}) // zlib header, best compression
	z.Write(deflate(head))
	one := deflate(make([]byte, 1<<20))
	for range n {
		z.Write(one)
	}
	z.Write(deflate(tail))
	z.Write([]byte{0x03, 0x00}) // final empty fixed-Huffman block
	// Adler-32 without running over the zeros: each zero byte leaves a
	// and adds a to b.
	const mod = 65521
	a, b := uint64(1), uint64(0)
	sum := func(p []byte) {
		for _, c := range p {
			a = (a + uint64(c)) % mod
			b = (b + a) % mod
		}
	}
	sum(head)
	b = (b + (uint64(n)<<20)%mod*a) % mod
	sum(tail)
	binary.Write(&z, binary.BigEndian, uint32(b<<16|a))
	bd := newBuilder()
	bd.obj("<< /Type /Catalog /Pages 2 0 R >>")
	bd.obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	bd.obj(page)
	bd.stream("/Filter /FlateDecode", z.Bytes())
	bd.obj(font)
	return bd.finish("")
}
