package review

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

type fixture struct {
	srv   *httptest.Server
	pipe  *pipeline.Pipeline
	st    *store.Store
	ref   string
	calls []string
	// opts started srv; a test restarts with them.
	opts Options
}

// ingest adds a message to the fixture's store and returns its request.
func (f *fixture) ingest(t *testing.T, raw string) string {
	t.Helper()
	out, err := f.pipe.Ingest(context.Background(), strings.NewReader(raw), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return out.Ref
}

func newFixture(t *testing.T, opts ...func(*Options)) *fixture {
	t.Helper()
	p := pipelinetest.New(t, 1<<20, nil)
	st := p.Store
	raw, _ := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	out, err := p.Ingest(context.Background(), bytes.NewReader(raw), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	hash, err := HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{pipe: p, st: st, ref: out.Ref}
	o := Options{Store: st, Users: Users{"alice": hash}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Decide: func(ctx context.Context, ref, actor, decision, note string) (string, error) {
			f.calls = append(f.calls, ref+" "+actor+" "+decision+" "+note)
			return "", st.Decide(ctx, ref, actor, decision, note, func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil })
		}}
	for _, fn := range opts {
		fn(&o)
	}
	f.opts = o
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(s)
	t.Cleanup(f.srv.Close)
	return f
}

func client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (f *fixture) login(t *testing.T, c *http.Client, pw string) *http.Response {
	t.Helper()
	resp, err := c.PostForm(f.srv.URL+"/login", url.Values{"user": {"alice"}, "password": {pw}, "next": {"/"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func get(t *testing.T, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func TestLoginRequired(t *testing.T) {
	f := newFixture(t)
	c := client()
	for _, path := range []string{"/", "/r/" + f.ref} {
		resp, _ := get(t, c, f.srv.URL+path)
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login") {
			t.Errorf("GET %s without login: %d %s", path, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	resp, err := c.PostForm(f.srv.URL+"/r/"+f.ref+"/decide", url.Values{"decision": {"produced"}})
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("POST without login: %v %v", resp.StatusCode, err)
	}
	if len(f.calls) != 0 {
		t.Fatal("a decision was recorded without login")
	}
}

func TestWrongPasswordAndThrottle(t *testing.T) {
	f := newFixture(t)
	c := client()
	for i := 0; i < 5; i++ {
		if resp := f.login(t, c, "wrong"); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password: %d", resp.StatusCode)
		}
	}
	if resp := f.login(t, c, "correct horse battery"); resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("after 5 failures: %d, want 429", resp.StatusCode)
	}
}

func TestDecideNeedsCSRF(t *testing.T) {
	f := newFixture(t)
	c := client()
	if resp := f.login(t, c, "correct horse battery"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	resp, page := get(t, c, f.srv.URL+"/")
	if resp.StatusCode != 200 || !strings.Contains(page, f.ref) {
		t.Fatalf("queue page: %d", resp.StatusCode)
	}
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") || resp.Header.Get("X-Frame-Options") != "DENY" {
		t.Fatal("security headers missing")
	}
	_, page = get(t, c, f.srv.URL+"/r/"+f.ref)
	m := csrfField.FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, "Rebecca L. Thornton") {
		t.Fatal("request page lacks its CSRF token or triage")
	}
	decideURL := f.srv.URL + "/r/" + f.ref + "/decide"
	// No token, a wrong token, a foreign Origin: all refused.
	for name, req := range map[string]func() *http.Request{
		"no token": func() *http.Request { return form(decideURL, url.Values{"decision": {"produced"}}) },
		"wrong token": func() *http.Request {
			return form(decideURL, url.Values{"decision": {"produced"}, "csrf": {"x" + m[1]}})
		},
		"foreign origin": func() *http.Request {
			r := form(decideURL, url.Values{"decision": {"produced"}, "csrf": {m[1]}})
			r.Header.Set("Origin", "https://evil.example")
			return r
		},
	} {
		resp, err := c.Do(req())
		if err != nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s: status %v, want 403", name, resp.StatusCode)
		}
	}
	if len(f.calls) != 0 {
		t.Fatalf("decisions recorded without a valid token: %v", f.calls)
	}
	if err := f.st.AddVerification(context.Background(), f.ref, store.Verification{Actor: "alice", Number: "202 555 0100", Outcome: store.CallbackConfirmed}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(form(decideURL, url.Values{"decision": {"produced"}, "csrf": {m[1]}, "note": {"records sent"}, "confirm": {"1"}}))
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("decide: %v %v", resp.StatusCode, err)
	}
	if len(f.calls) != 1 || f.calls[0] != f.ref+" alice produced records sent" {
		t.Fatalf("calls = %v", f.calls)
	}
	d, _ := f.st.GetRequest(context.Background(), f.ref)
	if d.State != "decided" {
		t.Fatalf("state = %s", d.State)
	}
}

func form(u string, v url.Values) *http.Request {
	r, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(v.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return r
}

func TestUsersFile(t *testing.T) {
	if _, err := ParseUsers(strings.NewReader("# admins\nalice:plaintext\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("bad line accepted or not named: %v", err)
	}
	h, _ := HashPassword("s3cret-s3cret")
	u, err := ParseUsers(strings.NewReader("alice:" + h + "\n"))
	if err != nil || !checkPassword(u["alice"], "s3cret-s3cret") || checkPassword(u["alice"], "s3cret-s3creT") {
		t.Fatalf("users = %v, %v", u, err)
	}
}

// TestRequestShowsMessageText checks that the request page shows what the
// message says, escaped: a sender's markup is shown, never run.
func TestRequestShowsMessageText(t *testing.T) {
	f := newFixture(t)
	ref := f.ingest(t, "From: Agent <agent@fbi.gov>\r\nSubject: Subpoena\r\nMessage-ID: <xss@fbi.gov>\r\nContent-Type: text/html\r\n\r\n"+
		"<p>Subpoena for records of example.com</p>&lt;script&gt;alert(1)&lt;/script&gt;\r\n")
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+ref)
	if !strings.Contains(page, "Subpoena for records of example.com") {
		t.Fatal("request page does not show the message text")
	}
	if strings.Contains(page, "<script>alert(1)") || !strings.Contains(page, "&lt;script&gt;alert(1)") {
		t.Fatal("message text is not escaped")
	}
}

// TestClaimLinkedBothWays sends an unauthenticated message naming the
// fixture's request: its own page names the request it claims, and the
// claimed request's page links to it.
func TestClaimLinkedBothWays(t *testing.T) {
	f := newFixture(t)
	claim := f.ingest(t, "From: agent@fbi.gov\r\nSubject: Re: ["+f.ref+"] new date range\r\nMessage-ID: <claim@fbi.gov>\r\n\r\nPlease use 2015 to today.\r\n")
	if claim == f.ref {
		t.Fatal("the unauthenticated message joined the request")
	}
	c := client()
	f.login(t, c, "correct horse battery")
	_, page := get(t, c, f.srv.URL+"/r/"+claim)
	if !strings.Contains(page, `id="claims"`) || !strings.Contains(page, `href="/r/`+f.ref+`"`) {
		t.Fatal("the claim's page does not name the request it claims")
	}
	_, page = get(t, c, f.srv.URL+"/r/"+f.ref)
	if !strings.Contains(page, `id="claimed-by"`) || !strings.Contains(page, `href="/r/`+claim+`"`) {
		t.Fatal("the claimed request's page does not link to the claim")
	}
}
