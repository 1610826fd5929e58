package mailparse

import (
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseCorpusParts(t *testing.T) {
	tests := []struct {
		file       string
		wantSource string
		wantText   string
	}{
		{"001-fbi-subpoena-pdf.eml", "pdf:Subpoena_209D-WF-3381924.pdf", "SUBPOENA DUCES TECUM"},
		{"012-hsi-preservation-html.eml", "text/html", "Homeland Security Investigations"},
		{"039-la-da-forwarded-warrant-rfc822.eml", "forwarded/pdf:26SW118402_signed.pdf", "ORDER DELAYING NOTIFICATION"},
		{"019-manhattan-da-subpoena-base64.eml", "text/plain", "subpoena duces tecum"},
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
			var found *TextPart
			for i := range m.Parts {
				if m.Parts[i].Source == tt.wantSource {
					found = &m.Parts[i]
				}
			}
			if found == nil {
				t.Fatalf("no part %q; parts: %v", tt.wantSource, sources(m))
			}
			if !strings.Contains(found.Text, tt.wantText) {
				t.Fatalf("part %s lacks %q:\n%s", tt.wantSource, tt.wantText, found.Text)
			}
			if strings.Contains(found.Text, "<p>") || strings.Contains(found.Text, "<div") {
				t.Fatalf("HTML tags left in text:\n%s", found.Text)
			}
		})
	}
}

func sources(m *Message) []string {
	var s []string
	for _, p := range m.Parts {
		s = append(s, p.Source)
	}
	return s
}

func TestParseHeadersRFC2047(t *testing.T) {
	raw := "From: =?utf-8?q?J=C3=BCrgen_K=C3=B6hler?= <JK@Polizei.Bund.DE>\r\n" +
		"Reply-To: other@example.com\r\nSubject: =?iso-8859-1?q?Auskunftsersuchen_f=FCr?= X\r\n" +
		"Message-ID: <abc@x>\r\nIn-Reply-To: <prev@y>\r\nReferences: <a@b> <prev@y>\r\n" +
		"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nStra=DFe\r\n"
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Name != "Jürgen Köhler" || m.From.Addr != "jk@polizei.bund.de" {
		t.Errorf("From = %+v", m.From)
	}
	if m.Subject != "Auskunftsersuchen für X" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if m.MessageID != "abc@x" || m.InReplyTo != "prev@y" || len(m.References) != 2 {
		t.Errorf("ids = %q %q %v", m.MessageID, m.InReplyTo, m.References)
	}
	if len(m.ReplyTo) != 1 || m.ReplyTo[0].Addr != "other@example.com" {
		t.Errorf("Reply-To = %v", m.ReplyTo)
	}
	if !strings.Contains(m.Text(), "Straße") {
		t.Errorf("charset not decoded: %q", m.Text())
	}
}

func TestParseMalformed(t *testing.T) {
	_, err := Parse(strings.NewReader("From: a@b\r\nthis is not a header\r\n\r\nbody"))
	if err == nil {
		t.Fatal("malformed header accepted")
	}
}

// TestFromWithUnquotedComma (session 27): a From whose display name holds
// an unquoted comma ("Roe-Lee, Jane <…>") is no RFC 5322 address list,
// but its mailer meant one address: the name before it is kept (for the
// agent), the address is the bracketed one.
func TestFromWithUnquotedComma(t *testing.T) {
	for _, tt := range []struct{ from, name, addr string }{
		{"Roe-Lee, Jane <jane.roelee@example.gov>", "Roe-Lee, Jane", "jane.roelee@example.gov"},
		{"=?utf-8?q?Ro=C3=A9?=, Jane <jane@example.gov>", "Roé, Jane", "jane@example.gov"},
		{"Jane Roe <jane@example.gov>, John Doe <john@example.gov>", "Jane Roe", "jane@example.gov"},
		// Only a name with a comma is recovered so: another unparsable
		// From keeps no name, as before.
		{"=?utf-8?b?5bGx55Sw?= (Yamada) <yamada@example.go.jp>", "", "yamada@example.go.jp"},
	} {
		m, err := Parse(strings.NewReader("From: " + tt.from + "\r\nSubject: x\r\n\r\nbody\r\n"))
		if err != nil {
			t.Fatal(err)
		}
		if m.From.Name != tt.name || m.From.Addr != tt.addr {
			t.Errorf("From %q: name %q addr %q, want %q %q", tt.from, m.From.Name, m.From.Addr, tt.name, tt.addr)
		}
	}
}

func TestDOCXText(t *testing.T) {
	if _, err := DOCXText([]byte("not a zip")); err == nil {
		t.Fatal("garbage accepted as DOCX")
	}
}

func TestHTMLText(t *testing.T) {
	got := HTMLText(`<html><head><style>p{color:red}</style></head><body><p>Case&nbsp;No. <b>12-34</b></p><script>alert(1)</script><table><tr><td>IP</td><td>203.0.113.7</td></tr></table></body></html>`)
	want := "Case No. 12-34\n\nIP 203.0.113.7"
	if got != want {
		t.Fatalf("HTMLText = %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	for _, p := range files[:10] {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822\r\n\r\n--x--"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(strings.NewReader(string(b)))
		if err == nil && m == nil {
			t.Fatal("nil message without error")
		}
		sameAsScan(t, b, m, err)
	})
}

// sameAsScan checks that Scan, which intake uses, records what Parse, which
// triage uses, finds: the same error, headers and attachments, and no text.
func sameAsScan(t *testing.T, b []byte, pm *Message, perr error) {
	t.Helper()
	sm, serr := Scan(strings.NewReader(string(b)))
	if (perr == nil) != (serr == nil) {
		t.Fatalf("Parse error %v, Scan error %v", perr, serr)
	}
	if pm == nil || sm == nil {
		if (pm == nil) != (sm == nil) {
			t.Fatalf("Parse message %v, Scan message %v", pm != nil, sm != nil)
		}
		return
	}
	if len(sm.Parts) != 0 {
		t.Fatalf("Scan kept %d text parts", len(sm.Parts))
	}
	strip := func(as []Attachment) []Attachment {
		out := slices.Clone(as)
		for i := range out {
			out[i].TextError = ""
		}
		return out
	}
	if !slices.Equal(strip(pm.Attachments), strip(sm.Attachments)) || pm.MessageID != sm.MessageID || pm.From != sm.From || pm.Subject != sm.Subject {
		t.Fatalf("Scan differs from Parse:\nparse %+v %q %v\nscan  %+v %q %v", pm.Attachments, pm.MessageID, pm.From, sm.Attachments, sm.MessageID, sm.From)
	}
}

func TestScanMatchesParse(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	if len(files) < 50 {
		t.Fatalf("corpus has %d messages", len(files))
	}
	extra := map[string]string{
		"malformed":  "From: a@b.c\nnot a header\n\nbody",
		"forwarded":  "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822\r\n\r\nFrom: p@police.uk\r\nContent-Type: multipart/mixed; boundary=y\r\n\r\n--y\r\nContent-Type: application/pdf; name=o.pdf\r\n\r\nxx\r\n--y--\r\n--x--\r\n",
		"bad-base64": "Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n",
		"inline-csv": "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/csv\r\n\r\na,b\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.0.0\r\n--x--\r\n",
	}
	for name, body := range extra {
		p := filepath.Join(t.TempDir(), name+".eml")
		os.WriteFile(p, []byte(body), 0o644)
		files = append(files, p)
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(strings.NewReader(string(b)))
			sameAsScan(t, b, m, err)
		})
	}
}

func FuzzHTMLText(f *testing.F) {
	f.Add("<p>a<br>b</p><script>x</script>")
	f.Fuzz(func(t *testing.T, s string) {
		HTMLText(s)
	})
}

func FuzzPDFText(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		PDFText(b) // must not panic
	})
}

// TestParseDateMatchesNetMail checks the fast date path against net/mail's
// parser, which it must agree with wherever it answers.
func TestParseDateMatchesNetMail(t *testing.T) {
	for _, v := range []string{
		"Mon, 02 Nov 2026 10:00:00 -0500",
		"Mon, 2 Nov 2026 10:00:00 +0100",
		"2 Nov 2026 10:00:00 -0000",
		"Tue, 03 Nov 2026 23:59:59 +0000 (UTC)",
		"Mon, 02 Nov 2026 10:00 -0500",
		"Mon, 02 Nov 2026 10:00:00 EST",
		"02 Nov 26 10:00:00 GMT",
		"not a date",
	} {
		want, werr := mail.ParseDate(v)
		got, ok := parseDate(v)
		if ok && (werr != nil || !got.Equal(want)) {
			t.Errorf("parseDate(%q) = %v, net/mail says %v, %v", v, got, want, werr)
		}
		m, err := Parse(strings.NewReader("Date: " + v + "\r\n\r\nx"))
		if err != nil {
			t.Fatal(err)
		}
		if werr == nil && !m.Date.Equal(want) {
			t.Errorf("Date %q read as %v, want %v", v, m.Date, want)
		}
	}
}

// TestAlternativeReadOnce: the versions of a multipart/alternative say the
// same thing; triage reads the plain one, or the HTML one when the plain
// one is empty, never both (which doubled every phone and date).
func TestAlternativeReadOnce(t *testing.T) {
	alt := func(plain string) string {
		return "From: a@fbi.gov\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\n" +
			"Content-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\n" + plain + "\r\n" +
			"--a\r\nContent-Type: text/html\r\n\r\n<p>Call <b>202-555-0143</b></p>\r\n--a--\r\n" +
			"--m\r\nContent-Type: text/plain; name=note.txt\r\nContent-Disposition: attachment; filename=note.txt\r\n\r\nattached note\r\n--m--\r\n"
	}
	for _, tt := range []struct{ plain, want string }{
		{"Call 202-555-0143", "text/plain"},
		{"   ", "text/html"},
	} {
		m, err := Parse(strings.NewReader(alt(tt.plain)))
		if err != nil {
			t.Fatal(err)
		}
		n := strings.Count(m.Text(), "202-555-0143")
		if n != 1 || len(m.Parts) != 2 || !strings.HasSuffix(m.Parts[0].Source, tt.want) || !strings.Contains(m.Text(), "attached note") {
			t.Fatalf("plain %q: %d copies of the number, parts %+v; want one %s part and the attachment's text", tt.plain, n, m.Parts, tt.want)
		}
		if len(m.Attachments) != 1 {
			t.Fatalf("attachments %+v", m.Attachments)
		}
	}
}

// TestAlternativeStubPlain: a plain version that only points at the rich
// one ("Please see the message below") gives way to it; a short plain
// version beside a short rich one is still read.
func TestAlternativeStubPlain(t *testing.T) {
	rich := "<p>Custodian of Records: the Office of the Attorney General has issued the attached administrative subpoena in file 26-0001. Please search your records between July 9 and September 30 for the contact e-mail jo@example.test and the address 203.0.113.58, and send them to me.</p><p>Inv. Jo Roe, Office: 202-555-0143</p>"
	for _, tt := range []struct{ plain, html, want string }{
		{"Please see the message below and the attached subpoena.", rich, "text/html"},
		{"Call 202-555-0143 today.", "<p>Call <b>202-555-0143</b> today, please.</p>", "text/plain"},
		// A heading the rich version repeats above the full request is
		// no message of its own.
		{"Emergency disclosure request - case 26-0001", "<h3>Emergency disclosure request - case 26-0001</h3><p>A girl of 14 is missing since last night; her captor wrote on example.net that she will not come home. The login IPs of the account will help us locate her. Jo Roe, Special Agent, Office: 202-555-0143. Records for example.net from May 1 to May 8.</p>", "text/html"},
		// A short request that the rich version repeats above a quoted
		// thread is the message itself.
		{"Please preserve example.com for 90 days. Call me at 202-555-0143.", "<p>Please preserve example.com for 90 days. Call me at 202-555-0143.</p><blockquote>On Monday Jo Roe wrote: an old message about another case, with many more words than the request itself has, quoted in full below the reply as mail clients do, and a long legal footer after it that says nothing at all.</blockquote>", "text/plain"},
	} {
		raw := "From: a@example.gov\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\n" + tt.plain + "\r\n" +
			"--a\r\nContent-Type: text/html\r\n\r\n" + tt.html + "\r\n--a--\r\n"
		m, err := Parse(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Parts) != 1 || !strings.HasSuffix(m.Parts[0].Source, tt.want) || strings.Count(m.Text(), "202-555-0143") != 1 {
			t.Errorf("plain %q: parts %+v; want the %s part alone", tt.plain, m.Parts, tt.want)
		}
	}
}

// TestNestedBoundaryExtendsParent: a nested multipart whose boundary is its
// parent's with a suffix ("b" and "b-alt", as Exchange writes bounce
// reports) is read part by part, by Parse, Scan and the evidence walk
// alike; a line "--b-alt" is not the parent's delimiter (RFC 2046 5.1.1).
func TestNestedBoundaryExtendsParent(t *testing.T) {
	raw := "From: postmaster@example.gov\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: multipart/alternative; boundary=\"b-alt\"\r\n\r\n" +
		"--b-alt\r\nContent-Type: text/plain\r\n\r\nDelivery has failed.\r\n" +
		"--b-alt\r\nContent-Type: text/html\r\n\r\n<p>Delivery has failed.</p>\r\n" +
		"--b-alt--\r\n\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\nStatus: 5.1.10\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; name=note.txt\r\nContent-Disposition: attachment; filename=note.txt\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nattached =3D note\r\n" +
		"--b--\r\n"
	m, err := Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if txt := m.Text(); strings.Count(txt, "Delivery has failed.") != 1 || !strings.Contains(txt, "Status: 5.1.10") || !strings.Contains(txt, "attached = note") {
		t.Errorf("text %q: want the failure once, the status report and the decoded attachment", txt)
	}
	s, err := Scan(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Attachments) != 1 || len(m.Attachments) != 1 || s.Attachments[0].SHA256 != m.Attachments[0].SHA256 {
		t.Errorf("attachments: scan %+v, parse %+v", s.Attachments, m.Attachments)
	}
}

// TestMultipartReaderEdges: a body whose declared boundary never appears
// is an error (stored raw for a person), not a message without text; a
// part header the standard library refuses is read with go-message's
// reader, as before.
func TestMultipartReaderEdges(t *testing.T) {
	mismatch := "From: a@example.gov\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b2\r\nContent-Type: text/plain\r\n\r\nEmergency: a child is missing.\r\n--b2--\r\n"
	if m, err := Parse(strings.NewReader(mismatch)); err == nil {
		t.Errorf("boundary never seen: parsed without error, text %q", m.Text())
	}
	odd := "From: a@example.gov\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\nX_Mailer[1]: old client\r\n\r\nPlease preserve example.com.\r\n--b--\r\n"
	m, err := Parse(strings.NewReader(odd))
	if err != nil || !strings.Contains(m.Text(), "preserve example.com") {
		t.Errorf("part header with an odd field name: err %v, text %q", err, m.Text())
	}
	s, err := Scan(strings.NewReader(odd))
	if err != nil || s == nil {
		t.Errorf("scan: %v", err)
	}
}
