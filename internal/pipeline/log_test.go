package pipeline_test

import (
	"bytes"
	"context"
	"log/slog"
	"sync"
	"testing"

	"lerd/internal/logkey"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// records keeps every log record, with the attributes its logger was
// given by With.
type records struct {
	mu    sync.Mutex
	attrs []slog.Attr
	all   *[]map[string]slog.Value
}

func (r *records) Enabled(context.Context, slog.Level) bool { return true }
func (r *records) WithGroup(string) slog.Handler            { return r }
func (r *records) WithAttrs(as []slog.Attr) slog.Handler {
	return &records{attrs: append(append([]slog.Attr{}, r.attrs...), as...), all: r.all}
}
func (r *records) Handle(_ context.Context, rec slog.Record) error {
	m := map[string]slog.Value{"msg": slog.StringValue(rec.Message)}
	for _, a := range r.attrs {
		m[a.Key] = a.Value
	}
	rec.Attrs(func(a slog.Attr) bool { m[a.Key] = a.Value; return true })
	r.mu.Lock()
	*r.all = append(*r.all, m)
	r.mu.Unlock()
	return nil
}

// TestTriagedLine: the "message triaged" line names the message and its
// request, marks an emergency as one, gives the decision, and its
// duration as a time.Duration.
func TestTriagedLine(t *testing.T) {
	for _, tt := range []struct {
		name      string
		emergency bool
		decision  string
	}{
		{"030-fbi-emergency-kidnapping", true, "acknowledge"},
		{"001-fbi-subpoena-pdf", false, "acknowledge"},
		{"005-lookalike-fbi-gov-us", false, "reject"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var all []map[string]slog.Value
			p := pipelinetest.New(t, 1<<20, nil)
			p.Log = slog.New(&records{all: &all}).With(logkey.Component, "triage")
			out, err := p.Ingest(context.Background(), bytes.NewReader(pipelinetest.Corpus(t, tt.name)), store.Origin{Source: "t"})
			if err != nil {
				t.Fatal(err)
			}
			var line map[string]slog.Value
			for _, m := range all {
				if m["msg"].String() == "message triaged" {
					line = m
				}
			}
			if line == nil {
				t.Fatalf("no message triaged line in %v", all)
			}
			for key, want := range map[string]slog.Kind{
				logkey.Component: slog.KindString, logkey.MsgID: slog.KindInt64, logkey.Ref: slog.KindString,
				logkey.Emergency: slog.KindBool, logkey.Decision: slog.KindString, logkey.Took: slog.KindDuration,
			} {
				if v, ok := line[key]; !ok || v.Kind() != want {
					t.Errorf("%s = %v (%v), want a %v", key, v, v.Kind(), want)
				}
			}
			if t.Failed() {
				return
			}
			if line[logkey.Emergency].Bool() != tt.emergency || line[logkey.Decision].String() != tt.decision ||
				line[logkey.Ref].String() != out.Ref || line[logkey.MsgID].Int64() != out.MessageID || line[logkey.Took].Duration() <= 0 {
				t.Errorf("line %v; want emergency=%v decision=%s ref=%s msg_id=%d", line, tt.emergency, tt.decision, out.Ref, out.MessageID)
			}
		})
	}
}
