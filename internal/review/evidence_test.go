package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lerd/internal/store"
)

func sha(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

// disguised carries an HTML page named and typed as a PDF, a real text
// attachment, and a Reply-To.
const disguised = "From: Agent <agent@fbi.gov>\r\nReply-To: desk@fbi.gov\r\nSubject: Subpoena\r\nMessage-ID: <disguised@fbi.gov>\r\nMIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSubpoena attached.\r\n" +
	"--b\r\nContent-Type: application/pdf; name=\"order.pdf\"\r\nContent-Disposition: attachment; filename=\"order.pdf\"\r\n\r\n<html><script>alert(1)</script></html>\r\n" +
	"--b\r\nContent-Type: text/html; name=\"page.html\"\r\nContent-Disposition: attachment; filename=\"page.html\"\r\n\r\n<script>alert(2)</script>\r\n--b--\r\n"

func TestEvidenceDownloads(t *testing.T) {
	f := newFixture(t)
	other := f.ingest(t, disguised)
	ctx := context.Background()
	d, _ := f.st.GetRequest(ctx, f.ref)
	msg := d.Messages[0]
	pdf := msg.Attachments[0]
	od, _ := f.st.GetRequest(ctx, other)
	omsg := od.Messages[0]
	raw, err := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	if err != nil {
		t.Fatal(err)
	}
	c := client()
	f.login(t, c, "correct horse battery")
	base := f.srv.URL + "/r/" + f.ref + "/m/" + msg.SHA256
	obase := f.srv.URL + "/r/" + other + "/m/" + omsg.SHA256
	tests := []struct {
		name, url   string
		status      int
		ctype, disp string
		sha         string
	}{
		{"raw message", base + "/raw", 200, "message/rfc822", "attachment", msg.SHA256},
		{"PDF inline", base + "/a/" + pdf.SHA256 + "/view", 200, "application/pdf", "inline", pdf.SHA256},
		{"PDF download", base + "/a/" + pdf.SHA256, 200, "application/octet-stream", "attachment", pdf.SHA256},
		{"HTML typed as PDF is not shown inline", obase + "/a/" + omsg.Attachments[0].SHA256 + "/view", 415, "", "", ""},
		{"HTML typed as PDF downloads", obase + "/a/" + omsg.Attachments[0].SHA256, 200, "application/octet-stream", "attachment", omsg.Attachments[0].SHA256},
		{"HTML is not shown inline", obase + "/a/" + omsg.Attachments[1].SHA256 + "/view", 415, "", "", ""},
		{"message of another request", f.srv.URL + "/r/" + f.ref + "/m/" + omsg.SHA256 + "/raw", 404, "", "", ""},
		{"attachment of another message", base + "/a/" + omsg.Attachments[0].SHA256, 404, "", "", ""},
		{"unknown request", f.srv.URL + "/r/LER-1999-000001/m/" + msg.SHA256 + "/raw", 404, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, c, tt.url)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("security headers missing: %v", resp.Header)
			}
			if tt.status != 200 {
				if strings.Contains(body, "<script>") {
					t.Errorf("refusal carries the file: %q", body)
				}
				return
			}
			if got := resp.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if got := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(got, tt.disp+";") {
				t.Errorf("Content-Disposition %q, want %s", got, tt.disp)
			}
			if sha(body) != tt.sha || resp.Header.Get("X-Content-SHA256") != tt.sha {
				t.Errorf("body SHA-256 %s, header %s, want %s", sha(body), resp.Header.Get("X-Content-SHA256"), tt.sha)
			}
		})
	}
	if _, body := get(t, c, base+"/raw"); body != string(raw) {
		t.Error("the raw message is not byte for byte what was received")
	}
	// Without a session nothing is served.
	resp, _ := get(t, client(), base+"/raw")
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("raw message without login: %d", resp.StatusCode)
	}
}

func TestDamagedRawMessageIsRefused(t *testing.T) {
	f := newFixture(t)
	d, _ := f.st.GetRequest(context.Background(), f.ref)
	msg := d.Messages[0]
	n := 0
	filepath.WalkDir(filepath.Join(filepath.Dir(f.st.Path()), "raw"), func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".seg") {
			b, _ := os.ReadFile(path)
			os.WriteFile(path, []byte(strings.Replace(string(b), "Return-Path", "Return-Patx", 1)), 0o640)
			n++
		}
		return err
	})
	if n == 0 {
		t.Fatal("no segment to damage")
	}
	c := client()
	f.login(t, c, "correct horse battery")
	base := f.srv.URL + "/r/" + f.ref + "/m/" + msg.SHA256
	for _, u := range []string{base + "/raw", base + "/a/" + msg.Attachments[0].SHA256 + "/view"} {
		resp, body := get(t, c, u)
		if resp.StatusCode != http.StatusInternalServerError || strings.Contains(body, "Return-Patx") || !strings.Contains(body, "do not match") {
			t.Errorf("%s: damaged evidence served: %d %.80q", u, resp.StatusCode, body)
		}
	}
}

func TestRequestPageShowsEvidence(t *testing.T) {
	f := newFixture(t)
	other := f.ingest(t, disguised)
	c := client()
	f.login(t, c, "correct horse battery")
	d, _ := f.st.GetRequest(context.Background(), f.ref)
	msg := d.Messages[0]
	_, page := get(t, c, f.srv.URL+"/r/"+f.ref)
	for _, want := range []string{
		`href="/r/` + f.ref + `/m/` + msg.SHA256 + `/raw"`,
		`href="/r/` + f.ref + `/m/` + msg.SHA256 + `/a/` + msg.Attachments[0].SHA256 + `/view"`,
		`<p class="mark">attachment Subpoena_209D-WF-3381924.pdf (pdf)</p>`,
		`<span id="verdict" class="ok">authenticated: dmarc=pass at our receiving system`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("request page lacks %s", want)
		}
	}
	_, page = get(t, c, f.srv.URL+"/r/"+other)
	od, _ := f.st.GetRequest(context.Background(), other)
	for _, want := range []string{`Reply-To: <span class="replyto">desk@fbi.gov</span>`, `id="verdict" class="bad">NOT authenticated`} {
		if !strings.Contains(page, want) {
			t.Errorf("request page of %s lacks %s", other, want)
		}
	}
	// The HTML file typed as PDF gets a view link (declared PDF) that the
	// server refuses; the HTML file gets only a download.
	if strings.Contains(page, od.Messages[0].Attachments[1].SHA256+`/view"`) {
		t.Error("an HTML attachment is offered for viewing")
	}
	_ = store.ErrNotFound
}
