package triage_test

import (
	"strings"
	"testing"

	"lerd/internal/mailparse"
	"lerd/internal/triage"
)

func parse(t testing.TB, raw string) *mailparse.Message {
	t.Helper()
	m, err := mailparse.Parse(strings.NewReader(strings.ReplaceAll(raw, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// passed is our receiver's verdict that mail from domain d passed DKIM and
// DMARC.
func passed(d string) string {
	return "Authentication-Results: mx.provider.test; dkim=pass header.d=" + d + "; dmarc=pass header.from=" + d + "\n"
}

func TestVerifySender(t *testing.T) {
	a := newAnalyzer(t)
	ours := "Authentication-Results: mx.provider.test;\n\tdkim=pass (2048-bit key; unprotected) header.d=%[1]s;\n\tdmarc=pass (p=REJECT) header.from=%[1]s\n"
	tests := []struct {
		name, headers string
		class         string
		auth          bool
		mismatch      bool
	}{
		{"fbi authenticated", "From: a@fbi.gov\n" + strings.ReplaceAll(ours, "%[1]s", "fbi.gov"), triage.ClassLawEnforcement, true, false},
		{"fbi subdomain", "From: a@ic.fbi.gov\n" + strings.ReplaceAll(ours, "%[1]s", "ic.fbi.gov"), triage.ClassLawEnforcement, true, false},
		{"an inspector general's own .gov by its initials", "From: a@epaoig.gov\n" + strings.ReplaceAll(ours, "%[1]s", "epaoig.gov"), triage.ClassLawEnforcement, true, false},
		{"no auth header", "From: a@fbi.gov\n", triage.ClassLawEnforcement, false, false},
		{"forged header from another authserv-id", "From: a@fbi.gov\nAuthentication-Results: mx.fbi.gov; dkim=pass header.d=fbi.gov; dmarc=pass header.from=fbi.gov\n", triage.ClassLawEnforcement, false, false},
		{"our header fails, forged pass below", "From: a@fbi.gov\nAuthentication-Results: mx.provider.test; dmarc=fail header.from=fbi.gov\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\n", triage.ClassLawEnforcement, false, false},
		{"dkim pass for another domain", "From: a@fbi.gov\nAuthentication-Results: mx.provider.test; dkim=pass header.d=evil.example; dmarc=none header.from=fbi.gov\n", triage.ClassLawEnforcement, false, false},
		{"reply-to elsewhere", "From: a@fbi.gov\nReply-To: desk@protonmail.com\n" + strings.ReplaceAll(ours, "%[1]s", "fbi.gov"), triage.ClassLawEnforcement, true, true},
		{"lookalike hyphen", "From: a@fbi-gov.us\n" + strings.ReplaceAll(ours, "%[1]s", "fbi-gov.us"), triage.ClassLookalike, true, false},
		{"lookalike subdomain", "From: a@fbi.gov.secure-portal.com\n", triage.ClassLookalike, false, false},
		{"lookalike typo", "From: a@fbl.gov.example.net\n", triage.ClassLookalike, false, false},
		{"lookalike edit distance", "From: a@fbi.gob\n", triage.ClassLookalike, false, false},
		{"lookalike homoglyph", "From: a@xn--fb-ioc.gov\n", triage.ClassLookalike, false, false},
		{"lookalike cyrillic nypd", "From: a@xn--nyp-8cd.org\n", triage.ClassLookalike, false, false},
		// A US agency's name in another country's government zone.
		{"us brand in a foreign government zone", "From: a@dea.gov.za\n" + strings.ReplaceAll(ours, "%[1]s", "dea.gov.za"), triage.ClassLookalike, true, false},
		{"foreign government zone", "From: a@justice.go.kr\n", triage.ClassGovOther, false, false},
		{"Costa Rica's government zone", "From: a@example-ministerio.go.cr\n", triage.ClassGovOther, false, false},
		{"Japan's local governments' zone", "From: a@example.pref.example.lg.jp\n", triage.ClassGovOther, false, false},
		{"French magistrates' mail domain", "From: a@justice.fr\n", triage.ClassLawEnforcement, false, false},
		{"a city's own domain outside .gov", "From: a@lacity.org\n", triage.ClassGovOther, false, false},
		// National police on the hand list, outside any government zone.
		{"a national police on its own domain", "From: a@pj.pt\n", triage.ClassLawEnforcement, false, false},
		{"a national guard force on its own domain", "From: a@gnr.pt\n", triage.ClassLawEnforcement, false, false},
		// Another country's agency sharing a foreign agency's initials.
		{"shared initials in another foreign government zone", "From: a@npa.gov.au\n", triage.ClassGovOther, false, false},
		{"freemail", "From: detective@gmail.com\n", triage.ClassFreemail, false, false},
		// Session 31: a large free-mail brand under a country's suffix
		// the list lacks, with a police letter in it.
		{"a free-mail brand under another country's suffix", "From: kommissar@gmx.example\n" + strings.ReplaceAll(ours, "%[1]s", "gmx.example"), triage.ClassFreemail, true, false},
		{"a free-mail brand under a two-level suffix", "From: kommissar@gmx.co.nz\n", triage.ClassFreemail, false, false},
		{"government other", "From: a@parks.nyc.gov\n", triage.ClassGovOther, false, false},
		{"police under city gov", "From: a@police.springfield-or.gov\n", triage.ClassLawEnforcement, false, false},
		{"a state judicial branch's label", "From: a@jud.oregon.gov\n", triage.ClassLawEnforcement, false, false},
		{"a Chinese city's public security bureau", "From: a@gaj.example.gov.cn\n", triage.ClassLawEnforcement, false, false},
		{"the Hellenic Police", "From: a@astynomia.gr\n", triage.ClassLawEnforcement, false, false},
		// Under .gov only a registered domain is a government's.
		{"police under an unregistered gov domain", "From: a@police.springfield-example.gov\n", triage.ClassGovOther, false, false},
		{"company", "From: counsel@example-law.com\n", triage.ClassOther, false, false},
		// A city's own branch of a state's .us zone is no police label.
		{"a city under a state's .us zone", "From: clerk@ci.example.wa.us\n", triage.ClassGovOther, false, false},
		{"police under a city's .us branch", "From: det@police.ci.example.wa.us\n", triage.ClassLawEnforcement, false, false},
		// A police word hyphenated to a place, on a domain anyone can register.
		{"police word hyphenated to a city", "From: desk@cityofexample-police.org\n" + strings.ReplaceAll(ours, "%[1]s", "cityofexample-police.org"), triage.ClassLookalike, true, false},
		{"a territory's public safety department", "From: det@dps.gov.mp\n", triage.ClassLawEnforcement, false, false},
		{"a sheriff's name with gov glued on", "From: desk@examplesheriffgov.org\n" + strings.ReplaceAll(ours, "%[1]s", "examplesheriffgov.org"), triage.ClassLookalike, true, false},
		{"sheriff hyphenated to a county", "From: det@examplecounty-sheriff.com\n", triage.ClassLookalike, false, false},
		{"sheriff glued to a county, hyphenated to a state", "From: lt@examplesheriff-fl.org\n", triage.ClassLookalike, false, false},
		{"a court's own hyphenated site", "From: clerk@example-courts.org\n", triage.ClassOther, false, false},
		// A government zone's name with hyphens for its dots.
		{"a locality's .us name with hyphens for its dots", "From: records@examplecso-exampletown-fl.us\n" + strings.ReplaceAll(ours, "%[1]s", "examplecso-exampletown-fl.us"), triage.ClassLookalike, true, false},
		{"a UK council's name with hyphens for its dots", "From: desk@examplecouncil-gov.uk\n", triage.ClassLookalike, false, false},
		{"a shop whose hyphenated name makes no government's", "From: desk@exampletown-flowers.us\n", triage.ClassOther, false, false},
		{"a city's own name with its state's code under .us", "From: desk@exampleville-co.us\n", triage.ClassOther, false, false},
		{"a police department's initials beside an impostor's word", "From: notices@examplecitypd-lerequest.com\n", triage.ClassLookalike, false, false},
		{"a firm whose name ends like an office's initials", "From: counsel@alfonso-law.com\n", triage.ClassOther, false, false},
		{"a police department's own name with a web word", "From: desk@examplecitypd-online.org\n", triage.ClassOther, false, false},
		{"a police department's initials beside a legal-process word", "From: desk@examplecitypd-legalprocess.com\n", triage.ClassLookalike, false, false},
		{"court portal hyphenated to a county", "From: eservice@examplecounty-courtportal.com\n", triage.ClassLookalike, false, false},
		{"inspector general hyphenated to a board", "From: sa@examplefb-oig.org\n", triage.ClassLookalike, false, false},
		{"an ISP whose name has 'so' in it", "From: user@so-net.ne.jp\n", triage.ClassOther, false, false},
		{"a firm named for a partner Marshal", "From: counsel@marshal-ortiz.com\n", triage.ClassOther, false, false},
		{"german state police", "From: a@polizei.nrw.de\n", triage.ClassLawEnforcement, false, false},
		{"australian state police", "From: a@police.nsw.gov.au\n", triage.ClassLawEnforcement, false, false},
		{"state agency not police", "From: a@finanzamt.nrw.de\n", triage.ClassGovOther, false, false},
		{"east african police by its Swahili name", "From: a@polisi.go.tz\n", triage.ClassLawEnforcement, false, false},
		{"bounce", "From: MAILER-DAEMON@mx.example.com\n", triage.ClassAutomated, false, false},
		{"auto-submitted", "From: a@fbi.gov\nAuto-Submitted: auto-replied\n", triage.ClassAutomated, false, false},
		{"list", "From: a@lists.example.org\nList-Id: <x.example.org>\n", triage.ClassAutomated, false, false},
		// The UK's criminal-justice secure mail appends its own name to
		// the agency's domain; a domain written into another's is still
		// an imitation.
		{"a UK police force's secure-mail address", "From: jo.roe@met.police.uk.cjsm.net\n", triage.ClassLawEnforcement, false, false},
		{"a campus police's name under a college's .edu", "From: det@umpd.example.edu\n", triage.ClassOther, false, false},
		{"a UK ministry's secure-mail address", "From: jo.roe@justice.gov.uk.cjsm.net\n", triage.ClassGovOther, false, false},
		{"a UK police domain written into another's", "From: jo.roe@met.police.uk.secure-mail.net\n", triage.ClassLookalike, false, false},
		{"our own reply come back", "From: law-enforcement@provider.test\n", triage.ClassAutomated, false, false},
		{"our reply forwarded", "From: a@example.org\nX-Lerd-Request: LER-2026-000001\n", triage.ClassAutomated, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parse(t, tt.headers+"Subject: test\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\nhello\n")
			r := a.Analyze(m)
			if r.Sender.Class != tt.class || r.Sender.Authenticated != tt.auth || r.Facts.ReplyToMismatch != tt.mismatch {
				t.Fatalf("got class=%s auth=%v mismatch=%v, want %s %v %v\nevidence: %+v",
					r.Sender.Class, r.Sender.Authenticated, r.Facts.ReplyToMismatch, tt.class, tt.auth, tt.mismatch, r.Evidence)
			}
			if tt.mismatch && r.Sender.Address != m.From.Addr {
				t.Fatalf("reply address %s is not From", r.Sender.Address)
			}
		})
	}
}

// TestColleagueForward: a colleague at our own domain forwarding an
// agency's mail, attached or inline, is read as a forward of it (class
// other, held for review by policy); our own reply come back, or a
// colleague's note forwarding our own mail, stays automatic.
func TestColleagueForward(t *testing.T) {
	a := newAnalyzer(t)
	const sub = "Subject: Fwd: Grand jury subpoena\nDate: Mon, 02 Nov 2026 10:00:00 -0500\n"
	for _, tt := range []struct {
		name, raw string
		class     string
		forward   bool
	}{
		{"inline forward of an agency's mail", "From: jo.staff@provider.test\n" + sub + "Content-Type: text/plain\n\nThis came to me directly; please log it.\n\n---------- Forwarded message ---------\nFrom: Jane Roe <jane.roe@fbi.gov>\nSubject: Grand jury subpoena\n\nAttached is a grand jury subpoena for example.com.\n",
			triage.ClassOther, true},
		{"attached message of an agency", "From: jo.staff@provider.test\n" + sub + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nForwarding as received.\n--b\nContent-Type: message/rfc822\n\nFrom: Jane Roe <jane.roe@fbi.gov>\nSubject: Grand jury subpoena\nContent-Type: text/plain\n\nAttached is a grand jury subpoena for example.com.\n--b--\n",
			triage.ClassOther, true},
		{"a colleague forwarding our own reply", "From: jo.staff@provider.test\n" + sub + "Content-Type: text/plain\n\nFYI\n\n---------- Forwarded message ---------\nFrom: law-enforcement@provider.test\nSubject: Receipt\n\nWe received your request.\n",
			triage.ClassAutomated, false},
		// Session 25: our Exchange server's journal report wraps a copy
		// of the mail it keeps.
		{"our server's journal report", "From: Microsoft Outlook <MicrosoftExchange0001@provider.test>\nX-MS-Exchange-Organization-Journal-Report: true\n" + sub + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSender: jane.roe@fbi.gov\n--b\nContent-Type: message/rfc822\n\nFrom: Jane Roe <jane.roe@fbi.gov>\nSubject: Grand jury subpoena\nContent-Type: text/plain\n\nAttached is a grand jury subpoena for example.com.\n--b--\n",
			triage.ClassAutomated, false},
		{"the mailbox itself forwarding", "From: law-enforcement@provider.test\n" + sub + "Content-Type: text/plain\n\n---------- Forwarded message ---------\nFrom: Jane Roe <jane.roe@fbi.gov>\n\nAttached is a subpoena.\n",
			triage.ClassAutomated, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(parse(t, tt.raw))
			if r.Sender.Class != tt.class || r.Facts.ColleagueForward != tt.forward {
				t.Fatalf("class %s forward %v, want %s %v\nevidence: %+v", r.Sender.Class, r.Facts.ColleagueForward, tt.class, tt.forward, r.Evidence)
			}
		})
	}
}

func TestExtractFields(t *testing.T) {
	a := newAnalyzer(t)
	m := parse(t, `From: "Doe, Jane M. (FBI)" <jdoe@fbi.gov>
Subject: Subpoena - case 318A-WF-1234567
Date: Mon, 02 Nov 2026 10:00:00 -0500
Content-Type: text/plain

Please find a subpoena issued by the Federal Bureau of Investigation for records
of example-shop.com and 203.0.113.7 for the period October 1, 2026 through
October 30, 2026. Call me at (202) 555-0143 ext. 12 or fax (202) 555-0199.

Jane M. Doe
Special Agent
`)
	r := a.Analyze(m)
	check := func(field string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", field, got, want)
		}
	}
	check("agent", deref(r.Agent), "Jane M. Doe")
	check("case", deref(r.CaseNumber), "318A-WF-1234567")
	check("authority", deref(r.Authority), "Federal Bureau of Investigation")
	check("process", strings.Join(r.Process, ","), "subpoena")
	check("phones", strings.Join(r.Phones, ","), "+12025550143")
	check("identifiers", strings.Join(r.Identifiers, ","), "example-shop.com,203.0.113.7")
	if r.DateRange == nil || r.DateRange.From != "2026-10-01" || r.DateRange.To != "2026-10-30" {
		t.Errorf("date range = %+v", r.DateRange)
	}
}

func deref(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func FuzzAnalyze(f *testing.F) {
	a := newAnalyzer(f)
	f.Add("From: a@fbi.gov\r\nSubject: subpoena\r\n\r\nCase No. 1-2 from July 1, 2026 through July 2, 2026, call (202) 555-0100")
	f.Add("From: x@xn--fb-ioc.gov\r\nReply-To: y@z\r\nAuthentication-Results: mx.provider.test; dmarc=pass (a;b) header.from=x\r\n\r\n")
	f.Fuzz(func(t *testing.T, raw string) {
		m, err := mailparse.Parse(strings.NewReader(raw))
		if err != nil {
			return
		}
		r := a.Analyze(m)
		if r.Sender.Class == "" {
			t.Fatal("no sender class")
		}
	})
}

// TestLureDomains: a phishing notice from a domain that joins a court's
// word to another imitates no agency and is bulk mail (no reply); the
// same notice from a domain that imitates an agency's stays a lookalike,
// refused and seen in review.
func TestLureDomains(t *testing.T) {
	a := newAnalyzer(t)
	body := "NOTICE OF ELECTRONIC SERVICE\n\nA sealed subpoena has been served on your company. Failure to respond within 48 hours may result in a default judgment.\nView the sealed document: https://docs.example/s/1?r=legal%40provider.test\nYou will be asked to sign in to verify your identity.\n"
	for _, tt := range []struct {
		from, class string
		spam        bool
	}{
		{"notices@efile-courtnotices.example", triage.ClassOther, true},
		{"notices@fbi-secure.com", triage.ClassLookalike, false},
		// The same notice signed by a sheriff's officer claims an agency:
		// refused as a lookalike and seen in review, not silently dropped.
		{"lt@examplesheriff-ky.org", triage.ClassLookalike, false},
	} {
		text := body
		if strings.Contains(tt.from, "sheriff") {
			text += "\nLt. Jo Roe\nExample County Sheriff's Office\n"
		}
		m := parse(t, "From: "+tt.from+"\nSubject: Sealed subpoena served\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+text)
		r := a.Analyze(m)
		if r.Sender.Class != tt.class || r.Facts.Spam != tt.spam {
			t.Errorf("%s: class %s spam %v, want %s %v", tt.from, r.Sender.Class, r.Facts.Spam, tt.class, tt.spam)
		}
	}
}

// TestAutomatedLure: a portal's automated notice from a domain that
// imitates an agency is the lookalike's, seen in review; the same notice
// from a domain that imitates nobody is automated mail, never answered.
func TestAutomatedLure(t *testing.T) {
	a := newAnalyzer(t)
	body := "New legal process has been served on your organization. Sign in to the request portal to view it within 72 hours.\n\nThis is an automated message. Please do not reply.\n"
	for _, tt := range []struct{ from, class string }{
		{"no-reply@dea-requestportal.com", triage.ClassLookalike},
		{"no-reply@notices.example-portal.net", triage.ClassAutomated},
		// An agency's own listed domain whose name another of its
		// domains shares: its auto-reply is automated mail.
		{"no-reply@bka.de", triage.ClassAutomated},
		// A bounce from such a domain is the mail system's.
		{"mailer-daemon@dea-requestportal.com", triage.ClassAutomated},
	} {
		m := parse(t, "From: "+tt.from+"\nAuto-Submitted: auto-generated\nSubject: New legal process served\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+body)
		if r := a.Analyze(m); r.Sender.Class != tt.class {
			t.Errorf("%s: class %s, want %s", tt.from, r.Sender.Class, tt.class)
		}
	}
}

// TestListMailFromAgency: a mailing list's header on a law-enforcement
// domain's mail does not hide the request it carries (a spoofed agency's
// warrant sent through a bulk mailer is refused as unauthenticated, not
// passed over), but the agency's newsletter is still list mail.
func TestListMailFromAgency(t *testing.T) {
	a := newAnalyzer(t)
	// An agency's web form as an officer filled it in.
	const webForm = "EMERGENCY DISCLOSURE REQUEST\nDescribe the emergency: a 15-year-old girl was abducted tonight; the abductor posted on example.net.\nHow the information will help: the account's login IPs will let us locate her.\n\nSubmitted by: Special Agent Jo Roe\n"
	for _, tt := range []struct {
		name, headers, body, class string
	}{
		{"a warrant through a bulk mailer", "From: legal@fbi.gov\nTo: law-enforcement@provider.test\nList-Unsubscribe: <mailto:unsub@bulk.example.net>\nAuthentication-Results: mx.provider.test; dkim=pass header.d=bulk.example.net; dmarc=fail header.from=fbi.gov\n",
			"Attached is a search warrant issued by the United States District Court for the District of Example for the records of example.net.\n\nSpecial Agent Jo Roe\n", triage.ClassLawEnforcement},
		{"an agency's bulletin to its list about forged warrants", "From: alerts@fbi.gov\nTo: partners@lists.fbi.gov\nList-Id: <partners.fbi.gov>\n" + passed("fbi.gov"),
			"Criminals are sending forged search warrants and emergency requests to providers. Verify every request by calling the agency.\n", triage.ClassAutomated},
		{"an agency's newsletter", "From: news@fbi.gov\nList-Id: <news.fbi.gov>\n" + passed("fbi.gov"),
			"This month: our new field office opens, and a reminder about the community day.\n", triage.ClassAutomated},
		// A county's domain, where its police write from: a spoofed
		// request through a bulk mailer is read as one; the county's own
		// bulletin that mentions warrants is not.
		{"a spoofed county police request through a bulk mailer", "From: jroe@co.example.md.us\nTo: law-enforcement@provider.test\nList-Unsubscribe: <https://bulk.example.net/u/1>\nAuthentication-Results: mx.provider.test; dkim=pass header.d=bulk.example.net; dmarc=fail header.from=co.example.md.us\n",
			"Under 18 U.S.C. 2703(f) please preserve the records of example.net for 90 days.\n\nDet. Jo Roe\nExample County Police Department\n", triage.ClassLawEnforcement},
		{"a county's bulletin about its warrant office", "From: news@co.example.md.us\nTo: law-enforcement@provider.test\nList-Unsubscribe: <https://bulk.example.net/u/2>\n" + passed("co.example.md.us"),
			"County news: the clerk's office now takes search warrant returns and subpoena filings online.\n", triage.ClassAutomated},
		// Session 31 (round 65): an agency's web form sends the officer's
		// emergency request as auto-generated mail; its automatic notice
		// of nothing is still automatic.
		{"an agency's web form carrying an emergency", "From: eforms@fbi.gov\nTo: law-enforcement@provider.test\nReply-To: jo.roe@fbi.gov\nAuto-Submitted: auto-generated\n" + passed("fbi.gov"),
			webForm, triage.ClassLawEnforcement},
		{"an agency's web form whose subject says a new request was received", "From: eforms@fbi.gov\nTo: law-enforcement@provider.test\nReply-To: jo.roe@fbi.gov\nAuto-Submitted: auto-generated\nSubject: New emergency request received - Case 26-1\n" + passed("fbi.gov"),
			webForm, triage.ClassLawEnforcement},
		// Session 32: a county's own name outside .gov, on no list; a
		// company's form is still automatic.
		{"a county's web form on its own .org carrying an emergency", "From: eforms@examplecounty.org\nTo: law-enforcement@provider.test\nReply-To: jo.roe@examplecounty.org\nAuto-Submitted: auto-generated\n" + passed("examplecounty.org"),
			webForm, triage.ClassLawEnforcement},
		{"a company's web form carrying the same words", "From: eforms@example-shop.com\nTo: law-enforcement@provider.test\nAuto-Submitted: auto-generated\n" + passed("example-shop.com"),
			webForm, triage.ClassAutomated},
		// A system's notice that says at its top not to answer it: a
		// court's filing notice is automatic; an agency's portal that
		// sends an emergency so is still read as one.
		{"a court system's filing notice asking not to be answered", "From: ecf@example.uscourts.gov\nTo: law-enforcement@provider.test\n" + passed("example.uscourts.gov"),
			"This is an automatic e-mail message generated by the filing system.\nPlease DO NOT RESPOND to this e-mail because the mail box is unattended.\nNotice of Electronic Filing: Docket Text: minute entry for a status conference.\n", triage.ClassAutomated},
		// A county office's ticket receipt quoting a subpoena, by its
		// subject; a lookalike's copy of a court system's notice.
		{"a county office's ticket receipt by its subject", "From: donotreply@examplecountyda.org\nTo: law-enforcement@provider.test\nAuto-Submitted: auto-generated\nSubject: [SR-1] Received: RE: Grand Jury Subpoena 26-1\n" + passed("examplecountyda.org"),
			"This is an automated message. Please do not reply.\nYour e-mail has been received.\n\nAttached is a grand jury subpoena for the records of example.net.\n", triage.ClassAutomated},
		{"a lookalike's copy of a court system's notice", "From: ecf-noreply@uscourts-ecf.com\nTo: law-enforcement@provider.test\n" + passed("uscourts-ecf.com"),
			"This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail.\nA sealed order under 18 U.S.C. 2703(d) directs the provider to produce the records of example.net.\n", triage.ClassLookalike},
		{"an unlisted police domain's notice carrying an emergency", "From: portal@examplevillepd.org\nTo: law-enforcement@provider.test\n" + passed("examplevillepd.org"),
			"This is an automatically generated message from the Exampleville Police Department records system. Please do not reply to this e-mail.\n" + webForm, triage.ClassLawEnforcement},
		{"an agency portal's emergency that asks not to be answered", "From: portal@fbi.gov\nTo: law-enforcement@provider.test\nReply-To: jo.roe@fbi.gov\n" + passed("fbi.gov"),
			"This is an automatically generated message from the request portal. Do not reply to it.\n" + webForm, triage.ClassLawEnforcement},
		{"an agency's web form notice of nothing", "From: eforms@fbi.gov\nTo: law-enforcement@provider.test\nAuto-Submitted: auto-generated\n" + passed("fbi.gov"),
			"Your password for the partner portal expires in 7 days.\n", triage.ClassAutomated},
		{"an agency's ticket desk receipt quoting our reply", "From: desk@fbi.gov\nTo: law-enforcement@provider.test\nAuto-Submitted: auto-generated\nIn-Reply-To: <ler-2026-0001.ack.1@provider.test>\n" + passed("fbi.gov"),
			"Your message has been received and a ticket opened.\n\n> Attached is a search warrant for the records of example.net.\n", triage.ClassAutomated},
		{"an agency's ticket desk receipt by its subject", "From: desk@fbi.gov\nTo: law-enforcement@provider.test\nAuto-Submitted: auto-generated\nSubject: [Ticket #123] Received: Search warrant\n" + passed("fbi.gov"),
			"Attached is a search warrant for the records of example.net.\n", triage.ClassAutomated},
		{"a list's bounce from an agency", "From: a@fbi.gov\nPrecedence: bulk\nAuto-Submitted: auto-replied\n",
			"Attached is a search warrant for the records of example.net.\n", triage.ClassAutomated},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(parse(t, tt.headers+"Subject: records\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.body))
			if r.Sender.Class != tt.class {
				t.Fatalf("class %s, want %s", r.Sender.Class, tt.class)
			}
		})
	}
}

// TestGovernmentMailNotSpam: an authenticated government office's own
// letter that names a lottery is no bulk mail.
func TestGovernmentMailNotSpam(t *testing.T) {
	a := newAnalyzer(t)
	raw := "From: security@co.example.md.us\nTo: law-enforcement@provider.test\n" + passed("co.example.md.us") +
		"Subject: site\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\nOur lottery security office is looking into a site, example.net, that sells fake scratch tickets. Could you tell us who holds it?\n"
	if r := a.Analyze(parse(t, raw)); r.Facts.Spam || r.Sender.Class != triage.ClassGovOther {
		t.Errorf("class %s spam %v", r.Sender.Class, r.Facts.Spam)
	}
}

// TestOwnNameBesideGov: a police department's, sheriff's or prosecutor's
// own .gov name under .com, .org or .net is read as an agency on no list
// (held for a person) even when its letter signs as nobody: an impostor
// who registers it cannot get an automatic answer by leaving the
// agency's name out.
func TestOwnNameBesideGov(t *testing.T) {
	a := newAnalyzer(t)
	for _, host := range []string{"breapolice.com", "breapolice.org", "breapolice.net", "alamedasheriff.org", "alachuapd.com"} {
		r := a.Analyze(parse(t, "From: Jo Roe <jo.roe@"+host+">\n"+passed(host)+"Subject: Subpoena\nDate: Mon, 02 Nov 2026 10:00:00 -0500\n\nPlease find attached a grand jury subpoena for the records of example.com, October 1 to October 30, 2026.\n\nJo Roe\n555-0100\n"))
		if r.Sender.Class != triage.ClassLawEnforcement || !r.Facts.UnlistedAgency {
			t.Errorf("%s: class %s unlisted %v, want law_enforcement on no list", host, r.Sender.Class, r.Facts.UnlistedAgency)
		}
	}
}

// TestLocalGovernmentName: a local government's name outside .gov is a
// government body's (session 33); its officer signing as police is read
// as an agency on no list, held; a police name with "gov" glued on stays a
// lookalike, and a shop's name is no government's.
func TestLocalGovernmentName(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		host, body string
		class      string
		unlisted   bool
	}{
		{"cityofexampleton.org", "Our parks office is looking into a fake campsite booking site, example.com. Could you tell us who registered it?\n\nJo Roe\nParks Department\n", triage.ClassGovOther, false},
		{"townofexampleton.com", "Our clerk's office asks who registered example.com, which copies our permit page.\n\nJo Roe\nTown Clerk\n", triage.ClassGovOther, false},
		{"exampletonisd.org", "Attached is a subpoena duces tecum issued in Roe v. Example Co. for the records of example.com.\n\nJo Roe\nGeneral Counsel\n", triage.ClassGovOther, false},
		{"exgov.org", "Attached is a subpoena issued by the Example County Superior Court for the records of example.com.\n\nJo Roe\nDeputy Public Defender\nOffice of the Public Defender\n", triage.ClassGovOther, false},
		{"cityofexampleton.org", "Attached is a grand jury subpoena for the records of example.com, October 1 to October 30, 2026.\n\nDet. Jo Roe\nExampleton Police Department\n555-0100\n", triage.ClassLawEnforcement, true},
		{"examplepdgov.org", "Attached is a grand jury subpoena for the records of example.com.\n\nDet. Jo Roe\nExample Police Department\n", triage.ClassLookalike, false},
		{"cityscapeofexample.com", "Could you tell us who registered example.com?\n\nJo Roe\n", triage.ClassOther, false},
		// Review: an office supplier, a vendor's "…gov.com", a coin's
		// "…usd" are no governments.
		{"cityofficesupply.com", "Could you tell us who registered example.com?\n\nJo Roe\n", triage.ClassOther, false},
		{"examplegov.com", "Attached is a subpoena issued in Roe v. Example Co. for the records of example.com.\n\nJo Roe\nLegal Department\n", triage.ClassOther, false},
		{"exampleusd.com", "Attached is a subpoena issued in Roe v. Example Co. for the records of example.com.\n\nJo Roe\nLegal Department\n", triage.ClassOther, false},
	} {
		r := a.Analyze(parse(t, "From: Jo Roe <jo.roe@"+tt.host+">\n"+passed(tt.host)+"Subject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.body))
		if r.Sender.Class != tt.class || r.Facts.UnlistedAgency != tt.unlisted {
			t.Errorf("%s: class %s unlisted %v, want %s %v", tt.host, r.Sender.Class, r.Facts.UnlistedAgency, tt.class, tt.unlisted)
		}
	}
}

// TestGovernmentNameBulkMail: bulk mail from a government's name on a
// domain anyone may register is still bulk mail, whatever process it
// names (session 33 review).
func TestGovernmentNameBulkMail(t *testing.T) {
	a := newAnalyzer(t)
	host := "cityofexampleton.org"
	r := a.Analyze(parse(t, "From: News <news@"+host+">\n"+passed(host)+"Subject: Track every subpoena\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\nDear Customer,\n\nOur records platform now tracks every subpoena and court order. Book a demo today and get 20% off your first year! Limited time offer.\n\nUnsubscribe from this newsletter\n"))
	if !r.Facts.Spam {
		t.Errorf("%s newsletter: spam %v, want bulk mail", host, r.Facts.Spam)
	}
}

// TestGovernmentOfficeSigns: from a government's domain, a department of
// another service signing as police is held as an impersonation; a court's
// clerk signing for the court is the court.
func TestGovernmentOfficeSigns(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		host, body  string
		class       string
		impersonate bool
	}{
		{"dot.oregon.gov", "EMERGENCY: a man has threatened on example.net to kill his neighbour tonight. Please send the account's e-mail and IP addresses now.\n\nTpr. Jo Roe\nOregon State Police\n503-555-0100\n", triage.ClassGovOther, true},
		{"health.example.gov", "Under 18 U.S.C. 2703(f) please preserve the records of example.net for 90 days.\n\nDet. Jo Roe\nExample County Police Department\n", triage.ClassGovOther, true},
		{"x.jus.gob.ar", "Se acompaña el exhorto internacional (carta rogatoria) librado en la causa 12/2026 para los registros de example.net.\n\nDra. Ana Roe\nSecretaria\nJuzgado Federal N° 3\n", triage.ClassLawEnforcement, false},
		{"cyber.example.gov.tw", "本案業經臺灣新北地方法院核發調取票，請提供 example.tw 之資料。\n\n承辦人：王小明\n新北市政府警察局 偵查隊\n", triage.ClassLawEnforcement, false},
		// Review: a department's own investigators sign with its name.
		{"dot.example.gov", "EMERGENCY: a man has threatened on example.net to kill his neighbour tonight. Please send the account's e-mail and IP addresses now; they will help us locate him.\n\nTpr. Jo Dotson\nExample State Police\n503-555-0100\n", triage.ClassGovOther, true},
		{"dmv.example.gov", "Attached is a search warrant signed by a judge of the Example County Superior Court for the records of example.net.\n\nInvestigator Jo Roe\nDMV Investigations Division\n503-555-0100\n", triage.ClassLawEnforcement, false},
		// Review: a street or a liaison's title names no court.
		{"facilities.example.gov", "EMERGENCY: a man has threatened on example.net to kill his neighbour tonight. Please send the account's e-mail and IP addresses now; they will help us locate him.\n\nJo Roe\nFacilities Office\n200 Court Street\n503-555-0100\n", triage.ClassGovOther, false},
		{"hr.example.gov", "Please find attached a subpoena for the records of example.net.\n\nJo Roe\nCourt Liaison\nHuman Resources\n503-555-0100\n", triage.ClassGovOther, false},
		// Session 25: a foreign prosecutor signing its own letter, naming
		// the US department that passed the order on; a letter signed as
		// that department stays an impersonation.
		{"example-om.cw", "Het Openbaar Ministerie heeft een rechtshulpverzoek gedaan.\nHet U.S. Department of Justice, Office of International Affairs, heeft\nvervolgens een order verkregen (Case No. 26-mc-00001) voor example.net, die ik u hierbij doorstuur.\n\nHoogachtend,\nmr. Jo Roe\nOfficier van Justitie\nOpenbaar Ministerie\n", triage.ClassLawEnforcement, false},
		{"example-om.cw", "Het U.S. Department of Justice, Office of International Affairs, heeft\neen order verkregen (Case No. 26-mc-00001) voor example.net.\n\nHoogachtend,\nJo Roe\nU.S. Department of Justice\n", triage.ClassOther, true},
		{"clerk.example.gov", "The Clerk transmits the attached search warrant for the records of example.net, October 1 to October 30, 2026.\n\nOffice of the Clerk\nExample County Superior Court\n", triage.ClassLawEnforcement, false},
		// Session 32: a tax department's special agent who signs with
		// the department is that department serving its own process; one
		// signing as a police force beside it is still held.
		{"tax.example.gov", "Attached is an administrative subpoena for the records of example.net.\n\nJo Roe\nSpecial Agent, Criminal Investigations Division\nExample Department of Taxation\n(614) 555-0193\n", triage.ClassGovOther, false},
		{"tax.example.gov", "Attached is an administrative subpoena for the records of example.net.\n\nJo Roe\nSpecial Agent, Example State Police\nExample Department of Taxation\n(614) 555-0193\n", triage.ClassGovOther, true},
		{"tax.example.gov", "Attached is an administrative subpoena for the records of example.net.\n\nJo Roe\nSpecial Agent, Homeland Security Investigations\nExample Department of Revenue\n(614) 555-0193\n", triage.ClassGovOther, true},
	} {
		r := a.Analyze(parse(t, "From: Office <office@"+tt.host+">\n"+passed(tt.host)+"Subject: request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.body))
		if r.Sender.Class != tt.class || r.Facts.Impersonation != tt.impersonate {
			t.Errorf("%s: class %s impersonation %v, want %s %v", tt.host, r.Sender.Class, r.Facts.Impersonation, tt.class, tt.impersonate)
		}
	}
}

// TestCalendarInvitation: a calendar program's meeting invitation is
// automatic mail, never answered, when it carries no process or emergency
// of its own; one that carries an agency's emergency, and a letter that
// carries its return date or expiry as a calendar entry beside a file,
// are requests.
func TestCalendarInvitation(t *testing.T) {
	a := newAnalyzer(t)
	const head = "From: ausa@usdoj.gov\nTo: law-enforcement@provider.test\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=usdoj.gov\nSubject: Call re 2703(d) order for example.net\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nMIME-Version: 1.0\n"
	ics := "--b\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Call re 2703(d) order\nEND:VEVENT\nEND:VCALENDAR\n"
	for _, tt := range []struct {
		name, body string
		want       string
	}{
		{"an invitation", "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nLet us discuss the 2703(d) order for example.net.\n" + ics + "--b--\n", triage.ClassAutomated},
		{"a subpoena with its return date as a calendar entry", "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nAttached is a grand jury subpoena for example.net; the return date is in the calendar entry.\n" + ics +
			"--b\nContent-Type: application/pdf; name=subpoena.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n", triage.ClassLawEnforcement},
		{"a preservation letter as a text file with its expiry as a calendar entry", "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nPlease see the attached letter.\n" + ics +
			"--b\nContent-Type: text/plain; name=letter.txt\nContent-Disposition: attachment; filename=letter.txt\n\nPlease preserve the records of example.net under 18 U.S.C. 2703(f).\n--b--\n", triage.ClassLawEnforcement},
		// An Outlook meeting request carrying an agency's emergency is read
		// as the request it carries.
		{"an agency's emergency sent as a meeting request", "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nEMERGENCY REQUEST. A man posted on example.net that he will shoot his wife tonight. The IP logs will help us locate him. Please call me now.\n" + ics + "--b--\n", triage.ClassLawEnforcement},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(parse(t, head+tt.body))
			if r.Sender.Class != tt.want {
				t.Errorf("class %s, want %s\nevidence: %+v", r.Sender.Class, tt.want, r.Evidence)
			}
		})
	}
}

// TestRecallNotice: Outlook's notice recalling a message sent before is a
// program's, asking nothing; a letter whose subject only begins "Recall:"
// is read as written.
func TestRecallNotice(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		subject, body, class string
	}{
		{"Recall: Grand jury subpoena 26-001", "Roe, Jo would like to recall the message, \"Grand jury subpoena 26-001\".", triage.ClassAutomated},
		{"Recall: Preservation request", "Roe, Jo would like to recall the message, \"Preservation request\". The corrected request follows: under 18 U.S.C. 2703(f), please preserve all records of example.com for 90 days, as our case needs them kept while the warrant is drafted.\n\nJo Roe\nSpecial Agent", triage.ClassLawEnforcement},
		{"Recall: vehicle records for example.com", "Attached is the grand jury subpoena for example.com.\n\nJo Roe\nSpecial Agent", triage.ClassLawEnforcement},
	} {
		m := parse(t, "From: a@fbi.gov\nSubject: "+tt.subject+"\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.body+"\n")
		if r := a.Analyze(m); r.Sender.Class != tt.class {
			t.Errorf("%q: class %s, want %s", tt.subject, r.Sender.Class, tt.class)
		}
	}
}

// TestWritesOnBehalfOf: the writer's word that they write for an agency we
// know ("on behalf of the Federal Bureau of Investigation"), from a domain
// that is not its own, is a claim of it: held as an impersonation, never
// read as an agency on no list.
func TestWritesOnBehalfOf(t *testing.T) {
	a := newAnalyzer(t)
	host := "cyberteam-example.net"
	for _, opening := range []string{"I am writing on behalf of the Federal Bureau of Investigation.", "I write on behalf of the Federal Bureau of Investigation."} {
		r := a.Analyze(parse(t, "From: Jo Roe <jo.roe@"+host+">\n"+passed(host)+"Subject: EMERGENCY request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+opening+" A child was abducted an hour ago and the abductor uses jdoe@example.com; his IP logs will help us find her. Phone +31 70 555 0100.\n\nRegards,\nJo Roe\nCyber Team\n"))
		if r.Sender.Class == triage.ClassLawEnforcement {
			t.Errorf("%q: class %s impersonation %v, want no agency\nevidence: %+v", opening, r.Sender.Class, r.Facts.Impersonation, r.Evidence)
		}
	}
}

// TestCompanySignsForAgency: a contractor's letter, signed by its company,
// that serves an agency's process is the company's, held for review; an
// agency that names a company in its signature's unit is still the
// agency.
func TestCompanySignsForAgency(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		host, body string
		agency     bool
	}{
		{"example-advisory.com", "I am the federal liaison for Homeland Security Investigations (HSI) on a contract basis.\n\nHSI has issued a DHS administrative summons under 19 U.S.C. 1509 in case XY12PR26XY0001 for the records of example.net. Please send the records to me and I will pass them to the case agent. I can be reached at 973-555-0100.\n\nBest regards,\nJo Roe\nFederal Liaison | Investigations Practice\nExample Risk Advisory LLC\nSupporting U.S. Immigration and Customs Enforcement - HSI\n973-555-0100\n", false},
		{"examplecountysheriff.org", "Attached is a grand jury subpoena for the records of example.net.\n\nBest regards,\nDet. Jo Roe\nExample County Sheriff's Office\n555-0100\n", true},
		// The second review's probes: an agency whose signature also
		// names a company, or that writes for a federal task force.
		{"examplecountysheriff.org", "Attached is a grand jury subpoena for the subscriber records of example.net from 2026-09-01 to 2026-10-30.\n\nRespectfully,\nDet. Jo Roe\nExample County Sheriff's Office\nExample County Crime Stoppers, Inc.\n(555) 555-0100\n", true},
		{"example-rail.com", "Attached is a grand jury subpoena for the subscriber records of example.net from 2026-09-01 to 2026-10-30.\n\nRespectfully,\nDet. Jo Roe\nExample Rail Police Department\nExample Railroad Passenger Corporation\n(215) 555-0100\n", true},
		{"examplecountysheriff.org", "I write on behalf of the FBI Violent Crimes Task Force, of which our office is a member. Attached is a grand jury subpoena for the subscriber records of example.net from 2026-09-01 to 2026-10-30.\n\nRespectfully,\nDet. Jo Roe\nExample County Sheriff's Office\n(555) 555-0100\n", true},
	} {
		r := a.Analyze(parse(t, "From: Jo Roe <jo.roe@"+tt.host+">\n"+passed(tt.host)+"Subject: Summons\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n"+tt.body))
		if (r.Sender.Class == triage.ClassLawEnforcement) != tt.agency {
			t.Errorf("%s: class %s, want agency %v\nevidence: %+v", tt.host, r.Sender.Class, tt.agency, r.Evidence)
		}
	}
}

// TestReportsAreAutomated: a DMARC aggregate or TLS report, by the
// subject RFC 7489 gives it or by its report file's name, is a program's
// mail: answering it would be backscatter. An agency's subject that only
// says "report" is its request.
func TestReportsAreAutomated(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		name, raw string
		class     string
	}{
		{"subject", "From: reports@mail.example.net\nSubject: [Preview] Report Domain: provider.test Submitter: mail.example.net Report-ID: 4471\nContent-Type: text/plain\n\nThis is an aggregate report for mail received yesterday.\n", triage.ClassAutomated},
		{"file", "From: noreply@mail.example.net\nSubject: Your weekly summary\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attached.\n--b\nContent-Type: application/gzip\nContent-Disposition: attachment; filename=\"mail.example.net!provider.test!1784000000!1784086399.xml.gz\"\nContent-Transfer-Encoding: base64\n\nH4sIAAAAAAAAA0tMBAC0mNvbAQAAAA==\n--b--\n", triage.ClassAutomated},
		{"an agency's report", "From: det@fbi.gov\nSubject: Report of fraud - domain example.com\nContent-Type: text/plain\n\nAttached is a grand jury subpoena for the records of example.com.\n", triage.ClassLawEnforcement},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw := strings.Replace(tt.raw, "\nSubject:", "\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nSubject:", 1)
			if r := a.Analyze(parse(t, raw)); r.Sender.Class != tt.class {
				t.Errorf("class %s, want %s: %+v", r.Sender.Class, tt.class, r.Evidence)
			}
		})
	}
}

// TestPoliceAskingInformally (session 27): a government's police writing
// from its .gov domain and asking informally, without process, about a
// site that resells stolen goods: police all the same, refused for the
// missing process, not dropped as bulk mail. A reseller programme's pitch
// is still marketing.
func TestPoliceAskingInformally(t *testing.T) {
	a := newAnalyzer(t)
	for _, tt := range []struct {
		from, body, class string
		spam              bool
	}{
		{"jo.roe@albanyky.gov", "Example Transit Police is looking into a website, example-deals.example, reselling stolen transit passes. Could you send over whatever you have on whoever runs it? Nothing formal yet.\n\nOfficer Jo Roe\nExample Transit Police Department\n(555) 555-0100\n",
			triage.ClassLawEnforcement, false},
		{"sales@example-partners.example", "We would love to talk about our reseller program for your certificates. Book a demo this week and get 20% off.\n\nJo Roe\nPartnerships\n",
			triage.ClassOther, true},
		// Session 29: a bulk greeting on its own line counts, though the
		// text is read folded; a letter to customer service is no lure.
		{"billing@example-portal-billing.example", "Payment due\n\nDear Customer,\n\nYour subscription (invoice 4410) is 10 days late. Pay within 24 hours or your access will be suspended.\n",
			triage.ClassOther, true},
		{"det.jo.roe@gmail.com", "Attached is a grand jury subpoena for example.com. Residents received this text:\n\nDear Customer,\nYour order #4471 could not be delivered. Please pay the outstanding fee now: http://example.com/p\n\nDet. Jo Roe\nExample Police Department\n",
			triage.ClassFreemail, false},
		{"det.jo.roe@gmail.com", "What process do you need for the account jo@example.com in a harassment case of a 15-year-old? I am open to a quick call at 555-555-0144 if easier.\n\nDet. Jo Roe\nExample Police Department\n",
			triage.ClassFreemail, false},
		{"jo.roe@example-law.example", "Dear Customer Service,\n\nOur client's access will be suspended by the bank unless we show who runs example.net. Could you tell us?\n\nJo Roe\nAttorney at Law\n",
			triage.ClassOther, false},
	} {
		raw := "From: " + tt.from + "\nAuthentication-Results: mx.provider.test; dmarc=pass header.from=" + strings.Split(tt.from, "@")[1] + "\nSubject: Info request\nDate: Mon, 02 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n" + tt.body
		r := a.Analyze(parse(t, raw))
		if r.Sender.Class != tt.class || r.Facts.Spam != tt.spam {
			t.Errorf("%s: class %s spam %v, want %s %v", tt.from, r.Sender.Class, r.Facts.Spam, tt.class, tt.spam)
		}
	}
}
