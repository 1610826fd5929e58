package review

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestReportPage(t *testing.T) {
	f := newFixture(t)
	c := client()
	f.login(t, c, "correct horse battery")
	today := time.Now().UTC().Format(time.DateOnly)
	resp, page := get(t, c, f.srv.URL+"/report?from=2000-01-01&to="+today)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("report: %d", resp.StatusCode)
	}
	// The fixture holds one request: the FBI subpoena (US, 3 identifiers).
	for _, re := range []string{`id="r-requests">1<`, `id="r-accounts">3<`, `<table id="by-country"><tr><th>US</th><td>1</td>`, `<table id="by-process"><tr><th>subpoena</th><td>1</td>`} {
		if !regexp.MustCompile(regexp.QuoteMeta(re)).MatchString(page) {
			t.Errorf("report page lacks %s", re)
		}
	}
	resp, page = get(t, c, f.srv.URL+"/report?from=2000-01-01&to=1999-01-01")
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(page, "before the first") {
		t.Errorf("reversed period: %d", resp.StatusCode)
	}
	resp, _ = get(t, c, f.srv.URL+"/report?from=%3Cscript%3E")
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date: %d", resp.StatusCode)
	}
}
