package triage

import (
	"regexp"
	"strings"
)

// What a request asks for, read sentence by sentence so that a negation
// or a "non-content only" qualifier applies to its own sentence only.

// contentPhrase names stored content: the bodies of communications and
// what users store (18 U.S.C. 2510(8): "contents" is the substance,
// purport or meaning of a communication; Microsoft's FAQ: "the content of
// emails, documents, photos"). General knowledge of how requests word it.
var contentPhrase = regexp.MustCompile(`(?i)\b(?:contents?|bodies|body|substance|text) of (?:all |any |each |every |the |such |stored |those |these |its |their )*(?:e-?mails?|messages?|communications?|chats?|conversations?|correspondence|files?|documents?|attachments?|posts?|accounts?|mailbox(?:es)?|inbox(?:es)?|storage|cloud|drives?|texts?|DMs|voice ?mails?|uploads?)\b` +
	`|\b(?:e-?mail|message|stored|communications?|account|mailbox|inbox|chat|file) contents?\b|\bstored (?:content|communications|e-?mails?|messages|files|photos|data)\b` +
	`|\b(?:all|any|copies of|copy of|the|including)(?: the| any| all)? (?:e-?mails|messages|e-?mail messages|private messages|direct messages|chats?|chat (?:logs|messages|transcripts)|text messages|communications|photos|photographs|pictures|images|videos|files|documents|attachments|voice ?mails?|drafts|conversations|correspondence)(?: (?:and|or|&) (?:attachments|files|photos|images|videos|messages|documents))?(?: (?:sent|received|stored|saved|uploaded|exchanged|contained|kept|held|associated|in|from|to|by|within|of)\b)` +
	`|\b(?:inbox|sent (?:items|mail|folder)|outbox|drafts folder|deleted items)\b|\bmessages? bodies\b|\bsent and received (?:e-?mails|messages|communications)\b|\b(?:e-?mails|messages) (?:sent|received|exchanged) (?:and|or) (?:sent|received)\b`)

// notContent qualifies a sentence as asking only for non-content records.
var notContent = regexp.MustCompile(`(?i)\b(?:excluding|exclusive of|not including|other than|except(?: for)?|without|not|no|never|neither|nor)\b[^.;]{0,40}\b(?:contents?|bodies|body|substance)\b|\bnon-?content\b|\bheaders? (?:information )?only\b|\bmetadata only\b`)

// negatedAsk marks a sentence that says what is not asked ("we do not
// seek the contents").
var negatedAsk = regexp.MustCompile(`(?i)\b(?:do(?:es)? not|don't|doesn't|are not|is not|not) (?:seek|seeking|request|requesting|ask|asking|require|requiring|need|want|include|including)\b`)

// sentences splits folded text at sentence ends and list breaks.
var sentenceEnd = regexp.MustCompile(`[.;!?](?:\s+|$)|\s+\d{1,2}[.)]\s+|\s+[a-z][.)]\s+|\s+[-•*]\s+`)

func sentences(flat string) []string {
	return sentenceEnd.Split(flat, -1)
}

// contentRequested reports whether the request asks for stored content.
func contentRequested(flat string) (bool, string) {
	for _, s := range sentences(flat) {
		m := contentPhrase.FindStringIndex(s)
		if m == nil || notContent.MatchString(s) || negatedAsk.MatchString(s[:m[0]]) {
			continue
		}
		if phrase := s[m[0]:m[1]]; emailAddressNext(s[m[1]:], phrase) {
			continue
		}
		return true, s[m[0]:m[1]]
	}
	return false, ""
}

// emailAddressNext: "all e-mails" followed by "addresses", "accounts" or
// "headers" is about addresses, not messages.
func emailAddressNext(rest, phrase string) bool {
	rest = strings.ToLower(strings.TrimSpace(rest))
	return strings.HasPrefix(rest, "address") || strings.HasPrefix(rest, "header") || strings.HasPrefix(rest, "log")
}

// addressee finds the company a letter is addressed to: "Custodian of
// Records, Example Corp", "Attn: Legal Department, Example Inc.",
// "TO: Example, Inc.".
var addressee = regexp.MustCompile(`(?:Custodian of Records|Records Custodian|Legal (?:Department|Compliance)|Subpoena Compliance)(?:[ \t]*[,:\x{2013}-][ \t]*|[ \t]+(?:for|of|at|c/o)[ \t]+)(?:the[ \t]+)?((?:[A-Z][\w&'.-]*)(?:,?[ \t](?:[A-Z][\w&'.-]*|&|and|of)){0,4})|(?m)^[ \t]*(?:TO|To|ATTN|Attn|Attention)[ \t]*:[ \t]*((?:[A-Z][\w&'.-]*)(?:[ \t][A-Z][\w&'.-]*){0,3}),?[ \t](?:Inc|LLC|Ltd|Corp|Corporation|Company|GmbH|S\.A|B\.V|PLC)\b`)

// addresseeGeneric are words of a department, not a company.
var addresseeGeneric = regexp.MustCompile(`(?i)^(?:the|custodian|records?|legal|department|compliance|law|enforcement|team|response|relations|liaison|subpoena|process|unit|office|division|to|attn|attention|re|provider|service|services|company|inc|llc|your|you|sir|madam|whom|it|may|concern|dear|hello|united|states|district|court)$`)

// wrongAddressee returns the other company a request names as its
// recipient, or "": a name none of whose words is one of ours.
func (a *Analyzer) wrongAddressee(text string) string {
	for _, m := range addressee.FindAllStringSubmatch(text, -1) {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		name = strings.TrimRight(strings.TrimSpace(name), ",.")
		words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
		company := false
		ours := false
		for _, w := range words {
			if a.ourName(w) {
				ours = true
			}
			if !addresseeGeneric.MatchString(w) && w != "&" && w != "and" && w != "of" && w != "for" {
				company = true
			}
		}
		if company && !ours {
			return name
		}
	}
	return ""
}

func (a *Analyzer) ourName(w string) bool {
	for _, n := range a.ourNames {
		if w == n {
			return true
		}
	}
	return false
}

// otherServices are records of services a provider like ours (the Let's
// Encrypt guidelines: account, certificate and log records) does not
// hold: a registrar's, a telephone carrier's, a bank's.
var otherServices = regexp.MustCompile(`(?i)domain registration records|registrant (?:contact|name|information|details)|whois (?:records|information|data)|call detail records|cell[- ]site (?:location|records|data)|tower dumps?|toll records|bank (?:account )?statements`)

// spamLike marks unsolicited bulk mail, phishing and marketing: what never
// gets an answer, since an answer to a forged sender is backscatter.
var spamLike = regexp.MustCompile(`(?i)storage (?:is )?(?:\d+% )?full|exceeded (?:its|your) storage|verify your (?:account|mailbox|password|e-?mail)|click (?:here|below|the link)|password (?:will )?expire|mailbox (?:quota|upgrade)|unsubscribe|opt[- ]out|re-?validate|account (?:will be )?(?:suspended|deactivated)` +
	`|\bSEO\b|search engine (?:optimi[sz]ation|rankings?)|first page of google|backlinks?|guest post|link building|web ?design (?:services|package)|digital marketing|marketing (?:services|agency|solutions)|lead generation|free (?:trial|demo|consultation|quote)|(?:book|schedule) a (?:demo|call|meeting)|special (?:offer|discount|pricing)|limited[- ]time offer|% off\b|webinar|register (?:now|today)|early[- ]bird|exhibitor|sponsorship (?:opportunit|package)|partnership opportunit|we (?:help|offer|provide) (?:businesses|companies|agencies|law enforcement agencies|solutions)|our (?:platform|solution|software|product) (?:helps|enables|allows)|increase (?:your )?(?:traffic|sales|revenue)|crypto(?:currency)? investment|wire transfer fee|inheritance|lottery|you have won`)
