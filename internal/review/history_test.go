package review

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"lerd/internal/store"
)

// TestSenderHistory: the request page lists the earlier requests from the
// same address and from other addresses of the agency's domain, with their
// outcomes and failed call-backs; never later ones, and for a free-mail
// sender never other people's mail from the same provider.
func TestSenderHistory(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	read := func(name string) string {
		b, err := os.ReadFile("../../testdata/corpus/" + name + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := f.ref // rthornton@fbi.gov
	if err := f.st.AddVerification(ctx, first, store.Verification{Actor: "alice", Number: "202 555 0100", Outcome: store.CallbackFailed, Note: "no such agent"}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := f.st.Decide(ctx, first, "alice", store.OutcomeNoRecords, "", func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil }); err != nil {
		t.Fatal(err)
	}
	// A second request from the same address (another message), one from
	// another FBI address, two from gmail.com strangers.
	again := strings.Replace(strings.Replace(read("001-fbi-subpoena-pdf"), "8b2opxv56iaj898p@fbi.gov", "second-request@fbi.gov", 1), "Subject: ", "Subject: Second ", 1)
	second := f.ingest(t, again)
	colleague := f.ingest(t, read("030-fbi-emergency-kidnapping"))
	gmail1 := f.ingest(t, read("002-gmail-detective-subpoena"))
	gmail2 := f.ingest(t, strings.ReplaceAll(strings.Replace(read("002-gmail-detective-subpoena"), "gy674d2gduehf6bw@gmail.com", "another@gmail.com", 1), "det.kbrennan.pd@gmail.com", "someone.else@gmail.com"))
	c := client()
	f.login(t, c, "correct horse battery")
	section := func(ref string) string {
		_, page := get(t, c, f.srv.URL+"/r/"+ref)
		i, j := strings.Index(page, `<section id="history">`), strings.Index(page, `<section><h2>Decision</h2>`)
		if i < 0 || j < i {
			t.Fatalf("%s: no sender history on the page", ref)
		}
		return page[i:j]
	}
	for _, tc := range []struct {
		name, ref string
		want, not []string
	}{
		{"the first has no earlier request", first, []string{"No earlier request from rthornton@fbi.gov or another address at fbi.gov"}, []string{second, colleague}},
		{"same address", second, []string{first, "no_records", `id="history-failed">1 failed call-back(s)`}, []string{colleague, "(same domain)"}},
		{"same agency", colleague, []string{first, second, "(same domain)", "2 earlier request(s)"}, nil},
		{"free-mail: the address only", gmail2, []string{"No earlier request from someone.else@gmail.com."}, []string{gmail1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := section(tc.ref)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("history lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("history shows %q:\n%s", n, got)
				}
			}
		})
	}
}
