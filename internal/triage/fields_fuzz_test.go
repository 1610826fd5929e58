package triage

import (
	"strings"
	"testing"
	"time"

	"lerd/internal/mailparse"
	"lerd/rules"
)

// FuzzExtractors feeds arbitrary text to every field extractor: none may
// panic, and what they return must be well formed.
func FuzzExtractors(f *testing.F) {
	f.Add("Case No. 26-GJ-0917, July 1, 2026 through August 31, 2026, call (202) 555-0147 ext. 3, 203.0.113.7 example.com")
	f.Add("Zeitraum: 01.08.2026 bis 30.09.2026, Aktenzeichen: 311 Js 2904/26, +49 30 23125 417")
	f.Add("October 20 - October 28, 2026 issued by the United States District Court for the District of Columbia, Law Division")
	f.Add("2705(b) order delaying notification until 2027-02-30 acct-123 serial 03:a1:b2:c3:d4:e5:f6:07:18")
	f.Add("the username night_owl.77, handle: @x_1, the following usernames:\n  a.b_1\n  c_d2\nhttps://www.provider.test/u/x_ the 14 days following June 2, 2026")
	a, err := New(rules.FS(""), Options{Mailbox: "law-enforcement@provider.test"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, id := range a.identifiers(text, &mailparse.Message{}, &Result{}) {
			if strings.TrimSpace(id) == "" {
				t.Fatal("empty identifier")
			}
		}
		doc := &document{body: text, text: text, flat: strings.Join(strings.Fields(text), " ")}
		for _, p := range phones(text, "US") {
			if !strings.HasPrefix(p, "+") {
				t.Fatalf("phone %q not E.164", p)
			}
		}
		if dr := dateRange(text, "2026-11-02", false); dr != nil {
			from, err1 := time.Parse(time.DateOnly, dr.From)
			to, err2 := time.Parse(time.DateOnly, dr.To)
			if err1 != nil || err2 != nil || to.Before(from) {
				t.Fatalf("bad range %+v", dr)
			}
		}
		if c := caseNumber(doc); c != nil && strings.TrimSpace(*c) == "" {
			t.Fatal("empty case number")
		}
		if n := ndo(doc.flat, true, "2026-11-02"); n.Until != nil {
			if _, err := time.Parse(time.DateOnly, *n.Until); err != nil {
				t.Fatalf("bad NDO date %q", *n.Until)
			}
		}
		courts(doc.flat)
		issuer(doc.body, doc.flat)
		r := &Result{Process: []string{"subpoena"}}
		authority(doc, r, Agency{})
	})
}
