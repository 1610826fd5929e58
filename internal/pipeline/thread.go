package pipeline

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lerd/internal/mailparse"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// Thread rules. A message that names a request (our LER-… reference in
// its subject, or a Message-ID of its thread in In-Reply-To/References)
// joins it only when our receiver authenticated the message (DMARC, or
// aligned DKIM) and its From address is the request's sender: the From
// address of the request's first message, or an address a reviewer
// verified for the request. A domain is never enough: on a free-mail or
// other shared domain anyone has an address, and in an agency's domain a
// colleague may, but the request is its sender's. The reference is for
// people; knowing it, or a Message-ID, is no authority.
//
// One exception: a colleague at the same agency. An authenticated
// message from another address on the very host of the request's sender,
// a host that is itself an agency's (on a list, or a police label under
// a government domain: not a department's or a state's umbrella domain,
// where ICE and CBP, or two state agencies, share a name), both read as
// an agency, that names the
// request by a Message-ID of its thread (In-Reply-To or References: only
// those who had the mail know it; never by the subject's reference)
// joins, and a person confirms it before anything is answered: the
// request is reviewed and its replies held (colleagueJoin).
//
// Any other message that names a request opens a request of its own in
// review, which records the one it claims to continue (flag
// claims_thread, its replies held); the claimed request is not touched.

// FlagClaimsThread marks a request opened by a message that named another
// request but was not allowed to join it.
const FlagClaimsThread = "claims_thread"

// FlagReplyHeld marks a request whose replies wait for a person; the
// replies its follow-ups plan wait too.
const FlagReplyHeld = "reply_held"

// threadRoute returns the Router for a message from the address from whose
// triage says whether it is authenticated; ok is false when the message
// could not be read (it then never joins). A message that names no
// request may still join one its sender opened when it answers it by
// subject (continuesSubject), names no other case and is no emergency
// the request was not: a new emergency under an old subject is a request
// of its own, answered as one (the join is reviewed, its replies held).
func threadRoute(from, subject string, res triage.Result, ok bool) store.Router {
	from = strings.ToLower(strings.TrimSpace(from))
	return func(cands []store.ThreadCandidate) store.Route {
		if ok && res.Sender.Authenticated && from != "" {
			for _, c := range cands {
				if !slices.Contains(c.Senders, from) {
					continue
				}
				if c.Via != store.ViaSender || continuesSubject(subject, c.Request.Subject) && !otherCase(res.CaseNumber, c.Request) && (!res.Emergency || c.Request.Emergency) {
					return store.Route{Join: c.Request}
				}
			}
			for _, c := range cands {
				if colleagueJoin(from, subject, res, c) {
					return store.Route{Join: c.Request}
				}
			}
		}
		for _, c := range cands {
			if c.Via != store.ViaSender {
				return store.Route{Claims: c.Request.Ref}
			}
		}
		return store.Route{}
	}
}

// colleagueJoin reports whether the message from address from, triaged as
// res under subject, may join candidate c as a colleague's: it names c by
// a Message-ID, and it and c's request come from the same host, each
// authenticated and read as an agency (not an impersonation, no Reply-To
// elsewhere). The host is an agency's own (triage's AgencyDomain), or a
// government's shared one where the message also carries the request's
// case or continues its subject, naming no other case. The caller holds
// the join for a person.
func colleagueJoin(from, subject string, res triage.Result, c store.ThreadCandidate) bool {
	if c.Via != store.ViaMessageID || !agencyMail(res) {
		return false
	}
	var prior triage.Result
	if json.Unmarshal([]byte(c.Request.TriageJSON), &prior) != nil || !agencyMail(prior) {
		return false
	}
	d, pd := hostOf(from), hostOf(prior.Facts.FromAddress)
	if d == "" || d != pd {
		return false
	}
	if res.Facts.AgencyDomain && prior.Facts.AgencyDomain {
		return true
	}
	// A government's shared domain (a city's, a county's, a state's) holds
	// more offices than its police: a colleague there must also carry the
	// request's own case number, as the officer who takes a case over
	// does; another office that was merely sent the mail does not.
	// The case in a reply's subject is the thread's: the colleague's own
	// words must name no other ("New request, Case No. …"). A reply that
	// keeps the request's own subject and names no case of its own
	// continues it too.
	if !res.Facts.GovernmentDomain || !prior.Facts.GovernmentDomain {
		return false
	}
	if own := res.Facts.OwnCaseNumber; own != "" {
		return sameCase(&own, prior.CaseNumber)
	}
	return sameCase(res.CaseNumber, prior.CaseNumber) || continuesSubject(subject, c.Request.Subject)
}

// sameCase reports two case numbers that are both given and the same but
// for case, spaces and punctuation.
func sameCase(a, b *string) bool {
	return a != nil && b != nil && caseKey(*a) != "" && caseKey(*a) == caseKey(*b)
}

// agencyMail reports an authenticated sender that triage read as an
// agency, with nothing that marks a disguise.
func agencyMail(r triage.Result) bool {
	return r.Sender.Authenticated && r.Sender.Class == triage.ClassLawEnforcement && !r.Facts.Impersonation && !r.Facts.ReplyToMismatch
}

// hostOf is the host of an address, lower-cased, or "".
func hostOf(addr string) string {
	_, host, _ := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	return strings.TrimSuffix(host, ".")
}

// mayContinueBySubject reports whether a message naming no request may be
// matched by subject with its sender's (store.Findings.BySender): an
// authenticated reply (a reply marker, or In-Reply-To naming a message we
// do not know) that is no automatic mail.
func mayContinueBySubject(subject, inReplyTo string, res triage.Result) bool {
	_, reply := mailparse.BaseSubject(subject)
	return res.Sender.Authenticated && res.Sender.Class != triage.ClassAutomated && (reply || inReplyTo != "")
}

// continuesSubject reports whether subject answers a request opened with
// subject orig: it carries reply or forward markers ("RE:", "AW:") before
// orig's own words, which may be followed by more ("… - extension"). A
// subject too plain to tell one request from the next ("Subpoena",
// "Emergency request") continues nothing: an agent may send many.
func continuesSubject(subject, orig string) bool {
	base, reply := mailparse.BaseSubject(subject)
	want, _ := mailparse.BaseSubject(orig)
	if !reply || !distinctive(want) {
		return false
	}
	base, want = strings.ToLower(base), strings.ToLower(want)
	rest, found := strings.CutPrefix(base, want)
	if !found {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// distinctive reports whether a subject names one matter: it carries a
// number that is no bare year, a domain or address, or at least four
// words ("Subpoena - 2026" and a template's three words name none).
func distinctive(subject string) bool {
	n := 0
	for _, w := range strings.Fields(subject) {
		w = strings.Trim(w, ".,;:()[]<>#")
		if strings.ContainsFunc(w, unicode.IsDigit) && !bareYear.MatchString(w) || strings.Contains(w, ".") || strings.Contains(w, "@") {
			return true
		}
		if strings.ContainsFunc(w, unicode.IsLetter) {
			n++
		}
	}
	return n >= 4
}

// otherCase reports whether the message names a case number and the
// request another one: the same subject may head a new case.
func otherCase(caseNumber *string, req *store.Request) bool {
	var prior triage.Result
	if caseNumber == nil || *caseNumber == "" || json.Unmarshal([]byte(req.TriageJSON), &prior) != nil || prior.CaseNumber == nil || *prior.CaseNumber == "" {
		return false
	}
	return caseKey(*caseNumber) != caseKey(*prior.CaseNumber)
}

// caseKey is a case number without case, spaces and punctuation.
func caseKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// claimReason says, for the audit trail, why a message that named a request
// did not join it.
func claimReason(ref, from string, sender triage.Sender, ok bool) string {
	switch {
	case !ok:
		return "claims to continue " + ref + "; not joined: the message could not be read"
	case !sender.Authenticated:
		return "claims to continue " + ref + "; not joined: the sender " + from + " is not authenticated"
	}
	return "claims to continue " + ref + "; not joined: " + from + " is not that request's sender"
}

// bareYear is a year alone: "Emergency Disclosure Request - 2026" names no
// matter.
var bareYear = regexp.MustCompile(`^(?:19|20)\d\d$`)
