package review

import (
	"context"
	"database/sql"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loginFrom posts a login as client (an X-Forwarded-For value, "" for
// none) and returns the status.
func (f *fixture) loginFrom(t *testing.T, c *http.Client, user, pw, client string) int {
	t.Helper()
	r := form(f.srv.URL+"/login", url.Values{"user": {user}, "password": {pw}, "next": {"/"}})
	if client != "" {
		r.Header.Set("X-Forwarded-For", client)
	}
	resp, err := c.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestConcurrentGuessesLimited sends 40 guesses at once, the right
// password among them: at most five may reach the password check.
func TestConcurrentGuessesLimited(t *testing.T) {
	f := newFixture(t)
	var wg sync.WaitGroup
	var checked, refused atomic.Int32
	for i := range 40 {
		wg.Go(func() {
			pw := "wrong guess"
			if i == 39 {
				pw = "correct horse battery"
			}
			switch code := f.loginFrom(t, client(), "alice", pw, ""); code {
			case http.StatusUnauthorized, http.StatusSeeOther:
				checked.Add(1)
			case http.StatusTooManyRequests:
				refused.Add(1)
			default:
				t.Errorf("status %d", code)
			}
		})
	}
	wg.Wait()
	if checked.Load() > maxFails || checked.Load()+refused.Load() != 40 {
		t.Fatalf("%d guesses checked, %d refused; want at most %d checked", checked.Load(), refused.Load(), maxFails)
	}
}

// TestLoginLimits checks the limit per account and per client address, and
// whose X-Forwarded-For is believed.
func TestLoginLimits(t *testing.T) {
	const ok, wrong = "correct horse battery", "wrong"
	hash, _ := HashPassword("bob's long password")
	type try struct {
		user, pw, client string
		want             int
	}
	fails := func(user, client string, n int, vary bool) []try {
		var out []try
		for i := range n {
			c := client
			if vary && client == "" {
				c = "198.51.100." + string(rune('1'+i))
			} else if vary {
				c = client + string(rune('2'+i))
			}
			out = append(out, try{user, wrong, c, http.StatusUnauthorized})
		}
		return out
	}
	tests := []struct {
		name    string
		proxies []string
		tries   []try
	}{
		{"one account from many addresses", []string{"127.0.0.1"},
			append(fails("alice", "", 5, true), try{"alice", ok, "203.0.113.9", http.StatusTooManyRequests})},
		{"one account from many peers", nil,
			append(fails("alice", "peer:127.0.0.", 5, true), try{"alice", ok, "peer:127.0.0.9", http.StatusTooManyRequests})},
		{"many accounts from one address", []string{"127.0.0.1"},
			append(append(fails("bob", "203.0.113.7", 3, false), fails("nobody", "203.0.113.7", 2, false)...),
				try{"alice", ok, "203.0.113.7", http.StatusTooManyRequests}, try{"alice", ok, "203.0.113.8", http.StatusSeeOther})},
		{"a typist behind the proxy does not lock out the team", []string{"127.0.0.0/8"},
			append(fails("bob", "203.0.113.7", 5, false), try{"alice", ok, "203.0.113.8", http.StatusSeeOther})},
		{"X-Forwarded-For from an untrusted peer is ignored", nil,
			append(fails("bob", "", 5, true), try{"alice", ok, "203.0.113.8", http.StatusTooManyRequests})},
		{"the client's own entries before the proxy's are not believed", []string{"127.0.0.1"},
			[]try{{"bob", wrong, "10.0.0.1, 203.0.113.7", 401}, {"bob", wrong, "10.0.0.2, 203.0.113.7", 401}, {"bob", wrong, "10.0.0.3, 203.0.113.7", 401},
				{"bob", wrong, "10.0.0.4, 203.0.113.7", 401}, {"nobody", wrong, "10.0.0.5, 203.0.113.7", 401}, {"alice", ok, "10.0.0.6, 203.0.113.7", 429}}},
		{"a chain of trusted proxies", []string{"127.0.0.1", "192.0.2.0/24"},
			append(fails("bob", "203.0.113.7, 192.0.2.10", 5, false), try{"alice", ok, "203.0.113.8, 192.0.2.10", http.StatusSeeOther})},
		{"unknown names are counted like known ones (no enumeration)", []string{"127.0.0.1"},
			[]try{{"u1", wrong, "198.51.100.1", 401}, {"u2", wrong, "198.51.100.2", 401}, {"u3", wrong, "198.51.100.3", 401},
				{"u4", wrong, "198.51.100.4", 401}, {"u5", wrong, "198.51.100.5", 401}, {"u6", wrong, "198.51.100.6", 401}}},
		{"IPv6 clients by /64", []string{"127.0.0.1"},
			append(fails("bob", "2001:db8:1:2::1", 3, false), append(fails("bob", "2001:db8:1:2::ffff", 2, false),
				try{"alice", ok, "2001:db8:1:2:abcd::9", 429}, try{"alice", ok, "2001:db8:1:3::1", 303})...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, func(o *Options) {
				o.Users["bob"] = hash
				for _, p := range tt.proxies {
					pf, err := netip.ParsePrefix(p)
					if err != nil {
						pf = netip.PrefixFrom(netip.MustParseAddr(p), 32)
					}
					o.TrustedProxies = append(o.TrustedProxies, pf)
				}
			})
			for i, tr := range tt.tries {
				c, xff := client(), tr.client
				if peer, ok := strings.CutPrefix(tr.client, "peer:"); ok {
					c, xff = clientFrom(peer), ""
				}
				if got := f.loginFrom(t, c, tr.user, tr.pw, xff); got != tr.want {
					t.Fatalf("try %d (%s from %q): %d, want %d", i, tr.user, tr.client, got, tr.want)
				}
			}
		})
	}
}

// TestLimitWaitsAMinute checks that a locked account gets one try a minute.
func TestLimitWaitsAMinute(t *testing.T) {
	var now atomic.Int64
	now.Store(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC).Unix())
	f := newFixture(t, func(o *Options) { o.Now = func() time.Time { return time.Unix(now.Load(), 0) } })
	for range 5 {
		f.loginFrom(t, client(), "alice", "wrong", "")
	}
	if got := f.loginFrom(t, client(), "alice", "correct horse battery", ""); got != http.StatusTooManyRequests {
		t.Fatalf("locked: %d", got)
	}
	now.Add(61)
	if got := f.loginFrom(t, client(), "alice", "wrong", ""); got != http.StatusUnauthorized {
		t.Fatalf("a minute later: %d, want one try", got)
	}
	if got := f.loginFrom(t, client(), "alice", "correct horse battery", ""); got != http.StatusTooManyRequests {
		t.Fatalf("second try within the minute: %d", got)
	}
	now.Add(61)
	if got := f.loginFrom(t, client(), "alice", "correct horse battery", ""); got != http.StatusSeeOther {
		t.Fatalf("right password a minute later: %d", got)
	}
}

// TestSessionsSurviveRestartAndIdle logs in, starts a second server on the
// same database (a restart) and checks that the session still works, ends
// after 30 minutes without a request, and after 12 hours in any case.
func TestSessionsSurviveRestartAndIdle(t *testing.T) {
	var now atomic.Int64
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC).Unix()
	now.Store(start)
	clock := func(o *Options) { o.Now = func() time.Time { return time.Unix(now.Load(), 0) } }
	f := newFixture(t, clock)
	restart := func() {
		f.srv.Close()
		s, err := New(f.opts)
		if err != nil {
			t.Fatal(err)
		}
		f.srv = httptest.NewServer(s)
		t.Cleanup(f.srv.Close)
	}
	c := client()
	if got := f.loginFrom(t, c, "alice", "correct horse battery", ""); got != http.StatusSeeOther {
		t.Fatalf("login: %d", got)
	}
	// The cookie jar keys cookies by host, and the new server has a new
	// port on the same host.
	loggedIn := func() bool {
		resp, _ := get(t, c, f.srv.URL+"/")
		return resp.StatusCode == http.StatusOK
	}
	restart()
	if !loggedIn() {
		t.Fatal("a restart logged the session out")
	}
	// The database holds no cookie value.
	db, err := sql.Open("sqlite3", f.st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n, cookies int
	for _, ck := range c.Jar.Cookies(base(f.srv.URL)) {
		db.QueryRowContext(context.Background(), `SELECT count(*) FROM web_sessions WHERE id_hash = ? OR csrf = ?`, ck.Value, ck.Value).Scan(&cookies)
	}
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM web_sessions WHERE length(id_hash) = 64`).Scan(&n); err != nil || n == 0 || cookies != 0 {
		t.Fatalf("sessions stored: %d (%d by cookie value), %v", n, cookies, err)
	}
	// Active every 20 minutes: alive for hours, but not past 12.
	for now.Load()-start < 11*3600 {
		now.Add(20 * 60)
		if !loggedIn() {
			t.Fatalf("logged out after %v of activity", time.Duration(now.Load()-start)*time.Second)
		}
	}
	now.Store(start + 12*3600)
	if loggedIn() {
		t.Fatal("session alive 12 hours after login")
	}
	if got := f.loginFrom(t, c, "alice", "correct horse battery", ""); got != http.StatusSeeOther {
		t.Fatalf("login: %d", got)
	}
	now.Add(29 * 60)
	if !loggedIn() {
		t.Fatal("logged out after 29 idle minutes")
	}
	now.Add(31 * 60)
	if loggedIn() {
		t.Fatal("session alive after 31 idle minutes")
	}
}

// TestDoneShowsOnlyOurMessages links to a request page with a message of
// an attacker's in ?done=: the page shows fixed texts for our own codes
// only.
func TestDoneShowsOnlyOurMessages(t *testing.T) {
	f := newFixture(t)
	c := client()
	f.login(t, c, "correct horse battery")
	for done, want := range map[string]string{
		"Your+session+expired.+Log+in+again+at+https://evil.example": "",
		"produced": "Recorded: data produced.",
		"released": "The held replies were released for sending.",
		"toString": "",
		"":         "",
	} {
		_, page := get(t, c, f.srv.URL+"/r/"+f.ref+"?done="+done)
		if strings.Contains(page, "evil.example") || strings.Contains(page, "session expired") {
			t.Errorf("done=%s: the page shows the link's text", done)
		}
		if got := strings.Contains(page, `id="flash"`); got != (want != "") || want != "" && !strings.Contains(page, want) {
			t.Errorf("done=%s: flash shown %v, want %q", done, got, want)
		}
	}
}

// TestNextStaysOnSite logs in with next= values that browsers would read
// as another site, and checks where the login sends the browser, read as a
// browser reads a Location (tabs and line breaks dropped, backslashes as
// slashes).
func TestNextStaysOnSite(t *testing.T) {
	f := newFixture(t)
	base, _ := url.Parse(f.srv.URL + "/login")
	for _, next := range []string{
		"/r/" + f.ref, "/", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
		"/%09/evil.example", "/%2509/evil.example", "/%5cevil.example", "\\\\evil.example", "https://evil.example/", "http:evil.example",
		"/.//evil.example", "/./\t/evil.example", "/x/..//evil.example", "javascript:alert(1)", "/\u3000/evil.example", "///evil.example",
		"/\\/evil.example", " //evil.example", "/@evil.example", "/r/x?next=//evil.example",
	} {
		r := form(f.srv.URL+"/login", url.Values{"user": {"alice"}, "password": {"correct horse battery"}, "next": {next}})
		resp, err := client().Do(r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		loc := resp.Header.Get("Location")
		browser := strings.NewReplacer("\t", "", "\n", "", "\r", "", "\\", "/").Replace(loc)
		u, err := base.Parse(browser)
		if resp.StatusCode != http.StatusSeeOther || err != nil || u.Host != base.Host || u.Scheme != base.Scheme {
			t.Errorf("next=%q: Location %q goes to %v", next, loc, u)
		}
		if next == "/r/"+f.ref && loc != next {
			t.Errorf("next=%q: Location %q, want it kept", next, loc)
		}
	}
}

// clientFrom is a client whose connections come from a loopback address
// of its own (Linux routes all of 127.0.0.0/8 to lo).
func clientFrom(ip string) *http.Client {
	c := client()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	c.Transport = &http.Transport{DialContext: d.DialContext}
	return c
}

func base(u string) *url.URL {
	p, _ := url.Parse(u)
	return p
}
