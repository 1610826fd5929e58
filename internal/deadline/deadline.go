// Package deadline finds the production deadline a legal request states
// ("within 14 days", "no later than December 1, 2026", "on or before
// 12/01/2026") so that the queue can show and sort by it.
//
// It reads the text only; it decides nothing. A relative deadline counts
// from when lerd received the message (the agency's letter date may be
// earlier, and the queue shows the received time next to it). A deadline
// that names a day falls due at the end of that day in the operator's time
// zone. When a request states several, the earliest counts.
package deadline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Found is a deadline stated in a request.
type Found struct {
	// Due is when it falls due.
	Due time.Time
	// Phrase is the text it was read from, for the reviewer to check.
	Phrase string
}

var (
	numWord = `(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)`
	// "within 14 days", "within ten (10) business days", "no later than
	// 48 hours after receipt". "within the last 24 hours" names a period
	// of records, not a deadline, and does not match.
	relative = regexp.MustCompile(`(?i)\b(within|no later than|not later than|not more than)\s+(` + numWord + `)\s*(?:\((\d{1,3})\)\s*)?(business|working|calendar)?\s*(days?|hours?|weeks?)\b`)
	monthRe  = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	dateRe   = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(` +
		monthRe + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` + // December 1, 2026
		`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\.?,?\s+\d{4}` + // 1 December 2026
		`|\d{1,2}/\d{1,2}/\d{4}` + // 12/01/2026
		`|\d{4}-\d{2}-\d{2})` // 2026-12-01
	// Phrases that always introduce a deadline.
	absolute = regexp.MustCompile(`(?i)\b(no later than|not later than|on or before|deadline(?: is|:)?|due(?: date)?(?: is|:| on| by)?|return date(?: is|:)?|response date(?: is|:)?)\s+(?:the close of business on\s+|close of business,?\s+|5:00 p\.?m\.? on\s+)?` + dateRe)
	// "by DATE" is a deadline only after a verb of producing or
	// answering in the same sentence ("produce responsive records by
	// October 23, 2026"); "records sent by …" or "signed by …" is not.
	byDate = regexp.MustCompile(`(?i)\b(?:produce|provide|respond|reply|furnish|disclose|comply|return|submit|deliver|send)\b[^.;:!?]{0,80}?\bby\s+` + dateRe)
)

// Find returns the earliest deadline stated in text, received being when
// the message arrived and loc the operator's time zone (for deadlines
// that name a day).
func Find(text string, received time.Time, loc *time.Location) (Found, bool) {
	if loc == nil {
		loc = time.UTC
	}
	var best Found
	ok := false
	consider := func(due time.Time, phrase string) {
		if !ok || due.Before(best.Due) {
			best, ok = Found{Due: due, Phrase: strings.Join(strings.Fields(phrase), " ")}, true
		}
	}
	for _, m := range relative.FindAllStringSubmatch(text, -1) {
		n, good := number(m[2])
		if m[3] != "" {
			n, good = atoi(m[3]), true // "ten (10)": the figure counts
		}
		if !good || n <= 0 || n > 365 {
			continue
		}
		unit := strings.ToLower(m[5])
		var due time.Time
		switch {
		case strings.HasPrefix(unit, "hour"):
			due = received.Add(time.Duration(n) * time.Hour)
		case strings.HasPrefix(unit, "week"):
			due = received.AddDate(0, 0, 7*n)
		case strings.EqualFold(m[4], "business") || strings.EqualFold(m[4], "working"):
			due = addBusinessDays(received.In(loc), n)
		default:
			due = received.AddDate(0, 0, n)
		}
		consider(due, m[0])
	}
	day := func(s string) (time.Time, bool) {
		d, good := parseDate(s)
		if !good {
			return time.Time{}, false
		}
		return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, loc), true
	}
	for _, m := range absolute.FindAllStringSubmatch(text, -1) {
		if due, good := day(m[2]); good {
			consider(due, m[0])
		}
	}
	receivedDay := received.In(loc).Format(time.DateOnly)
	for _, m := range byDate.FindAllStringSubmatch(text, -1) {
		// A "by" date before the message arrived is a date of the
		// records asked for, not a deadline.
		if due, good := day(m[1]); good && due.Format(time.DateOnly) >= receivedDay {
			consider(due, m[0][strings.LastIndex(strings.ToLower(m[0]), "by "):])
		}
	}
	return best, ok
}

// addBusinessDays adds n weekdays (Saturdays and Sundays do not count;
// public holidays differ by place and are not known).
func addBusinessDays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return t
}

var months = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

var (
	mdy   = regexp.MustCompile(`(?i)^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	dmy   = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$`)
	slash = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
	iso   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
)

// parseDate reads one date as dateRe matched it. Slashed dates are read
// month first, as US agencies write them, unless the first number cannot
// be a month.
func parseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	var y, mo, d int
	switch {
	case mdy.MatchString(s):
		m := mdy.FindStringSubmatch(s)
		mo, d, y = int(months[strings.ToLower(m[1][:3])]), atoi(m[2]), atoi(m[3])
	case dmy.MatchString(s):
		m := dmy.FindStringSubmatch(s)
		d, mo, y = atoi(m[1]), int(months[strings.ToLower(m[2][:3])]), atoi(m[3])
	case slash.MatchString(s):
		m := slash.FindStringSubmatch(s)
		mo, d, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if mo > 12 {
			mo, d = d, mo
		}
	case iso.MatchString(s):
		m := iso.FindStringSubmatch(s)
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
	default:
		return time.Time{}, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 2000 || y > 2100 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var units = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19}
var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// number reads "14", "fourteen", "forty-eight" or "seventy two".
func number(s string) (int, bool) {
	s = strings.ToLower(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	first, rest, two := strings.Cut(strings.ReplaceAll(s, "-", " "), " ")
	if n, ok := units[first]; ok && !two {
		return n, true
	}
	t, ok := tens[first]
	if !ok {
		return 0, false
	}
	if !two {
		return t, true
	}
	u, ok := units[rest]
	if !ok || u > 9 {
		return 0, false
	}
	return t + u, true
}

// Local formats an RFC 3339 time in loc to the minute, for people
// ("2026-12-04 13:05 CET"); it returns "" for "" and the text itself if it
// is no time.
func Local(rfc3339 string, loc *time.Location) string {
	if rfc3339 == "" {
		return ""
	}
	t, err := time.Parse(time.RFC3339Nano, rfc3339)
	if err != nil {
		return rfc3339
	}
	return t.In(loc).Format("2006-01-02 15:04 MST")
}

// Age says how long ago since (RFC 3339) was, to the minute: "3d 4h",
// "5h 12m", "12m". A time in the future is "0m".
func Age(since string, now time.Time) string {
	t, err := time.Parse(time.RFC3339Nano, since)
	if err != nil {
		return ""
	}
	d := max(now.Sub(t), 0)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, hours)
	case hours > 0:
		return fmt.Sprintf("%dh %dm", hours, mins)
	}
	return fmt.Sprintf("%dm", mins)
}
