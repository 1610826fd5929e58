package triage

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"lerd/internal/mailparse"
)

// document is the text triage reads: the subject followed by every text part.
type document struct {
	subject string
	body    string
	// text is subject + "\n\n" + body.
	text string
	// flat is body with every run of white space (line breaks included)
	// folded to one space, for names that wrap across lines ("United
	// States District\nCourt for …").
	flat string
}

// maxPartText and maxDocText bound what triage reads. Requests are letters
// of a few pages; a longer part is an exhibit, and reading all of it would
// make triage cost grow with whatever a sender attaches. The whole message
// stays in the store for the reviewer.
const (
	maxPartText = 32 << 10
	maxDocText  = 64 << 10
)

func newDocument(m *mailparse.Message) *document {
	var parts []string
	total := 0
	for _, p := range m.Parts {
		t := p.Text
		if len(t) > maxPartText {
			t = t[:maxPartText]
		}
		if total+len(t) > maxDocText {
			t = t[:max(0, maxDocText-total)]
		}
		total += len(t)
		parts = append(parts, t)
	}
	body := strings.ReplaceAll(strings.Join(parts, "\n\n"), "\r\n", "\n")
	body = strings.NewReplacer("\u00a0", " ", "\u2019", "'", "\u2013", "-", "\u2014", "-", "\u2011", "-").Replace(body)
	if m.InReplyTo != "" || len(m.References) > 0 {
		// In a reply, quoted lines are what was said before (often our own
		// words); the earlier message was triaged when it arrived.
		body = unquote(body)
	}
	subj := strings.NewReplacer("\u2019", "'", "\u2013", "-", "\u2014", "-").Replace(m.Subject)
	return &document{subject: subj, body: body, text: subj + "\n\n" + body, flat: strings.Join(strings.Fields(body), " ")}
}

// unquote drops quoted lines ("> …") and the attribution line before them.
func unquote(body string) string {
	lines := strings.Split(body, "\n")
	out := lines[:0]
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, ">") {
			continue
		}
		if strings.HasSuffix(t, "wrote:") && i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), ">") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// processRule reads one kind of legal process. A match preceded closely by a
// negation ("no subpoena", "without a warrant") does not count.
type processRule struct {
	kind string
	re   *regexp.Regexp
}

var processRules = []processRule{
	{"mlat", regexp.MustCompile(`(?i)\bMLAT\b|mutual legal assistance|letters? rogatory|commission rogatoire|rechtshilfeersuchen|internationale rechtshilfe|demande d'entraide`)},
	{"emergency", regexp.MustCompile(`(?i)\bemergency (disclosure )?request|\bEDR\b|2702\s*\(b\)\s*\(8\)|2702\s*\(c\)\s*\(4\)|exigent circumstances|\bemergency\b.{0,120}(death|bodily|physical injury|harm|life|danger|threat|kill|suicid|abduct|kidnap|missing|shoot|bomb|hostage)|(?:summary|nature|description) of (?:the )?emergency|(danger|risk|threat) (of|to) (death|life)|imminent (danger|threat)|\bnotfall|\burgence vitale|danger de mort`)},
	{"civil_subpoena", regexp.MustCompile(`(?i)civil subpoena|subpoena[^.\n]{0,80}\b(civil action|rule 45|plaintiff|defendant)|rule 45 subpoena|\bin the civil action`)},
	// "warrant" the noun, not the verb ("the circumstances warrant
	// immediate disclosure"): after an article or a qualifier, or before
	// what a warrant document does.
	{"search_warrant", regexp.MustCompile(`(?i)search (and seizure )?warrant|\bwarrant (no\.|number|#)|\bsigned warrant|durchsuchungsbeschluss|mandat de perquisition|\b(?:a|an|the|this|that|our|said|such)\s+(?:(?:signed|sealed|valid|state|federal|court|judicial|attached|enclosed|new|original|amended|tracking|anticipatory|premises|rule 41|2703\(a\))\s+)?warrants?\b|\b(?:attached|enclosed|signed|sealed|valid|state|federal|judicial)\s+warrants?\b|\bwarrants?\s+(?:issued|signed|authori[sz]|dated|requir|compel|direct|command|attached|enclosed)|^\s*warrant\b`)},
	{"court_order", regexp.MustCompile(`(?i)2703\s*\(d\)|\bcourt order|\border (issued )?(by|of|from) the [^.\n]{0,60}court|\bproduction order|\border for (production|disclosure)|richterliche[rn]? beschluss|gerichtliche[rn]? beschluss|beschluss des amtsgericht|ordonnance (du|de la|d'un)|réquisition judiciaire|\bsealed order|\b2703\(c\) order`)},
	{"subpoena", regexp.MustCompile(`(?i)\bsubpoena|\bsubpena\b|duces tecum|\b3486\b|administrative (request|demand)|\bcivil investigative demand`)},
	{"preservation", regexp.MustCompile(`(?i)2703\s*\(f\)|\bpreserv(e|ation)\b|sicherung|conservation des données|gel des données`)},
	{"nondisclosure_order", regexp.MustCompile(`(?i)2705\s*\(b\)|non-?disclosure order|order (delaying|precluding) (notification|notice)|preclusion[- ]of[- ]notice order|delayed[- ]notice order|gag order|order[^.\n]{0,40}(not|shall not) (to )?(notify|disclose)`)},
	{"data_subject_request", regexp.MustCompile(`(?i)\bGDPR\b|\bDSGVO\b|\bRGPD\b|\bart(?:icle|ikel|\.)? ?15\b|data subject|right of access|\bDSAR\b|\bCCPA\b|copy of (all )?(the )?(my )?personal data|my personal (data|information)`)},
}

// promised marks process that is announced, not sent: "a court order will
// follow", "legal process is forthcoming".
var promised = regexp.MustCompile(`(?i)^\s*(?:\(\w+\)\s*)?(?:will follow|to follow|is forthcoming|(?:will|would|can|could|may|might|must|shall) (?:be |then be )?(?:sent|served|obtained|issued|sought|applied for|prepared|needed|required|necessary)|is being (?:sought|obtained|prepared|drafted)|is (?:not |no longer )?(?:required|needed|necessary)|(?:if|when|once|should) (?:needed|necessary|required|appropriate|possible|you (?:need|require))|isn't (?:required|needed|necessary)|is pending)`)

// verbSubpoena marks "subpoena" used as a verb: "will let us subpoena the …".
var verbSubpoena = regexp.MustCompile(`(?i)\b(us|to|will|can|could|would|may|must)\s+$`)

var negation = regexp.MustCompile(`(?i)(\bno|\bnot|\bwithout|n't|justify an?|need for an?|obtain an?|obtaining an?|seek(?:ing)? an?|apply(?:ing)? for an?|before (we|i) (can )?(get|obtain|seek)|if (you|a|we) (need|require)s?( an?)?|will follow with an?|in lieu of an?|(?:will|would|could|can|may|might|intend to|plan to|prepared to|going to|able to) (?:get|obtain|seek|serve|send|issue|apply for|pursue|follow up with) an?|in (?:the )?(?:absence|lieu) of an?|pending an?|prior to an?|in anticipation of an?|unless (?:and until )?(?:we|you|a)? ?(?:obtain|get|serve)?s? ?an?)\s+(formal |legal |valid |court |judicial |separate |additional )?$`)

func (a *Analyzer) extract(doc *document, m *mailparse.Message, agency Agency, r *Result) {
	text := doc.subject + "\n\n" + doc.flat
	// Process, in order of first appearance.
	type hit struct {
		kind string
		pos  int
	}
	var hits []hit
	for _, pr := range processRules {
		for loc := range matches(pr.re, text) {
			before := text[max(0, loc[0]-40):loc[0]]
			after := text[loc[1]:min(len(text), loc[1]+40)]
			if negation.MatchString(before) || promised.MatchString(after) {
				continue
			}
			if pr.kind == "subpoena" && verbSubpoena.MatchString(before) {
				continue
			}
			if pr.kind == "search_warrant" && strings.Contains(strings.ToLower(text[loc[0]:min(len(text), loc[1]+12)]), "warrant canary") {
				continue
			}
			hits = append(hits, hit{pr.kind, loc[0]})
			r.evidence("process", pr.kind, "text", text[loc[0]:loc[1]])
			break
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	for _, h := range hits {
		r.Process = append(r.Process, h.kind)
	}
	has := func(k string) bool { return slices.Contains(r.Process, k) }
	// A court or civil subpoena is one process, not two.
	if has("civil_subpoena") {
		r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "subpoena" })
	}
	if (r.Sender.Class == ClassOther) && has("subpoena") && !has("civil_subpoena") && civilContext.MatchString(text) {
		for i, p := range r.Process {
			if p == "subpoena" {
				r.Process[i] = "civil_subpoena"
			}
		}
	}
	// "2703(d) order" and "warrant" name one instrument; a warrant that also
	// says "order" stays a warrant.
	if has("search_warrant") && has("court_order") && !courtOrderStrong.MatchString(text) {
		r.Process = slices.DeleteFunc(r.Process, func(s string) bool { return s == "court_order" })
	}
	_, host, _ := strings.Cut(strings.ToLower(m.From.Addr), "@")
	_, gov := a.domains.Government(host)
	unlistedAgency(doc, r, host, gov)
	r.Emergency = has("emergency")
	if r.Emergency {
		r.Facts.EmergencyExplained = emergencySummary.MatchString(text) && !vagueOnly(text) && emergencyHelp.MatchString(text)
	}
	if len(r.Process) == 0 {
		r.Process = []string{"none"}
	}

	if ok, what := contentRequested(text); ok {
		r.Facts.ContentRequested = true
		r.evidence("facts.content_requested", "asks for stored content", "text", what)
	}
	if other := a.wrongAddressee(doc.subject + "\n" + doc.body); other != "" {
		r.Facts.WrongProvider = true
		r.evidence("facts.wrong_provider", "addressed to another company", "text", other)
	} else if m := otherServices.FindString(text); m != "" {
		r.Facts.WrongProvider = true
		r.evidence("facts.wrong_provider", "asks for records of a service we do not offer", "text", m)
	}
	r.Facts.RecordsRequested = recordsAsked.MatchString(text)
	r.Facts.Spam = spamLike.MatchString(text)
	r.Facts.PreservationExtension = has("preservation") && extension.MatchString(text)

	r.Country = a.country(doc, r, agency)
	region := "US"
	if r.Country != nil {
		region = *r.Country
	}
	r.Phones = phones(doc.body, region)
	r.CaseNumber = caseNumber(doc)
	r.DateRange = dateRange(doc.body, r.Facts.RequestDate, region != "US")
	r.Identifiers = a.identifiers(doc.body, m, r)
	r.NDO = ndo(doc.flat, has("nondisclosure_order"))
	r.Agent = agent(doc.body, m)
	r.Authority = authority(doc, r, agency)
	r.explain(agency)
}

// vagueOnly reports a summary field filled with a placeholder and no
// concrete danger anywhere else in the letter.
func vagueOnly(text string) bool {
	if !vagueSummary.MatchString(text) {
		return false
	}
	return !emergencySummary.MatchString(vagueSummary.ReplaceAllString(text, ""))
}

// explain records, for the reviewer, where each field came from.
func (r *Result) explain(agency Agency) {
	if r.Country != nil {
		if agency.Country != "" {
			r.evidence("country", "country of the listed agency", "rules", agency.Domain)
		} else {
			r.evidence("country", "country the text invokes (language, courts, statutes)", "text", *r.Country)
		}
	}
	for _, p := range r.Phones {
		r.evidence("phones", "telephone number valid for its country, not a fax", "text", p)
	}
	if r.CaseNumber != nil {
		r.evidence("case_number", "number after a case, file, docket or report keyword", "text", *r.CaseNumber)
	}
	if r.DateRange != nil {
		r.evidence("date_range", "first period of two dates", "text", r.DateRange.From+" to "+r.DateRange.To)
	}
	for _, id := range r.Identifiers {
		r.evidence("identifiers", "domain, address, IP, account or serial in the request, not the agency's own", "text", id)
	}
	if r.NDO.Present {
		until := "no end date"
		if r.NDO.Until != nil {
			until = *r.NDO.Until
		}
		r.evidence("ndo", "non-disclosure order (2705(b) or order delaying notice)", "text", until)
	}
	if r.Agent != nil {
		r.evidence("agent", "name with rank, in the signature, or the From display name", "text", *r.Agent)
	}
	if r.Emergency {
		r.evidence("emergency", "claim of danger of death or serious injury; explained="+fmt.Sprint(r.Facts.EmergencyExplained), "text", "")
	}
}

var (
	civilContext     = regexp.MustCompile(`(?i)civil action|plaintiff|defendant|rule 45|lawsuit|litigation|v\. `)
	courtOrderStrong = regexp.MustCompile(`(?i)2703\s*\(d\)|court order`)
	// A summary of the emergency is a concrete danger: who is at risk and
	// of what (Microsoft's FAQ asks for it). Gaps like "[^.]" stop at a
	// sentence end but not at the dot of a domain ("posted on
	// example.com that she would end her life"). General knowledge of how
	// emergency disclosure requests describe the danger.
	emergencySummary = regexp.MustCompile(`(?i)(?:posted|stated|threatened|announced|wrote|sent|made|messaged|texted|told|said|expressed|indicated|uploaded|live-?streamed|shared|claimed|demanded|vowed|promised)(?:[^.]|\.\w){0,120}\b(?:kill|murder|suicid|end (?:his|her|their|my) (?:own )?life|take (?:his|her|their) (?:own )?life|harm (?:him|her|them)sel|hurt|bomb|shoot|attack|ransom|weapon|gun|handgun|firearm|pistol|rifle|explosive|die\b|dead\b|stab)` +
		`|(?:abducted|kidnapp?ed|taken|missing|lured|disappeared|ran away|run ?away|held against)(?:[^.]|\.\w){0,100}\b(?:child|girl|boy|person|woman|man|victim|year-old|teen|minor|juvenile|daughter|son|infant|baby|student)` +
		`|\b(?:child|girl|boy|victim|minor|juvenile|teen|teenager|daughter|son|infant|student|woman|man)(?:[^.]|\.\w){0,80}\b(?:abducted|kidnapp?ed|missing|in (?:imminent )?danger|at risk|held|threatened|suicidal)` +
		`|\bransom|\bhostage|suicid(?:e|al) (?:note|threat|ideation|message|post|video|plan)|threat(?:ened|s)? to (?:kill|shoot|bomb|harm|attack|blow up)|active shooter|bomb threat|school shooting|mass shooting|sextortion|trafficking|overdose|self-harm` +
		`|(?:summary of (?:the )?emergency|nature of (?:the )?emergency|description of (?:the )?emergency|facts of (?:the )?emergency)\s*[:\-]\s*(?:[^.]|\.\w){30,}`)
	// vagueSummary fills the summary field without a summary.
	vagueSummary  = regexp.MustCompile(`(?i)(?:summary|nature|description|facts) of (?:the )?emergency\s*[:\-]\s*(?:as discussed|see (?:above|below|attached)|by (?:tele)?phone|to follow|available (?:up)?on request|n/?a\b|none\b|pending)`)
	emergencyHelp = regexp.MustCompile(`(?i)how (?:the |this )?(?:requested )?(?:information|data|records?)(?:[^.\n]|\.\w){0,40}(?:help|assist)|(?:will|would|could|can|may|should) (?:help |assist |allow us to |let us |enable us to |be used to )?(?:identify|locate|find|rescue|trace|track|reach)|(?:will|would|could|can|may|should) (?:help|assist|allow|let|enable|aid) (?:us|investigators|officers|deputies|agents|detectives|law enforcement|police|the (?:department|agency|investigation))|in order to (?:locate|identify|find|rescue|prevent|trace)|(?:needed|necessary|required|essential|critical|used) to (?:locate|identify|find|rescue|prevent|trace|track|determine)|(?:to|and) (?:locate|identify|find|rescue|trace|track down) (?:the |him|her|them|victim|child|suspect|author|person|individual|user|subscriber|caller|poster|minor|girl|boy)|(?:determine|establish|find) (?:the |his |her |their )?(?:location|whereabouts|identity)`)
	recordsAsked  = regexp.MustCompile(`(?i)records|information|subscriber|data|logs|identify|who (owns|operates|is behind)|e-?mail address`)
	extension     = regexp.MustCompile(`(?i)\b(extend|extension|renew)\w*\b[^.]{0,60}\bpreserv|\bpreserv\w*[^.]{0,60}\b(extend|extension|renew)|2703\s*\(f\)\s*\(2\)|additional (period of )?90 days`)
)
