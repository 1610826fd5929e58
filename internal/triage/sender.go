package triage

import (
	"slices"
	"strings"

	"lerd/internal/mailparse"
)

// verifySender fills r.Sender, r.Facts.FromDomain and r.Facts.ReplyToMismatch.
// It returns the agency covering the From domain (or imitated by it).
//
// With listsAutomated false, a law-enforcement domain's mail whose only
// mark of automation is a mailing list's header is read as the agency's
// (r.Facts.ListMail set), so that a request it carries is not passed over.
func (a *Analyzer) verifySender(m *mailparse.Message, raw []byte, r *Result, listsAutomated bool) (Agency, bool) {
	from := m.From.Addr
	_, host, _ := strings.Cut(from, "@")
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	reg := registrable(host)
	r.Facts.FromDomain = reg
	r.Facts.FromAddress = from
	r.Sender.Address = from
	for _, rt := range m.ReplyTo {
		_, rh, _ := strings.Cut(rt.Addr, "@")
		if rt.Addr != "" && registrable(strings.ToLower(rh)) != reg {
			r.Facts.ReplyToMismatch = true
			r.evidence("sender", "reply-to on another domain is never used", "Reply-To", rt.Addr)
		} else if rt.Addr != "" && rt.Addr != from {
			// Same registrable domain: the sender's own organisation, so
			// the reply may go there.
			r.Sender.Address = rt.Addr
		}
	}
	r.Sender.Authenticated = a.authenticated(m, raw, host, r)

	_, ours, _ := strings.Cut(strings.ToLower(a.opts.Mailbox), "@")
	// A colleague of ours forwarding an agency's mail that reached them
	// instead of this mailbox: the request is the agency's, to be read
	// and put before a person, never answered to our colleague unseen.
	// Not our own server's journal report, which wraps a copy of each
	// message it journals (Exchange marks it; it strips the mark from
	// mail that comes in from outside).
	if ours != "" && registrable(host) == registrable(ours) && !strings.EqualFold(from, a.opts.Mailbox) && m.Header("X-Lerd-Request") == "" && !journalReport(m) && forwardsOutsider(m, ours) {
		r.Sender.Class = ClassOther
		r.Facts.ColleagueForward = true
		r.evidence("sender.class", "a colleague of ours forwarding another's mail; held for review", "From", from)
		return Agency{}, false
	}
	if ours != "" && registrable(host) == registrable(ours) || m.Header("X-Lerd-Request") != "" {
		// Our own reply come back (a forward, a bounce quoting it, a loop
		// through another responder): never answered.
		r.Sender.Class = ClassAutomated
		r.evidence("sender.class", "our own mail come back", "From", from)
		return Agency{}, false
	}
	if why, list := automated(m); why != "" {
		_, le := a.domains.Agency(host)
		_, gov := a.domains.Government(host)
		// An agency's web form may send from a county's or a city's own
		// name outside .gov ("examplecounty.org"), which no list holds:
		// its form is read the same way, and held like list mail.
		form := (strings.HasPrefix(why, "Auto-Submitted") || why == systemNoticeWhy) && agencyWordDomain(host)
		if list && (le || gov || form) && !listsAutomated && a.addressedToUs(m) {
			r.Facts.ListMail = true
			r.evidence("sender.class", "list or calendar mail from a law-enforcement or government domain: read as a request if it carries one", "header", why)
		} else if target, ok := a.automatedLure(host); ok && reportOrBounce(m) == "" && (lureSubject.MatchString(m.Header("Subject")) || why == systemNoticeWhy) {
			// A portal's "automated" notice of process served from a domain
			// that imitates an agency ("new legal process served, sign in
			// here") is the lure's shape: the imitation names the sender,
			// and a person sees it; a reply stays held. Not a bounce, a
			// report or a newsletter.
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "automated notice from a domain that imitates "+target, "From", host)
			ag, _ := a.domains.Agency(target)
			return ag, false
		} else {
			r.Sender.Class = ClassAutomated
			r.evidence("sender.class", "automated mail is never answered", "header", why)
			return Agency{}, false
		}
	}
	// The UK's Criminal Justice Secure eMail service gives each member
	// organisation an address under its own domain with ".cjsm.net"
	// appended (cps.gov.uk.cjsm.net, met.police.uk.cjsm.net; general
	// knowledge of the Ministry of Justice's service). The organisation is
	// the one written before it, vouched for by the service, not by us:
	// read as that agency, held for review.
	if inner, ok := strings.CutSuffix(host, ".cjsm.net"); ok && strings.Contains(inner, ".") {
		if ag, ok := a.domains.Agency(inner); ok {
			r.Sender.Class = ClassLawEnforcement
			r.Facts.UnlistedAgency = true
			r.evidence("sender.class", "a UK criminal-justice secure-mail address of an agency on a list: held for review", "From", host)
			return ag, true
		}
		if country, ok := a.domains.Government(inner); ok {
			r.Sender.Class = ClassGovOther
			r.evidence("sender.class", "a UK criminal-justice secure-mail address of a government body", "From", host)
			return Agency{Country: country}, false
		}
	}
	if ag, ok := a.domains.Agency(host); ok {
		r.Sender.Class = ClassLawEnforcement
		r.Facts.AgencyDomain = true
		if ag.Derived {
			r.Facts.UnlistedAgency = true
			r.evidence("sender.class", "police label under a government domain, on no list: held for review", "From", ag.Domain)
			return ag, true
		}
		r.evidence("sender.class", "domain on the law-enforcement list", "From", ag.Domain)
		return ag, true
	}
	// Lookalikes before government: "fbl.gov" is under .gov but is not a
	// registered government domain. A domain on the .gov registry itself
	// is never a lookalike: only governments can register there.
	zone, government := a.domains.Government(host)
	// Nor is a name under .edu or .mil: their registries admit only
	// accredited colleges and the armed forces ("umpd.example.edu" is a
	// campus police's own name, not an imitation of another's).
	restricted := strings.HasSuffix(reg, ".edu") || strings.HasSuffix(reg, ".mil")
	if !a.domains.Registered(reg) && !a.domains.Freemail(host) && !restricted {
		// Another country's government zone ("uspis.gov.co") is no home
		// for a US agency's name: only an agency of the zone's own country
		// is that government's own.
		if target, ok := a.domains.Lookalike(host); ok && (!government || strings.HasSuffix(host, ".gov") || foreignBrand(a.domains, target, zone)) {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "domain imitates "+target, "From", host)
			ag, _ := a.domains.Agency(target)
			return ag, false
		}
	}
	if a.domains.Freemail(host) {
		r.Sender.Class = ClassFreemail
		r.evidence("sender.class", "free-mail provider", "From", reg)
		return Agency{}, false
	}
	if country, ok := a.domains.Government(host); ok {
		r.Sender.Class = ClassGovOther
		r.Facts.GovernmentDomain = true
		r.evidence("sender.class", "government domain not on the law-enforcement list", "From", host)
		return Agency{Country: country}, false
	}
	// A government domain's name with its dots written as hyphens
	// ("examplecso-tampa-fl.us" for a locality's "examplecso.tampa.fl.us",
	// "police-gov.uk"): the name of a zone only governments are given,
	// copied onto a domain anyone can register.
	// A US locality's shape needs a body under the place
	// ("agency.place.st.us"): "lakewood-co.us" is a city's own name with
	// its state's code, as cities name their domains.
	if dotted := strings.ReplaceAll(reg, "-", "."); dotted != reg && (!strings.HasSuffix(dotted, ".us") || strings.Count(dotted, ".") >= 3) {
		if _, gov := a.domains.Government(dotted); gov {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a government domain's name with hyphens for its dots", "From", host)
			return Agency{}, false
		}
	}
	// A police word hyphenated to a place or a name on a domain anyone can
	// register ("cityofexample-police.org", "example-sheriff.com"): the
	// shape impostors give a local agency's name. A real agency on such a
	// domain is on no list of ours either; read as a lookalike, its
	// request is refused with the reply held, and a person verifies it.
	if policeCompound(reg) {
		r.Sender.Class = ClassLookalike
		r.evidence("sender.class", "a police word hyphenated to a name, on a domain no list vouches for", "From", host)
		return Agency{}, false
	}
	// A police name with "gov" glued on, outside .gov
	// ("examplesheriffgov.org"): a city or a county glues "gov" to its
	// own name ("examplecitygov.org") and its police write from there; a
	// police force's name so glued imitates a .gov name.
	if main, _, _ := strings.Cut(reg, "."); !strings.HasSuffix(reg, ".gov") {
		if name, glued := strings.CutSuffix(strings.ReplaceAll(main, "-", ""), "gov"); glued && policeName(name) {
			r.Sender.Class = ClassLookalike
			r.evidence("sender.class", "a police name with \"gov\" glued on, outside .gov", "From", host)
			return Agency{}, false
		}
	}
	// A local office's own .gov name under .com, .org or .net: its older
	// domain or an impostor's copy. Read as an agency on no list, whether
	// or not its letter signs as one: nothing goes out before a person
	// has verified it.
	if target, ok := a.domains.BesideOwnGov(host); ok {
		r.Sender.Class = ClassLawEnforcement
		r.Facts.UnlistedAgency = true
		r.evidence("sender.class", "the name of "+target+" under another suffix, on no list: held for review", "From", host)
		return Agency{Domain: host, Country: "US", Derived: true}, true
	}
	// A local government's own name outside .gov and .us
	// ("cityofexample.org", "townofexample.com", a Texas school
	// district's "exampleisd.org", a county's "exgov.org"): a government
	// body that is not police, its request for records answered as
	// such. One that claims police is read below as an agency on no list,
	// held for review. Anyone may register such a name, so it vouches for
	// no agency (GovernmentDomain stays false) (session 33).
	if localGovernmentName(reg) {
		r.Sender.Class = ClassGovOther
		r.Facts.GovernmentName = true
		r.evidence("sender.class", "a local government's name outside .gov, on no list", "From", host)
		return Agency{}, false
	}
	r.Sender.Class = ClassOther
	return Agency{}, false
}

// localGovernmentName reports a registrable domain named as US local
// governments name theirs outside .gov (general knowledge): "cityof",
// "countyof", "townof" … before the place (not "cityoffice…"); a Texas
// school district's "isd" or "cisd" after it; "gov" glued to a short
// name under .org ("exgov.org"; a police name so glued is a lookalike,
// read before; vendors' "…gov.com" are not read so).
func localGovernmentName(reg string) bool {
	label, suffix, _ := strings.Cut(reg, ".")
	if suffix != "org" && suffix != "com" && suffix != "net" {
		return false
	}
	return localGovLabel.MatchString(label) && !cityOffice.MatchString(label) || suffix == "org" && abbrGovLabel.MatchString(label)
}

var (
	localGovLabel = lazyRegexp(`^(?:cityof|countyof|townof|villageof|boroughof|townshipof)[a-z]{4,}$|^[a-z]{3,}c?isd$`)
	cityOffice    = lazyRegexp(`^(?:city|county|town|village|borough|township)of(?:fic|f\b)`)
	abbrGovLabel  = lazyRegexp(`^[a-z]{2,10}gov$`)
)

// forwardsOutsider reports a message that forwards mail from outside our
// domain: an attached message, or a forwarded block in the text, whose
// From is on another domain.
func forwardsOutsider(m *mailparse.Message, ours string) bool {
	outside := func(addr string) bool {
		_, h, ok := strings.Cut(strings.ToLower(addr), "@")
		return ok && registrable(strings.TrimSuffix(h, ".")) != registrable(ours)
	}
	for _, fields := range m.Forwarded {
		for _, f := range fields {
			if strings.EqualFold(f.Key, "From") {
				if ad := emailRe.FindString(f.Value); ad != "" && outside(ad) {
					return true
				}
			}
		}
	}
	for _, p := range m.Parts {
		if loc := forwardMark.FindStringIndex(p.Text); loc != nil {
			if fm := forwardedFrom.FindStringSubmatch(p.Text[loc[1]:min(len(p.Text), loc[1]+600)]); fm != nil && outside(fm[1]) {
				return true
			}
		}
	}
	return false
}

var (
	// forwardMark opens a forwarded message in a mail program's words.
	forwardMark = lazyRegexp(`(?im)^[ \t>]*(?:-+ ?Forwarded message ?-+|Begin forwarded message:|-+ ?Original Message ?-+|-+ ?Weitergeleitete Nachricht ?-+|-+ ?Message transféré ?-+)`)
	// forwardedFrom is the From line of the forwarded block.
	forwardedFrom = lazyRegexp(`(?im)^[ \t>*]*(?:From|Von|De)\s*:\s*[^\n]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)`)
)

// calendarInvite reports a calendar program's invitation: an iCalendar
// part and no other file but images.
func calendarInvite(m *mailparse.Message) bool {
	calendar, document := false, false
	for _, at := range m.Attachments {
		switch ct := strings.ToLower(at.ContentType); {
		case ct == "text/calendar" || ct == "application/ics":
			calendar = true
		case !strings.HasPrefix(ct, "image/"):
			document = true
		}
	}
	return calendar && !document
}

// addressedToUs reports our mailbox among the message's To or Cc
// recipients: a request is sent to us, a bulletin to its list.
func (a *Analyzer) addressedToUs(m *mailparse.Message) bool {
	ours := strings.ToLower(a.opts.Mailbox)
	if ours == "" {
		return false
	}
	for _, t := range m.To {
		if strings.EqualFold(t.Addr, ours) {
			return true
		}
	}
	return strings.Contains(strings.ToLower(m.Header("Cc")), ours)
}

// wordLookalike reports a lookalike only by a court's portal word
// ("courtnotice", "efile-courts"), not by any agency's domain it imitates
// nor by a police word, under which a real agency may write.
// The cheap test of the label comes first: the whole lookalike search runs
// only for a court-portal name.
func (a *Analyzer) wordLookalike(host string) bool {
	label, _, _ := strings.Cut(registrable(host), ".")
	if !slices.ContainsFunc(strings.Split(label, "-"), courtPortal.MatchString) {
		return false
	}
	_, brand := a.domains.Lookalike(host)
	return !brand
}

// lureSubject is a notice's subject that claims process served: what a
// portal lure announces, not a newsletter's or a bounce's.
var lureSubject = lazyRegexp(`(?i)\b(?:subpoenas?|warrants?|legal process|court orders?|summons|served|service of process|sealed (?:document|filing)s?)\b`)

// automatedLure reports an automated sender's domain that imitates an
// agency's, as the lookalike check below reads one: not an agency's own
// on a list, not on the .gov registry, no free-mail or .edu/.mil name,
// and not a government zone's.
func (a *Analyzer) automatedLure(host string) (string, bool) {
	reg := registrable(host)
	if a.domains.Registered(reg) || a.domains.Freemail(host) || strings.HasSuffix(reg, ".edu") || strings.HasSuffix(reg, ".mil") {
		return "", false
	}
	if _, government := a.domains.Government(host); government {
		return "", false
	}
	if _, listed := a.domains.Agency(host); listed {
		return "", false
	}
	return a.domains.Lookalike(host)
}

// policeLabelWord is a label part that names a police force.
// Whole words only: "so" (so-net), "pd" and "marshal" (a surname) are
// other things too.
var policeLabelWord = map[string]bool{"police": true, "sheriff": true, "sheriffs": true, "cops": true,
	"policedept": true, "policedepartment": true, "sheriffsoffice": true, "sheriffsdept": true, "constabulary": true,
	"marshals": true, "troopers": true, "statepolice": true, "highwaypatrol": true,
	// Inspectors general write only from .gov.
	"oig": true}

// courtPortal is a court's name glued to a portal's word: the e-filing and
// warrant portals impostors imitate.
var courtPortal = lazyRegexp(`^(?:courts?(?:portal|efile|efiling|filings?|notices?|secure|login|verify|docs|documents|upload|gateway)|(?:portal|efile|efiling|secure|login|verify)courts?)$`)

// shortPoliceWord are police initials read as a hyphenated part only on a
// generic suffix.
var shortPoliceWord = map[string]bool{"da": true, "pd": true, "so": true, "sd": true, "dao": true, "sao": true}

// gluedPoliceWords are police words read also as the start or end of a
// hyphenated label's part.
var gluedPoliceWords = []string{"police", "sheriffs", "sheriff", "constabulary", "troopers", "statepatrol", "highwaypatrol", "statepolice"}

// portalWord is a request portal's word, alone or after "le" (law
// enforcement): "lerequest", "legalprocess", "subpoenas", "records".
var portalWord = lazyRegexp(`^(?:le)?(?:requests?|legalprocess|process|subpoenas?|warrants?|records|portal|disclosures?|compliance|intake)$`)

// policeInitialsEnd ends a label with a police department's initials
// ("…pd"), which no English word ends with; not "so" or "da", which
// names do ("alfonso-law").
var policeInitialsEnd = lazyRegexp(`pd$`)

// policeCompound reports a registrable domain whose label joins a police
// or court word and another name with hyphens.
func policeCompound(reg string) bool {
	label, _, _ := strings.Cut(reg, ".")
	parts := strings.Split(label, "-")
	if len(parts) < 2 {
		return false
	}
	// On a generic suffix, a district attorney's or police department's
	// initials too ("examplecity-da.nyc"); under a country's own code
	// "da" and "so" are words of its language.
	generic := ccTLDCountry("@"+reg) == ""
	// A police department's initials glued to a place ("examplecitypd")
	// beside a request portal's word ("-lerequest", "-legalprocess"):
	// agencies do not name their domains so (a department may write
	// "-online" or "-info").
	// So with several portal words ("examplepd-records-portal"), and
	// initials of four letters ("xypd").
	if generic {
		for k, p := range parts {
			others := slices.Concat(parts[:k], parts[k+1:])
			if len(p) >= 4 && policeInitialsEnd.MatchString(p) && !slices.ContainsFunc(others, func(o string) bool { return !portalWord.MatchString(o) }) {
				return true
			}
		}
	}
	for _, p := range parts {
		if generic && shortPoliceWord[p] {
			return true
		}
		// With an impostor's affix stripped: "example-sheriffportal"; a
		// court only with a portal's word ("example-courtportal"), since
		// process servers and courts' own sites write "court" so too.
		if policeLabelWord[p] || policeLabelWord[stripAffixes(p)] || courtPortal.MatchString(p) {
			return true
		}
		// A police word glued to a place in one part ("examplesheriff-fl").
		if gluedPoliceWord(p) {
			return true
		}
	}
	return false
}

// gluedPoliceWord reports a police word glued to a place in one label
// ("examplesheriff", "policeexample").
func gluedPoliceWord(p string) bool {
	for _, w := range gluedPoliceWords {
		if rest := strings.TrimSuffix(strings.TrimPrefix(p, w), w); rest != p && len(rest) >= 3 {
			return true
		}
	}
	return false
}

// aligned is DMARC relaxed alignment: same registrable domain.
func aligned(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	return a != "" && registrable(a) == registrable(b)
}

var (
	oooSubject  = lazyRegexp(`(?i)^(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|abwesenheitsnotiz|r[ée]ponse automatique|absence)\b`)
	bounceFrom  = lazyRegexp(`(?i)^(mailer-daemon|postmaster|mail-daemon)@`)
	bounceSubj  = lazyRegexp(`(?i)(undeliver|delivery status notification|returned mail|delivery failure|failure notice)`)
	precedences = map[string]bool{"bulk": true, "list": true, "junk": true, "auto_reply": true}
)

// automated names the header that marks a message as machine-generated, or
// returns "" for mail written by a person.
// list is true when the only mark is a mailing list's or bulk sender's
// header (List-*, Precedence: bulk or list), which a mailing service adds
// to whatever it sends.
func automated(m *mailparse.Message) (why string, list bool) {
	if v := strings.ToLower(strings.TrimSpace(m.Header("Auto-Submitted"))); v != "" && v != "no" {
		// "auto-generated" (RFC 3834) is also how an agency's web form
		// sends the request an officer filled in: like list mail, from
		// an agency's or a government's domain it is read as a request
		// when it carries one. Not a reply ("auto-replied"), nor anything
		// that answers a message (a ticket desk's receipt quoting ours, an
		// out-of-office notice), nor an invitation.
		return "Auto-Submitted: " + v, v == "auto-generated" && formSubmission(m)
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond"} {
		if m.Header(k) != "" {
			return k, false
		}
	}
	if why := reportOrBounce(m); why != "" {
		return why, false
	}
	// A calendar program's invitation (an iCalendar part, RFC 5545/6047):
	// a meeting asked for, not a request to answer. Not where any other
	// file comes with it (a subpoena may carry its return date as a
	// calendar entry, a preservation letter its expiry). Like list mail,
	// an invitation from an agency's or a government's domain is still
	// read as a request when it carries an emergency (an Outlook meeting
	// request may be how an officer sends one); a meeting about process
	// ("a call about the 2703(d) order") is no request.
	if calendarInvite(m) {
		return "a calendar invitation", true
	}
	if v := strings.ToLower(strings.TrimSpace(m.Header("Precedence"))); precedences[v] {
		return "Precedence: " + v, v != "junk" && v != "auto_reply"
	}
	for _, k := range []string{"List-Id", "List-Unsubscribe", "List-Post"} {
		if m.Header(k) != "" {
			return k, true
		}
	}
	// A system's notice that says so at its top and asks not to be
	// answered ("This is an automatic e-mail message generated by the
	// CM/ECF system. Please DO NOT RESPOND …"): a reply reaches nobody.
	// Like list mail, from an agency's or a government's domain it is
	// still read as a request when it carries one, and then held.
	// formSubmission already asks that it answer nothing; only the
	// message's opening is read, not every part joined.
	if formSubmission(m) {
		if head := textHead(m, 400); systemNotice.MatchString(head) && doNotReply.MatchString(head) {
			return systemNoticeWhy, true
		}
	}
	return "", false
}

// textHead returns the first n bytes of a message's text, its parts
// joined as Message.Text joins them, without joining the rest.
func textHead(m *mailparse.Message, n int) string {
	var b strings.Builder
	for i, p := range m.Parts {
		if b.Len() >= n {
			break
		}
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text[:min(len(p.Text), n)])
	}
	head := b.String()
	return head[:min(len(head), n)]
}

const systemNoticeWhy = "a system's notice that asks not to be answered"

// systemNotice and doNotReply open a system's notice: "This is an
// automatic e-mail message generated by …", "Please do not respond to
// this e-mail; the mailbox is unattended".
var (
	systemNotice = lazyRegexp(`(?i)\bthis (?:is an? |message is an? )?(?:automatic(?:ally generated)?|auto-?generated|system-?generated|computer-?generated)\b[^.\n]{0,40}\b(?:e-?mail|message|notice|notification)\b`)
	doNotReply   = lazyRegexp(`(?i)\b(?:do not|don't|please don't)\s+(?:respond|reply)\b`)
)

// formSubmission reports automatic mail that may carry a form someone
// filled in: it answers no message (no thread headers, no reply marker),
// is no receipt, ticket, out-of-office notice, report or invitation.
func formSubmission(m *mailparse.Message) bool {
	subject := m.Header("Subject")
	_, reply := mailparse.BaseSubject(subject)
	return m.InReplyTo == "" && len(m.References) == 0 && !reply && !receiptSubject.MatchString(subject) && reportOrBounce(m) == "" && !calendarInvite(m)
}

// receiptSubject names an automatic receipt or notice in a subject
// (general knowledge of ticket desks and autoresponders, in English,
// Spanish, French and German). "Received:" ("[SR-1] Received: RE: …")
// stands outside the group, whose closing word boundary a colon before a
// space never meets.
var receiptSubject = lazyRegexp(`(?i)\b(?:(?:has|have) been received|we (?:have )?received|(?:message|submission|e-?mail) received|receipt|ticket|acknowledg\w*|auto-?(?:reply|response|acknowledg\w*)|automatic (?:reply|response)|out of (?:the )?office|opened on your behalf|invitation|respuesta autom[áa]tica|r[ée]ponse automatique|abwesenheit\w*|automatische antwort)\b|\breceived\s*:`)

// journalReport reports Exchange's journal report: a copy of a message
// our own server keeps, never a request sent to us.
func journalReport(m *mailparse.Message) bool {
	return strings.EqualFold(strings.TrimSpace(m.Header("X-MS-Exchange-Organization-Journal-Report")), "true")
}

// reportOrBounce names a delivery report, a bounce or an out-of-office
// reply.
func reportOrBounce(m *mailparse.Message) string {
	if strings.Contains(strings.ToLower(m.Header("Content-Type")), "multipart/report") {
		return "Content-Type: multipart/report"
	}
	if bounceFrom.MatchString(m.From.Addr) || strings.TrimSpace(m.Header("Return-Path")) == "<>" && bounceSubj.MatchString(m.Subject) {
		return "From: " + m.From.Addr
	}
	if oooSubject.MatchString(m.Subject) {
		return "Subject: " + m.Subject
	}
	// A DMARC aggregate or SMTP TLS report (RFC 7489 section 7.2.1.1,
	// RFC 8460): a receiver's program reports on mail for our domain, by
	// the subject the RFCs give it or by its report file's name
	// ("receiver!domain!begin!end.xml.gz"). Answering it is backscatter.
	if reportSubject.MatchString(m.Subject) || slices.ContainsFunc(m.Attachments, func(a mailparse.Attachment) bool { return reportFile.MatchString(a.Filename) }) {
		return "a DMARC or TLS report: " + m.Subject
	}
	// Outlook's recall of a message sent before ("Recall: …", "Jo Roe
	// would like to recall the message, …"): a program's notice that
	// asks nothing new.
	// Only a notice that says nothing else: a corrected request sent
	// with it is read as the request.
	if recallSubject.MatchString(m.Subject) {
		for _, p := range m.Parts {
			if loc := recallBody.FindStringIndex(p.Text); loc != nil && len(strings.Fields(p.Text[loc[1]:])) <= 25 {
				return "Subject: " + m.Subject
			}
		}
	}
	return ""
}

var (
	reportSubject = lazyRegexp(`(?i)\bReport[ -]?Domain:\s*\S+\s+Submitter:\s*\S+`)
	reportFile    = lazyRegexp(`^[^!\s/]+![^!\s/]+!\d{9,}!\d{9,}(?:![^!\s/]*)?\.(?:xml|zip|gz|xml\.gz|json|json\.gz)$`)
	recallSubject = lazyRegexp(`(?i)^\s*recall:`)
	recallBody    = lazyRegexp(`(?i)\bwould like to recall the message\b`)
)

// stripComments removes RFC 5322 comments (nested parentheses outside
// quoted strings) and unfolds the header value.
func stripComments(v string) string {
	var b strings.Builder
	depth, quoted, escaped := 0, false, false
	for _, r := range v {
		switch {
		case escaped:
			escaped = false
			if depth == 0 {
				b.WriteRune(r)
			}
			continue
		case r == '\\':
			escaped = true
			if depth == 0 {
				b.WriteRune(r)
			}
			continue
		case r == '"' && depth == 0:
			quoted = !quoted
		case r == '(' && !quoted:
			depth++
			continue
		case r == ')' && !quoted && depth > 0:
			depth--
			continue
		}
		if depth == 0 {
			if r == '\r' || r == '\n' || r == '\t' {
				r = ' '
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foreignBrand reports whether the agency a government-zone host imitates
// is a US agency (the names impostors borrow) and the zone another
// country's. Countries share their agencies' initials ("npa", the national
// police agency of Japan and of Taiwan): one foreign government's name
// under another's zone is that government's own.
func foreignBrand(d *Domains, target, zoneCountry string) bool {
	ag, ok := d.Agency(target)
	return ok && ag.Country == "US" && zoneCountry != "" && zoneCountry != "US" && !usTerritory[zoneCountry]
}
