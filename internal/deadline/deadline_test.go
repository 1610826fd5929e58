package deadline

import (
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	// Received Wednesday 2 December 2026, 15:30 UTC.
	received := time.Date(2026, 12, 2, 15, 30, 0, 0, time.UTC)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	endOf := func(y int, m time.Month, d int, loc *time.Location) string {
		return time.Date(y, m, d, 23, 59, 0, 0, loc).UTC().Format(time.RFC3339)
	}
	tests := []struct {
		name, text string
		loc        *time.Location
		want       string // RFC3339 UTC; "" = none
		phrase     string
	}{
		{"within days", "Please produce the records within 14 days.", nil, "2026-12-16T15:30:00Z", "within 14 days"},
		{"capitals hours", "ORDER UNDER 18 USC 2703(d) - RESPONSE REQUIRED WITHIN 24 HOURS", nil, "2026-12-03T15:30:00Z", "WITHIN 24 HOURS"},
		{"words", "The order requires production, within seven days, of the following", nil, "2026-12-09T15:30:00Z", "within seven days"},
		{"word and figure", "You shall comply within ten (10) days of service.", nil, "2026-12-12T15:30:00Z", "within ten (10) days"},
		{"compound word", "respond within forty-eight hours", nil, "2026-12-04T15:30:00Z", "within forty-eight hours"},
		{"business days skip the weekend", "Please provide the records by reply e-mail within 5 business days.", nil, "2026-12-09T15:30:00Z", "within 5 business days"},
		{"weeks", "within 2 weeks of receipt", nil, "2026-12-16T15:30:00Z", "within 2 weeks"},
		{"of receipt", "You are required to disclose, within 24 hours of receipt, the following", nil, "2026-12-03T15:30:00Z", "within 24 hours"},
		{"no later than N days", "no later than 30 days after service", nil, "2027-01-01T15:30:00Z", "no later than 30 days"},
		{"no later than a date", "Production is due no later than December 1, 2026.", nil, endOf(2026, 12, 1, time.UTC), "no later than December 1, 2026"},
		{"not later than a date, operator zone", "not later than December 18, 2026", ny, endOf(2026, 12, 18, ny), "not later than December 18, 2026"},
		{"on or before slashed", "on or before 12/21/2026 at the address below", nil, endOf(2026, 12, 21, time.UTC), "on or before 12/21/2026"},
		{"on or before day first", "on or before 21/12/2026", nil, endOf(2026, 12, 21, time.UTC), "on or before 21/12/2026"},
		{"on or before ISO", "on or before 2026-12-21.", nil, endOf(2026, 12, 21, time.UTC), "on or before 2026-12-21"},
		{"day month year", "no later than 15 January 2027", nil, endOf(2027, 1, 15, time.UTC), "no later than 15 January 2027"},
		{"weekday and abbreviation", "on or before Monday, Dec. 14, 2026", nil, endOf(2026, 12, 14, time.UTC), "on or before Monday, Dec. 14, 2026"},
		{"return date", "RETURN DATE: January 4, 2027", nil, endOf(2027, 1, 4, time.UTC), "RETURN DATE: January 4, 2027"},
		{"produce by", "Please produce responsive records by December 23, 2026.", nil, endOf(2026, 12, 23, time.UTC), "by December 23, 2026"},
		{"earliest wins", "within 30 days, and in any case no later than December 10, 2026", nil, endOf(2026, 12, 10, time.UTC), "no later than December 10, 2026"},
		{"line break inside", "no later than December\n1, 2026", nil, endOf(2026, 12, 1, time.UTC), "no later than December 1, 2026"},

		{"period of records", "The site was set up within the last 24 hours.", nil, "", ""},
		{"date range", "for the period October 1, 2026 to November 20, 2026", nil, "", ""},
		{"by a person", "records sent by John on December 20, 2026", nil, "", ""},
		{"signed by", "This subpoena was signed by Judge Smith on December 20, 2026.", nil, "", ""},
		{"produce by a past date is a record date", "produce all messages sent by November 1, 2026", nil, "", ""},
		{"impossible date", "no later than February 30, 2027", nil, "", ""},
		{"no number", "within days", nil, "", ""},
		{"zero", "within 0 days", nil, "", ""},
		{"absurd", "within 900 days", nil, "", ""},
		{"nothing", "Please preserve the account for 90 days.", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := Find(tc.text, received, tc.loc)
			if tc.want == "" {
				if ok {
					t.Fatalf("found %v from %q, want none", f.Due, f.Phrase)
				}
				return
			}
			if !ok {
				t.Fatalf("found none, want %s", tc.want)
			}
			if got := f.Due.UTC().Format(time.RFC3339); got != tc.want || f.Phrase != tc.phrase {
				t.Errorf("got %s from %q, want %s from %q", got, f.Phrase, tc.want, tc.phrase)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	for in, want := range map[string]int{"14": 14, "fourteen": 14, "forty-eight": 48, "seventy two": 72, "ten": 10, "ninety": 90} {
		if got, ok := number(in); !ok || got != want {
			t.Errorf("number(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "many", "twenty-eleven"} {
		if _, ok := number(in); ok {
			t.Errorf("number(%q) read a number", in)
		}
	}
}

func TestLocalAndAge(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	if got := Local("2026-12-04T12:05:59.9Z", berlin); got != "2026-12-04 13:05 CET" {
		t.Errorf("Local = %q", got)
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	for since, want := range map[string]string{
		"2026-12-04T11:48:00Z": "12m", "2026-12-04T06:30:00Z": "5h 30m", "2026-12-01T08:00:00Z": "3d 4h", "2026-12-05T00:00:00Z": "0m",
	} {
		if got := Age(since, now); got != want {
			t.Errorf("Age(%s) = %q, want %q", since, got, want)
		}
	}
}
