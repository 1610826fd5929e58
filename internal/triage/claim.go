package triage

import (
	"regexp"
	"slices"
	"strings"
)

// A sender can be a real agency that no list of ours names: a county
// sheriff on co.<county>.<st>.us or on its own .org, a city police
// department writing from the city's domain. Rejecting such a request as
// "not law enforcement" refuses police; answering it automatically answers
// whoever controls the domain. So a sender whose domain is not free-mail,
// not a lookalike and not on a list, but whose message identifies itself
// as an agency and carries legal process or an emergency claim, is marked
// an unverified agency: triage reads the request as law enforcement's, and
// the policy holds every reply and sends it to review (see policy.Decide).

// agencyName matches the names law-enforcement bodies give themselves
// (general knowledge of US federal, state and local, UK, Canadian,
// Australian and European agency naming).
var agencyName = regexp.MustCompile(`\b(?:Sheriff'?s? (?:Office|Department|Dept\.?)|Police (?:Department|Dept\.?|Service|Force|Division|Bureau)|Department of (?:Public Safety|Police|Justice|Corrections)|(?:State|Highway) Patrol|State Police|Bureau of (?:Investigation|Criminal)|District Attorney'?s?|State'?s Attorney|Commonwealth'?s Attorney|(?:United States|U\.S\.) Attorney|Attorney General|Prosecutor'?s? Office|Prosecuting Attorney|Marshal'?s? (?:Office|Service)|Constabulary|Gendarmerie|Polizei\w*|Staatsanwaltschaft|Task Force|Criminal Investigations?|Investigations Division|Detective (?:Bureau|Division)|Crimes (?:Unit|Division|Section)|Narcotics|Homicide|Special Victims|Inspector General|Public Safety)\b`)

// agencyRank opens a signature line of a sworn officer or prosecutor.
var agencyRank = regexp.MustCompile(`^(?:Special Agent|Task Force Officer|Detective|Det\.|Sergeant|Sgt\.?|Lieutenant|Lt\.?|Captain|Deputy(?: Sheriff)?|Sheriff|Trooper|Officer|Patrolman|Investigator|Inv\.|Inspector|Constable|Chief of Police|Police Chief|Assistant (?:United States|U\.S\.|District|State'?s) Attorney|AUSA|ADA|Deputy District Attorney|Prosecutor|Kriminal\w+|Polizei\w+)\b`)

// leDomainWord marks a registrable label that names a police body
// ("hcso.org", "cityofxpd.org", "countysheriff.org").
var leDomainWord = regexp.MustCompile(`sheriff|police|polic[ei]a|polizei|politi|constab|marshal|trooper|statepatrol|highwaypatrol|prosecut|attorneygeneral|districtattorney|(?:^|[a-z])(?:pd|so|sd|da)$`)

// claimsAgency reports whether the message identifies its sender as a
// law-enforcement body: an agency name or a sworn rank in the signature,
// or "I am a detective with …" in the letter.
func claimsAgency(doc *document) bool {
	lines := strings.Split(doc.body, "\n")
	n := 0
	for i := len(lines) - 1; i >= 0 && n < 15; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		n++
		if agencyRank.MatchString(l) || len(l) < 100 && agencyName.MatchString(l) {
			return true
		}
	}
	for _, m := range selfIntro.FindAllStringIndex(doc.flat, -1) {
		if agencyName.MatchString(doc.flat[m[1]:min(len(doc.flat), m[1]+120)]) {
			return true
		}
	}
	return false
}

var selfIntro = regexp.MustCompile(`(?i)\b(?:I am|I'm|my name is|this is|writing on behalf of|on behalf of|we are|our agency,?|this agency,?|I serve as|I work (?:for|with))\b`)

// unlistedAgency turns the class of an agency no list names into law
// enforcement when its domain is a government one or names a police body,
// and records the claim either way.
func unlistedAgency(doc *document, r *Result, host string, government bool) {
	if r.Sender.Class != ClassGovOther && r.Sender.Class != ClassOther {
		return
	}
	process := slices.ContainsFunc(r.Process, func(k string) bool {
		return k != "none" && k != "data_subject_request" && k != "civil_subpoena"
	})
	if !process || !claimsAgency(doc) {
		return
	}
	r.Facts.ClaimsAgency = true
	label := strings.TrimSuffix(registrable(host), "."+suffixOf(registrable(host)))
	label = strings.ReplaceAll(label, "-", "")
	if government || leDomainWord.MatchString(label) {
		r.Sender.Class = ClassLawEnforcement
		r.Facts.UnlistedAgency = true
		r.evidence("sender.class", "agency not on a list: its own letter and its domain say so; unverified, held for review", "From", host)
		return
	}
	r.evidence("sender.class", "claims to be an agency from a domain that does not show it; held for review", "From", host)
}
