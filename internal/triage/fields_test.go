package triage

import (
	"reflect"
	"strings"
	"testing"

	"lerd/internal/mailparse"
)

func TestPhonesFormats(t *testing.T) {
	tests := []struct{ text, region, want string }{
		{"Call me at (202) 555-0147.", "US", "+12025550147"},
		{"警視庁 サイバー犯罪対策課\n電話：03-5555-0127（直通）", "JP", "+81355550127"},
		{"Case / report no.:    26-000123\nCallback number:      (202) 555-0147", "US", "+12025550147"},
		{"Desk: 202.555.0147 ext. 12", "US", "+12025550147"},
		// Session 32: a Dutch signature's one-letter labels; a number
		// written with its seven-digit subscriber part.
		{"Politie Eenheid Example\nT 010-5550147 | M 06-55501322", "NL", "+31105550147,+31655501322"},
		{"Politie\nT +31 10 5550147 | M +31 6 55501322", "NL", "+31105550147,+31655501322"},
		// A number in an unassigned range after the word in another script.
		{"الرائد/ خالد\nهاتف: +971 2 000 0188", "AE", "+97120000188"},
		{"Детектив\nтелефон: +7 495 000 01 88", "RU", "+74950000188"},
		{"פקד יואב\nטל': 08-5550188", "IL", "+97285550188"},
		{"Cell: +1 (202) 555-0147", "US", "+12025550147"},
		{"Phone 202 555 0147", "US", "+12025550147"},
		{"Tel. (202)555-0147", "US", "+12025550147"},
		{"Phone 602/555-0129", "US", "+16025550129"},
		{"Deliver records to Det. Roe, 602/555-0129.", "US", "+16025550129"},
		// Session 30: a number wrapped after its bracketed area code; a
		// postcode before a line's number stays apart.
		{"The order was applied for by Special Agent Jo Roe, telephone (713)\n555-0159. Replies go to him.", "US", "+17135550159"},
		{"Example Street, Houston, TX 77002\n713-555-0159 desk", "US", "+17135550159"},
		// A number records are to be faxed to is a fax.
		{"Responsive records may be returned to this mailbox or faxed to 713-555-0166.", "US", ""},
		{"You can fax the return to our records unit at (970) 555-0190 or e-mail it to me.", "US", ""},
		{"Fax or call me at (970) 555-0190.", "US", "+19705550190"},
		{"I also faxed a signed copy. If the fax does not come through, please let me know at 402-555-0143.", "US", "+14025550143"},
		{"Questions about the faxed copy can be directed to 402-555-0143.", "US", "+14025550143"},
		// "Contact me on …", as British writers put it.
		{"Should you wish to discuss the order please contact me on 020 7946 0512.", "GB", "+442079460512"},
		{"Contact reference 2026 0512 7946 for the file.", "GB", ""},
		{"Case 2026/555-0129", "US", ""},
		{"ratio 1/555-0129", "US", ""},
		{"Tel: +44 20 7946 0123", "GB", "+442079460123"},
		{"Telefon: 030 23125 417", "DE", "+493023125417"},
		{"Fax: (202) 555-0199", "US", ""},
		{"202-555-0112 (office) | 202-555-0199 (fax)", "US", "+12025550112"},
		{"202-555-0119 (o) / 202-555-0199 (f)", "US", "+12025550119"},
		{"Phone: 202-555-0100   Fax: 202-555-0199", "US", "+12025550100"},
		{"Tel. 202-555-0100 - Fax 202-555-0199", "US", "+12025550100"},
		{"T 973.555.0125 | F 973.555.0126", "US", "+19735550125"},
		{"Tel: 020 7946 0518 | Mob: 07700 900518", "GB", "+442079460518,+447700900518"},
		{"DDI: 09 259 0147", "NZ", "+6492590147"},
		{"Ref 07700 900518", "GB", ""},
		{"served on 10/15/2026 at 14:30", "US", ""},
		{"IP 198.51.100.63 and 203.0.113.58", "US", ""},
		{"Case No. 2026-093-007718", "US", ""},
		// Session 31 (round 66): an office named earlier on the line is no
		// phone's word for the case number after it.
		{"Please see the subpoena issued by the Example County District Attorney's Office in GBI case 2026-0417-22 (rental fraud).", "US", ""},
		{"Office no. 202-555-0147", "US", "+12025550147"},
		{"Please call me back at the following number: (202) 555-0147", "US", "+12025550147"},
		{"You can call me on my direct line, number (202) 555-0147", "US", "+12025550147"},
		{"Phone number 202-555-0147", "US", "+12025550147"},
		{"in the Bureau's file\n2025-06-4413. The case involves", "US", ""},
		{"Reach me at my desk:\n202-555-0147", "US", "+12025550147"},
		{"Special Agent Jo Case\n202-555-0147", "US", "+12025550147"},
		{"Jo Roe\nInvestigator, Cold Case\n202-555-0101", "US", "+12025550101"},
		// A form's leader dots between the label and the number.
		{"Fax ..................... (919) 555-0197", "US", ""},
		{"Telephone ............... (919) 555-0158", "US", "+19195550158"},
		{"Ph: 09 259 0163\nCommunications Centre: 09 259 0100", "NZ", "+6492590163,+6492590100"},
		{"Case reference: 2026 0412 55", "NZ", ""},
		{"Contact number:       (202) 555-0116\nDate: 20.11.2026", "US", "+12025550116"},
		{"My direct number is 404-555-0196.", "US", "+14045550196"},
		// A country code in brackets.
		{"Tel.: (+598) 2030 4417", "UY", "+59820304417"},
		// Latin America's "Cel." and "Conmutador" (the switchboard).
		{"Cel. 55 1234 5678\nConmutador 55 5346 0000, ext. 1234", "MX", "+525512345678,+525553460000"},
	}
	for _, tt := range tests {
		if got := strings.Join(phones(tt.text, tt.region), ","); got != tt.want {
			t.Errorf("phones(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDateRanges(t *testing.T) {
	// Requests dated 2026-11-02; dayFirst for writers outside the US.
	tests := []struct {
		text, from, to string
		dayFirst       bool
	}{
		{"for the period July 1, 2026 through August 31, 2026", "2026-07-01", "2026-08-31", false},
		// Session 31 (round 67): a month and its year opening a range
		// that ends on a day.
		{"We ask for account records for June 2026 through October 15, 2026 for example.com.", "2026-06-01", "2026-10-15", false},
		// Session 30: a non-disclosure order's term is no records' period.
		{"The court has extended the 2705(b) non-disclosure period, which was due to expire May 24, through November 20, 2026.", "", "", false},
		{"The 2705(b) order is attached. Records for the period May 1, 2026 through June 20, 2026.", "2026-05-01", "2026-06-20", false},
		{"The attached 2703(d) order, which includes a non-disclosure provision, requires IP logs for the term March 1, 2026 through September 30, 2026.", "2026-03-01", "2026-09-30", false},
		// Session 25: a start told in words, its date in brackets after a
		// word of belief.
		{"logs from the opening of the account in\nMay 2026 (we think May 4, 2026) through today, November 2, 2026", "2026-05-04", "2026-11-02", false},
		// Session 19: a tilde, times in UTC, Polish and Hungarian month
		// names, a bare month abbreviation without its year.
		{"Period: 3 August 2026 ~ 30 September 2026", "2026-08-03", "2026-09-30", true},
		{"Period ..... 07/01/26 00:00 UTC thru 08/31/26 23:59 UTC", "2026-07-01", "2026-08-31", false},
		{"za okres od 1 sierpnia 2026 r. do 30 września 2026 r., w szczególności", "2026-08-01", "2026-09-30", true},
		{"a 2026. augusztus 1. és 2026. szeptember 30. közötti adatokat", "2026-08-01", "2026-09-30", true},
		{"the IP logs from Sept 27 through today (Oct 30) to identify him", "2026-09-27", "2026-10-30", false},
		{"la perioada 20 aprilie 2026 - 30 iunie 2026 pentru", "2026-04-20", "2026-06-30", true},
		{"za období od 1. července 2026 do 30. září 2026", "2026-07-01", "2026-09-30", true},
		{"01 Temmuz 2026 - 30 Eylül 2026 tarihleri arasındaki", "2026-07-01", "2026-09-30", true},
		{"i perioden fra 1. maj 2026 til 30. juni 2026", "2026-05-01", "2026-06-30", true},
		{"för perioden 1 maj 2026 – 24 augusti 2026", "2026-05-01", "2026-08-24", true},
		{"الفترة من 2026/06/01 إلى 2026/08/17", "2026-06-01", "2026-08-17", true},
		{"Χρονικό διάστημα: 01/05/2026 έως 08/07/2026", "2026-05-01", "2026-07-08", true},
		{"תקופה: 01/06/2026 עד 08/08/2026", "2026-06-01", "2026-08-08", true},
		{"за період з 20.06.2026 по 31.08.2026", "2026-06-20", "2026-08-31", true},
		{"from 07/01/2026 to 08/31/2026", "2026-07-01", "2026-08-31", false},
		{"between July 1 and August 31, 2026", "2026-07-01", "2026-08-31", false},
		{"July 1st, 2026 - August 31st, 2026", "2026-07-01", "2026-08-31", false},
		{"from 1 July 2026 to 31 August 2026", "2026-07-01", "2026-08-31", false},
		{"Zeitraum: 01.08.2026 bis 30.09.2026", "2026-08-01", "2026-09-30", false},
		{"du 1er août 2026 au 30 septembre 2026", "2026-08-01", "2026-09-30", false},
		// Day first, the month once after both days.
		{"journaux de connexion de example.fr du\n3 au 17 octobre 2026.", "2026-10-03", "2026-10-17", true},
		{"los registros de example.es del 5 al 12 de octubre de 2026", "2026-10-05", "2026-10-12", true},
		{"the login records of example.co.uk for 1 to 15 October 2026", "2026-10-01", "2026-10-15", true},
		{"los registros desde el 1 de agosto de 2026 hasta la fecha", "2026-08-01", "2026-11-02", true},
		{"dados de 1 de agosto de 2026 até hoje", "2026-08-01", "2026-11-02", true},
		{"2026-08-01 to 2026-09-30", "2026-08-01", "2026-09-30", false},
		{"Periode: vanaf 1 augustus 2026 tot en met heden.", "2026-08-01", "2026-11-02", true},
		{"e-mail and API logs for the following, for 10/01/2026–12/15/2026:", "2026-10-01", "2026-12-15", false},
		{"e-mail and API logs for the following, for 10/01/2026-12/15/2026:", "2026-10-01", "2026-12-15", false},
		{"the records described in Attachment A for the period from the 1st day of June, 2026 through the 31st day of July, 2026.", "2026-06-01", "2026-07-31", false},
		// "beginning … and ending …", days of one month, a dash without
		// spaces, a count in words with its digits.
		{"for the period beginning August 3, 2026 and ending October 2, 2026, for the account", "2026-08-03", "2026-10-02", false},
		// A reference whose digits look like a date before the range.
		{"please narrow the production under case AB7-14-2207 to September 1, 2026 through October 20, 2026.", "2026-09-01", "2026-10-20", false},
		{"produce the following for March 2026 through the present:", "2026-03-01", "2026-11-02", false},
		// Round 59: whole months with the year written once, at the end.
		{"Period: March through May 2026.", "2026-03-01", "2026-05-31", false},
		{"Period: November through January 2026.", "2025-11-01", "2026-01-31", false},
		{"He called in March and again in May.", "", "", false},
		{"The suspect was in custody from March to May 2025 and we need records for August through October 2026 only.", "2026-08-01", "2026-10-31", false},
		{"records from June 2026 to September 2026", "2026-06-01", "2026-09-30", false},
		{"all login records for Q2 2026 and Q3 2026", "2026-04-01", "2026-09-30", false},
		{"the subscriber records of example.net since January 1, 2024. The victim reported the losses in Q4 2026.", "2024-01-01", "2026-11-02", false},
		{"The company's Q1 2024 financial report named the site. Please send the login records for the past 30 days.", "2026-10-03", "2026-11-02", false},
		{"the IP addresses for October 12 - 19, 2026 would help", "2026-10-12", "2026-10-19", false},
		{"tietoja ajalta 1.8.2026–4.10.2026:", "2026-08-01", "2026-10-04", true},
		{"preserve these records for the past six (6) months, up to the date of this letter", "2026-05-02", "2026-11-02", false},
		{"in the last few days and the last 10 days", "2026-10-23", "2026-11-02", false},
		{"Join us at the summit, March 9 - 11, 2027, in Denver.", "", "", false},
		// One range's ends are written alike: a day past 12 tells the
		// order, whatever the letter's language.
		{"Periodo / Period 07/01/2026 - 09/22/2026", "2026-07-01", "2026-09-22", true},
		// Spanish, Portuguese, Italian and Dutch month names and words.
		{"en el período comprendido entre el 1 de agosto de 2026 y el 30 de septiembre de 2026.", "2026-08-01", "2026-09-30", true},
		{"desde el 3 de julio de 2026 hasta el 2 de octubre de 2026", "2026-07-03", "2026-10-02", true},
		{"no período de 1 de agosto de 2026 a 30 de setembro de 2026", "2026-08-01", "2026-09-30", true},
		{"dal 1 agosto 2026 al 30 settembre 2026", "2026-08-01", "2026-09-30", true},
		{"in de periode van 1 augustus 2026 tot en met 30 september 2026", "2026-08-01", "2026-09-30", true},
		{"Période : 05/09/2026 - 25/10/2026", "2026-09-05", "2026-10-25", false},
		// Polish "r.", Czech spaced dots, Korean year-first dots, and
		// Japanese, Chinese and Korean dates with their connectors.
		{"za okres od 01.08.2026 r. do 30.09.2026 r.:", "2026-08-01", "2026-09-30", true},
		{"za období od 1. 8. 2026 do 30. 9. 2026", "2026-08-01", "2026-09-30", true},
		{"기간 2026. 8. 1. ~ 2026. 9. 30.", "2026-08-01", "2026-09-30", true},
		{"2026年8月1日から2026年9月30日まで", "2026-08-01", "2026-09-30", true},
		{"対象期間　令和8年7月1日から令和8年8月31日まで", "2026-07-01", "2026-08-31", true},
		{"対象期間　令和８年７月１日から令和８年８月３１日まで", "2026-07-01", "2026-08-31", true},
		{"期間：2026年8月1日至2026年9月30日", "2026-08-01", "2026-09-30", true},
		{"2026년 8월 1일부터 2026년 9월 30일까지", "2026-08-01", "2026-09-30", true},
		// Day-first with hyphens, and the connectors of other languages.
		{"over de periode 01-09-2026 tot en met 25-10-2026.", "2026-09-01", "2026-10-25", true},
		{"no período de 01/08/2026 a 15/10/2026:", "2026-08-01", "2026-10-15", true},
		{"dal 06/10/2026 al 13/10/2026", "2026-10-06", "2026-10-13", true},
		{"from 09-01-2026 to 10-15-2026", "2026-09-01", "2026-10-15", false},
		// Periods told relative to the request or to a date beside them.
		{"all records for the period during the month of August 2026.", "2026-08-01", "2026-08-31", false},
		{"produce the following records for the last 30 days preceding the date of this subpoena:", "2026-10-03", "2026-11-02", false},
		{"all IP addresses used in the past 24 hours for the account", "2026-11-01", "2026-11-02", false},
		{"records for the 45-day period preceding the date of the subpoena (October 27, 2026), for:", "2026-09-12", "2026-10-27", false},
		// The count before its word, up to the process's own date.
		{"Please accept the subpoena issued today, November 2, 2026. It covers the six (6) months preceding the date of this\nsubpoena.", "2026-05-02", "2026-11-02", false},
		{"The order, signed by the Superior Court on October 20, 2026, covers records from 120 days before the date of this Order through the date of this Order.", "2026-06-22", "2026-10-20", false},
		{"He wrote to her two days before the shooting. Please send the subscriber records of example.com.", "", "", false},
		{"Produce the records for the 90 days preceding the date of service, October 30, 2026.", "2026-08-01", "2026-10-30", false},
		{"We ask for records for the 30 days preceding this request.", "2026-10-03", "2026-11-02", false},
		// Two days joined by "and" are no period unless "between" makes them one.
		{"On June 20 and June 21, 2026 an agent watched the stream. Records for the account from account creation (January 12, 2025)\nthrough present:", "2025-01-12", "2026-11-02", false},
		{"all IP logs between October 1 and October 20, 2026", "2026-10-01", "2026-10-20", false},
		{"I need the IP addresses of the certificate requests made from the account on October 3 and\nOctober 4, 2026, and the login records for those two days.", "2026-10-03", "2026-10-04", false},
		{"Period: 1 June 2026 up to and including 14 July 2026.", "2026-06-01", "2026-07-14", true},
		// A period counted from a date written right after its word.
		{"records covering the 30 days before the March 4, 2026 search of the house:", "2026-02-02", "2026-03-04", false},
		{"for the six months before September 1, 2026: the account holder's name", "2026-03-01", "2026-09-01", false},
		{"the login IPs for the 14 days following June 2, 2026, when she vanished", "2026-06-02", "2026-06-16", false},
		{"Please respond within 10 days after receipt of this letter.", "", "", false},
		{"The threats began 10 days after the March 3, 2026 arrest of her brother. Please produce the login IPs for the 30 days before the date of this subpoena.", "2026-10-03", "2026-11-02", false},
		// A start told in words, its date in brackets.
		{"Produce the records from the start of fiscal year 2026 (October 1, 2025) to the present.", "2025-10-01", "2026-11-02", false},
		{"The victim's protective order was granted on January 3, 2026. Produce the records for the 30 days before the date of this Order.", "2026-10-03", "2026-11-02", false},
		// Session 26: days as ordinals "of" their month, with the year
		// at the end only; a double hyphen; a Romance range with one
		// year; a month the records asked for were made in.
		{"for the period from the 3rd of\nJune 2026 through the 21st of August 2026, inclusive.", "2026-06-03", "2026-08-21", false},
		{"produce the records from the 2nd of June to the 19th of August 2026:", "2026-06-02", "2026-08-19", false},
		{"för perioden 2026-06-02 -- 2026-08-19:", "2026-06-02", "2026-08-19", false},
		{"relativos ao período de 2 de Junho a 19 de Agosto de 2026:", "2026-06-02", "2026-08-19", false},
		{"Could you send the owner and any sign-ins in June 2026?", "2026-06-01", "2026-06-30", false},
		{"the IPs she logged in from last month (October 2026) would help", "2026-10-01", "2026-10-31", false},
		{"The suspect moved to Ohio in June 2026; we ask for the subscriber's name.", "", "", false},
		// A quarter in words.
		{"produce the records for the third quarter of calendar year 2026:", "2026-07-01", "2026-09-30", false},
		// Or in an aside between dashes.
		{"We ask for the API logs of example.com from the beginning - the shop was\nset up on 3 March 2025, according to the seller's own posts - through\nthe date of this letter.", "2025-03-03", "2026-11-02", false},
		{"Produce the login logs from account opening - the site went live on 3 March 2025, its own posts say - to the present.", "2025-03-03", "2026-11-02", false},
		// A tight dash between a day and the next month.
		{"Records for the period January 20-February 5, 2026.", "2026-01-20", "2026-02-05", false},
		{"Since 9:00 p.m. yesterday a user has been posting threats.", "2026-11-01", "2026-11-02", false},
		{"On or about October 4, 2026, a series of fraudulent sites appeared.", "2026-10-04", "2026-10-04", false},
		{"signed on July 1, 2026", "", "", false},
		{"from 1 January 2026 to the present", "2026-01-01", "2026-11-02", false},
		{"from March 3, 2026 (the week she left home) through September 30, 2026", "2026-03-03", "2026-09-30", false},
		{"activity from 03/01/2026 to present", "2026-03-01", "2026-11-02", false},
		{"all login records since June 2, 2026", "2026-06-02", "2026-11-02", false},
		{"all subscriber records and login IPs since March.", "2026-03-01", "2026-11-02", false},
		{"every login since the beginning of December 2025, please", "2025-12-01", "2026-11-02", false},
		{"logins since December, when the account opened", "2025-12-01", "2026-11-02", false},
		{"since may be needed", "", "", false},
		{"access logs for the site for October 1 through today.", "2026-10-01", "2026-11-02", false},
		{"the IP addresses used since last Saturday, October 24, please", "2026-10-24", "2026-11-02", false},
		{"records for the period 9/1/26 through 9/28/26:", "2026-09-01", "2026-09-28", false},
		{"logins from December 20 to today", "2025-12-20", "2026-11-02", false},
		{"signed on October 1 by the judge", "", "", false},
		{"for the period of 10/01/2026 through today", "2026-10-01", "2026-11-02", false},
		{"records from 1 September 2026 to date", "2026-09-01", "2026-11-02", false},
		{"From: 01/09/2026 To: 30/09/2026", "2026-09-01", "2026-09-30", true},
		{"between 01/09/2026 and 15/10/2026", "2026-09-01", "2026-10-15", true},
		{"between 09/01/2026 and 10/15/2026", "2026-09-01", "2026-10-15", false},
		{"logs from 13/08/2026 to 20/08/2026", "2026-08-13", "2026-08-20", false},
		{"Start date: 2026-08-01, end date: 2026-08-31", "2026-08-01", "2026-08-31", false},
		{"Since 2019 the suspect has lived in Ohio; we ask for records from 2026-09-01 to 2026-09-30", "2026-09-01", "2026-09-30", false},
		{"The suspect moved here from Ohio on March 3, 2026.", "", "", false},
	}
	for _, tt := range tests {
		got := dateRange(tt.text, "2026-11-02", tt.dayFirst)
		if tt.from == "" {
			if got != nil {
				t.Errorf("dateRange(%q) = %+v, want none", tt.text, got)
			}
			continue
		}
		if got == nil || got.From != tt.from || got.To != tt.to {
			t.Errorf("dateRange(%q) = %+v, want %s..%s", tt.text, got, tt.from, tt.to)
		}
	}
}

func TestCaseNumbers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"FBI Case 209D-WF-3381924", "209D-WF-3381924"},
		// Session 27: a form's date and time of the request is no number.
		{"Date/Time of Request: 11/02/2026 14:05 CST\nAgency Case No.: 26-PD-88107", "26-PD-88107"},
		{"Case No.: 2026-11-02 0457", "2026-11-02 0457"},
		// Session 28: a Spanish complaint's number; the word alone is none.
		{"relacionada con la Querella núm. 2025-3-207-01188 (fraude)", "2025-3-207-01188"},
		{"La denuncia presentada ayer por la víctima describe el fraude.\nTel. 787-555-0133", ""},
		// Session 32: Danish, Hungarian, Greek, Ukrainian, Brazilian,
		// French, Chilean and New York labels.
		{"J.nr. 0100-12345-00001-26", "0100-12345-00001-26"},
		{"Ügyszám: 29000/1234/2026. bü.", "29000/1234/2026"},
		{"ΑΒΜ: Ε2026/1234", "Ε2026/1234"},
		// Session 33: a Greek case-number label, a Korean number in Hangul,
		// an Arabic report number with its words in the other order.
		{"Αριθμός υπόθεσης: 1234/26/5678-α", "1234/26/5678-α"},
		{"사건번호: 사이버-2026-001234", "사이버-2026-001234"},
		{"رقم البلاغ: 2026/CR/12345", "2026/CR/12345"},
		{"Our reference for this matter is ABC-2026-0123. Please reply by mail.", "ABC-2026-0123"},
		{"The victim's complaint log number is CL-2025-118 at the consumer bureau; our own case number is 26-FR-4412.", "26-FR-4412"},
		{"Our internal reference for this is ABC-2026-0582.", "ABC-2026-0582"},
		{"Reference is made to our letter of May 3.", ""},
		{"у кримінальному провадженні № 12026100000000001 за ч. 4", "12026100000000001"},
		{"IPL 2026.0001234-SR/PF/SP", "2026.0001234-SR/PF/SP"},
		{"Référence : PV n° 01234/2026 – BR Exampleville", "01234/2026"},
		{"Parte policial N° 1234/2026", "1234/2026"},
		{"in People v. John Doe, Ind. No. 71234-26.", "71234-26"},
		{"The index finger print matched.", ""},
		{"The suspect used a PV 2026 solar panel listing as bait.", ""},
		// Session 29: Nordic, Romanian, Belgian, German, Indian and
		// Brazilian labels; the words in prose are none.
		{"Vi ber om e-postadressen.\n\nSak: 26-118204\n\nKari Nordmann", "26-118204"},
		{"Ordonanță de comunicare date – dosar 318/D/P/2026", "318/D/P/2026"},
		{"Case No.: CR 26-0418", "CR 26-0418"},
		{"Tgb.-Nr.: ST12-2026-04417", "ST12-2026-04417"},
		{"Notice u/s 94 BNSS - Cr. No. 0412/2026 - Cyber Crime PS", "0412/2026"},
		{"nos autos nº 5001234-11.2026.4.03.6181, em trâmite", "5001234-11.2026.4.03.6181"},
		{"Han sa at saken er alvorlig og at vi må handle raskt.", ""},
		{"Our case number is 26-7C-05518.", "26-7C-05518"},
		{"Aktenzeichen: 311 Js 2904/26", "311 Js 2904/26"},
		{"ATF Investigation No. (UI): 700000-26-0001", "700000-26-0001"},
		{"dans le cadre d'une information judiciaire (n° 1234/26/01) ouverte des chefs d'escroquerie", "1234/26/01"},
		{"Verfügung der Staatsanwaltschaft (Geschäftsnummer B-2/2026/1000001) in Sachen", "B-2/2026/1000001"},
		{"Grand Jury Subpoena GJ 26-664", "GJ 26-664"},
		// Session 25: an age after "case" is no case number.
		{"I'm working an active fraud case. A 79-year-old resident has lost his savings.\n\nEXSO case 26-004400", "26-004400"},
		// Labels of other countries' files.
		{"PROCÈS-VERBAL n° 00731/2026", "00731/2026"},
		{"Prot. n. 2291/26/SEZ-RM", "2291/26/SEZ-RM"},
		{"presido o Inquérito Policial nº 2026.0044178-SR/PF/SP, que apura", "2026.0044178-SR/PF/SP"},
		{"사건번호: 2026-004410", "2026-004410"},
		{"照会番号：2026-0412", "2026-0412"},
		{"Soruşturma No: 2026/51177", "2026/51177"},
		// A Polish prosecutor's file signature (unit, department, "Ds.",
		// number and year), with or without a label; Swedish and Czech
		// labels; a Czech number with its letters.
		{"Postępowanie prowadzone jest pod sygnaturą PK 3 Ds. 98.2025 przez prokuraturę.", "PK 3 Ds. 98.2025"},
		{"W nawiązaniu do sprawy PO IV Ds 5531.2026 uprzejmie proszę o dane.", "PO IV Ds 5531.2026"},
		{"Ärendenummer: K77121-26", "K77121-26"},
		{"Please find the order (No. MJ25-5077) under 18 U.S.C. § 2703(d).", "MJ25-5077"},
		{"č. j. KRPS-20417-7/TČ-2026-010081", "KRPS-20417-7/TČ-2026-010081"},
		// "on our end" between the label and the number.
		{"If you could tell me who holds the account, great. Case number on our end is KB26-004417.", "KB26-004417"},
		// A subpoena duces tecum's name labels its number; its initials
		// after a label are the number's.
		{"RE: Subpoena Duces Tecum No. 26 SDT 00413", "26 SDT 00413"},
		{"Case No. SDT 26-1177", "SDT 26-1177"},
		{"Civil Action No. 1:26-cv-07390 (S.D.N.Y.)", "1:26-cv-07390"},
		{"Our Ref: ABC/2026/123", "ABC/2026/123"},
		// A grand jury's code and number alone.
		{"GRAND JURY SUBPOENA DUCES TECUM\nGJ 2026-0777\n\nTO: Custodian of Records", "GJ 2026-0777"},
		{"serves the subpoena issued on behalf of the State Grand Jury, in SGJ 26-0099. The matter involves fraud.", "SGJ 26-0099"},
		// A statute after a process's name is no number of a case.
		{"Administrative Subpoena 18 USC 3486 - Agency file 233-801-0041", "233-801-0041"},
		// A unit's code of up to five capitals before the number; a longer
		// word in capitals starts none.
		{"Our Ref: XNCCB 26/0318\n18 September 2026", "XNCCB 26/0318"},
		{"Case: PENDING 26-0318 review", ""},
		{"Case number: ICAC 2026001234", "ICAC 2026001234"},
		{"Case: XSTF 24 0012", "XSTF 24 0012"},
		{"Our reference HTTPS 443 2026.", ""},
		{"Case: HTTPS 443", ""},
		{"Our reference: CLOUD 2018", ""},
		{"Case No.: XSO 26-0318", "XSO 26-0318"},
		{"Case No.: XYPD 26-0318; Ref: XNCCB 26/0419", "26-0318"},
		// A number shaped like an impossible date, a form's leader dots, an
		// agency's acronym after the label, other languages' labels, a
		// federal docket by its shape.
		{"in XBI Case 45-26-1100, requesting subscriber records", "45-26-1100"},
		{"(4) Incident number .......... XY26-000123", "XY26-000123"},
		{"Dossier ABCD : 12-345678-001", "12-345678-001"},
		{"Diligencias Previas n.º 2211/2026", "2211/2026"},
		{"Subject: 2703(d) signed - 26-mj-00123 (XYZ)", "26-mj-00123"},
		{"Case No. 2:26-mj-00456-ABC", "2:26-mj-00456-ABC"},
		{"Filed in No. 2:26-cv-01234-PHX-ABC (D. Ariz.).", "2:26-cv-01234-PHX-ABC"},
		{"the signed order SA-26-MJ-04410 is attached", "SA-26-MJ-04410"},
		{"case 10/14/2026 at 10:15", ""},
		{"a theft case where a local store lost money", ""},
		{"an order under 18 U.S.C. 2703(d) and 2705(b) for the account", ""},
		{"This order under 18 U.S.C. § 2703(d) in Case No. 26-MJ-0417 requires", "26-MJ-0417"},
		{"the subpoena and 2705 notice", ""},
		{"Subpoena No. 2026-117 is attached", "2026-117"},
		{"Docket No. 1:26-mj-00932-TCB", "1:26-mj-00932-TCB"},
		{"File #: 26-00981", "26-00981"},
		{"Incident No. 2026-338812", "2026-338812"},
		{"Report Number: R26-004471", "R26-004471"},
		{"warrant issued under 18 U.S.C. 2703(a)", ""},
		{"Our reference: NCA/CY/2026/0412", "NCA/CY/2026/0412"},
		{"Our reference: CBP-OFO-26-30417 U.S. Customs and Border Protection requests", "CBP-OFO-26-30417"},
		{"Pursuant to 18 U.S.C. 2703(d), Mag. No. 26-mj-15538", "26-mj-15538"},
		// Labels of police records systems and prosecutors' files.
		{"in the matter of the Sheriff's Office CCR No. 2026-55120 (fraud)", "2026-55120"},
		{"under Item # B-20417-26 for the records below", "B-20417-26"},
		{"Our service number is 2026-6620175.", "2026-6620175"},
		{"Inv. No. 26-INV-01177.", "26-INV-01177"},
		{"v. John Doe, Index No. 771203/2026, pending in the Supreme Court", "771203/2026"},
		{"USAO No. 2026R01140 To: Custodian of Records", "2026R01140"},
		{"Parketnummer: 09/441920-26.", "09/441920-26"},
		{"The service we provide is used by 2000 people", ""},
		{"an item of 5000 records", ""},
		{"RE: Preservation request - 18 U.S.C. 2703(f) - WCSO 26-30571", "26-30571"},
		{"Subject: Preservation request - BCPD CC# 26-7712040", "26-7712040"},
		{"Reference: RD# KX-220914", "KX-220914"},
		{"ICR #:      26004412", "26004412"},
		{"Misc. No. 2:26-MJ-00412-TK 1. Attached is an order", "2:26-MJ-00412-TK"},
		{"Incident No. 26-55017, Sheriff, 100 Main St, Tempe, AZ 85284", "26-55017"},
		{"Investigation of fraud at our office in Tempe, AZ 85284", ""},
		{"SUBPOENA TO TESTIFY BEFORE A GRAND JURY, GJ No. 26-3-441, issued by the court", "26-3-441"},
		{"IR Number: 26-077120 Requesting Deputy: Ann Lee", "26-077120"},
		{"In re Application for an Order Pursuant to 18 U.S.C. 2703(d), No. 2:26-ec-00318.", "2:26-ec-00318"},
		{"Production Order s.487.014 issued by the court", ""},
		{"We need No. 2 of the list.", ""},
		{"Case: see letter. 550 W. Main Street, Mesa, AZ 85201", ""},
		// A file number shaped like a year and two more parts is no date.
		{"State v. Roe -- File: 2026-07-3391 -- Subpoena Duces Tecum", "2026-07-3391"},
		{"Agency case 2026-10-14 was opened", ""},
		// Any unit's initials with "#" or "No."; not a phone's or a fax's.
		{"Name and e-mail would be plenty. PD# 26-11-004410 if you need it.", "26-11-004410"},
		{"Item Detail MFCU No. 2025-3108 Statute R.C. 1.01", "2025-3108"},
		{"In the Matter of the Search S.W. No. 2SW260000117 SEARCH WARRANT", "2SW260000117"},
		{"Call me. TEL# 555-0100", ""},
		// A phone's area code or a list's next item after the number is
		// no subsection of a statute.
		{"Sheriff's Office - Fraud Unit Case #XSO26-004411 (813) 555-0164", "XSO26-004411"},
		{"(4) Incident number .......... XY26-000417 (5) Nature of the emergency", "XY26-000417"},
		// Crime numbers and other countries' file labels.
		{"Sub: Crime No. 0441/2026 of Cyber Police Station", "0441/2026"},
		{"Esitutkinnan numero: 1234/R/5678/26", "1234/R/5678/26"},
		// More countries' labels; a short line ends the number; a year
		// that cannot be one makes no date.
		{"RUC N° 2600001234-5\n\nAtentamente,", "2600001234-5"},
		{"Málsnúmer (case no.): 007-2026-00001", "007-2026-00001"},
		{"Notitienummer: AB.12.L1.000001/26", "AB.12.L1.000001/26"},
		{"Réf. : P/2026/000001\n\nSgt Jo Roe", "P/2026/000001"},
		{"Ref: ABC/CCU/2026/0001\n13th November, 2026\n\nREQUEST FOR INFORMATION", "ABC/CCU/2026/0001"},
		{"Case No.:\n  26-0001", "26-0001"},
		{"the Eastern District of Example, GJ No. 41-07-0388. It seeks records", "41-07-0388"},
		{"General No. 2026 CF 000001\n\nCustodian:", "2026 CF 000001"},
		{"Aktenzeichen\n401 Js 12345/26\n", "401 Js 12345/26"},
		{"the attached administrative subpoena (EXDA Ref: 2026-17B-0001) for subscriber records", "2026-17B-0001"},
		{"pending a search warrant:\n\n    example66-shop.example\n    203.0.113.240\n", ""},
		// Session 19: a Washington cause number with its county's code,
		// an SDNY docket, Spanish, Italian, Turkish, Korean, Japanese,
		// Arabic and Hebrew labels.
		{"Superior Court for King County, Cause No. 25-1-00917-3 SEA, order for example.com", "25-1-00917-3 SEA"},
		{"the 2703(d) order entered in 26 Mag. 0417 for example.com", "26 Mag. 0417"},
		{"Exhorto librado en la causa FMP 1203/2026 por el Juzgado Federal", "FMP 1203/2026"},
		{"Richiesta dati - Proc. pen. n. 4410/2026 R.G.", "4410/2026"},
		{"Ankara 3. Sulh Ceza Hakimliğinin 2026/915 D.İş sayılı kararı", "2026/915 D.İş"},
		{"DEĞİŞİK İŞ NO : 2026/915 D.İş", "2026/915 D.İş"},
		{"압수·수색영장(영장번호 2026-0417)에 따라", "2026-0417"},
		{"管理番号：AB-2026-0099", "AB-2026-0099"},
		{"في القضية رقم 204/2026 بشأن", "204/2026"},
		{"בתיק 12345-10-26 של בית המשפט", "12345-10-26"},
		{"בקשה למסירת מידע - פל\"א 284715/2026", "284715/2026"},
		{"بالتحقيق في البلاغ رقم 4471/2026 بشأن", "4471/2026"},
	}
	for _, tt := range tests {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		got := caseNumber(doc)
		if g := deref(got); g != tt.want {
			t.Errorf("caseNumber(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestCaseNumberOfReply: a reply's subject is the thread's; the writer's
// own words name a new matter's case before it, a quoted message's after
// it; a subject that is no reply names its case first.
func TestCaseNumberOfReply(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"RE: Emergency - Case 2026-1001 - example.com", "New matter: a separate investigation, Case No. 2026-2002. Please preserve example.net.\n\n-----Original Message-----\nCase 2026-1001\n", "2026-2002"},
		{"RE: Subpoena - Case No. 2026-1001", "This relates to the same suspect as our Case No. 2025-0912 last year.\n", "2026-1001"},
		{"RE: Emergency - Case 2026-1001 - example.com", "Here is the summary you asked for.\n\n-----Original Message-----\nCase 2026-3003\n", "2026-1001"},
		{"Subpoena - Case 2026-1001", "Related matter: Case No. 2026-2002.", "2026-1001"},
	}
	for _, tt := range tests {
		doc := &document{subject: tt.subject, body: tt.body, flat: strings.Join(strings.Fields(tt.body), " "), newMatter: newMatterReply(tt.subject, tt.body)}
		if g := deref(caseNumber(doc)); g != tt.want {
			t.Errorf("caseNumber(%q, %q) = %q, want %q", tt.subject, tt.body, g, tt.want)
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestMatchesIsFindAll checks that matches yields exactly the matches
// FindAllStringSubmatchIndex finds, in order, and stops when asked.
func TestMatchesIsFindAll(t *testing.T) {
	tests := []struct{ re, s string }{
		{`\bab\b`, "ab xab ab abx ab"},
		{`a*`, "baaab"},
		{`(\d+)-(\d+)?`, "1-2 3- 45-6 7-8 9-10 11-12 13-"},
		{`x`, ""},
		{`(?i)subpoena`, strings.Repeat("Subpoena ", 37)},
	}
	for _, tt := range tests {
		re := &lazyRE{expr: tt.re}
		want := re.FindAllStringSubmatchIndex(tt.s, -1)
		var got [][]int
		for loc := range matches(re, tt.s) {
			got = append(got, loc)
		}
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%q on %q: visited %v, FindAll %v", tt.re, tt.s, got, want)
		}
		for stop := 0; stop < len(want); stop++ {
			n := 0
			for range matches(re, tt.s) {
				if n++; n == stop+1 {
					break
				}
			}
			if n != stop+1 {
				t.Errorf("%q: asked to stop after %d matches, visited %d", tt.re, stop+1, n)
			}
		}
	}
}

// TestGivenFirst: a display name written surname first is turned round
// when the address starts with the given name.
// TestPersonalDisplay: a family name in capitals that the address spells
// is a person's; a unit's initials before its name are no person's.
func TestPersonalDisplay(t *testing.T) {
	for _, tt := range []struct{ display, addr, want string }{
		{"FONTAINE Claire", "claire.fontaine@justice.example", "Fontaine Claire"},
		{"DEA Houston TDS Intake", "houston.tds.intake@dea.example", ""},
		{"USSS Milwaukee CFTF", "milwaukee.cftf@usss.example", ""},
		{"IRC Rotterdam", "irc.rotterdam@om.example", ""},
		{"NSP Investigative Services", "nsp.isd.legal@example.gov", ""},
		{"Kripos Datakrimseksjonen", "kripos.datakrim@politiet.example", ""},
	} {
		if got := personalDisplay(tt.display, tt.addr); got != tt.want {
			t.Errorf("personalDisplay(%q, %q) = %q, want %q", tt.display, tt.addr, got, tt.want)
		}
	}
}

func TestGivenFirst(t *testing.T) {
	for _, tt := range []struct{ display, addr, want string }{
		{"Brandstätter-Koller Hannelore", "hannelore.brandstaetter-koller@polizei.example", "Hannelore Brandstätter-Koller"},
		{"Whitmore-Vance Jordan T", "jordan.whitmore-vance@oig.example", "Jordan T. Whitmore-Vance"},
		{"Jane Doe", "jane.doe@fbi.gov", "Jane Doe"},
		{"Doe Jane", "jdoe@fbi.gov", "Doe Jane"},
		{"Lindqvöst Maja", "maja.lindqvost@polis.example", "Maja Lindqvöst"},
		{"Dvořáková Jana", "jana.dvorakova@policie.example", "Jana Dvořáková"},
		{"Marinescu Andreea-Ioana", "andreea.marinescu@parchet.example", "Andreea-Ioana Marinescu"},
	} {
		if got := givenFirst(tt.display, tt.addr); got != tt.want {
			t.Errorf("givenFirst(%q, %q) = %q, want %q", tt.display, tt.addr, got, tt.want)
		}
	}
}

// TestCapsSurnames: a surname in capitals after a rank, in either order,
// where the sender's address holds it; an office's initials are no name.
func TestCapsSurnames(t *testing.T) {
	for _, tt := range []struct{ body, from, want string }{
		{"Données demandées.\n\nAdjudant-chef Jean DURANDAL\nGendarmerie\n", "jean.durandal@example.fr", "Données demandées.\n\nAdjudant-chef Jean Durandal\nGendarmerie\n"},
		{"Données demandées.\n\nCommandant MARTELLE Lucie\n", "MARTELLE Lucie <l.martelle@example.fr>", "Données demandées.\n\nCommandant Lucie Martelle\n"},
		{"Thanks.\n\nDetective Mark Jones NYPD\n", "mark.jones@example.org", "Thanks.\n\nDetective Mark Jones NYPD\n"},
		{"Thanks.\n\nSpecial Agent Jane HSI\n", "jane.roe@example.gov", "Thanks.\n\nSpecial Agent Jane HSI\n"},
		{"Thanks.\n\nDetective DOE Homicide\n", "x@example.org", "Thanks.\n\nDetective DOE Homicide\n"},
		{"Données demandées.\n\nThomas DURANDAL\n", "thomas.durandal@example.fr", "Données demandées.\n\nThomas DURANDAL\n"},
		{"Données demandées.\n\nAdjudant-chef Jean Pierre DURANDAL\n", "jp.durandal@example.fr", "Données demandées.\n\nAdjudant-chef Jean Pierre Durandal\n"},
	} {
		if got := capsSurnames(tt.body, tt.from); got != tt.want {
			t.Errorf("capsSurnames(%q, %q) = %q, want %q", tt.body, tt.from, got, tt.want)
		}
	}
}

func TestAgentVariants(t *testing.T) {
	for _, tt := range []struct{ display, body, want string }{
		{"", "Please call me.\n\nJane M. Doe, Special Agent\nFederal Bureau of Investigation\n", "Jane M. Doe"},
		{"", "Requesting officer: Det. Carl Baxter\nPhone: 555-0100\n", "Carl Baxter"},
		// Session 32: a degree after the name ("BA"), as Austrian
		// officers sign; a Hungarian rank after the name.
		{"", "Mit freundlichen Grüßen\n\nJo Roe, BA\nChefinspektor\nBundeskriminalamt\n", "Jo Roe"},
		{"", "Best regards,\n\nRoe Anna r. őrnagy\nNemzeti Nyomozó Iroda\n", "Roe Anna"},
		// Session 31 (round 67): a UK officer's collar number between
		// the rank and the name.
		{"", "Please find the order attached.\n\nKind regards\n\nDC 7741 Jo Roe\nRegional Cyber Crime Unit\nExample Police\n", "Jo Roe"},
		// Session 31 (round 66): a prosecutor's title before the name in
		// prose, longer than the rank it opens with ("Deputy").
		{"Example Cyber Unit", "The assigned attorney is Deputy District Attorney Jo R. Roe-Doe,\ndirect (555) 555-0145.\n\nCyber Unit\nExample County District Attorney\n", "Jo R. Roe-Doe"},
		// Session 19: two ranks in the header; a three-word surname before
		// its comma; "St." opening a surname; "Im Auftrag" over a name.
		{"Det. Sgt. Jo Roe", "Please preserve example.com.\n", "Jo Roe"},
		{"", "Please preserve example.com.\n\nBezInsp Jo Roe\nBundeskriminalamt\n", "Jo Roe"},
		{"", "Please preserve example.com.\n\nCase No. 26-0001\nDet. Jo Roe\nExample Police Department\n", "Jo Roe"},
		{"", "Please preserve example.com.\n\nPrepared by:\nJo Roe Approved\n", "Jo Roe"},
		{"Van Der Berg, Ana", "Please preserve example.com.\n", "Ana Van Der Berg"},
		{"", "Please preserve example.com.\n\nSgt. Marie L. St. Clair\nExample State Police\n", "Marie L. St. Clair"},
		// Session 27: a hyphenated surname whose first part is a particle
		// ("Le-", "De-"); a nickname in quotes inside the signed name.
		{"Jo Le-Grand", "Please preserve example.com.\n\nDetective Jo K. Le-Grand, #4410\nExample Police Department\n", "Jo K. Le-Grand"},
		{"", "Please preserve example.com.\n\nBest regards,\n\nAna De-Souza\nAssistant District Attorney\n", "Ana De-Souza"},
		{"", "Please preserve example.com.\n\nBest regards,\n\nRobert \"Bobby\" Quinlan-Ortiz\nAssistant United States Attorney\n", "Robert Quinlan-Ortiz"},
		// Session 28 (round 56): a rank line with the country before it;
		// "S/A" for Special Agent; a display name written for another
		// person names no agent.
		{"Roe, Jordan - Example City, ST", "Attached please find the order.\n\nJordan Roe\nU.S. Postal Inspector\nExample Division\n(555) 555-0128 office\n", "Jordan Roe"},
		{"Jordan Roe - for SA Ann Lee", "Attached please find the order.\n\nExample Field Office\n(555) 555-0128\n", ""},
		{"", "Please send the production to me.\n\nS/A Jordan Ellis-Roe\nExample OIG, Office of Investigations\nDirect 555.555.0143\n", "Jordan Ellis-Roe"},
		// Session 28: a signature in capitals with its rank after a comma
		// (a military investigator's style), the surname in the From.
		{"ELLSWORTH-KANE, JORDAN P SA DAF OSI DET 12/CC", "Please preserve example.com.\n\nVery respectfully,\n\nJORDAN P. ELLSWORTH-KANE, SA, DAF\nOSI Det 12, Example AFB, CO\nComm (555) 555-0117\n", "Jordan P. Ellsworth-Kane"},
		{"", "Please preserve example.com.\n\nVery respectfully,\n\nJORDAN P. ELLSWORTH-KANE, SA, DAF\nOSI Det 12, Example AFB, CO\nComm (555) 555-0117\n", "Jordan P. Ellsworth-Kane"},
		{"", "Please preserve example.com.\n\nBest regards,\n\nExample Police-Department\nRecords Unit\n", ""},
		// "Dep" for a deputy, without its dot.
		{"", "Please preserve example.com.\n\nDep Jo Roe\nExample County Sheriff's Office\n", "Jo Roe"},
		// Session 26: an office's initials before a comma are no name
		// (see TestAgentSurnameFirst).
		{"", "Attached is a subpoena for example.com.\n\nThank you.\nOIG, Region Four\nSpecial Agent Jo Roe\n", "Jo Roe"},
		// Session 26: a name opening with the short form of Mohammad.
		{"", "Please send the records of example.com.\n\nRegards,\nMd. Karim Uddin Hossain\nASP, Cyber Police Centre\n", "Md. Karim Uddin Hossain"},
		{"", "Please send the records of example.com.\n\nThank you,\nMohd. Faiz Roslan\nInspector, Example Police\n", "Mohd. Faiz Roslan"},
		// Session 25: a Turkish police rank under a Turkish closing.
		{"", "Please send the records of example.com.\n\nSaygılarımla,\n\nBaşkomiser Ali Demir\nExample Emniyet Müdürlüğü\n", "Ali Demir"},
		// Session 25: a Texas Ranger's rank.
		{"", "Please preserve example.com.\n\nRanger Jo Roe\nExample Department of Public Safety, Example Rangers\n", "Jo Roe"},
		// Capitalised particles before the surname.
		{"", "Please preserve example.com.\n\nSgt. Ramon P. De La Vega\nExample State Patrol\n", "Ramon P. De La Vega"},
		{"", "Please preserve example.com.\n\nThank you,\n\nAna Van Der Berg\nDetective\nExample Police Department\n", "Ana Van Der Berg"},
		// The order's judge who signed it is no agent.
		{"", "IT IS ORDERED that Provider disclose the records of example.com.\n\nDated: April 9, 2026\n\n/s/ Ann B. Lee\nUnited States Magistrate Judge\n", ""},
		{"", "Please process the subpoena.\n\n/s/ Jo Roe\nSpecial Agent\n", "Jo Roe"},
		// A name in brackets under the closing.
		{"", "The undersigned may be contacted for any clarification.\n\nYours faithfully,\n\n(Ravi Kumar Rao)\nDeputy Superintendent of Police\nExample Bureau of Investigation\n", "Ravi Kumar Rao"},
		// An accented surname that begins like an article ("León").
		{"", "Please preserve example.com.\n\nRespectfully,\nDet. Cpl. Ana M. Ríos de León\nExample County Department of Police\n", "Ana M. Ríos de León"},
		{"", "Please preserve example.com.\n\nSgt. José León\nExample Police Department\n", "José León"},
		{"Lê Thị Thu Hà", "Kính gửi, xin cung cấp dữ liệu của example.vn.\n", "Lê Thị Thu Hà"},
		// In prose a capitalised "La" starts a place: no name read with it.
		{"", "Attached is a subpoena for example.com. Questions to Det. Jo Roe La Crosse Police at (608) 555-0143.", ""},
		// A given name by its initials after a rank.
		{"", "Please preserve example.com.\n\nThanks,\n\nCpl. R.J. Roe\nExample Police Department\n", "R.J. Roe"},
		{"", "Please preserve example.com.\n\nDet. J. R. Roe\nExample Police Department\n", "J. R. Roe"},
		{"", "Please preserve example.com.\n\nU.S. Attorney\nExample District\n", ""},
		{"", "Please preserve example.com. The victim is a retired Sgt. U.S. Army Reserve member.\n", ""},
		// A signature all in capitals; a given name after an initial.
		{"", "Please preserve example.com.\n\nJANE Q. ROE\nSPECIAL AGENT\nEXAMPLE STATE ATTORNEY GENERAL'S OFFICE\n", "Jane Q. Roe"},
		{"", "Please preserve example.com.\n\nVery respectfully,\n\nJ. Robert Roe\nSpecial Agent\nExample Field Office\n", "J. Robert Roe"},
		{"", "PLEASE PRESERVE EXAMPLE.COM AT ONCE.\n", ""},
		// Capitals over an address or a judge's title are no officer.
		{"", "Please preserve example.com. The account is registered to:\n\nJOHN H. SMITH\n1 EXAMPLE ROAD\nSPRINGFIELD IL\n\nExample Field Office\n", ""},
		{"", "Please preserve example.com.\n\nMARY A. POE\nUNITED STATES MAGISTRATE JUDGE\n", ""},
		{"", "Bitte sichern Sie die Daten von example.de.\n\nMit freundlichen Grüßen\nIm Auftrag\nJo Roe\nBundeskriminalamt\n", "Jo Roe"},
		{"Cyber Unit - Legal Process", "Records to preserve: logs.\n\nInvestigator: Marek Dąbrowski, Cyber Crimes Unit\nTelephone: 555-0153\n", "Marek Dąbrowski"},
		{"Example Division Legal Process Unit", "Please preserve example.com.\n\nPostal Inspector handling the matter: Jo Roe\nTelephone: 555-0153\n\n--\nSent from a shared mailbox.\n", "Jo Roe"},
		{"Example Division Legal Process Unit", "Please preserve example.com.\n\nDetective assigned to the case: Pat Doe\n", "Pat Doe"},
		{"", "Please preserve example.com.\n\nSpecial Agent Jo Roe Telephone: (202) 555-0157\n", "Jo Roe"},
		// A ranked name wrapped in a clerk's prose; another agent the
		// story names is not the request's.
		{"", "A 16-year-old girl posted on example.net an hour ago that she will kill herself tonight. Her school counselor asked that we contact Special Agent Jo\nRoe of the Victim Services unit, who will stay with the family. Please send the account's e-mail.\n\nPhone (202) 555-0143\n", ""},
		{"Criminal Intake", "The Clerk's Office transmits the attached order for example.com.\n\nQuestions about production should go to the case agent, Special Agent Jo\nRoe, at 702-555-0151. The Clerk's Office cannot answer them.\n\nCriminal Intake Section\nOffice of the Clerk\n", "Jo Roe"},
		// Korean names, written as one word: in the From header, after a
		// rank in the signature; an office is no name.
		{"박서연", "자료 제공을 요청드립니다.\n\n사이버수사대\n전화: 02-555-0100\n", "박서연"},
		{"", "자료 제공을 요청드립니다.\n\n경감 이민호\n경찰청 사이버수사국\n", "이민호"},
		{"민원실", "자료 제공을 요청드립니다.\n", ""},
		{"관리자", "자료 제공을 요청드립니다.\n", ""},
		{"박서연", "Please send the records of example.kr.\n\nInspector Park Seo-yeon\nKorean National Police Agency\n", "Park Seo-yeon"},
		// A unit's name in the header is no person's; a family name in
		// capitals or before a double given name, with accents the
		// address drops.
		{"Kripos Datakrimseksjonen", "Please find the order attached.\n\nKripos\n", ""},
		{"", "Please preserve example.com.\n\n/s/ Lt. Jo Roe Date/time: 11/24/2026 06:05 CST\n", "Jo Roe"},
		{"Cyber Unit - Legal Process", "Agent: FBI Cyber Division\nTelephone: 555-0153\n", ""},
		{"", "Agent: John Smith of Example Realty is the account holder.\nPlease send the records.\n", ""},
		{"", "Respectfully submitted,\n\n/s/ Helen Marsh\nAssistant United States Attorney\n", "Helen Marsh"},
		{"Legal Process Unit", "Regards,\nInv. Omar Reyes\nCyber Crimes Unit\n", "Omar Reyes"},
		{"Doe, Jane (FBI)", "Thanks,\nJane\n", "Jane Doe"},
		{"", "Thank you,\n\nSergeant Lisa Wong\nTelephone 555-0134\n", "Lisa Wong"},
		{"", "The Federal Bureau of Investigation requests records.\nLegal Process Unit\n", ""},
		{"Vantreece, Odile", "See the attached subpoena.\n\nSUBPOENA\nReturn to Investigator ODILE M. VANTREECE, (559) 555-0100\n", "Odile M. Vantreece"},
		{"", "Kind regards,\nGarda Niamh Tuathail\n", "Niamh Tuathail"},
		// British ranks' initials before a name whose surname has a
		// capitalised particle (Detective Constable, Detective Sergeant).
		{"", "Kind regards,\n\nDC Rhys Le Marquand\nEconomic Crime Unit\n", "Rhys Le Marquand"},
		{"", "Regards,\n\nDS Ana De Souza\nFraud Squad\n", "Ana De Souza"},
		// Ranks of Quebec's police in French, a colonel's rank without
		// its dot.
		{"", "Merci,\n\nSergente Chloé Tremblay\nService des enquêtes\n", "Chloé Tremblay"},
		{"", "Regards,\n\nCol Thandiwe Mokoena\nCommercial Crimes Unit\n", "Thandiwe Mokoena"},
		// The header's short given name, the signature's full one.
		{"Dan Okafor", "Please help if you can.\n\nDaniel P. Okafor\nExample Investigations LLC\n", "Daniel P. Okafor"},
		// The header's initial for the given name the signature writes.
		{"Special Agent R. Lindqvist", "Please respond today.\n\nSA Rowan Lindqvist\nField Office\n", "Rowan Lindqvist"},
		{"Okonjo, T. (Tayo)", "Met vriendelijke groet,\n\nTayo Okonjo\nTeam Digitale Recherche\n", "Tayo Okonjo"},
		// A unit's mailbox signed with its agency alone names no one.
		{"Example DEU Unit", "Please find the subpoena attached.\n\nRegards,\nExample Highway Patrol\nDigital Evidence Unit\n", ""},
		// A Dutch header with the surname's particles after the initial.
		{"Dijk, M. van (Maud)", "With kind regards,\n\nMaud van Dijk\nDigital Investigator - Team Cybercrime\n", "Maud van Dijk"},
		{"Dijk, M. van (Maud)", "Met vriendelijke groet,\n\nDigitale Recherche\n", "M. van Dijk"},
		// "With kind regards" closes a letter whose attachment's text
		// follows the signature.
		{"Bosch, E. van den (Eva)", "With kind regards,\n\nEva van den Bosch\nDigital Investigator - Team Cybercrime\nPolitie Eenheid Utrecht\n\nRECHTBANK UTRECHT\nDe rechter-commissaris\nverleent machtiging tot het vorderen van gegevens\nover de periode 1 juli tot en met 6 september\nbetreffende example.nl\n- registratiegegevens\n- e-mailadressen\n- IP-adressen\n- certificaten\nUtrecht, 4 september 2026\nDe rechter-commissaris\n", "Eva van den Bosch"},
		// Another given name with the same initial is another person.
		{"R. Lindqvist", "Regards,\n\nR. Lindqvist\n\ncc: Inspector Ruth Lindqvist-Moore\n", "R. Lindqvist"},
		// Ranks of Austrian police and of Spanish-speaking police
		// (general knowledge).
		{"", "Mit freundlichen Grüßen\n\nChefinspektor Lukas Brandstätter\nLandeskriminalamt\n", "Lukas Brandstätter"},
		// Session 33: Swedish and Finnish ranks before the name.
		{"", "Med vänlig hälsning\n\nKriminalinspektör Ann Roe-Berg\nPolismyndigheten\n", "Ann Roe-Berg"},
		{"", "Ystävällisin terveisin\n\nRikoskomisario Jussi Roe\nKeskusrikospoliisi\n", "Jussi Roe"},
		{"", "Atentamente,\n\nCabo Primero Ignacio Fuentes\nBrigada de Cibercrimen\n", "Ignacio Fuentes"},
		{"", "Saludos,\n\nCabo Ignacio Fuentes\nBrigada de Cibercrimen\n", "Ignacio Fuentes"},
		// A table's heading near the end of a letter is no name.
		{"", "Please see the subpoena particulars below.\n\nItem Detail\n\nRecords Subscriber information\n\nExample Field Office\nTel. (313) 555-0100\n", ""},
		// An Australian federal police rank under the name; a closing of
		// thanks above it.
		{"", "A copy is attached.\n\nNoah Whitcombe\nFederal Agent\nCybercrime Operations\n", "Noah Whitcombe"},
		{"", "A copy is attached.\n\nMany thanks,\n\nNoah Whitcombe\nCybercrime Operations\n", "Noah Whitcombe"},
		// A rank read into a name, a signature's date after it; a surname
		// that is a month's name stays.
		{"Fitzmaurice, Eoghan", "Regards,\nDet. Garda Eoghan Fitzmaurice\n", "Eoghan Fitzmaurice"},
		{"", "Respectfully,\n/s/ Det. Sgt. Ingrid Vasquez-Lund June 14, 2026 05:30\n", "Ingrid Vasquez-Lund"},
		{"", "Respectfully,\nDetective Theresa May\n", "Theresa May"},
		{"", "Cordialement,\nAdjudante-cheffe Léonie Verdier\n", "Léonie Verdier"},
		// A closing on its own line is no name.
		{"", "Bitte senden Sie die Unterlagen an diese Adresse.\n\nFreundliche Grüsse\nfedpol – Rechtshilfe\n", ""},
		{"", "Please send the records.\n\nBest Regards\nLegal Process Unit\n", ""},
		// A unit's name in Japanese is no person; a person's name is.
		{"例県警察 サイバー犯罪対策課", "添付の命令をご確認ください。\n", ""},
		{"山田 太郎", "添付の命令をご確認ください。\n", "山田 太郎"},
		{"山田 太郎（例県警察 サイバー課）", "添付の命令をご確認ください。\n", "山田 太郎"},
		// A form's "Requesting Special Agent", and a Philippine police rank.
		{"", "Requesting Special Agent: Dana K. Roe\nPhone: 555-0100\n", "Dana K. Roe"},
		{"", "Respectfully,\n\nPMAJ Jose R. Cruz\nAnti-Cybercrime Group\n", "Jose R. Cruz"},
		// An office's name signing the letter is no person.
		{"Example Desk", "Met vriendelijke groet,\n\nInternationaal Rechtshulpcentrum Rotterdam\nOpenbaar Ministerie\n", ""},
		{"", "Mit freundlichen Grüßen\n\nLagezentrum Nord\nLandespolizei\n", ""},
		// Judges, prosecutors and French police ranks before or under the
		// name.
		{"", "Veuillez agréer mes salutations.\n\nClaire Roussel-Martin\nJuge d'instruction\nTribunal judiciaire d'Exempleville\n", "Claire Roussel-Martin"},
		{"", "Je reste joignable.\n\nCommandant de police Émeline Roux\nOffice mineurs\n", "Émeline Roux"},
		{"", "Mit freundlichen Grüßen\n\nJonas Beispiel\nOberstaatsanwalt\nGeneralstaatsanwaltschaft Beispielstadt\n", "Jonas Beispiel"},
		// Nigerian and Uruguayan ranks.
		{"", "Your urgent cooperation will be appreciated.\n\nACP Adaeze Nwosu\nNational Cybercrime Centre\n", "Adaeze Nwosu"},
		{"", "Saludan atentamente,\nCrio. Mayor Julio Ferrer Bastos\nDepartamento de Delitos Informáticos\n", "Julio Ferrer Bastos"},
		{"División de Delitos", "Agente / Agent: Agte. Marisol Quiñones Vega\nTel. (787) 555-0100\n", "Marisol Quiñones Vega"},
		// The signature's middle initial beats a sentence's shorter name.
		{"Tobias Wrenfield", "I am Special Agent Tobias Wrenfield of the FBI.\n\nTobias N. Wrenfield\nAssistant U.S. Attorney\n", "Tobias N. Wrenfield"},
		{"", "Please send the records to me.\n\nMaeve R. Hollandsworth, CFE\nFraud Investigator\n", "Maeve R. Hollandsworth"},
		// Ranks of other forces, and a table row read as one line.
		{"", "Call me tonight.\n\nP.O. Lorcan T. Abernethy Cell: (414) 555-0101\nExample City Police Department\n", "Lorcan T. Abernethy"},
		{"", "Respectfully,\nDetective Superintendent Morwenna Tregarthen\nExample Constabulary\n", "Morwenna Tregarthen"},
		{"", "Cordiali saluti\nIspettore Superiore Arcangelo Bellotti\n", "Arcangelo Bellotti"},
		{"", "Kind regards,\nLiadan Ferriter Direct: +353 1 555 0100\n", "Liadan Ferriter"},
		{"", "Met vriendelijke groet,\n\nmr. Jorien van der Wiel-Bakker\nOfficier van justitie\n", "Jorien van der Wiel-Bakker"},
		{"", "Atentamente,\nInspector Jefe Rodrigo de la Fuente\n", "Rodrigo de la Fuente"},
		// A signature name in capitals above its rank.
		{"", "3. POC is the undersigned.\n\nLUCIENNE B. HARTWELL-OYELARAN, SA, USAF\nSpecial Agent, Det 12\n", "Lucienne B. Hartwell-Oyelaran"},
		{"", "Thanks.\n\nNATHANIEL P. WOODCROFT\nSpecial Agent, CID\n", "Nathaniel P. Woodcroft"},
		// Display names surname first, with and without a comma.
		{"Reyes Montoya, Graciela", "Thanks.\n", "Graciela Reyes Montoya"},
		{"St. Clair, Ambrose", "Thanks.\n", "Ambrose St. Clair"},
		{"Cardoso, Renata Q", "Thanks.\n", "Renata Q. Cardoso"},
		// Generational suffixes as written, a middle initial the header
		// leaves out, an accent the header drops, a credential.
		{"Whitford Jr., Marcus D (XSP)", "Requested by:\nMarcus D. Whitford Jr., Detective\n", "Marcus D. Whitford Jr."},
		{"Ellery, Tobin R Jr", "Respectfully,\nTobin R. Ellery Jr.\nDeputy Sheriff\n", "Tobin R. Ellery Jr."},
		{"", "Point of contact is the undersigned.\n\nCORWIN B. HALVERSEN III\nSpecial Agent, Example OIG\n", "Corwin B. Halversen III"},
		{"Kevin O'Dwyer", "Thanks,\nKevin T. O'Dwyer, Jr.\nInvestigator\n", "Kevin T. O'Dwyer, Jr."},
		{"Fitzroy St. Aubyn", "Regards,\nFitzroy Q. St. Aubyn\nInvestigator\n", "Fitzroy Q. St. Aubyn"},
		{"Rosier, Celine", "Cordialement,\nCéline M. Rosier\nInvestigator\n", "Céline M. Rosier"},
		{"Lorna P. Quist, Esq.", "Please preserve the records.\n", "Lorna P. Quist"},
		{"Pell, Jordan", "Sent on behalf of Investigator II Odile R. Marchbank-Voss.\n\nJordan Pell\nLegal Assistant\n", "Odile R. Marchbank-Voss"},
		{"Pell, Jordan", "I am sending the attached on behalf of Assistant District Attorney\nRavi S. Kolhatkar.\n\nJordan Pell\nParalegal\n", "Ravi S. Kolhatkar"},
		{"Lt. Brannock, Osric", "Call me any hour.\n\nLieutenant Osric T. Brannock\nCriminal Investigations\n", "Osric T. Brannock"},
		// Ranks of other forces, and titles that are no names.
		{"", "Regards,\n\nDetective Senior Constable Wren Halloway\nCybercrime Squad\n", "Wren Halloway"},
		{"", "Regards,\n\nDeputy U.S. Marshal Orla P. Venn\nTechnical Operations Group\n", "Orla P. Venn"},
		{"", "Issued under the Inspector General Act of 1978.\n\nAssistant Inspector General\nfor Investigations\n", ""},
		// An analyst sending on an officer's behalf.
		{"Kowal, Petra", "*** Sent on behalf of Lt. Amos J. Redfern, Criminal Investigations. ***\n\nLt. Amos J. Redfern\nExample Police Department\n\nSent by Petra Kowal, Crime Analyst\n", "Amos J. Redfern"},
		// Session 29: a Nordic closing without "Med", over a name whose
		// rank we do not list, above an attachment's text.
		{"Roe Jo - Unit", "Vänliga hälsningar\n\nJo Roe\nKriminalinspektör\nExample Unit\n\nSEARCH AND SEIZURE WARRANT\nTo any authorized officer\nThe provider shall produce\nthe records of\nexample.com\nfrom its servers\nwithin 14 days\nof service\nSigned\nUnited States Magistrate Judge\n", "Jo Roe"},
		// Session 29: a military investigator's rank before the name; a
		// display name with an office after a dash, over a signature
		// that is the name alone; an office before the dash is none.
		{"", "Please preserve example.com.\n\nV/R,\nCW3 Jo A. Roe\nSpecial Agent, Example Army CID\n", "Jo A. Roe"},
		{"Jo Roe - XDOR", "Attached is the Department's subpoena for example.com.\n\nJo Roe\nTax Examiner III, Field Audit Section\nExample Department of Revenue\n\nSUBPOENA\nProduce the records\nof example.com\nfor the period\nJuly 1 to September 1\nIssued by the Department\nfor its Director\nExample Department of Revenue\nReturn to the examiner\n", "Jo Roe"},
		{"USMS - Investigative Operations", "Attached is the order for example.com.\n\nInvestigative Operations Division\nUnited States Marshals Service\n", ""},
		{"Example Landeskriminalamt – Cybercrime", "Sehr geehrte Damen und Herren,\n\nanbei der Beschluss zu example.de.\n\nMit freundlichen Grüßen\nJo Roe\nExample Landeskriminalamt\n", "Jo Roe"},
		// Session 30: prose wrapped between a rank and its name.
		{"Example Criminal Term - Warrants", "This office forwards the attached warrant, signed on the application of Detective\nJo Fairweather-Roe, Example Police Computer Crimes Squad.\n\nOffice of the Chief Clerk\n", "Jo Fairweather-Roe"},
		{"Roe, Jo SA", "Please produce the records of example.com.\n\nJo A. Roe\nSpecial Agent\nExample Guard Investigative Service - Northwest Region\nPhone: 206-555-0135\n", "Jo A. Roe"},
		// A table's name beside an account, and a victim's name after a
		// wrapped "Officer", are no agent's.
		{"Example Office", "Please send the records of these account holders:\nMaria Roe | roe.m\nJo Doe | doe.j\n", ""},
		{"Example Office", "The victim, a retired police Officer\nMark Hale, lost his savings through example.net.\n", ""},
		// Session 30: a one-line signature of a name, a bar and a title.
		{"ROE-HALE Jo * DOR", "Please see the attached administrative subpoena.\n\nJo Roe-Hale | Tax Auditor 3\nExample Department of Revenue\nDirect 503-555-0155\n", "Jo Roe-Hale"},
		// Session 30: Polish and Czech ranks, abbreviated before the name.
		{"", "Z poważaniem\n\nasp. szt. Anna Wiśniewska\nCentralne Biuro Zwalczania Cyberprzestępczości\n", "Anna Wiśniewska"},
		{"por. Jan Novák", "S pozdravem\n\npor. Jan Novák\nPolicie České republiky\n", "Jan Novák"},
		{"", "Venlig hilsen\n\nJo Roe\nPolitiassistent\nExample Politi\n\nRETSBOG\nKendelse om udlevering\nAf oplysninger\nFra tjenesten\nOm kontoen\nexample.com\nI perioden\nSagen afgøres\nEndeligt\nDommer\n", "Jo Roe"},
	} {
		m := &mailparse.Message{From: mailparse.Address{Name: tt.display, Addr: "x@fbi.gov"}}
		if got := deref(agent(tt.body, m)); got != tt.want {
			t.Errorf("agent(%q, %q) = %q, want %q", tt.display, tt.body, got, tt.want)
		}
	}
}

// TestNDOEnd: an order's end written as a date, or as a term counted from
// the order's date (next to it, where it was entered, else the request's).
func TestNDOEnd(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"A 2705(b) order directs that you not disclose it until March 15, 2027.", "2027-03-15"},
		// Session 33: an order that "prohibits notice … until".
		{"The Court's order accompanying the warrant prohibits notice to the subscriber until 12/01/2027.", "2027-12-01"},
		{"The Court's order accompanying the warrant delays notification of the subscriber until 12/01/2027.", "2027-12-01"},
		// Session 30: a court's way with the date.
		{"It is further ORDERED that Provider shall not notify any person of this Order until the 15th day of June, 2027.", "2027-06-15"},
		{"Provider shall not disclose the existence of this warrant to any person until March 10, 2027.", "2027-03-10"},
		{"The 2705(b) order forbids notice for a period of 180 days from the date of the Order (October 2, 2026).", "2027-03-31"},
		{"A 2705(b) order commanding that you not notify any person for one year from the date of the Order. Both Orders were entered on November 2, 2026.", "2027-11-02"},
		{"along with a 2705(b) order precluding notification for one year from the date of the order (signed 11/19/26).", "2027-11-19"},
		{"The warrant orders non-disclosure to the subscriber for a period of 90 days from the date of issuance.", "2027-01-31"},
		// An order's own "To:" line does not make its Date line a mail's.
		{"ORDER\nTo: Custodian of Records, Provider\nDate: January 5, 2026\n\nProvider shall not disclose the existence of this order for 180 days from the date of this order.", "2026-07-04"},
		// A quoted mail's Date line is not the order's date.
		{"From: Jo Roe <jo.roe@example.gov>\nDate: January 5, 2026 at 9:14 AM\nSubject: order\n\nThe 2705(b) order directs Provider not to notify any person for 180 days from the date of this order.", "2027-05-01"},
		// The order's date on the judge's signature line.
		{"It is ORDERED that Provider shall not disclose the existence of this subpoena for a period of one year from the date of this Order.\n\nIT IS SO ORDERED.\nDate: June 4, 2026 ____________________, Judge", "2027-06-04"},
		{"A decisão determina que o provedor se abstenha de comunicar ao usuário a existência da medida até 31/01/2027.", "2027-01-31"},
		{"A decisão determina que o provedor se abstenha de comunicar ao usuário a existência da medida e responda no prazo de 10 dias, até 24/09/2026.", ""},
		{"A 2705(b) order is attached; it has no end date.", ""},
		{"The order also directs that the provider not notify the account holder or anyone else of the order until June 30, 2027.", "2027-06-30"},
		{"Please do not notify the subscriber until December 15, 2026, when the arrest is planned. The enclosed order under 18 U.S.C. 2705(b) prohibits notice until September 3, 2027.", "2027-09-03"},
		{"The court granted your application under Penal Code 1546.2(b) to delay notification to the target for 90 days, until December 9, 2026.", "2026-12-09"},
		// The records' period near the order is not its end.
		{"an Order under 18 U.S.C. 2705(b), entered October 1, 2026, commanding Provider not to notify any person for one year from the date of the Order. Records: registration data through September 14, 2026.", "2027-10-01"},
		{"The 2705(b) order runs until further order of the Court. Records from August 1 through October 27, 2026.", ""},
		{"Provider shall not notify any person for one year from the date of this Order.\n\nEntered: October 30, 2026   Magistrate Judge", "2027-10-30"},
	} {
		got := ndo(strings.Join(strings.Fields(tt.text), " "), true, "2026-11-02")
		if deref(got.Until) != tt.want && !(tt.want == "" && got.Until == nil) {
			t.Errorf("ndo(%q) until %v, want %q", tt.text, deref(got.Until), tt.want)
		}
	}
}

// TestAgentSurnameFirst: a signature's surname in capitals before a comma
// and the given names, as the sender's From has it, is the agent in the
// usual order.
func TestAgentSurnameFirst(t *testing.T) {
	body := "Attached is a subpoena for example.com.\n\nThank you in advance.\n\nROE-DOE, Jane Q.\nSpecial Agent\nExample Department - OIG\nOffice of Investigations\n(404) 555-0139 (o)\n"
	m := &mailparse.Message{From: mailparse.Address{Name: "Roe-Doe, Jane Q - OIG", Addr: "roe-doe.jane@oig.example.gov"}}
	if got := deref(agent(body, m)); got != "Jane Q. Roe-Doe" {
		t.Errorf("agent = %q, want Jane Q. Roe-Doe", got)
	}
	// Not an office's or a place's name before the comma, which the
	// From's domain holds.
	for _, tt := range []struct{ body, addr string }{
		{"Please send the records of example.com.\n\nThank you,\nFBI, Denver\n", "agent@fbi.gov"},
		{"Please send the records of example.com.\n\nThank you,\nDENVER, Colorado\n", "cyberunit@denvergov.org"},
	} {
		if got := deref(agent(tt.body, &mailparse.Message{From: mailparse.Address{Addr: tt.addr}})); got != "" {
			t.Errorf("agent(%q) = %q, want none", tt.body, got)
		}
	}
	// Not where the From names someone else.
	m = &mailparse.Message{From: mailparse.Address{Name: "Records Desk", Addr: "records@oig.example.gov"}}
	if got := deref(agent(body, m)); got == "Jane Q. Roe-Doe" {
		t.Errorf("agent = %q from a line the From does not name", got)
	}
}
