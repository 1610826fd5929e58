package review

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"lerd/internal/callback"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// seattleDirectory lists seattle.gov at a test number (555-01xx: fictional).
func seattleDirectory(t *testing.T) *callback.Directory {
	t.Helper()
	d, err := callback.Parse(strings.NewReader("agency,domains,phone,source\nSeattle Police Department (test entry),seattle.gov,+1 206 555 0199,test fixture\n"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// post sends a form with the session's CSRF token from page and returns
// the status and body.
func post(t *testing.T, c *http.Client, page, u string, v url.Values) (int, string) {
	t.Helper()
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSRF token on the page")
	}
	v.Set("csrf", m[1])
	resp, body := doForm(t, c, u, v)
	return resp.StatusCode, body
}

func doForm(t *testing.T, c *http.Client, u string, v url.Values) (*http.Response, string) {
	t.Helper()
	resp, err := c.Do(form(u, v))
	if err != nil {
		t.Fatal(err)
	}
	b := new(strings.Builder)
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()
	return resp, b.String()
}

func TestCallbackShownAndRequired(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.Agencies = seattleDirectory(t) })
	pipelinetest.WithReplies(t, f.pipe, nil)
	raw, _ := os.ReadFile("../../testdata/corpus/new/208-seattle-pd-swatting-next-target-tonight.eml")
	emergency := f.ingest(t, string(raw))
	ctx := context.Background()
	if rs, _ := f.st.Replies(ctx, emergency); len(rs) == 0 || rs[0].State != store.ReplyHeld {
		t.Fatalf("the emergency's reply is not held: %+v", rs)
	}
	c := client()
	f.login(t, c, "correct horse battery")
	base := f.srv.URL + "/r/" + emergency
	_, page := get(t, c, base)
	for _, want := range []string{`<dd id="callback-number"><b>&#43;1 206 555 0199</b> — Seattle Police Department (test entry)`, "&#43;12065550129", `id="callback-differs"`} {
		if !strings.Contains(page, want) {
			t.Errorf("request page lacks %s", want)
		}
	}

	steps := []struct {
		name   string
		path   string
		form   url.Values
		status int
	}{
		{"release before any call", "/replies", url.Values{"action": {"release"}, "confirm": {"1"}}, http.StatusConflict},
		{"produced before any call", "/decide", url.Values{"decision": {"produced"}, "confirm": {"1"}}, http.StatusConflict},
		{"a call on the e-mail's number", "/verify", url.Values{"number": {"(206) 555-0129"}, "outcome": {"confirmed"}}, http.StatusUnprocessableEntity},
		{"no outcome", "/verify", url.Values{"number": {"206 555 0199"}}, http.StatusBadRequest},
		{"a failed call", "/verify", url.Values{"number": {"206 555 0199"}, "outcome": {"failed"}, "note": {"no such agent"}}, http.StatusSeeOther},
		{"release after a failed call", "/replies", url.Values{"action": {"release"}, "confirm": {"1"}}, http.StatusConflict},
		{"a confirmed call", "/verify", url.Values{"number": {"206 555 0199"}, "outcome": {"confirmed"}, "note": {"Sgt. Ngboateng confirmed"}, "called_at": {"2026-12-04T09:30"}}, http.StatusSeeOther},
		{"release", "/replies", url.Values{"action": {"release"}, "confirm": {"1"}}, http.StatusSeeOther},
		{"produced", "/decide", url.Values{"decision": {"produced"}, "confirm": {"1"}}, http.StatusSeeOther},
	}
	for _, st := range steps {
		status, body := post(t, c, page, base+st.path, st.form)
		if status != st.status {
			t.Fatalf("%s: %d, want %d: %s", st.name, status, st.status, body)
		}
	}
	vs, _ := f.st.Verifications(ctx, emergency)
	if len(vs) != 2 || vs[1].Actor != "alice" || vs[1].Outcome != "confirmed" || vs[1].Number != "206 555 0199" {
		t.Fatalf("verifications = %+v", vs)
	}
	d, _ := f.st.GetRequest(ctx, emergency)
	var kinds []string
	for _, e := range d.Events {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, " "); !strings.Contains(got, "callback_failed callback_confirmed reply_released review_produced") {
		t.Errorf("audit trail: %s", got)
	}
	_, page = get(t, c, base)
	if !strings.Contains(page, `<td class="ok">confirmed</td><td>Sgt. Ngboateng confirmed</td>`) {
		t.Error("the recorded call is not on the page")
	}
}

// With the agency missing from the directory the page says so.
func TestCallbackAgencyNotInDirectory(t *testing.T) {
	f := newFixture(t)
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+f.ref)
	if !strings.Contains(page, "Agency not in the directory") || !strings.Contains(page, "&#43;12025550147") {
		t.Error("the page does not flag an agency missing from the directory")
	}
}
