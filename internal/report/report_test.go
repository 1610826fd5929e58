package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/report"
	"lerd/internal/store"
)

// fixtureStore ingests corpus requests through the pipeline during
// November 2026 (one in December, outside the report) and records
// reviewers' decisions on two of them.
func fixtureStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	var clock time.Time
	p := pipelinetest.New(t, 1<<20, func() time.Time { return clock })
	refs := map[string]string{}
	for i, c := range []string{
		"001-fbi-subpoena-pdf",              // subpoena, US, 3 identifiers: produced
		"030-fbi-emergency-kidnapping",      // emergency, US, 2: declined by a reviewer
		"007-usss-2703d-ndo-dated",          // court order with a dated NDO, US, 3: no outcome yet
		"009-german-federal-police-no-mlat", // court order, DE, 2: rejected by lerd's policy
		"012-hsi-preservation-html",         // preservation, US, 3: no outcome yet
		"020-bounce-dsn",                    // a bounce: no request
	} {
		clock = time.Date(2026, 11, 1+i, 10, 0, 0, 0, time.UTC)
		out, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, c)), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs[c] = out.Ref
	}
	clock = time.Date(2026, 12, 1, 0, 30, 0, 0, time.UTC) // 30 November in New York
	if _, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, "024-rcmp-mlat")), store.Origin{Source: "024"}); err != nil {
		t.Fatal(err)
	}
	clock = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC) // outside
	if _, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, "029-met-police-uk-no-mlat")), store.Origin{Source: "029"}); err != nil {
		t.Fatal(err)
	}
	none := func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil }
	// A first-time sender: producing needs a confirmed call-back.
	if err := p.Store.AddVerification(ctx, refs["001-fbi-subpoena-pdf"], store.Verification{Actor: "reviewer", Number: "+1 202 555 0100", Outcome: store.CallbackConfirmed}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := p.Store.Decide(ctx, refs["001-fbi-subpoena-pdf"], "reviewer", "produced", "sent", none); err != nil {
		t.Fatal(err)
	}
	if err := p.Store.Decide(ctx, refs["030-fbi-emergency-kidnapping"], "reviewer", "declined", "no such account", none); err != nil {
		t.Fatal(err)
	}
	return p.Store
}

func TestReportCounts(t *testing.T) {
	st := fixtureStore(t)
	ny, _ := time.LoadLocation("America/New_York")
	rep, err := report.Build(context.Background(), st, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), ny)
	if err != nil {
		t.Fatal(err)
	}
	want := report.Report{From: "2026-11-01", To: "2026-11-30", Requests: 6, NotRequests: 1,
		ByProcess:           map[string]int{"subpoena": 1, "emergency": 1, "court_order": 3, "nondisclosure_order": 1, "preservation": 1, "mlat": 1},
		ByCountry:           map[string]int{"US": 4, "DE": 1, "CA": 1},
		ByOutcome:           map[string]int{report.DataProduced: 1, report.Rejected: 2, report.Pending: 3},
		AccountsSpecified:   3 + 2 + 3 + 2 + 3 + 2,
		Emergency:           1,
		EmergencyByOutcome:  map[string]int{report.Rejected: 1},
		Preservation:        1,
		NonDisclosureOrders: 1,
	}
	if !reflect.DeepEqual(rep, want) {
		got, _ := json.MarshalIndent(rep, "", " ")
		t.Errorf("report:\n%s", got)
	}

	var csv, text, js bytes.Buffer
	if err := rep.Write(&csv, "csv"); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"from,to,section,key,count", "2026-11-01,2026-11-30,total,requests,6", "2026-11-01,2026-11-30,by_country,DE,1", "2026-11-01,2026-11-30,emergency_by_outcome,rejected,1"} {
		if !strings.Contains(csv.String(), line+"\n") {
			t.Errorf("csv lacks %q:\n%s", line, csv.String())
		}
	}
	rep.Write(&text, "text")
	if !strings.Contains(text.String(), "by outcome:\n  data_produced") || !strings.Contains(text.String(), "accounts_specified               15") {
		t.Errorf("text:\n%s", text.String())
	}
	rep.Write(&js, "json")
	var back report.Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || !reflect.DeepEqual(back, rep) {
		t.Errorf("json does not read back: %v\n%s", err, js.String())
	}
	if err := rep.Write(&text, "xml"); err == nil {
		t.Error("unknown format accepted")
	}
	if _, err := report.Build(context.Background(), st, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.UTC); err == nil {
		t.Error("a period that ends before it starts was accepted")
	}
}
