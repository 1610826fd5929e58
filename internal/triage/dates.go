package triage

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"time"
)

const monthNames = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre` +
	// Spanish, Portuguese, Italian and Dutch (general knowledge).
	`|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre` +
	`|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro` +
	`|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre` +
	`|januari|februari|maart|mei|augustus` +
	// Polish in the genitive, as dates write it ("1 czerwca 2026 r.").
	`|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia` +
	// Romanian, Czech in the genitive, Swedish and Danish, Turkish.
	`|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie` +
	`|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince` +
	`|maj|augusti|marts` +
	`|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık`

// dateExpr matches one written date: "July 1, 2026", "1 July 2026",
// "2026-07-01", "07/01/2026", "01.08.2026", "1. August 2026", "1er août 2026".
const dateExpr = `(?i:(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(?:` + monthNames + `)\.?,?\s+(?:de\s+|del\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})`

// openEnd is the end of a period that runs until the request: "to the
// present", "through today", "to date".
const openEnd = `(?:the\s+)?present(?:\s+(?:day|date|time))?|today(?:'s date)?|date|now|current(?:\s+date)?|the\s+current\s+date|the\s+date\s+of\s+(?:this|the)\s+(?:letter|request|order|subpoena|warrant)|the\s+date\s+of\s+(?:service|production|compliance)|heute|aujourd'hui|ongoing|` +
	// "To date" in Spanish, Portuguese, Italian, French and Dutch.
	`la\s+fecha(?:\s+actual)?|el\s+presente|hoy|a\s+data\s+atual|(?:o\s+)?presente|hoje|oggi|ce\s+jour|heden|vandaag`

var (
	dateRe  = lazyRegexp(dateExpr)
	rangeRe = lazyRegexp(`(?i)(?:from\s*:?\s*|between\s+|period\s+(?:of\s+)?|start(?:ing)?(?:\s+date)?\s*:?\s*|begin(?:ning)?(?:\s+date)?\s*:?\s*|zeitraum:?\s*(?:vom\s+)?|du\s+|vom\s+|desde\s+(?:el\s+)?|entre\s+(?:el\s+|o\s+)?|dal\s+|van\s+|tussen\s+)?(` + dateExpr + `)(?:(?:\s+at\s+[\d:]+|\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*(?:\(\w+\)\s*)?[,;]?\s*(?:through|thru|to|until|till|and|up\s+to(?:\s+and\s+including)?|-|–|—|~|〜|～|és|έως|ως|עד|إلى|الى|до|по|til|bis(?:\s+(?:zum|einschließlich))?|au|jusqu'au|tot\s+en\s+met|t/m|tot|al|hasta(?:\s+el)?|y(?:\s+el)?|e(?:\s+o)?|en|fino\s+al|at[ée]|a|do|(?:and\s+)?end(?:ing)?(?:\s+date)?\s*:?)\s*:?\s+(?:and\s+including\s+)?(` + dateExpr + `|` + openEnd + `)(?:\s*\((` + dateExpr + `)\))?`)
	// sinceRe is a period given by its start only: "since June 2, 2026",
	// "from 1 March 2026 onward".
	sinceRe = lazyRegexp(`(?i)\b(?:since|beginning|starting|commencing|on\s+or\s+after|from)\s+(?:last\s+\w+,?\s+)?(` + dateExpr + `)(\s+(?:onwards?|forward|to\s+date|until\s+now))?`)
	// periodContext marks a sentence about the records asked for, where a
	// lone start date bounds the period.
	periodContext = lazyRegexp(`(?i)records|logs?|information|data|activity|history|account|subscriber|period|timeframe|time frame|communications|transactions|certificates?|issued|ip address`)
)

// tightDash is an en or em dash between digits without spaces.
var tightDash = lazyRegexp(`(\d)([–—])(\d)`)

// tightSlashRange is two numeric dates joined by a hyphen without spaces
// ("10/01/2026-12/15/2026", an en dash the text's folding made a hyphen).
var tightSlashRange = lazyRegexp(`\b(\d{1,2}[/.]\d{1,2}[/.]\d{2,4})-(\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b`)

// dayOfMonth is a court's way with a date: "the 1st day of June, 2026"
// reads "June 1, 2026".
var dayOfMonth = lazyRegexp(`(?i)\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(` + monthNames + `),?\s+(\d{4})\b`)

// daysOfMonth is a period of days within one month: "October 21 - 28,
// 2026", "Oct. 3–9, 2026".
// monthsNamedPeriod ends the words before a period of whole months with
// what names it the period asked.
var monthsNamedPeriod = lazyRegexp(`(?i)(?:period|time ?frame|date range|records|logs|data|activity|information|for|covering|between)\W*(?:from\s+)?$`)

// monthRange is a period of whole months: "January 2026 through the
// present", "from March 2026 to May 2026", "March through May 2026" (the
// first month's year is the last's, or the year before).
// monthYearStart is a month and its year opening a range whose end is a
// day ("January 2026 through April 15, 2026").
var monthYearStart = lazyRegexp(`(?i)\b(` + monthNames + `),?\s+(\d{4})(\s*(?:through|thru|to|until|-|–)\s*(?:` + monthNames + `)\s+\d{1,2},?\s+\d{4})`)

var monthRange = lazyRegexp(`(?i)\b(` + monthNames + `)(?:,?\s+(\d{4}))?\s*(?:through|thru|to|until|-|–)\s*(?:(?:` + openEnd + `)\b|(` + monthNames + `),?\s+(\d{4})\b)`)

// quarterRange is a period of calendar quarters: "Q4 2025 and Q1 2026",
// "Q3 2026".
var quarterRange = lazyRegexp(`\bQ([1-4])\s*(?:of\s+)?(\d{4})(?:\s*(?:and|through|thru|to|-|–)\s*Q([1-4])\s*(?:of\s+)?(\d{4}))?\b`)

// daysMonthAfter is such a period written day first, the month once
// after both days: "du 19 au 26 septembre 2026", "1 to 15 August 2026",
// "vom 1. bis 15. August 2026", "del 5 al 12 de octubre de 2026".
var daysMonthAfter = lazyRegexp(`(?i)(?:^|[^\d/.])(\d{1,2})(?:er|st|nd|rd|th|º|°)?\.?\s*(?:au|to|-|–|—|bis|al|a|tot|till|through)\s+(\d{1,2})(?:er|st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?(` + monthNames + `)\.?,?\s+(?:de\s+|del\s+)?(\d{4})\b`)

var daysOfMonth = lazyRegexp(`(?i)\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|thru)\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)

// partialRange is a period whose first date leaves out the year: "October
// 20 - October 28, 2026".
var partialRange = lazyRegexp(`(?i)\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:through|thru|to|until|and)\s+|\s*[-–—]\s*)(` + dateExpr + `)`)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "januar": 1, "janvier": 1,
	"feb": 2, "february": 2, "februar": 2, "février": 2,
	"mar": 3, "march": 3, "märz": 3, "mars": 3,
	"apr": 4, "april": 4, "avril": 4,
	"may": 5, "mai": 5,
	"jun": 6, "june": 6, "juni": 6, "juin": 6,
	"jul": 7, "july": 7, "juli": 7, "juillet": 7,
	"aug": 8, "august": 8, "août": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9,
	"oct": 10, "october": 10, "oktober": 10, "octobre": 10,
	"nov": 11, "november": 11, "novembre": 11,
	"dec": 12, "december": 12, "dezember": 12, "décembre": 12,
	"enero": 1, "janeiro": 1, "gennaio": 1, "januari": 1,
	"febrero": 2, "fevereiro": 2, "febbraio": 2, "februari": 2,
	"marzo": 3, "março": 3, "maart": 3,
	"abril": 4, "aprile": 4,
	"mayo": 5, "maio": 5, "maggio": 5, "mei": 5,
	"junio": 6, "junho": 6, "giugno": 6,
	"julio": 7, "julho": 7, "luglio": 7,
	"agosto": 8, "augustus": 8,
	"septiembre": 9, "setiembre": 9, "setembro": 9, "settembre": 9,
	"octubre": 10, "outubro": 10, "ottobre": 10,
	"noviembre": 11, "novembro": 11,
	"diciembre": 12, "dezembro": 12, "dicembre": 12,
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"maj": 5, "augusti": 8, "marts": 3,
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	// Hungarian, read from its year-first dates (hungarianDate).
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
	"július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
}

var (
	isoDate  = lazyRegexp(`^(\d{4})-(\d{2})-(\d{2})$`)
	usDate   = lazyRegexp(`^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$`)
	euDate   = lazyRegexp(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	monthDay = lazyRegexp(`(?i)^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	dayMonth = lazyRegexp(`(?i)^(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})$`)
)

// parseDate turns a written date into YYYY-MM-DD. Slashed dates are read as
// US month/day, dotted ones as European day.month.
func parseDate(s string) (string, bool) { return parseDateOrder(s, false) }

// parseDateOrder is parseDate where dayFirst reads slashed dates as
// day/month, as writers outside the US (and Canada's courts) do; a slashed
// date whose first number cannot be a month is day-first either way.
func parseDateOrder(s string, dayFirst bool) (string, bool) {
	s = strings.TrimSpace(s)
	var y, mo, d int
	switch {
	case isoDate.MatchString(s):
		m := isoDate.FindStringSubmatch(s)
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
	case usDate.MatchString(s):
		m := usDate.FindStringSubmatch(s)
		mo, d, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if dayFirst && d <= 12 || mo > 12 {
			mo, d = d, mo
		}
	case euDate.MatchString(s):
		m := euDate.FindStringSubmatch(s)
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
	case monthDay.MatchString(s):
		m := monthDay.FindStringSubmatch(s)
		mo, d, y = int(months[strings.ToLower(m[1])]), atoi(m[2]), atoi(m[3])
	case dayMonth.MatchString(s):
		m := dayMonth.FindStringSubmatch(s)
		d, mo, y = atoi(m[1]), int(months[strings.ToLower(m[2])]), atoi(m[3])
	default:
		return "", false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return "", false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// slashOrder tells how a slashed date must be read: 1 when its first
// number cannot be a month (day-first), -1 when its second cannot (month-
// first), 0 when either reading would do.
func slashOrder(s string) int {
	m := usDate.FindStringSubmatch(strings.TrimSpace(s))
	switch {
	case m == nil:
		return 0
	case atoi(m[1]) > 12:
		return 1
	case atoi(m[2]) > 12:
		return -1
	}
	return 0
}

// dateRange finds the period of records asked for: the first "DATE
// through DATE" in the text; else a period open to the request ("from DATE
// to the present", "since DATE"), which ends on the request's date (asked,
// YYYY-MM-DD); else a period whose first date leaves out the year.
// Dates as other countries write them, rewritten to forms the range rules
// read (general knowledge of their conventions): Polish "01.01.2026 r."
// (roku, "year"), Czech "1. 12. 2025" with spaces, Korean "2026. 8. 1.",
// and Japanese, Chinese and Korean "2026年8月1日", "2026년 8월 1일"; the
// range between two such dates joined by "~", "から", "부터", "至" or "到".
var (
	polishYear     = lazyRegexp(`\b(\d{1,2}\.\d{1,2}\.\d{4})\s?r\.`)
	slashYearFirst = lazyRegexp(`\b(20\d{2})/(\d{1,2})/(\d{1,2})\b`)
	// "1 czerwca 2026 r.": the year's abbreviation after a month's name.
	polishWordYear = lazyRegexp(`(\p{L} \d{4})\s?r\.`)
	// Hungarian dates, year first: "2026. július 20.".
	hungarianDate = lazyRegexp(`(\d{4})\.\s*(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+(\d{1,2})\.`)
	spacedDots    = lazyRegexp(`\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b`)
	yearFirst     = lazyRegexp(`\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.`)
	cjkDate       = lazyRegexp(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
	reiwaYear     = lazyRegexp(`令和\s*(\d{1,2}|元)\s*年`)
	cjkRangeJoin  = lazyRegexp(`(\d{4}-\d{2}-\d{2})\s*(?:~|〜|～|から|부터|至|到)\s*(\d{4}-\d{2}-\d{2})`)
)

var fullWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

// localDates rewrites dates as other countries write them (see polishYear)
// to ISO dates or dotted day-first ones.
func localDates(body string) string {
	iso := func(m []string) string { return fmt.Sprintf("%s-%02d-%02d", m[1], atoi(m[2]), atoi(m[3])) }
	// Full-width digits as Japanese letters write them ("令和８年").
	body = fullWidthDigits.Replace(body)
	// Japan's era years: Reiwa 1 ("元年", the first) is 2019 ("令和8年"
	// is 2026).
	body = reiwaYear.ReplaceAllStringFunc(body, func(s string) string {
		n := reiwaYear.FindStringSubmatch(s)[1]
		if n == "元" {
			n = "1"
		}
		return fmt.Sprintf("%d年", 2018+atoi(n))
	})
	body = polishYear.ReplaceAllString(body, "$1")
	body = polishWordYear.ReplaceAllString(body, "$1")
	// "2026/06/01", year first with slashes (Arabic and East Asian
	// letters).
	body = slashYearFirst.ReplaceAllStringFunc(body, func(s string) string {
		m := slashYearFirst.FindStringSubmatch(s)
		if atoi(m[2]) < 1 || atoi(m[2]) > 12 || atoi(m[3]) < 1 || atoi(m[3]) > 31 {
			return s
		}
		return fmt.Sprintf("%s-%02d-%02d", m[1], atoi(m[2]), atoi(m[3]))
	})
	body = hungarianDate.ReplaceAllStringFunc(body, func(s string) string {
		m := hungarianDate.FindStringSubmatch(s)
		return fmt.Sprintf("%s-%02d-%02d", m[1], months[m[2]], atoi(m[3]))
	})
	body = spacedDots.ReplaceAllString(body, "$1.$2.$3")
	body = yearFirst.ReplaceAllStringFunc(body, func(s string) string { return iso(yearFirst.FindStringSubmatch(s)) })
	body = cjkDate.ReplaceAllStringFunc(body, func(s string) string { return iso(cjkDate.FindStringSubmatch(s)) })
	return cjkRangeJoin.ReplaceAllString(body, "$1 to $2")
}

// andJoin is "and" alone between two dates (not "up to and
// including"); betweenLead the word that makes them a range's ends
// ("between …", "the period beginning … and ending …"). Two days asked
// for ("the login records on October 3 and October 4") are a range too.
var (
	andJoin     = lazyRegexp(`(?i)^\s*,?\s*and\s*$`)
	betweenLead = lazyRegexp(`(?i)^(?:between|entre|tussen|period|start|begin)`)
)

// sentenceBefore is the sentence of body that ends at end, read back at
// most window bytes: to the last full stop, question or exclamation mark,
// or blank line.
func sentenceBefore(body string, end, window int) string {
	head := body[max(0, end-window):end]
	if i := strings.LastIndex(head, "\n\n"); i >= 0 {
		head = head[i+2:]
	}
	if i := strings.LastIndexAny(head, ".!?"); i >= 0 {
		head = head[i+1:]
	}
	return head
}

// rangeRemark is a remark in brackets, without digits, before a range's
// "through", "to" or dash.
var rangeRemark = lazyRegexp(`[ \t]*\([^()\n\d]{1,60}\)([ \t]+(?:through|thru|to|until|till|–|-)[ \t])`)

// ndoTermBefore ends the words of a non-disclosure order's term before
// its dates.
var ndoTermBefore = lazyRegexp(`(?i)` + ndoWords + `(?:\s+(?:order|provision|requirement))?\s+(?:period|term)\b[^.]{0,60}$|` + ndoWords + `[^.]{0,80}\b(?:expire[sd]?|extended|extends)\b[^.]{0,40}$`)

// ndoWords names a non-disclosure order or its delay of notice.
const ndoWords = `(?:\bnon-?disclosure|\b2705\s*\(b\)|\bpreclusion of notice|\bdelay(?:ed)? (?:of )?(?:notice|notification))`

func dateRange(body, asked string, dayFirst bool) *DateRange {
	body = localDates(body)
	// "1.8.2026–4.10.2026": a dash between two dates without spaces.
	body = tightDash.ReplaceAllString(body, "$1 $2 $3")
	body = tightSlashRange.ReplaceAllString(body, "$1 - $2")
	body = dayOfMonth.ReplaceAllString(body, "$2 $1, $3")
	// "the 1st of August 2026", "the 1st of July" (its year at the
	// range's end): written as "August 1, 2026", "July 1".
	body = ordinalOf.ReplaceAllStringFunc(body, func(x string) string {
		m := ordinalOf.FindStringSubmatch(x)
		if m[3] != "" {
			return m[2] + " " + m[1] + ", " + m[3]
		}
		return m[2] + " " + m[1]
	})
	// "the third quarter of calendar year 2026": "Q3 2026".
	body = quarterWords.ReplaceAllStringFunc(body, func(x string) string {
		m := quarterWords.FindStringSubmatch(x)
		return "Q" + quarterNumber[strings.ToLower(m[1])] + " " + m[2]
	})
	// "January 2026 through April 15, 2026": a month and its year at the
	// start of a range that ends on a day, from the month's first day.
	body = monthYearStart.ReplaceAllString(body, "$1 1, $2$3")
	// "2026-08-15 -- 2026-11-05": a double hyphen for a dash.
	body = doubleHyphen.ReplaceAllString(body, "$1 - $2")
	// "de 1 de Março a 30 de Abril de 2026": a Romance range whose year
	// is written once, at its end.
	body = romanceOneYear.ReplaceAllString(body, "$1 de $2 de $6 $3 $4 de $5 de $6")
	// "from the start of fiscal year 2026 (October 1, 2025) to the
	// present": the date in brackets is where the period starts.
	// So is one set between dashes ("from the beginning - the account
	// was opened on 14 November 2024, as his e-mails say - through …").
	body = describedStart.ReplaceAllStringFunc(body, func(x string) string {
		m := describedStart.FindStringSubmatch(x)
		if m[1] == "" {
			return "from " + m[3] + " " + m[4]
		}
		return "from " + m[1] + " " + m[2]
	})
	// "from January 15, 2026 (just before she went missing) through …":
	// a remark in brackets between a range's dates is no part of it.
	body = rangeRemark.ReplaceAllString(body, "$1")
	// "October 21 - 28, 2026": days of one month (records, so not after
	// the request: a conference's dates are no period of records).
	if m := daysOfMonth.FindStringSubmatch(body); m != nil && !rangeRe.MatchString(body) {
		from, ok1 := parseDate(m[1] + " " + m[2] + ", " + m[4])
		to, ok2 := parseDate(m[1] + " " + m[3] + ", " + m[4])
		if ok1 && ok2 && from <= to && (asked == "" || from <= asked) {
			return &DateRange{From: from, To: to}
		}
	}
	if m := daysMonthAfter.FindStringSubmatch(body); m != nil && !rangeRe.MatchString(body) {
		from, ok1 := parseDate(m[1] + " " + m[3] + " " + m[4])
		to, ok2 := parseDate(m[2] + " " + m[3] + " " + m[4])
		if ok1 && ok2 && from <= to && (asked == "" || from <= asked) {
			return &DateRange{From: from, To: to}
		}
	}
	if asked != "" {
		body = withYears(body, asked)
	}
	parse := func(s string) (string, bool) { return parseDateOrder(s, dayFirst) }
	var open *DateRange
	for pos := 0; pos < len(body); {
		loc := rangeRe.FindStringSubmatchIndex(body[pos:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += pos
			}
		}
		pos = loc[1]
		m := submatches(body, loc)
		// "On June 20 and June 21 an agent watched …": two days named, no
		// period; "and" joins a range's ends only after "between".
		if loc[4] >= 0 && andJoin.MatchString(body[loc[3]:loc[4]]) && !betweenLead.MatchString(body[loc[0]:loc[2]]) && !periodContext.MatchString(sentenceBefore(body, loc[0], 300)) {
			pos = loc[4]
			continue
		}
		// A non-disclosure order's term ("the 2705(b) period, which was
		// due to expire May 24, through November 20"): no records' period.
		if ndoTermBefore.MatchString(sentenceBefore(body, loc[0], 200)) {
			continue
		}
		toText := m[2]
		if m[3] != "" {
			toText = m[3]
		}
		// The two ends of one range are written alike: "07/01/2026 –
		// 09/22/2026" is month-first even in a Spanish letter, since 22
		// is no month.
		order := dayFirst
		if o := slashOrder(m[1]) + slashOrder(toText); o != 0 {
			order = o > 0
		}
		from, ok := parseDateOrder(m[1], order)
		if !ok {
			// No date after all ("subpoena AB7-14-2207 to July 1, 2026
			// through …": a reference's digits): the range may start at
			// what was read as its end.
			pos = loc[4]
			continue
		}
		to, ok := parseDateOrder(toText, order)
		if !ok {
			if asked == "" || open != nil || from > asked {
				continue
			}
			// An open end: the period runs until the request.
			open = &DateRange{From: from, To: asked}
			continue
		}
		if to < from {
			continue
		}
		return &DateRange{From: from, To: to}
	}
	if open != nil {
		return open
	}
	for loc := range matches(partialRange, body) {
		m := submatches(body, loc)
		to, ok := parse(m[3])
		if !ok {
			continue
		}
		from, ok := parse(fmt.Sprintf("%s %s, %s", m[1], m[2], to[:4]))
		if !ok || to < from {
			continue
		}
		return &DateRange{From: from, To: to}
	}
	// "January 2026 through the present", "March 2026 to May 2026":
	// whole months, from the first day of the first to the last of the
	// second (or the request).
	for loc := range matches(monthRange, body) {
		m := submatches(body, loc)
		month := months[strings.ToLower(strings.TrimSuffix(m[1], "."))]
		if month == 0 {
			continue
		}
		endMonth := months[strings.ToLower(strings.TrimSuffix(m[3], "."))]
		if m[3] != "" && endMonth == 0 {
			continue
		}
		year := m[2]
		if year == "" {
			// "March through May 2026": only with the last month's year,
			// and named as the period ("Period: …", "records for …"), not
			// a story's months ("in custody from March to May 2025").
			if m[4] == "" || !monthsNamedPeriod.MatchString(body[max(0, loc[0]-30):loc[0]]) {
				continue
			}
			year = m[4]
			if month > endMonth {
				year = strconv.Itoa(atoi(m[4]) - 1)
			}
		}
		from := fmt.Sprintf("%s-%02d-01", year, month)
		to := asked
		if m[3] != "" {
			to = lastDay(atoi(m[4]), endMonth)
		}
		if to == "" || to < from {
			continue
		}
		return &DateRange{From: from, To: to}
	}
	if asked == "" {
		return nil
	}
	for loc := range matches(sinceRe, body) {
		m := submatches(body, loc)
		from, ok := parse(m[1])
		if !ok || from > asked {
			continue
		}
		// "from DATE" alone bounds the records only in a sentence about
		// them; "since DATE" and "from DATE onward" always do.
		lead := strings.ToLower(strings.Fields(body[loc[0]:loc[1]])[0])
		if lead == "from" && m[2] == "" && !periodContext.MatchString(sentenceAt(body, loc)) {
			continue
		}
		return &DateRange{From: from, To: asked}
	}
	// "since March", "since the beginning of August": the first of that
	// month, in the year of the request or, for a later month, the year
	// before.
	for loc := range matches(sinceMonth, body) {
		m := submatches(body, loc)
		month := months[strings.ToLower(m[1])]
		year := requestYear(asked, month, 1)
		if m[2] != "" {
			year = atoi(m[2])
		}
		if from := fmt.Sprintf("%04d-%02d-01", year, month); from <= asked {
			return &DateRange{From: from, To: asked}
		}
	}
	if rel := relativeRange(body, asked); rel != nil {
		return rel
	}
	// "Q4 2025 and Q1 2026": quarters, whole, in a sentence about the
	// records and begun by the request (not a report's "Q1 2024").
	for loc := range matches(quarterRange, body) {
		m := submatches(body, loc)
		if s := sentenceAt(body, loc); !periodContext.MatchString(s) || quarterReport.MatchString(s) {
			continue
		}
		q1, y1 := atoi(m[1]), m[2]
		q2, y2 := q1, y1
		if m[3] != "" {
			q2, y2 = atoi(m[3]), m[4]
		}
		from := fmt.Sprintf("%s-%02d-01", y1, 3*q1-2)
		to := lastDay(atoi(y2), time.Month(3*q2))
		if to > asked {
			to = asked
		}
		if from <= to {
			return &DateRange{From: from, To: to}
		}
	}
	return nil
}

// sentenceAt is the sentence or line around a match.
func sentenceAt(body string, loc []int) string {
	start := strings.LastIndexAny(body[:loc[0]], ".\n") + 1
	end := loc[1] + strings.IndexAny(body[loc[1]:]+".", ".\n")
	return body[start:end]
}

// lastDay is the last day of a month, as an ISO date.
func lastDay(year int, month time.Month) string {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// quarterReport is a quarter that dates a report or a programme, not a
// period of records.
var quarterReport = lazyRegexp(`(?i)\b(?:report|earnings|results|initiative|filing|statement)\b`)

var (
	// wholeMonth: "during the month of August 2026".
	wholeMonth = lazyRegexp(`(?i)\b(?:the )?month of (` + monthNames + `),?\s+(\d{4})`)
	askedMonth = lazyRegexp(`(?i)\b(?:log-?ins?|sign-?ins?|records|activity|logs|IP addresses|IPs|access|sessions)\b[^.?!\n]{0,40}?\b(?:in|during)\s+(` + monthNames + `),?\s+(\d{4})\b|\blast month\s*\(\s*(` + monthNames + `),?\s+(\d{4})\s*\)`)
	// lastPeriod: "the last 30 days", "the past 72 hours", "the 45-day
	// period preceding the date of the subpoena (October 27, 2026)".
	// Also the count before the word: "the six (6) months preceding the
	// date of this subpoena", "from 120 days before the date of this
	// Order".
	lastPeriod = lazyRegexp(`(?i)\b(?:(?:last|past|preceding|previous|prior)\s+(\d{1,3}|[a-z]+)(?:\s*\(\d{1,3}\))?\s+(hours?|days?|weeks?|months?)|(\d{1,3}|[a-z]+)(?:[- ](hour|day|week|month) period|(?:\s*\(\d{1,3}\))?\s+(hours?|days?|weeks?|months?)) (preceding|prior to|before|following|after))(?:[^.\n]{0,60}?\((` + dateExpr + `)\))?`)
	// periodLead asks for a period: "for the", "covering the".
	periodLead = lazyRegexp(`(?i)\b(?:the|for|during|covering|over)\s+$`)
	// dateNext is the date a period is counted from, right after its
	// word: "the 30 days before the March 4, 2026 search", "the six
	// months before September 1, 2026", "the 14 days following June 2".
	dateNext = lazyRegexp(`(?i)^\s*(?:the\s+)?(` + dateExpr + `)`)
	// ofProcessDate says the period ends at the process's own date; the
	// date the process was issued, signed or dated on is processDated's.
	ofProcessDate = lazyRegexp(`(?i)^\s*(?:the\s+)?(?:(?:date|day)\s+of\s+)?(?:this|the|our|my)\s+(?:order|subpoena|warrant|letter|request|demand|summons)|^\s*(?:the\s+)?date\s+of\s+service\b`)
	// ofDateGiven is the date the process's date is written as, right
	// after it: "the date of service, December 16, 2026".
	ofDateGiven  = lazyRegexp(`(?i)^\s*(?:the\s+)?(?:date|day)\s+of\s+[\w ]{0,20}?,?\s*\(?(` + dateExpr + `)`)
	processDated = lazyRegexp(`(?i)\b(?:order|subpoena|warrant|summons|demand)\b[^.;]{0,80}?\b(?:issued|signed|entered|dated|granted)\b`)
	// sinceYesterday: "since 9:00 p.m. yesterday", "since last night".
	sinceYesterday = lazyRegexp(`(?i)\bsince\b[^\n]{0,20}?\b(?:yesterday|last night)\b`)
	// onOrAbout: "on or about October 4, 2026", one day.
	onOrAbout = lazyRegexp(`(?i)\bon or about\s+(` + dateExpr + `)`)
)

// numberWords are the counts periods are written with in words.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}

// count reads a period's count, in digits or in words.
func count(s string) int {
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return n
	}
	return atoi(s)
}

// shift moves t by n units (hours, days, weeks, months or years; n < 0
// goes back). Hours count as whole days: a period of the last 72 hours
// asks for three days of records.
func shift(t time.Time, n int, unit string) time.Time {
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "hour"):
		days := (max(n, -n) + 23) / 24
		if n < 0 {
			days = -days
		}
		return t.AddDate(0, 0, days)
	case strings.HasPrefix(u, "week"):
		return t.AddDate(0, 0, 7*n)
	case strings.HasPrefix(u, "month"):
		return t.AddDate(0, n, 0)
	case strings.HasPrefix(u, "year"):
		return t.AddDate(n, 0, 0)
	default:
		return t.AddDate(0, 0, n)
	}
}

// processDate is the date a process says it was issued, signed or dated
// on ("issued … by the Superior Court on August 7, 2026"), no later than
// the message; else the message's date.
func processDate(body, asked string) string {
	for _, loc := range processDated.FindAllStringIndex(body, -1) {
		if personalOrder.MatchString(body[max(0, loc[0]-14):loc[0]]) {
			continue // "the victim's protective order was granted on …"
		}
		if m := dateRe.FindString(body[loc[1]:min(len(body), loc[1]+120)]); m != "" {
			if d, ok := parseDate(m); ok && d <= asked {
				return d
			}
		}
	}
	return asked
}

var (
	// ordinalOf is a day written as an ordinal "of" its month, with or
	// without its year: "the 1st of August 2026", "the 14th of July".
	ordinalOf = lazyRegexp(`(?i)\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:day\s+)?of\s+(` + monthNames + `)\b\.?(?:,?\s+(\d{4})\b)?`)
	// quarterWords is a calendar quarter in words: "the third quarter of
	// (calendar year) 2026".
	quarterWords = lazyRegexp(`(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(?:the\s+)?(?:calendar\s+)?year\s+|CY\s*)?(\d{4})\b`)
	// doubleHyphen is "--" between two dates' digits.
	doubleHyphen = lazyRegexp(`(\d)\s*--\s*(\d)`)
	// romanceOneYear is a Spanish or Portuguese range of two days whose
	// year is written once: "1 de marzo al 30 de abril de 2026".
	romanceOneYear = lazyRegexp(`(?i)\b(\d{1,2})(?:º|°)?\s+de\s+(` + monthNames + `)\s+(a|al|hasta(?:\s+el)?|at[ée](?:\s+(?:a|ao))?|ao|à|au)\s+(?:el\s+|o\s+)?(\d{1,2})(?:º|°)?\s+de\s+(` + monthNames + `)\s+(?:de\s+|del\s+)(\d{4})\b`)
)

// quarterNumber numbers a quarter's word.
var quarterNumber = map[string]string{"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}

// describedStart is a period's start told in words with its date in
// brackets after them, or in an aside between dashes.
var describedStart = lazyRegexp(`(?i)\bfrom\s+(?:the\s+)?[^().;]{3,50}?\((?:[^()\d\n]{1,30}?\s)?(` + dateExpr + `)\)\s+(to|through|thru|until)\b|\bfrom\s+(?:the\s+)?[^().;\d]{3,50}?\s[-–—]\s+[^.;\d–—]{0,60}?\b(` + dateExpr + `)\b[^.;\d–—]{0,60}?\s[-–—]\s+(to|through|thru|until)\b`)

// personalOrder is a person's protective order, no process of the request.
var personalOrder = lazyRegexp(`(?i)\b(?:protective|restraining|protection|custody|no-contact)\s+$`)

// relativeRange reads a period told relative to the request or to a date
// written beside it, or a single day "on or about" a date.
func relativeRange(body, asked string) *DateRange {
	// Or a month named as when the records asked for were made ("any
	// logins in September 2026", "the IPs they logged in from last month
	// (May 2026)").
	m := wholeMonth.FindStringSubmatch(body)
	if m == nil {
		m = askedMonth.FindStringSubmatch(body)
		if m != nil && m[1] == "" {
			m = []string{m[0], m[3], m[4]}
		}
	}
	if m != nil {
		if from, ok := parseDate(m[1] + " 1, " + m[2]); ok {
			t, _ := time.Parse(time.DateOnly, from)
			return &DateRange{From: from, To: t.AddDate(0, 1, -1).Format(time.DateOnly)}
		}
	}
	for _, loc := range lastPeriod.FindAllStringSubmatchIndex(body, -1) {
		m := submatches(body, loc)
		num, unit := m[1], m[2]
		if num == "" {
			num, unit = m[3], m[4]+m[5]
		}
		n := count(num)
		if n <= 0 {
			continue // "the last few days": no count
		}
		// A period counted from a date written right after it: back from
		// it ("before"), or on from it ("following").
		// Only a period asked for ("for the 30 days before …"), not a
		// story's time ("the threats began 10 days after the March 3
		// arrest").
		forward := strings.EqualFold(m[6], "following") || strings.EqualFold(m[6], "after")
		if g := dateNext.FindStringSubmatch(body[loc[1]:]); m[7] == "" && m[6] != "" && g != nil && periodLead.MatchString(body[max(0, loc[0]-12):loc[0]]) {
			if d, ok := parseDate(g[1]); ok {
				t, _ := time.Parse(time.DateOnly, d)
				if forward {
					return &DateRange{From: d, To: shift(t, n, unit).Format(time.DateOnly)}
				}
				return &DateRange{From: shift(t, -n, unit).Format(time.DateOnly), To: d}
			}
		}
		if forward {
			continue // "within 10 days after receipt": a deadline, no period
		}
		// "N days before" is a period asked for only before the process's
		// date or a date written beside it, not "two days before the
		// shooting".
		if m[5] != "" && m[7] == "" && !ofProcessDate.MatchString(body[loc[1]:]) {
			continue
		}
		end := asked
		if m[7] != "" {
			if d, ok := parseDate(m[7]); ok {
				end = d
			}
		} else if g := ofDateGiven.FindStringSubmatch(body[loc[1]:]); g != nil {
			if d, ok := parseDate(g[1]); ok {
				end = d
			}
		} else if ofProcessDate.MatchString(body[loc[1]:]) {
			end = processDate(body, asked)
		}
		t, err := time.Parse(time.DateOnly, end)
		if err == nil && n > 0 {
			return &DateRange{From: shift(t, -n, unit).Format(time.DateOnly), To: end}
		}
	}
	if sinceYesterday.MatchString(body) {
		if t, err := time.Parse(time.DateOnly, asked); err == nil {
			return &DateRange{From: t.AddDate(0, 0, -1).Format(time.DateOnly), To: asked}
		}
	}
	if m := onOrAbout.FindStringSubmatch(body); m != nil {
		if d, ok := parseDate(m[1]); ok && d <= asked {
			return &DateRange{From: d, To: d}
		}
	}
	return nil
}

// sinceMonth is a period from a month without a day: "since March",
// "since the start of August 2026". Month names capitalised, as written
// ("since may" is not a month).
var sinceMonth = lazyRegexp(`\b[Ss]ince\s+(?:the\s+(?:beginning|start)\s+of\s+|early\s+|mid-?\s*|late\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(\d{4}))?(?:\s*[,.;)]|\s+(?:to|through|until|and|for|of|onwards?|in|on|with|as|we|the|\w+ing)\b|\s*$)`)

// matches yields the matches of re in s (submatch indexes, as
// FindAllStringSubmatchIndex gives them), in order, finding them only as
// the caller asks: where the first match or two are the answer, the rest of
// a long text is never scanned. The matches are those FindAll finds.
func matches(re *lazyRE, s string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		done := 0
		for n := 1; ; n *= 2 {
			all := re.FindAllStringSubmatchIndex(s, n)
			for _, loc := range all[done:] {
				if !yield(loc) {
					return
				}
			}
			if len(all) < n {
				return
			}
			done = len(all)
		}
	}
}

// submatches turns submatch indexes into strings ("" for a group that did
// not take part).
func submatches(s string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// requestYear is the year of a date written without one: the request's
// (asked, YYYY-MM-DD), or the year before for a date that would fall after
// the request.
func requestYear(asked string, month time.Month, day int) int {
	y := atoi(asked[:4])
	if fmt.Sprintf("%04d-%02d-%02d", y, month, day) > asked {
		y--
	}
	return y
}

// yearless is a date written without its year: "October 1", "Sept. 19th"
// (month names capitalised, as written), or with two digits: "9/1/26".
var (
	yearless  = lazyRegexp(`\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	shortYear = lazyRegexp(`\b(\d{1,2})/(\d{1,2})/(\d{2})\b`)
	hasYear   = lazyRegexp(`^,?\s*\d{4}\b`)
)

// withYears writes the year into the dates of a letter that leaves it out
// ("for October 1 through today", "since August 3"): the year of the
// request, or the one before for a date that would fall after it.
func withYears(body, asked string) string {
	var b strings.Builder
	last := 0
	for _, m := range yearless.FindAllStringSubmatchIndex(body, -1) {
		if hasYear.MatchString(body[m[1]:]) || m[1] < len(body) && (body[m[1]] == '/' || body[m[1]] == '-') {
			continue
		}
		month := months[strings.ToLower(strings.TrimSuffix(body[m[2]:m[3]], "."))]
		b.WriteString(body[last:m[1]])
		fmt.Fprintf(&b, ", %d", requestYear(asked, month, atoi(body[m[4]:m[5]])))
		last = m[1]
	}
	b.WriteString(body[last:])
	return shortYear.ReplaceAllString(b.String(), "$1/$2/20$3")
}
