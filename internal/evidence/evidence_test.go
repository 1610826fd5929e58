package evidence

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

func sum(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }

func readSpool(t *testing.T, sp *store.Spool) []byte {
	t.Helper()
	rc, err := sp.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// bigMessage is over store.InlineMax, so it is kept as a file of its own
// rather than in a segment.
func bigMessage(pdf []byte) []byte {
	var b bytes.Buffer
	b.WriteString("From: Agent <agent@fbi.gov>\r\nTo: law-enforcement@provider.test\r\nSubject: big\r\nMessage-ID: <big@fbi.gov>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n")
	for b.Len() < store.InlineMax+1000 {
		b.WriteString("padding line of the letter\r\n")
	}
	b.WriteString("--b\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	b.WriteString(base64.StdEncoding.EncodeToString(pdf) + "\r\n--b--\r\n")
	return b.Bytes()
}

type ingested struct {
	st  *store.Store
	ref string
	raw []byte
	msg store.MessageInfo
	dir string
}

func ingest(t *testing.T, raw []byte) ingested {
	t.Helper()
	p := pipelinetest.New(t, 64<<20, nil)
	out, err := p.Ingest(context.Background(), bytes.NewReader(raw), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Store.GetRequest(context.Background(), out.Ref)
	if err != nil {
		t.Fatal(err)
	}
	return ingested{st: p.Store, ref: out.Ref, raw: raw, msg: d.Messages[0], dir: filepath.Dir(p.Store.Path())}
}

// corrupt flips one byte in the middle of every raw file under the store's
// raw directory (segments and large messages alike).
func corrupt(t *testing.T, dir string) {
	t.Helper()
	n := 0
	filepath.WalkDir(filepath.Join(dir, "raw"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".seg") || strings.HasSuffix(path, ".eml")) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b[len(b)/2] ^= 0x20
		if err := os.WriteFile(path, b, 0o640); err != nil {
			t.Fatal(err)
		}
		n++
		return nil
	})
	if n == 0 {
		t.Fatal("no raw file to corrupt")
	}
}

func cases(t *testing.T) map[string][]byte {
	subpoena, err := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	if err != nil {
		t.Fatal(err)
	}
	// A nested multipart whose boundary extends its parent's ("b-alt" in
	// "b"): both walks read it as mailparse does.
	nested := []byte("From: Agent <agent@fbi.gov>\r\nTo: law-enforcement@provider.test\r\nSubject: nested\r\nMessage-ID: <nested@fbi.gov>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: multipart/alternative; boundary=\"b-alt\"\r\n\r\n" +
		"--b-alt\r\nContent-Type: text/plain\r\n\r\nSubpoena attached.\r\n--b-alt\r\nContent-Type: text/html\r\n\r\n<p>Subpoena attached.</p>\r\n--b-alt--\r\n\r\n" +
		"--b\r\nContent-Type: application/pdf; name=\"s.pdf\"\r\nContent-Disposition: attachment; filename=\"s.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString([]byte("%PDF-1.4\nnested\n%%EOF\n")) + "\r\n--b--\r\n")
	return map[string][]byte{"segment": subpoena, "large file": bigMessage([]byte("%PDF-1.4\nbig attachment\n%%EOF\n")), "nested boundary": nested}
}

func TestMessageAndAttachmentAreTheStoredBytes(t *testing.T) {
	for name, raw := range cases(t) {
		t.Run(name, func(t *testing.T) {
			in := ingest(t, raw)
			sp, err := Message(in.st, in.msg.SHA256)
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Discard()
			if got := readSpool(t, sp); !bytes.Equal(got, raw) || sum(got) != in.msg.SHA256 {
				t.Fatalf("raw message differs from what was received (%d vs %d bytes)", len(got), len(raw))
			}
			if len(in.msg.Attachments) != 1 {
				t.Fatalf("attachments: %+v", in.msg.Attachments)
			}
			a := in.msg.Attachments[0]
			asp, err := Attachment(in.st, in.msg.SHA256, a.SHA256)
			if err != nil {
				t.Fatal(err)
			}
			defer asp.Discard()
			got := readSpool(t, asp)
			if sum(got) != a.SHA256 || int64(len(got)) != a.Size || !bytes.HasPrefix(got, []byte("%PDF-")) {
				t.Fatalf("attachment: %d bytes, sha %s, want %s", len(got), sum(got), a.SHA256)
			}
			if _, err := Attachment(in.st, in.msg.SHA256, strings.Repeat("0", 64)); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("unknown attachment: %v", err)
			}
		})
	}
}

func TestDamagedEvidenceIsNeverServed(t *testing.T) {
	for name, raw := range cases(t) {
		t.Run(name, func(t *testing.T) {
			in := ingest(t, raw)
			corrupt(t, in.dir)
			if sp, err := Message(in.st, in.msg.SHA256); !errors.Is(err, ErrMismatch) {
				t.Fatalf("damaged message served: %v %v", sp, err)
			}
			if sp, err := Attachment(in.st, in.msg.SHA256, in.msg.Attachments[0].SHA256); !errors.Is(err, ErrMismatch) {
				t.Fatalf("attachment of a damaged message served: %v %v", sp, err)
			}
			out := filepath.Join(t.TempDir(), "export")
			if _, err := Export(context.Background(), in.st, in.ref, out, "now"); !errors.Is(err, ErrMismatch) {
				t.Fatalf("export of a damaged message: %v", err)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a failed export left %s behind: %v", out, err)
			}
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".lerd-export-*"))
			if len(left) > 0 {
				t.Fatalf("a failed export left %v behind", left)
			}
		})
	}
}

func TestExport(t *testing.T) {
	raw := cases(t)["segment"]
	in := ingest(t, raw)
	if err := in.st.AddVerification(context.Background(), in.ref, store.Verification{Actor: "alice", Number: "202 555 0100", Outcome: store.CallbackConfirmed}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := in.st.Decide(context.Background(), in.ref, "alice", "produced", "sent by courier",
		func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil }); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "counsel")
	man, err := Export(context.Background(), in.st, in.ref, out, "2026-12-04T10:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	// Every file named in SHA256SUMS is there with that hash, and the
	// manifest names every file but itself and the sums.
	f, err := os.Open(filepath.Join(out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		h, path, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		b, err := os.ReadFile(filepath.Join(out, path))
		if err != nil || sum(b) != h {
			t.Errorf("%s: %v, hash %s, listed %s", path, err, sum(b), h)
		}
		listed[path] = h
	}
	if len(listed) != len(man.Files) {
		t.Errorf("SHA256SUMS lists %d files, manifest %d", len(listed), len(man.Files))
	}
	emlPath := "messages/1-" + in.msg.SHA256 + ".eml"
	if listed[emlPath] != in.msg.SHA256 {
		t.Errorf("raw message not exported as received: %v", listed)
	}
	att := in.msg.Attachments[0]
	if listed["attachments/1-1-"+att.Filename] != att.SHA256 {
		t.Errorf("attachment not exported: %v", listed)
	}
	for _, want := range []string{"request.json", "audit.json", "replies.json"} {
		if listed[want] == "" {
			t.Errorf("%s missing: %v", want, listed)
		}
	}
	var events []store.Event
	b, _ := os.ReadFile(filepath.Join(out, "audit.json"))
	if err := json.Unmarshal(b, &events); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range events {
		found = found || e.Kind == "review_produced" && e.Actor == "alice" && strings.Contains(e.Detail, "sent by courier")
	}
	if !found {
		t.Errorf("the decision is not in the exported audit trail: %+v", events)
	}
	if _, err := Export(context.Background(), in.st, in.ref, out, "again"); err == nil {
		t.Error("export over a non-empty directory was allowed")
	}
}

func TestSafeName(t *testing.T) {
	for in, want := range map[string]string{
		"Subpoena 209D.pdf": "Subpoena_209D.pdf",
		"../../etc/passwd":  "_.._etc_passwd",
		"":                  "unnamed",
		"..":                "unnamed",
		"a/b\\c\x00.pdf":    "a_b_c_.pdf",
	} {
		if got := SafeName(in); got != want {
			t.Errorf("SafeName(%q) = %q, want %q", in, got, want)
		}
	}
}
