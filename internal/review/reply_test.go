package review

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"lerd/internal/deadline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

var replyKey = regexp.MustCompile(`name="key" value="([0-9a-f]{32})"`)

// TestReviewerReplyPage: a reply written on the request page is shown as
// it will go out (to the verified address) on a confirmation page, written
// to the outbox only when confirmed, once per form however often the
// confirmation is submitted, and listed with its state; mail lerd never
// answers gets a refusal and nothing is written.
func TestReviewerReplyPage(t *testing.T) {
	f := newFixture(t)
	// The same planner as the pipeline's, as lerd serve gives it.
	f.opts.Letters = pipelinetest.WithReplies(t, f.pipe, nil)
	s, err := New(f.opts)
	if err != nil {
		t.Fatal(err)
	}
	f.srv.Close()
	f.srv = httptest.NewServer(s)
	t.Cleanup(f.srv.Close)
	ctx := context.Background()
	raw, _ := os.ReadFile("../../testdata/corpus/025-spam-phishing.eml")
	phishing := f.ingest(t, string(raw))
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+f.ref)
	m := replyKey.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no reply form with a key on the request page")
	}
	key := m[1]
	_, page2 := get(t, c, f.srv.URL+"/r/"+f.ref)
	if m2 := replyKey.FindStringSubmatch(page2); m2 == nil || m2[1] == key {
		t.Fatal("two renderings of the page share a form key")
	}
	count := func(ref string) int {
		rs, _ := f.st.Replies(ctx, ref)
		n := 0
		for _, r := range rs {
			if r.Kind == store.KindReviewerReply {
				n++
			}
		}
		return n
	}
	text := "Please send the signed order.\nThank you."
	steps := []struct {
		name, ref string
		form      url.Values
		status    int
		say       string
		replies   int
	}{
		{"asks first, showing the letter", f.ref, url.Values{"text": {text}, "key": {key}}, 200, "Send this reply to rthornton@fbi.gov", 0},
		{"no key", f.ref, url.Values{"text": {text}, "confirm": {"1"}}, 400, "no valid key", 0},
		{"a key not ours", f.ref, url.Values{"text": {text}, "key": {"../../etc"}, "confirm": {"1"}}, 400, "no valid key", 0},
		{"empty text", f.ref, url.Values{"text": {" \n"}, "key": {key}, "confirm": {"1"}}, 200, `id="refusal"`, 0},
		{"confirmed", f.ref, url.Values{"text": {text}, "key": {key}, "confirm": {"1"}}, 303, "", 1},
		{"confirmed again (double submit, reload)", f.ref, url.Values{"text": {text}, "key": {key}, "confirm": {"1"}}, 303, "", 1},
		{"phishing: refused", phishing, url.Values{"text": {text}, "key": {key}}, 200, "Send a reply to the agency.</p>", 0},
		{"phishing: says why", phishing, url.Values{"text": {text}, "key": {key}}, 200, "answers nobody", 0},
		{"phishing: refused when forced", phishing, url.Values{"text": {text}, "key": {key}, "confirm": {"1"}}, 200, `id="refusal"`, 0},
	}
	for _, st := range steps {
		status, body := post(t, c, page, f.srv.URL+"/r/"+st.ref+"/reply", st.form)
		if status != st.status || !strings.Contains(body, st.say) {
			t.Fatalf("%s: %d, want %d with %q:\n%.800s", st.name, status, st.status, st.say, body)
		}
		if st.name == "asks first, showing the letter" && !strings.Contains(body, "Thank you.") {
			t.Errorf("confirmation page does not show the letter:\n%s", body)
		}
		if n := count(st.ref); n != st.replies {
			t.Fatalf("%s: %d reviewer replies, want %d", st.name, n, st.replies)
		}
	}
	resp, body := doForm(t, c, f.srv.URL+"/r/"+f.ref+"/reply", url.Values{"text": {text}, "key": {strings.Repeat("a", 32)}, "confirm": {"1"}})
	if resp.StatusCode != http.StatusForbidden || count(f.ref) != 1 {
		t.Errorf("without the CSRF token: %d %s", resp.StatusCode, body)
	}
	_, page = get(t, c, f.srv.URL+"/r/"+f.ref+"?done=reply_again")
	if !strings.Contains(page, "not twice") || !regexp.MustCompile(`<td>reviewer_reply</td><td>rthornton@fbi.gov</td><td>pending</td>`).MatchString(page) {
		t.Errorf("request page does not show the reply with its state:\n%s", page)
	}
}

// TestRequestTimesInZone: the request page writes the audit trail's and
// the call-backs' times in web.time_zone to the minute, as the queue does,
// not as stored (RFC 3339 UTC with nanoseconds).
func TestRequestTimesInZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, func(o *Options) { o.Location = berlin })
	called := time.Date(2026, 12, 4, 9, 30, 15, 0, time.UTC)
	if err := f.st.AddVerification(context.Background(), f.ref, store.Verification{Actor: "alice", Number: "202 555 0100", Outcome: store.CallbackConfirmed}, called); err != nil {
		t.Fatal(err)
	}
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+f.ref)
	d, _ := f.st.GetRequest(context.Background(), f.ref)
	opened := deadline.Local(d.Events[0].At, berlin)
	if !strings.Contains(page, "<td class=\"time\">2026-12-04 10:30 CET</td>") || !strings.Contains(page, "<td class=\"time\">"+opened+"</td>") || !strings.Contains(page, "Times in Europe/Berlin") {
		t.Errorf("times not in Europe/Berlin to the minute (want 2026-12-04 10:30 CET and %s)", opened)
	}
	if stored := regexp.MustCompile(`<td[^>]*>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d`).FindString(page); stored != "" {
		t.Errorf("a time as stored on the page: %s", stored)
	}
}
