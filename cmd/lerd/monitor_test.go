package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/review"
)

// TestMonitorHandler: /healthz answers anyone; /metrics with a token
// configured answers only its bearer, and then shows the queue the store
// holds (an emergency from the corpus, undecided).
func TestMonitorHandler(t *testing.T) {
	a, _ := testApp(t, []string{"030-fbi-emergency-kidnapping"}, []time.Time{time.Now()})
	m := newMonitor(a)
	m.intakes[0].Passed()
	const token = "s3cret-token-for-prometheus"
	h := m.handler(token)
	for _, tt := range []struct {
		path, auth string
		code       int
		body       string
	}{
		{"/healthz", "", 200, "ok\n"},
		{"/metrics", "", 401, "unauthorized"},
		{"/metrics", "Bearer wrong-token-wrong-token", 401, "unauthorized"},
		{"/metrics", "Basic " + token, 401, "unauthorized"},
		{"/metrics", "Bearer " + token, 200, "\nlerd_emergencies_undecided 1\n"},
	} {
		req := httptest.NewRequest("GET", tt.path, nil)
		if tt.auth != "" {
			req.Header.Set("Authorization", tt.auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != tt.code || !strings.Contains(string(body), tt.body) {
			t.Errorf("%s %q: %d %q, want %d with %q", tt.path, tt.auth, rec.Code, body, tt.code, tt.body)
		}
	}
	// No token: /metrics is open (loopback only, as config enforces).
	rec := httptest.NewRecorder()
	m.handler("").ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Errorf("/metrics without a token configured: %d", rec.Code)
	}
}

// TestReadToken: a token file holds one line of at least 16 characters.
func TestReadToken(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		content, want string
		ok            bool
	}{
		{"0123456789abcdef\n", "0123456789abcdef", true},
		{"short\n", "", false},
		{"two words here, long enough\n", "", false},
	} {
		p := filepath.Join(dir, "token")
		os.WriteFile(p, []byte(tt.content), 0o600)
		got, err := readToken(p)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("%q: %q, %v", tt.content, got, err)
		}
	}
	if _, err := readToken(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing token file accepted")
	}
}

// TestReviewPageHealthz: the review page's address answers /healthz
// without a login, and everything else still needs one.
func TestReviewPageHealthz(t *testing.T) {
	a, _ := testApp(t, nil, nil)
	m := newMonitor(a)
	m.intakes[0].Passed()
	web := a.cfg.Web
	web.Listen = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, stop, err := startWeb(ctx, a, review.Users{}, web, m.checker)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tt := range []struct {
		path string
		code int
	}{{"/healthz", 200}, {"/", 303}} {
		resp, err := client.Get("http://" + addr + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code {
			t.Errorf("%s: %d %q, want %d", tt.path, resp.StatusCode, body, tt.code)
		}
	}
}
