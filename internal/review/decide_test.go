package review

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"lerd/internal/store"
)

// TestDecisionsNeedConfirmation: every outcome is asked for once, shown on
// a confirmation page (nothing recorded), and recorded only when confirmed;
// declines and changes need notes; the queue shows the team's decision.
func TestDecisionsNeedConfirmation(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	raw, _ := os.ReadFile("../../testdata/corpus/new/248-ndr-exchange-undeliverable-anoka-county.eml")
	bounce := f.ingest(t, string(raw))
	if err := f.st.AddVerification(ctx, f.ref, store.Verification{Actor: "alice", Number: "202 555 0100", Outcome: store.CallbackConfirmed}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+f.ref)
	for _, o := range store.Outcomes {
		if !strings.Contains(page, `id="`+o+`"`) {
			t.Errorf("no button for %s", o)
		}
	}
	steps := []struct {
		name, ref string
		form      url.Values
		status    int
		// page must appear in the answer; outcome is the request's outcome after.
		page, outcome string
	}{
		{"produced asks first", f.ref, url.Values{"decision": {"produced"}}, 200, `id="confirm"`, ""},
		{"the confirmation page carries the choice", f.ref, url.Values{"decision": {"produced"}, "note": {"by courier"}}, 200, `name="decision" value="produced"`, ""},
		{"produced, confirmed", f.ref, url.Values{"decision": {"produced"}, "note": {"by courier"}, "confirm": {"1"}}, 303, "", "produced"},
		{"a change without a note is refused before confirming", f.ref, url.Values{"decision": {"declined"}}, 200, `id="refusal"`, "produced"},
		{"a change without a note is refused when forced", f.ref, url.Values{"decision": {"declined"}, "confirm": {"1"}}, 422, "note is required", "produced"},
		{"a change with a note", f.ref, url.Values{"decision": {"no_records"}, "note": {"the records were another user's"}, "confirm": {"1"}}, 303, "", "no_records"},
		{"an unknown outcome", f.ref, url.Values{"decision": {"maybe"}, "confirm": {"1"}}, 400, "", "no_records"},
		{"the bounce, closed", bounce, url.Values{"decision": {"not_a_request"}, "confirm": {"1"}}, 303, "", "not_a_request"},
	}
	for _, st := range steps {
		status, body := post(t, c, page, f.srv.URL+"/r/"+st.ref+"/decide", st.form)
		if status != st.status || !strings.Contains(body, st.page) {
			t.Fatalf("%s: %d, want %d with %q:\n%.600s", st.name, status, st.status, st.page, body)
		}
		if d, _ := f.st.GetRequest(ctx, st.ref); d.Outcome != st.outcome {
			t.Fatalf("%s: outcome %q, want %q", st.name, d.Outcome, st.outcome)
		}
	}
	d, _ := f.st.GetRequest(ctx, f.ref)
	var trail []string
	for _, e := range d.Events {
		if strings.HasPrefix(e.Kind, "review_") {
			trail = append(trail, e.Kind+": "+e.Detail)
		}
	}
	if strings.Join(trail, " | ") != "review_produced: by courier | review_no_records: changes produced: the records were another user's" {
		t.Errorf("audit trail: %q", trail)
	}
	if b, _ := f.st.GetRequest(ctx, bounce); b.State != "decided" {
		t.Errorf("bounce state %s", b.State)
	}
	// Notes and assignment.
	for _, st := range []struct {
		path   string
		form   url.Values
		status int
	}{
		{"/note", url.Values{"note": {""}}, 400},
		{"/note", url.Values{"note": {"legal says the NDO covers the notice"}}, 303},
		{"/assign", url.Values{"assignee": {"mallory"}}, 400},
		{"/assign", url.Values{"assignee": {"alice"}}, 303},
	} {
		if status, body := post(t, c, page, f.srv.URL+"/r/"+bounce+st.path, st.form); status != st.status {
			t.Errorf("%s %v: %d, want %d: %s", st.path, st.form, status, st.status, body)
		}
	}
	_, q := get(t, c, f.srv.URL+"/?closed=1")
	if !strings.Contains(q, `<b class="outcome">not_a_request</b>`) || !strings.Contains(q, `<b class="outcome">no_records</b>`) {
		t.Errorf("the queue does not show the team's decisions")
	}
	_, rp := get(t, c, f.srv.URL+"/r/"+bounce)
	if !strings.Contains(rp, "legal says the NDO covers the notice") || !strings.Contains(rp, `<b id="assignee">alice</b>`) {
		t.Error("the request page lacks the note or the assignee")
	}
	if resp, _ := get(t, c, f.srv.URL+"/r/"+bounce); resp.StatusCode != http.StatusOK {
		t.Error("request page")
	}
}
