//go:build e2e

package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
)

// crlf converts a message to CRLF line endings, which is what an IMAP
// server hands back, so the SHA-256 of the delivered bytes is comparable.
func crlf(s string) []byte {
	return []byte(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n"))
}

func minimalPDF(text string) []byte {
	stream := "BT\n/F1 10 Tf\n13 TL\n60 750 Td\n(" + text + ") Tj\nET\n"
	var b bytes.Buffer
	offs := []int{}
	b.WriteString("%PDF-1.4\n")
	obj := func(s string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(stream), stream))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

func minimalDOCX(text string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create("word/document.xml")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>`, text)
	z.Close()
	return b.Bytes()
}

func b64(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	out.WriteString(s + "\n")
	return out.String()
}

// genMessages makes n distinct requests of mixed sizes and formats; the
// message at index malformed (if >= 0) cannot be parsed as MIME.
func genMessages(prefix string, n, malformed int) [][]byte {
	out := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		hdr := fmt.Sprintf(`Authentication-Results: mx.provider.test; dkim=pass header.d=fbi.gov; dmarc=pass header.from=fbi.gov
From: "Agent %[2]d" <agent%[2]d@fbi.gov>
To: law-enforcement@provider.test
Subject: Subpoena %[1]s-%[2]d
Date: Mon, 02 Nov 2026 10:00:00 -0500
Message-ID: <%[1]s-%[2]d@fbi.gov>
MIME-Version: 1.0
`, prefix, i)
		body := fmt.Sprintf("Please find a subpoena issued by the Federal Bureau of Investigation, case %s-%d,\nfor records of example-%d.com from October 1, 2026 through October 30, 2026.\n\nSpecial Agent Dana Smith\nFederal Bureau of Investigation\n(202) 555-01%02d\n", prefix, i, i, i%100)
		var msg string
		switch {
		case i == malformed:
			msg = "From: broken@example.com\nThis line is not a header field\nSubject: malformed " + fmt.Sprint(i) + "\n\nbody\n"
		case i%10 == 3:
			msg = hdr + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\n" + body +
				"\n--b1\nContent-Type: application/pdf; name=\"subpoena.pdf\"\nContent-Disposition: attachment; filename=\"subpoena.pdf\"\nContent-Transfer-Encoding: base64\n\n" +
				b64(minimalPDF(fmt.Sprintf("SUBPOENA case %s-%d", prefix, i))) + "--b1--\n"
		case i%10 == 7:
			msg = hdr + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\n" + body +
				"\n--b1\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"order.docx\"\nContent-Disposition: attachment; filename=\"order.docx\"\nContent-Transfer-Encoding: base64\n\n" +
				b64(minimalDOCX(fmt.Sprintf("ORDER case %s-%d", prefix, i))) + "--b1--\n"
		case i%10 == 5:
			// A larger message: about 200 KB of text.
			msg = hdr + "Content-Type: text/plain; charset=utf-8\n\n" + body + strings.Repeat("Exhibit line with some narrative text for size.\n", 4000)
		default:
			msg = hdr + "Content-Type: text/plain; charset=utf-8\n\n" + body
		}
		out = append(out, crlf(msg))
	}
	return out
}
