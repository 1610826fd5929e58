package pipeline_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

func newTest(t *testing.T) *pipeline.Pipeline { return pipelinetest.New(t, 4096, nil) }

func TestIngestFlagsWhatItCannotRead(t *testing.T) {
	tests := []struct {
		name, raw, status string
	}{
		{"malformed header", "From: a@b\r\nnot a header line\r\n\r\nbody", store.StatusMalformed},
		{"oversize", "From: a@fbi.gov\r\nSubject: big\r\n\r\n" + strings.Repeat("x", 5000), store.StatusOversize},
		{"broken multipart", "From: a@fbi.gov\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nunterminated", store.StatusMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTest(t)
			out, err := p.Ingest(context.Background(), strings.NewReader(tt.raw), store.Origin{Source: "test"})
			if err != nil {
				t.Fatal(err)
			}
			if out.Status != tt.status || out.Ref == "" {
				t.Fatalf("status %s ref %q, want %s and a request", out.Status, out.Ref, tt.status)
			}
			d, err := p.Store.GetRequest(context.Background(), out.Ref)
			if err != nil || d.State != pipeline.StateNeedsReview || len(d.Messages) != 1 || d.Messages[0].ParseError == "" {
				t.Fatalf("request %+v, %v: want it in review with the parse error", d, err)
			}
		})
	}
}

// TestTriagePanicGoesToReview makes triage panic (no analyzer) and checks
// that the message still gets a request in the review queue and nothing is
// left pending to fail again.
func TestTriagePanicGoesToReview(t *testing.T) {
	p := newTest(t)
	p.Triage = nil
	raw, _ := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	p.MaxBytes = 1 << 20
	out, err := p.Ingest(context.Background(), strings.NewReader(string(raw)), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Store.GetRequest(context.Background(), out.Ref)
	if err != nil || d.State != pipeline.StateNeedsReview {
		t.Fatalf("request %+v, %v", d, err)
	}
	st, _ := p.Store.Stats(context.Background())
	if st.Pending != 0 {
		t.Fatalf("%d messages left pending", st.Pending)
	}
}

// TestReingestChangesNothing ingests the whole corpus twice: the second pass
// must be recorded as duplicates and change no request and no reply.
func TestReingestChangesNothing(t *testing.T) {
	p := newTest(t)
	p.MaxBytes = 1 << 20
	ctx := context.Background()
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	ingestAll := func() {
		for _, f := range files {
			raw, _ := os.ReadFile(f)
			if _, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: f}); err != nil {
				t.Fatal(err)
			}
		}
	}
	ingestAll()
	before, _ := p.Store.Stats(ctx)
	reqs, _ := p.Store.ListRequests(ctx)
	ingestAll()
	after, _ := p.Store.Stats(ctx)
	reqs2, _ := p.Store.ListRequests(ctx)
	if after != before || len(reqs2) != len(reqs) {
		t.Fatalf("second pass changed the store: %+v -> %+v", before, after)
	}
	for i := range reqs {
		if reqs[i].UpdatedAt != reqs2[i].UpdatedAt || reqs[i].Decision != reqs2[i].Decision {
			t.Fatalf("request %s changed on re-ingest", reqs[i].Ref)
		}
	}
}

// TestAttachmentTextErrorRecorded checks the split between intake, which
// records attachments without reading them, and triage, which reads their
// text: a PDF that cannot be read ends up with its reason on the record,
// and the raw bytes read back exactly.
func TestAttachmentTextErrorRecorded(t *testing.T) {
	p := newTest(t)
	raw := "From: Agent <agent@fbi.gov>\r\nSubject: Subpoena\r\nMessage-ID: <pdf@fbi.gov>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSubpoena attached.\r\n" +
		"--b\r\nContent-Type: application/pdf; name=s.pdf\r\nContent-Disposition: attachment; filename=s.pdf\r\n\r\nnot a pdf at all\r\n--b--\r\n"
	out, err := p.Ingest(context.Background(), strings.NewReader(raw), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Store.GetRequest(context.Background(), out.Ref)
	if err != nil || len(d.Messages) != 1 || len(d.Messages[0].Attachments) != 1 {
		t.Fatalf("request %+v, %v", d, err)
	}
	if a := d.Messages[0].Attachments[0]; a.Filename != "s.pdf" || a.TextError == "" {
		t.Fatalf("attachment %+v: want s.pdf with the reason its text could not be read", a)
	}
	rc, err := p.Store.OpenRaw(out.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if b, _ := io.ReadAll(rc); string(b) != raw {
		t.Fatalf("raw bytes read back as %q", b)
	}
}

// TestTriagedReported: each message triaged is reported once with the
// time it took (for /metrics); a message already triaged is not again.
func TestTriagedReported(t *testing.T) {
	p := newTest(t)
	var took []time.Duration
	p.Triaged = func(d time.Duration) { took = append(took, d) }
	for _, raw := range []string{"From: a@fbi.gov\r\nSubject: one\r\n\r\nbody", "From: a@fbi.gov\r\nSubject: two\r\n\r\nbody"} {
		if _, err := p.Ingest(context.Background(), strings.NewReader(raw), store.Origin{Source: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := p.TriagePending(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(took) != 2 || took[0] <= 0 || took[1] <= 0 {
		t.Fatalf("triage reported %v, want two positive durations", took)
	}
}
