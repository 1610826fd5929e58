package mailparse

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"lerd/internal/mailparse/pdftest"
)

// TestMain makes the test binary the Sandbox's child when asked, the way
// lerd's hidden extract subcommand is in production.
func TestMain(m *testing.M) {
	if os.Getenv("LERD_TEST_EXTRACT_CHILD") == "1" {
		os.Exit(ExtractMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// testSandbox runs this test binary as the extracting child.
func testSandbox(lim Limits) Sandbox {
	return Sandbox{Command: []string{os.Args[0]}, Env: []string{"LERD_TEST_EXTRACT_CHILD=1"}, Limits: lim}
}

// within fails the test if f has not returned after d: the hostile files
// used to hang forever, and a test must fail, not hang, on that.
func within[T any](t *testing.T, d time.Duration, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(d):
		t.Fatalf("still running after %v", d)
		panic("unreachable")
	}
}

// hostile are the files that once stopped triage for good.
var hostile = []struct {
	name string
	data func() []byte
	// inProcess says the bounded in-process reader stops it too; the
	// looping xref chain only a killed child can stop.
	inProcess bool
	want      string
}{
	{"self-referencing /Prev", func() []byte { return pdftest.SelfPrev("x") }, false, "stopped"},
	{"page tree containing itself", pdftest.SelfPages, true, "page tree"},
	{"FlateDecode bomb 1.5 MB to 1.5 GB", func() []byte { return pdftest.FlateBomb(1536) }, true, "inflate"},
}

// TestSandboxHostilePDF: each hostile PDF ends in an error naming the
// limit it hit, within its limits, and the sandbox then reads a normal
// PDF as before.
func TestSandboxHostilePDF(t *testing.T) {
	sb := testSandbox(Limits{Timeout: 2 * time.Second})
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data()
			err := within(t, 30*time.Second, func() error {
				text, err := sb.Extract(context.Background(), "pdf", data)
				if text != "" {
					return fmt.Errorf("text %q from a hostile file", text)
				}
				return err
			})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
	text, err := sb.Extract(context.Background(), "pdf", pdftest.Minimal("SUBPOENA DUCES TECUM"))
	if err != nil || !strings.Contains(text, "SUBPOENA DUCES TECUM") {
		t.Fatalf("normal PDF after the hostile ones: %q, %v", text, err)
	}
}

// TestInProcessBounds: the in-process reader stops the page-tree loop and
// the bomb itself (Parse and the fuzz target use it).
func TestInProcessBounds(t *testing.T) {
	for _, tt := range hostile {
		if !tt.inProcess {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data()
			err := within(t, 30*time.Second, func() error { _, err := PDFText(data); return err })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// TestSandboxLimits: the child's memory limit, the text cap and the
// caller's cancellation each stop an extraction with an error that says
// which; a cut text keeps what was read.
func TestSandboxLimits(t *testing.T) {
	long := strings.Repeat("lorem ipsum dolor sit amet ", 4000)
	for _, tt := range []struct {
		name     string
		lim      Limits
		kind     string
		data     []byte
		cancel   bool
		want     string
		wantText string
	}{
		{"memory", Limits{Timeout: time.Minute, Memory: 16 << 20, MaxInflate: 1 << 30}, "pdf", pdftest.FlateBomb(64), false, "memory", ""},
		{"text cap pdf", Limits{MaxText: 1000}, "pdf", pdftest.Minimal(long), false, "more than 1000 bytes of text", "lorem ipsum"},
		{"text cap docx", Limits{MaxText: 1000}, "docx", docx(long), false, "more than 1000 bytes of text", "lorem ipsum"},
		{"inflate docx", Limits{MaxInflate: 10_000}, "docx", docx(long), false, "inflates to more than 10000 bytes", ""},
		{"shutdown", Limits{Timeout: time.Minute}, "pdf", pdftest.SelfPrev("x"), true, context.Canceled.Error(), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel {
				time.AfterFunc(200*time.Millisecond, cancel)
			}
			type res struct {
				text string
				err  error
			}
			r := within(t, 30*time.Second, func() res {
				text, err := testSandbox(tt.lim).Extract(ctx, tt.kind, tt.data)
				return res{text, err}
			})
			if r.err == nil || !strings.Contains(r.err.Error(), tt.want) {
				t.Fatalf("error %v, want one mentioning %q", r.err, tt.want)
			}
			if tt.cancel && !errors.Is(r.err, context.Canceled) {
				t.Fatalf("cancelled extraction returned %v, not the context's error", r.err)
			}
			if !strings.Contains(r.text, tt.wantText) || len(r.text) > max(tt.lim.MaxText, 0)+1 && tt.lim.MaxText > 0 {
				t.Fatalf("text of %d bytes %.40q, want at most %d containing %q", len(r.text), r.text, tt.lim.MaxText, tt.wantText)
			}
		})
	}
}

// TestParseWithHostileAttachments: a message carrying the three hostile
// PDFs and a normal one is parsed with a TextError on each hostile
// attachment and the normal one's text read.
func TestParseWithHostileAttachments(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: agent@fbi.gov\r\nSubject: request\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n")
	files := map[string][]byte{"ok.pdf": pdftest.Minimal("GRAND JURY SUBPOENA")}
	for i, tt := range hostile {
		files[fmt.Sprintf("hostile%d.pdf", i)] = tt.data()
	}
	for name, data := range files {
		fmt.Fprintf(&b, "--m\r\nContent-Type: application/pdf; name=%s\r\nContent-Disposition: attachment; filename=%s\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n", name, name, b64(data))
	}
	b.WriteString("--m--\r\n")
	m := within(t, 60*time.Second, func() *Message {
		m, err := ParseWith(context.Background(), strings.NewReader(b.String()), testSandbox(Limits{Timeout: 2 * time.Second}))
		if err != nil {
			t.Error(err)
		}
		return m
	})
	if m == nil {
		t.FailNow()
	}
	if !strings.Contains(m.Text(), "GRAND JURY SUBPOENA") {
		t.Errorf("normal attachment's text missing: %q", m.Text())
	}
	for _, a := range m.Attachments {
		if hostileFile := a.Filename != "ok.pdf"; hostileFile != (a.TextError != "") {
			t.Errorf("%s: text error %q", a.Filename, a.TextError)
		}
	}
	if len(m.Attachments) != len(files) {
		t.Errorf("%d attachments, want %d", len(m.Attachments), len(files))
	}
}

// TestParseWithCancelled: attachments after the context ended are not
// read and say why.
func TestParseWithCancelled(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("time for attachments used up"))
	msg := "Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(pdftest.Minimal("x")) + "\r\n"
	m, err := ParseWith(ctx, strings.NewReader(msg), testSandbox(Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || !strings.Contains(m.Attachments[0].TextError, "time for attachments used up") {
		t.Fatalf("attachments %+v", m.Attachments)
	}
}

func b64(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	out.WriteString(s)
	return out.String()
}

func docx(text string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create("word/document.xml")
	fmt.Fprintf(w, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>`, text)
	z.Close()
	return b.Bytes()
}
