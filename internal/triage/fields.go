package triage

import (
	"net/netip"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/net/publicsuffix"

	"lerd/internal/mailparse"
)

func strp(s string) *string { return &s }

var (
	germanText = lazyRegexp(`(?i)\b(sehr geehrte|mit freundlichen|ermittlungsverfahren|staatsanwaltschaft|amtsgericht|aktenzeichen)\b`)
	frenchText = lazyRegexp(`(?i)\b(madame, monsieur|veuillez|cordialement|procureur de la république|tribunal judiciaire|réquisition)\b`)
	usCues     = lazyRegexp(`U\.S\.C\.|\bUnited States\b|\bU\.S\. District|\bDistrict Court\b|\bGrand Jury\b|\b(Police|Sheriff'?s?) Department\b|\bCounty\b|\bState of [A-Z]`)
	ukCues     = lazyRegexp(`Crown Court|Magistrates' Court|Metropolitan Police Service|New Scotland Yard|\bpolice\.uk\b|Investigatory Powers Act|\bUK\b|United Kingdom`)
	// A Canadian place or force, not a street or a US town of the name
	// ("Ontario Street", "Ontario, California").
	canadaCues = lazyRegexp(`RCMP|Royal Canadian|Criminal Code of Canada|Province of (?:Ontario|Qu[ée]bec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)|Ontario Provincial Police|Ontario Court|Superior Court of Justice|Qu[ée]bec|(?:Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia),? Canada\b`)
	// Spain's and Mexico's police, courts and procedure by their own
	// names (general knowledge), for Spanish letters from domains that
	// carry no country code (.cat, .eus, .com).
	spainCues  = lazyRegexp(`\bLECrim\b|Ley de Enjuiciamiento Criminal|Juzgado de Instrucci[óo]n|Diligencias Previas|Audiencia Nacional|Guardia Civil|Polic[íi]a Nacional|Mossos d'Esquadra|Ertzaintza|Polic[íi]a Foral|\bEspaña\b`)
	mexicoCues = lazyRegexp(`Fiscal[íi]a General de la Rep[úu]blica|Carpeta de investigaci[óo]n|Ministerio P[úu]blico de la Federaci[óo]n|C[óo]digo Nacional de Procedimientos Penales|Estados Unidos Mexicanos`)
	// Canadian cities' police services (general knowledge).
	canadaCityCues = lazyRegexp(`(?:Calgary|Edmonton|Toronto|Vancouver|Winnipeg|Ottawa|Halifax Regional|Regina|Saskatoon|Peel Regional|York Regional|Durham Regional|Waterloo Regional|Hamilton) Police Service`)
	countryName    = map[string]string{"DE": "DE", "GB": "GB", "UK": "GB", "FR": "FR", "CA": "CA", "NL": "NL", "AU": "AU"}
)

// country is the country of the agency or court behind the request: from the
// agency's domain when it is on a list, otherwise from what the text invokes.
func (a *Analyzer) country(doc *document, r *Result, agency Agency) *string {
	if agency.Country != "" && agency.Country != "EU" && agency.Country != "INT" {
		if c, ok := countryName[agency.Country]; ok {
			return strp(c)
		}
		return strp(agency.Country)
	}
	switch r.Sender.Class {
	case ClassAutomated:
		return nil
	}
	noProcess := len(r.Process) == 0 || r.Process[0] == "none" || (len(r.Process) == 1 && r.Process[0] == "data_subject_request")
	// A private person or company asking without process (a data-subject
	// request, a victim's plea) speaks for no country's authorities.
	if (r.Sender.Class == ClassOther || r.Sender.Class == ClassFreemail && !claimsAgency(doc, agencyLines(doc))) && noProcess {
		return nil
	}
	// A police force or court abroad writes from its country's domain
	// (pj.pt, policiafederal.gov.ar, kapo.zh.ch): the country code says
	// where it is, before the language it writes in.
	cc := ccTLDCountry(r.Sender.Address)
	if cc != "" && r.Sender.Class != ClassOther {
		return strp(cc)
	}
	// A sender on no list serving a court's ruling named in that court's
	// own language, from its country's domain ("Judecătoria Bălți" from a
	// .md address): the ruling is of that country, and so is the request.
	if cc != "" && r.Sender.Class == ClassOther && !noProcess && ownCourt(doc.flat) != "" {
		return strp(cc)
	}
	// A force abroad on a generic domain names its country in its own
	// name ("Royal Example Islands Police Force"), before the language
	// it writes in.
	if r.Sender.Class == ClassLawEnforcement {
		if c := forceCountry(claimLines(doc, agencyLines(doc))); c != "" {
			return strp(c)
		}
	}
	t := doc.text
	switch {
	case germanText.MatchString(t):
		return strp("DE")
	case frenchText.MatchString(t):
		return strp("FR")
	case ukCues.MatchString(t):
		return strp("GB")
	case canadaCues.MatchString(t):
		return strp("CA")
	case usCues.MatchString(t):
		return strp("US")
	// After the US cues: a Texas letter may name a Mexican prosecutor or
	// a Canadian force it works with.
	case spainCues.MatchString(t):
		return strp("ES")
	case mexicoCues.MatchString(t):
		return strp("MX")
	case canadaCityCues.MatchString(t):
		return strp("CA")
	}
	if r.Sender.Class == ClassOther {
		return nil
	}
	return strp(a.opts.HomeCountry)
}

// forceCountry returns the country a signature's police force names
// itself for ("Royal Bahamas Police Force", "Police Service of
// Kenya"), or "". A US department that shares a country's name
// ("Jordan Police Department") names none.
func forceCountry(lines []string) string {
	for _, l := range lines {
		for _, m := range namedForce.FindAllStringSubmatchIndex(l, -1) {
			if strings.HasPrefix(l[m[1]:], " Department") || strings.HasPrefix(l[m[1]:], " Dept") {
				continue
			}
			name := ""
			for k := 2; k < len(m); k += 2 {
				if m[k] >= 0 {
					name = l[m[k]:m[k+1]]
				}
			}
			// The name may take words around it ("Commissioner Royal
			// Bahamas", "Philippine National"): some run of its words
			// names the country.
			words := strings.Fields(strings.ToLower(name))
			for i := range words {
				for j := len(words); j > i; j-- {
					if c := forceCountries[strings.Join(words[i:j], " ")]; c != "" {
						return c
					}
				}
			}
		}
	}
	return ""
}

// forceCountries are countries whose police forces name themselves in
// English, by name or adjective (general knowledge, ISO 3166-1 codes);
// names a US state, county or city shares (Georgia, Jordan, Lebanon,
// Panama, Peru, India's "Indian") are left out.
var forceCountries = map[string]string{
	"bahamas": "BS", "bahamian": "BS", "jamaica": "JM", "jamaican": "JM", "trinidad and tobago": "TT", "barbados": "BB", "belize": "BZ",
	"guyana": "GY", "bermuda": "BM", "cayman islands": "KY", "antigua and barbuda": "AG", "grenada": "GD", "saint lucia": "LC",
	"st. lucia": "LC", "st lucia": "LC", "dominica": "DM", "saint kitts and nevis": "KN", "st. kitts and nevis": "KN", "anguilla": "AI",
	"turks and caicos": "TC", "kenya": "KE", "uganda": "UG", "tanzania": "TZ",
	"nigeria": "NG", "nigerian": "NG", "ghana": "GH", "zambia": "ZM", "zimbabwe": "ZW", "botswana": "BW",
	"namibia": "NA", "namibian": "NA", "south africa": "ZA", "south african": "ZA", "malawi": "MW", "rwanda": "RW", "sierra leone": "SL",
	"gambia": "GM", "mauritius": "MU", "seychelles": "SC", "malta": "MT", "cyprus": "CY", "gibraltar": "GI", "northern ireland": "GB",
	"scotland": "GB", "new zealand": "NZ", "australian": "AU", "australia": "AU", "fiji": "FJ", "papua new guinea": "PG", "samoa": "WS",
	"tonga": "TO", "singapore": "SG", "malaysia": "MY", "brunei": "BN", "hong kong": "HK", "philippine": "PH", "philippines": "PH",
	"sri lanka": "LK", "bangladesh": "BD", "pakistan": "PK", "nepal": "NP", "maldives": "MV", "canadian": "CA", "thai": "TH",
	"israel": "IL", "ukraine": "UA", "ukrainian": "UA", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "icelandic": "IS",
	"egyptian": "EG", "hellenic": "GR", "indonesian": "ID", "korean": "KR", "japanese": "JP", "taiwan": "TW",
}

// namedForce is a police force's name with its country's: "Royal X
// Police", "X Police Force|Service|Agency", "X Constabulary", "X National
// or Federal Police", "Police Service of X"; not a plain "X Police", as
// US towns name theirs ("Jamaica Beach Police").
var namedForce = lazyRegexp(`\bRoyal ((?:[A-Z][a-z.]+ )?(?:and )?(?:[A-Z][a-z.]+ )?[A-Z][a-z]+) (?:National |Federal |Mounted )?(?:Police|Constabulary)\b|\b((?:[A-Z][a-z.]+ )?(?:and )?(?:[A-Z][a-z.]+ )?[A-Z][a-z]+) (?:(?:National |Federal |Mounted |Republic )?Police (?:Force|Service|Agency)|(?:National|Federal|Mounted|Republic) Police|Constabulary(?: Force)?)\b|\b(?:Police (?:Force|Service)|National Police|Police) of (?:the )?([A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2})\b`)

// genericCCTLDs are country codes sold to anyone, whatever their country
// (general knowledge of registry policies).
var genericCCTLDs = map[string]bool{"io": true, "co": true, "me": true, "tv": true, "ai": true, "ly": true, "to": true,
	"cc": true, "ws": true, "fm": true, "gg": true, "la": true, "sh": true, "ac": true, "im": true, "so": true, "vc": true,
	"nu": true, "tk": true, "ml": true, "ga": true, "cf": true, "gq": true, "us": true, "eu": true, "su": true, "ms": true}

// ccTLDCountry is the ISO 3166-1 code of an address's country-code
// top-level domain ("uk" is GB), or "" for generic and open ones.
func ccTLDCountry(addr string) string {
	_, host, _ := strings.Cut(addr, "@")
	i := strings.LastIndexByte(host, '.')
	tld := strings.ToLower(host[i+1:])
	// A country's own second-level zone ("com.co", "org.me") is that
	// country's even where its top-level code is sold to anyone.
	// The United States' own zones (fl.us) name no foreign country.
	own := tld != "us" && strings.Count(suffixOf(strings.ToLower(host)), ".") == 1
	if len(tld) != 2 || genericCCTLDs[tld] && !own {
		return ""
	}
	if tld == "uk" {
		return "GB"
	}
	return strings.ToUpper(tld)
}

// phoneWords label a telephone number in English, German, Spanish,
// Italian, French and Portuguese signatures (Latin America's "Cel." and
// "Conmutador", the switchboard).
const phoneWords = `phone|ph|phn|tel|telephone|telefon|telefono|tlf|tfno|telf|mobil|handy|cell|cellulare|mobile|móvil|movil|mob|ddi|desk|direct|office|switchboard|centralita|centralino|téléphone|tél|portable|cel|celular|conmutador|telemóvel|telemovel`

var (
	// A number never spans lines: "WA 98104\n206-555-0183" is a postcode
	// and a phone number.
	phoneCandidate = lazyRegexp(`(?:\+\d{1,3}[ \t.-]?|\(\+\d{1,3}\)[ \t.-]?)?(?:\(\d{1,4}\)|\d{1,5})(?:[ \t]\d{6,8}|[ \t.-]?\d{2,5}){1,5}(?:[ \t]*(?:x|ext\.?|extension|durchwahl)[ \t]*\d{1,6})?`)
	// faxLabel: "Fax:", and the one-letter "F" of a "T … | F …" line.
	faxLabel = lazyRegexp(`(?i)\b(fax(?:ed|ing)?|telefax|facsimile)\b(?:[^\n\d]{0,12}|[ \t.:_…-]{0,60})$|(?:^|[|/•·,;]\s*|\s{2,})\(?F\)?[:.]?\s*$`)
	// faxAfter labels the number before it, closing its item: "404-555-0199
	// (fax)", "… (f) |", not "(F)" or "Fax" that label the next number.
	faxAfter = lazyRegexp(`(?i)^[ \t]*(?:\((?:fax|f|facsimile|telefax)\)|[-–][ \t]*(?:fax|facsimile))[ \t]*(?:$|[|/,;•·\n])`)
	// phoneWord is phoneLabel's words alone, without a bare line start.
	// The word in Arabic, Hebrew, Russian, Chinese, Japanese and Korean
	// too (general knowledge), where Go's \b does not reach.
	phoneWord = lazyRegexp(`(?i)(?:\b(?:t|m|o|c|contact|ring|` + phoneWords + `)\b|(?:هاتف|الهاتف|جوال|الجوال|موبايل|تلفون|טלפון|טל'|נייד|телефон|тел\.|моб\.|電話|电话|전화|휴대폰))[^\n\d+]{0,20}$`)
	// A number right after any label ("Communications Centre: 09 …",
	// Japanese "電話：03-…" with its full-width colon) is read as a phone
	// when it is a valid number.
	// Also a signature's one capital letter, at the line's start or
	// after a bar: "T 010-555 0147 | M 06-5550 1322" (Dutch and other
	// European signatures).
	phoneLabel = lazyRegexp(`(?i)(` + phoneWords + `|rufnummer|durchwahl|erreichbar|call|reached|at|line|commander|dispatch|erreichen|unter|contact|ring)\b[^\n\d+]{0,20}$|^\s*[-(]?$|\p{L}['’]?[ \t]*[:：][ \t]*$|(?-i:(?:^|[|•·][ \t]*)[ \t]*[TMOCD]\.?[ \t]+)$`)
)

var (
	dateShape = lazyRegexp(`^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$`)
	phoneTalk = lazyRegexp(`(?i)\b(?:phone|tel|telephone|cell|mobile|contact|direct|desk|office|call|call-?back|reach|switchboard|main)\b`)
	// officeName is an office named as a body ("the District Attorney's
	// Office", "Office of the Sheriff", "Field Office"), whose word
	// "office" is no phone's.
	officeName = lazyRegexp(`(?i)\b[\w-]+['’]s\s+office\b|\boffice\s+of\b|\b(?:field|resident|area|regional|district|county|state|prosecutor'?s?|attorney'?s?)\s+office\b`)
	refLabel   = lazyRegexp(`(?i)\b(?:ref|reference|case|file|no|nr|number|nummer|aktenzeichen|az|vorgang\w*|datum|date|dossier|atestado|event|incident|report|registration|registratienummer|sygn|prot)\b\.?[^\n\d]{0,3}:?[ \t]*$`)
)

// phones finds telephone numbers and normalises them to E.164, skipping fax
// numbers and digit runs that are dates, case numbers or addresses.
func phones(body, region string) []string {
	// "602/555-0129": an area code written before a slash, an older US
	// style, read as "(602) 555-0129".
	body = slashAreaCode.ReplaceAllString(body, "${1}($2) $3")
	// A North American number wrapped after its area code in brackets
	// ("telephone (713)" / "555-0159"): the brackets mark an area code,
	// which no postcode or reference wears.
	body = wrappedAreaCode.ReplaceAllString(body, "$1 $2")
	out := []string{}
	seen := map[string]bool{}
	for _, loc := range phoneCandidate.FindAllStringIndex(body, -1) {
		cand := body[loc[0]:loc[1]]
		digits := 0
		for _, c := range cand {
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		if digits < 7 || digits > 17 || ipv4Re.MatchString(cand) {
			continue
		}
		lineStart := strings.LastIndexByte(body[:loc[0]], '\n') + 1
		before := body[lineStart:loc[0]]
		if faxLabel.MatchString(before) || faxAfter.MatchString(body[loc[1]:min(len(body), loc[1]+16)]) {
			continue
		}
		// "You can fax the return to our records unit at …": where the
		// records go by fax, unless a call is named there too.
		if m := faxVerb.FindString(before); m != "" && !callWord.MatchString(m) {
			continue
		}
		// A number opening a line after a reference's label that ends the
		// line before ("… Investigation file\n2025-06-4413."): the
		// reference wrapped, not a phone.
		if strings.TrimSpace(before) == "" && lineStart > 0 {
			prev := body[:lineStart-1]
			prev = prev[strings.LastIndexByte(prev, '\n')+1:]
			if refLabel.MatchString(prev) && !phoneTalk.MatchString(prev) && !rankedName.MatchString(prev) && !nameLine.MatchString(strings.TrimSpace(prev)) && !rankLine.MatchString(strings.TrimSpace(prev)) {
				continue
			}
		}
		// Neighbouring characters that make this part of a larger token
		// (case numbers like 26-9X-01234, IPs, dates).
		if loc[0] > 0 && strings.ContainsAny(body[loc[0]-1:loc[0]], "-/:.#_") && !strings.HasPrefix(cand, "+") && !strings.HasPrefix(cand, "(") {
			continue
		}
		if loc[1] < len(body) && strings.ContainsAny(body[loc[1]:loc[1]+1], "-/:_0123456789") {
			continue
		}
		if !strings.HasPrefix(cand, "+") && !strings.HasPrefix(cand, "(") && !phoneLabel.MatchString(before) && !looksLikeNANP(cand) {
			continue
		}
		// A date or a reference after its label is no phone number,
		// unless a phone's word stands on the line ("call me back at the
		// following number"); an office named as a body is none ("the
		// District Attorney's Office in case 2026-0417-22").
		if dateShape.MatchString(cand) {
			continue
		}
		if refLabel.MatchString(before) && !phoneTalk.MatchString(officeName.ReplaceAllString(before, " ")) {
			continue
		}
		// Validity, not mere possibility: "198.51.100.63" has the length of
		// a US number but no US area code starts with 1.
		num, err := phonenumbers.Parse(cand, region)
		if err != nil {
			continue
		}
		// A number a label calls a phone ("Mob: 07700 900518") is taken when
		// it has a possible length for its country even where the numbering
		// plan leaves the range unassigned (reserved drama ranges).
		if !phonenumbers.IsValidNumber(num) && !(phoneWord.MatchString(before) && digits >= 10 && phonenumbers.IsPossibleNumber(num)) {
			continue
		}
		e164 := phonenumbers.Format(num, phonenumbers.E164)
		if !seen[e164] {
			seen[e164] = true
			out = append(out, e164)
		}
	}
	return out
}

// faxVerb sends something by fax to the number after it ("you can fax
// the return to … at"), a verb, not the noun ("if the fax does not come
// through, let me know at …"); callWord names a call beside it ("fax or
// call me at …").
var (
	faxVerb  = lazyRegexp(`(?i)\b(?:(?:can|could|may|please|to|will|should|kindly)\s+fax|fax\s+(?:it|them|the \w+|your \w+|a copy|copies)\s+back)\b[^\n\d.;]{0,50}\b(?:at|to|on)\s*$`)
	callWord = lazyRegexp(`(?i)\b(?:call|phone|reach|text|ring|contact)\b`)
)

var nanp = lazyRegexp(`^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}`)

// slashAreaCode is a North American number with its area code before a
// slash: "602/555-0129" (not a date, a reference or a fraction: the
// exchange and line are a NANP's 3 and 4 digits, the area code and the
// exchange begin with 2 to 9).
var slashAreaCode = lazyRegexp(`(^|[^\w/.-])([2-9]\d{2})/([2-9]\d{2}[-.]\d{4})\b`)

var wrappedAreaCode = lazyRegexp(`(\([2-9]\d{2}\))[ \t]*\r?\n[ \t>]*([2-9]\d{2}[-.]\d{4})\b`)

func looksLikeNANP(s string) bool { return nanp.MatchString(s) }

// A number is tokens joined by - / : . and at most two more words after a
// space, each short ("Js" in "123 Js 4567/26") or holding a digit, so that
// prose after a keyword ("case where a local store …") ends quickly.
//
// caseKeyword labels a case, docket or registration number by itself
// ("Case 26-117", "Docket 1:26-mj-00932", "Aktenzeichen 123 Js 4567/26");
// processKeyword names a document, which carries a number only with a
// marker ("Subpoena No. 26-0401", "Warrant #W-5521"), never in prose
// ("an order under 18 U.S.C. 2703(d)"). Keywords may stack ("Grand Jury
// Subpoena GJ 26-555", "report DR 2026-0001234"): the number is what
// follows the last of them. General knowledge of US, UK, German and French
// file-number labels; Colombia's noticia criminal, Chile's RUC, Iceland's
// málsnúmer, Portugal's NUIPC, Belgium's notitienummer, Austria's GZ, an
// Illinois circuit court's "General No.", a French procès-verbal, Brazil's
// inquérito policial, Turkey's soruşturma (investigation), a Spanish
// or Puerto Rican complaint's querella or denuncia; Norway's and
// Denmark's sak/sag, Romania's dosar, a German Tagebuchnummer, a
// Brazilian court's autos (India's "Cr. No." has a rule of its own);
// Denmark's "J.nr.", Brazil's IPL, a Chilean "Parte
// policial N°", a New York indictment's "Ind. No." (labels in other
// scripts have a rule of their own).
const caseKeyword = `(?:case|file|docket|matter|report|complaint|incident|event|investigation|reference|ref|our ref|your ref|registration|cause|civil action|grand jury|dr|urn|crn|occurrence|inquiry|misc|magistrate|mag|ermittlungsverfahren|aktenzeichen|az\.?|dossier|référence|procédure|n° de procédure|parquet|ccr|ccn|usao|parketnummer|crime number|offense|offence|roi|tracking number|vorgang|vorgangsnummer|verfahrensnummer|registratienummer|expediente|diligencias previas|diligencias|causa|proc\.[ \t]?pen|procedimento penale|atestado|procedimiento|procedimento|processo|inqu[ée]rito(?:[ \t]+policial)?|proc[èe]s-verbal|soru[şs]turma|carpeta de investigaci[óo]n|fir|sygn\.? akt|sygnatura|nuc|proc\.|r\.g\.n\.r\.?|prot\.?|protocollo|esitutkinnan numero|diaarinumero|[čc]\. ?j\.|spisov[áa] zna[čc]ka|journalnummer|journalnr\.?|saksnummer|saksnr\.?|diarienummer|noticia criminal|ruc|m[áa]lsn[úu]mer|nuipc|notitienummer|notitie|réf|gz|general no\.?|querella|denuncia|sak|sag|dosar(?:ul)?|tgb\.?-?nr\.?|tagebuchnummer|autos|j\.[ \t]?nr\.?|ipl|parte(?:[ \t]+policial)?|ind|indictment)`

// processKeyword also holds the words that name a number only with a
// marker: "Item # K-1", "Service No. 2026-1", "Inv. No. 26-INV-5", "Index
// No. 1588/2026", "Claim No.", "Control No.", "Referral No."; a subpoena
// duces tecum by its name ("Subpoena Duces Tecum No. 26 SDT 1"; its
// initials are often part of the number: "Case No. SDT 26-1").
const processKeyword = `(?:subpoena(?:[ \t]+duces[ \t]+tecum)?|warrant|order|request|action|application|petition|demand|letter|preservation|item|service|inv|claim|control|referral|index|crime)`

const numberMarker = `(?:no\.?|number|nr\.?|n°|n\.|n\.?[ \t]?º|núm\.?|num\.?|#|№|id|:)`

// After a separator a part may hold any letter: "KRPB-1/TČ-2026-1".
const caseValue = `([A-Z0-9][A-Za-z0-9]*(?:[-/:.][\p{L}0-9]+)*(?: (?:[A-Za-z]{1,3}|[A-Za-z]*\d[A-Za-z0-9]*)\b(?:[-/:.][\p{L}0-9]+)*){0,2})`

var caseRules = []*lazyRE{
	// A label may carry its translation in brackets: "Málsnúmer (case
	// no.): …".
	lazyRegexp(`(?i)\b(?:(?:` + caseKeyword + `|` + processKeyword + `)\b\.?(?:[ \t]*\([^)\n\d]{1,30}\))?(?:[ \t]+(?-i:[A-Z]{2,6})[ \t]*(?::|no\.|#))?[ \t]*` + numberMarker + `?[ \t]*(?:(?:on|at) (?:our|my) (?:end|side)\s+)?(?:is[ \t]*)?(?:\.{2,}[ \t]*)?(?:\((?-i:[A-Z]{1,5})\)[ \t]*)?[:#]?[ \t]*)+` + caseValue),
	// Labels whose first letter Go's \b does not see, and numbers that may
	// open with a letter of their script: Hungary's "Ügyszám", Greece's
	// "ΑΒΜ: Ε2026/4417", a Ukrainian or Russian criminal proceeding's
	// "№"; Greece's "Αριθμός υπόθεσης" (case number) and a Korean
	// number in Hangul ("사건번호: 사이버-2026-0001", session 33) (general
	// knowledge).
	lazyRegexp(`(?i)(?:^|[^\p{L}])(?:ügyszám|αβμ|αριθμός (?:υπόθεσης|φακέλου|δικογραφίας)|αρ\.[ \t]?(?:υπόθεσης|φακέλου)|사건\s?번호|кримінальному[ \t]+провадженні|кримінальне[ \t]+провадження|уголовно(?:е|му)[ \t]+дел[оу])[ \t]*(?:№|no\.?)?[ \t]*:?[ \t]*([\p{Lu}\p{Lo}0-9][\p{L}0-9]*(?:[-/:.][\p{L}0-9]+)*)`),
	// A reference told in a sentence: "Our reference for this matter is
	// X-2026-1" (session 33).
	lazyRegexp(`(?i)\b(?:reference|ref\.?)[ \t]+(?:for (?:this|it|(?:the|our) (?:matter|request|case|inquiry|complaint|investigation))(?: (?:matter|request|case|inquiry|complaint|investigation))?[ \t]+)?is[ \t]+` + caseValue),
	// A French procès-verbal's number, only with its marker ("PV n°
	// 01234/2026", not "a PV 2026 panel").
	lazyRegexp(`(?i)\bPV[ \t]*(?:n°|n\.?[ \t]?º|no\.?|nr\.?)[ \t]*:?[ \t]*` + caseValue),
	// India's crime number, "Cr. No. 0187/2026", written so (a plain "CR"
	// before a number is part of it: "CR 26-0418").
	lazyRegexp(`\bCr\.[ \t]*No\.?[ \t]*:?[ \t]*` + caseValue),
	// A French judicial investigation's number ("information judiciaire
	// (n° 1/26/09)", "Information n° 1/26/09") and a Swiss or German
	// business number ("Geschäftsnummer A-3/2026/1").
	lazyRegexp(`(?i)\b(?:information|instruction)(?:[ \t]+judiciaire)?[ \t]*\(?(?:n°|n\.?[ \t]?º|no\.)[ \t]*` + caseValue),
	lazyRegexp(`(?i)\b(?:gesch[äa]ftsnummer|gesch[äa]fts-?nr\.?|gesch\.-nr\.?)[ \t]*:?[ \t]*` + caseValue),
	// Police records systems' short labels, always with "#": "CC#
	// 26-0000001", "RD# AB-000001", "ICR #: 26000001", "CR# 26-0001".
	lazyRegexp(`(?i)\b(?:icr|cc|rd|ir|cr|ccn|ccr|sr|ri|dr|gj)[ \t]*#[ \t]*:?[ \t]*` + caseValue),
	// Any agency's or unit's initials with "#" or "No.": "DC# 26-01-0001",
	// "UI# 700000-26-0001", "MFCU No. 2026-0001", "S.W. No. 1SW2600001";
	// not a phone's, a fax's, an ORI's or a person's identification.
	lazyRegexp(`\b(?:(?-i:[A-Z]{2,5})|(?-i:[A-Z]\.){2,3})[ \t]*(?:#|(?:No\.?|Nr\.?|Number)[ \t]*:?)[ \t]*:?[ \t]*` + caseValue),
	// The same labels with "No." or "Number": "GJ No. 26-1-001", "IR
	// Number: 26-000001".
	lazyRegexp(`\b(?:G\.?J\.?|IR|ICR|CR|RD|CCN|CCR)[ \t]*(?:No\.?|Number|Nr\.?)[ \t]*:?[ \t]*` + caseValue),
	// Labels that open with a letter \b does not see: a Czech "č. j."
	// (číslo jednací), a Swedish "ärendenummer".
	lazyRegexp(`(?i)(?:^|[^\p{L}])(?:č\.[ \t]?j\.|ärendenummer|ärendenr\.?|ärende)[ \t]*:?[ \t]*` + caseValue),
	// A Polish prosecutor's file signature: office, department, "Ds."
	// and number.year ("PR 1 Ds. 123.2026"; general knowledge of the
	// prosecution service's rules of office).
	lazyRegexp(`\b((?:P[A-Z]{1,2}|RP)[ \t]+(?:[IVX]{1,4}|\d{1,2})[ \t]+Ds\.?[ \t]*\d{1,6}\.\d{4})\b`),
	// The case-number labels of Korean, Japanese and Chinese letters
	// (사건번호, 事件番号, 案件编号), whose letters no \b borders.
	// Also a Korean warrant's number (영장번호), a Japanese file's control
	// number (管理番号), an Arabic "case number" (القضية رقم, رقم القضية),
	// a Hebrew file (תיק), a Turkish court's miscellaneous-matter number
	// ("Değişik İş No", "2026/1 D.İş").
	lazyRegexp(`(?:사건\s?번호|접수\s?번호|영장\s?번호|事件番号|受理番号|照会番号|管理番号|案件编号|案件編號|案号|القضية رقم|رقم القضية|البلاغ رقم|بلاغ رقم|رقم البلاغ|פל"א|פל״א|תיק(?: מס['׳]?)?|(?:DEĞİŞİK İŞ|Değişik İş|değişik iş)[ \t]+(?:NO|No|no)\.?)[ \t]*[:：]?[ \t]*` + caseValue),
	// A Turkish court's number by its register's code: "2026/915 D.İş
	// sayılı karar".
	lazyRegexp(`(?:^|[^\w/])(\d{4}/\d{1,6} D\.İş)(?:$|[^\p{L}])`),
	// A Southern District of New York docket by its shape: "26 Mag. 0901",
	// "26 Cr. 118" (year, type, number; general knowledge).
	lazyRegexp(`(?:^|[^\w-])(\d{2} (?:Mag|Cr|Civ)\. \d{1,5})\b`),
	// A federal docket number by its shape, wherever it stands: "26-mj-
	// 00123", "2:26-mj-00456-ABC", "1:26-mc-00789" (district courts' case
	// numbering: office, year, case type, number, judge's initials; in
	// Arizona a division's letters before them, "2:26-cv-01234-PHX-ABC").
	// A division's letters may lead: "XY-26-MJ-01234".
	// Some districts write the type before the year: "MJ26-5001".
	lazyRegexp(`(?i)(?:^|[^\w-])((?:(?-i:[A-Z]{1,3})-)?(?:\d:)?\d{2}-(?:mj|mc|cr|cv|sw|gj|sc|m)-\d{3,6}(?:-(?-i:[A-Z]{2,4})){0,2}|(?-i:MJ|MC|SW|GJ)\d{2}-\d{3,6})\b`),
	// A bare "No." before a docket-shaped number (two separators or more):
	// "… v. Doe, No. 1:26-cv-01234", "grand jury: No. D-1-GJ-26-0001".
	lazyRegexp(`(?:^|[\s,(;:])No\.[ \t]*([A-Z0-9][A-Za-z0-9]*(?:[-/:][A-Za-z0-9]+){2,})`),
	// An agency's acronym before its own number: "XCSO 26-00001", "XYPD
	// 26-00002" (sheriff's and police departments' initials).
	lazyRegexp(`\b[A-Z]{1,5}(?:PD|SO|SD)[ \t]+(?:(?:CC|CR|RD|IR|ICR|Case)[ \t]*#?[ \t]*)?(\d[0-9A-Z]*(?:-[0-9A-Z]+)+)\b`),
}

// statuteAfter marks a number that is a statute, not a case: "18 U.S.C.",
// "2703(d)", "§ 2705".
// A subsection's brackets follow the section directly ("2703(d)"); after
// a space they are a phone's area code or a list's next item ("Case #X
// (727) 555-0164", "… X (5) Nature of").
var statuteAfter = lazyRegexp(`(?i)^(?:\s*(?:U\.?\s?S\.?\s?C\b|USC\b|C\.?F\.?R\b|§|Stat\b)|\((?-i:[a-z]{1,2}|[ivx]{1,4}|[0-9]{1,3})\))`)

var caseToken = lazyRegexp(`\d`)

var grandJuryCode = lazyRegexp(`\b(S?GJ[ \t]+\d{2,4}(?:-\d{1,6})+)\b`)

// statuteIn is a title of the US Code or of the CFR inside a value: "18
// USC 3486", "21 U.S.C. 876".
var statuteIn = lazyRegexp(`(?i)^\d{1,2}\s+(?:U\.?\s?S\.?\s?C\.?|C\.?F\.?R\.?)(?:\s|$)`)

// statuteBefore is a section written as "s.487.014" or "art.18B": a law,
// not a case.
var statuteBefore = lazyRegexp(`(?i)^(?:s|ss|sec|art)\.\s?\d`)

// caseShaped reports a number that reads as a case's after a code of
// capitals: with a separator, of six digits or more, or a year's two
// digits and a number ("24 0012"); not a port or a year ("HTTPS 443",
// "CLOUD 2018").
func caseShaped(rest string) bool {
	f := strings.Fields(rest)
	long := slices.ContainsFunc(f, func(g string) bool { return len(strings.Trim(g, ".,;:)")) >= 6 })
	return strings.ContainsAny(rest, "/-") || long || len(f) >= 2 && len(f[0]) == 2 && len(f[1]) >= 3
}

// caseNumber finds the case, docket or registration number, as written.
// ageWords is a person's age: "79-year-old", "15 years old".
var ageWords = lazyRegexp(`(?i)\d[- ]years?[- ]old\b|\d-yr-old\b|\d y/o\b`)

func caseNumber(doc *document) *string {
	type cand struct {
		pos int
		val string
	}
	var best *cand
	// A code of capitals before the number is taken whole if it is short
	// ("GJ 26-555"); a longer one (a unit's initials, "XNCCB 26/0318")
	// only where no number stands alone, since letters usually give the
	// agency's initials before a number that is the case's on its own.
	// Short lines end a number: "Ref: X/2026/1" / "13th November" is not
	// "X/2026/1 13th".
	src := doc.subject + " " + lineBreak + " " + markBreaks(doc.body)
	// A reply's subject is the thread's: a new matter sent on an old
	// thread ("RE: EMERGENCY - 2026-0001 - …" over "New matter. For a
	// separate investigation, Service No. 2026-0002") names its case in
	// its own words first, and the subject's only where they name none. A
	// reply on the same matter names it in the subject ("RE: Subpoena -
	// Case 2026-0001" over "the same suspect as our Case 2025-0009").
	if doc.newMatter {
		q := quotedStart(doc.body)
		src = markBreaks(doc.body[:q]) + " " + lineBreak + " " + doc.subject + " " + lineBreak + " " + markBreaks(doc.body[q:])
	}
	// Each rule's matches, found once for both passes.
	found := make([][][]int, len(caseRules))
	for pass, maxCode := range []int{3, 5} {
		if best != nil {
			break
		}
		for i, re := range caseRules {
			if pass == 0 {
				found[i] = re.FindAllStringSubmatchIndex(src, -1)
			}
			for _, m := range found[i] {
				v := src[m[2]:m[3]]
				v = trimCase(v)
				first, _, _ := strings.Cut(v, " ")
				// "… fraud case. A 79-year-old …": an age is no number of a case.
				// "Date/Time of request: 11/02/2026 14:05": a date with its time.
				if v == "" || !caseToken.MatchString(v) || strings.HasPrefix(strings.ToUpper(v), "LER-") || isDateLike(v) || isDateLike(first) && timeNext.MatchString(v[len(first):]) || len(v) < 4 || ipv4Re.MatchString(v) || domainRe.FindString(v) == v || ageWords.MatchString(v) {
					continue
				}
				// "Phoenix, AZ 85003": a ZIP code after its state; "TEL#
				// 555-0100", "ORI No. XY0000000": no case's numbers.
				if zipAfterState.MatchString(src[max(0, m[2]-4):m[3]]) || notCaseLabel.MatchString(src[max(0, m[2]-12):m[2]]) {
					continue
				}
				// The first word is the number or a short code before it
				// ("GJ 26-555", "DR 2026-0001234", a unit's initials), never
				// a word of prose.
				// The second pass's longer code stands before a number shaped
				// as a case's ("XNCCB 26/0318"), not a port or a year.
				if !caseToken.MatchString(first) && (len(first) > maxCode || strings.ToUpper(first) != first || len(first) > 3 && !caseShaped(v[len(first):])) {
					continue
				}
				// "Subpoena 18 USC 3486": the statute read on into the value.
				if statuteAfter.MatchString(src[m[2]+len(v):]) || strings.HasSuffix(strings.TrimSpace(src[max(0, m[2]-3):m[2]]), "§") || statuteBefore.MatchString(v) || statuteIn.MatchString(v) {
					continue
				}
				if best == nil || m[2] < best.pos {
					best = &cand{m[2], v}
				}
				break
			}
		}
	}
	if best == nil {
		// A grand jury's number by its code alone, where no label gives
		// one: "GJ 2025-0001" under a subpoena's title, "in SGJ 25-0001"
		// (a state grand jury).
		if m := grandJuryCode.FindStringSubmatch(doc.subject + "\n" + doc.body); m != nil {
			return strp(m[1])
		}
		return nil
	}
	return strp(best.val)
}

var caseStop = lazyRegexp(`(?i)\s+(for|and|in|on|at|issued|under|to|from|the|is|was|with|which|dated|regarding|re|of|pursuant|by|filed|ausgestellt|vom|du)\b.*$`)

// timeNext is a time of day after a date: "11/02/2026 14:05".
var timeNext = lazyRegexp(`^\s*\d{1,2}:\d{2}\b`)

// notCaseLabel labels a number that is a phone's, an agency's ORI or a
// person's, not a case's.
var notCaseLabel = lazyRegexp(`(?i)\b(?:tel|ph|phone|fax|ext|ori|cell|mob|dob|ssn|zip|badge|dl)[ \t]*(?:#|no\.?|nr\.?|number)[ \t]*:?[ \t]*$`)

// zipAfterState is a US ZIP code after a state's postal abbreviation.
var zipAfterState = lazyRegexp(`^[ ,]?[A-Z]{2} \d{5}(?:-\d{4})?$`)

func trimCase(v string) string {
	v = caseStop.ReplaceAllString(v, "")
	v = strings.TrimRight(v, ".,;:) ")
	// A space may join parts ("123 Js 4567/26", "DR 2026-0001234") but a
	// trailing word without digits is prose, and a trailing number of one
	// or two digits is the next list item ("… 00781-BK 1. Attached").
	parts := strings.Fields(v)
	// A Washington superior court's cause number with its county's code
	// ("26-1-01234-5 SEA"; general knowledge of King County's numbering).
	if len(parts) == 2 && waCause.MatchString(parts[0]) && (parts[1] == "SEA" || parts[1] == "KNT") {
		return v
	}
	// A Turkish court's register after the number: "2026/0915 D.İş"
	// (değişik iş, miscellaneous matters).
	if len(parts) >= 2 && parts[1] == "D.İş" {
		return parts[0] + " " + parts[1]
	}
	for len(parts) > 1 && (!caseToken.MatchString(parts[len(parts)-1]) || len(parts[len(parts)-1]) <= 2 && strings.Trim(parts[len(parts)-1], "0123456789") == "") {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// waCause is a Washington superior court's cause number: year, type,
// number and check digit.
var waCause = lazyRegexp(`^\d{2}-\d-\d{5}-\d$`)

var dateLike = lazyRegexp(`^(?:\d{1,2}|\d{4})[./-]\d{1,2}[./-](?:\d{2}|\d{4})$`)

// isDateLike reports a number written as a date that could be one
// ("10/14/2026", "2026-10-14"), not a case number of the same shape
// ("45-26-1100").
func isDateLike(s string) bool {
	if !dateLike.MatchString(s) {
		return false
	}
	p := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	a, b := atoi(p[0]), atoi(p[1])
	if len(p[0]) == 4 {
		// "2026-07-3391" is a file number: no month has day 3391.
		return b >= 1 && b <= 12 && len(p[2]) <= 2 && atoi(p[2]) >= 1 && atoi(p[2]) <= 31
	}
	// "41-07-0388": no year 388.
	if len(p[2]) == 4 && (atoi(p[2]) < 1900 || atoi(p[2]) > 2100) {
		return false
	}
	return a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31)
}

var (
	emailRe  = lazyRegexp(`(?i)\b[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}\b`)
	domainRe = lazyRegexp(`(?i)\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b`)
	ipv4Re   = lazyRegexp(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)
	// ipv6Re finds candidates, compressed ("2001:db8:5c2:31::9") or not;
	// netip decides what is an address (times like 10:15:30 are not).
	ipv6Re = lazyRegexp(`(?i)\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}`)
	// accountList: accounts named by a phrase before their numbers, one
	// or several.
	accountList   = lazyRegexp(`(?i)\baccounts?\s+(?:identified\s+(?:as|by)|bearing\s+(?:the\s+)?(?:IDs?|numbers?|nos?\.?)|numbered|numbers|IDs|nos\.|with\s+(?:the\s+)?(?:IDs?|account\s+numbers?))\s+(\d{5,}(?:` + listJoin + `\d{5,})*)`)
	accountDigits = lazyRegexp(`\d{5,}`)
	// accountRe: "acct-123…" is an identifier whole, tried first so that
	// its "acct" is not read as a label before "123…".
	accountRe = lazyRegexp(`(?i)\b(acct-[0-9A-Za-z_-]{3,})\b|\b(?:account|acct|user|customer|subscriber|konto|compte)(?:[ _-]|\s+)?(?:identifier|id|number|no\.?|#|nr\.?)?[:#=]?\s*((?:acct|acc|uid|user|[a-z]{1,4}-)?[-_]?[0-9][0-9A-Za-z_-]{3,})\b` +
		// A social profile's number, long as such numbers are: "profile ID
		// 100088123456" (not "dating profile ID 4471").
		`|\bprofile[ -]?(?:id|identifier|number|no\.?|#)[:#]?\s*(\d{6,})\b` +
		// The label in brackets after the number: "77120458 (ACME account ID)".
		`|(?:^|[\s(,;])(\d{5,})\s*\((?:[\w-]+\s+){0,2}(?:account|acct|user|customer|subscriber)\s*(?:id|identifier|number|no\.?)\)`)
	// orderIDs is a list of orders' numbers after its label; the shop's
	// word (customer, purchase), "number", "ID" or "#" captured when they
	// stand there ("No." is also a court order's).
	orderIDs   = lazyRegexp(`(?i)\b(?:((?:customer|purchase|sales|shop|store)[ \t]+)order(?:[ \t]+(?:numbers?|nos?\.?|ids?)|[ \t]*#)?|order(?:[ \t]+(numbers?|ids?)|[ \t]*(#)|[ \t]+nos?\.?))[ \t]*[:#]?\s*(` + orderNumber + `(?:` + listJoin + `#?` + orderNumber + `)*)`)
	orderValue = lazyRegexp(orderNumber)
	// ordPrefix opens an order system's number ("ORD-1", "ORD1"), not
	// "ORDER-…"; yearOpens a court's or a case's number, which opens
	// with its year ("26-mj-104820", "2026-004417", "1:26-cr-1").
	ordPrefix = lazyRegexp(`(?i)^ORD(?:[-_]|\d)`)
	yearOpens = lazyRegexp(`^(?:\d:)?(?:(?:19|20)\d{2}|\d{2})[-/]`)
	// courtOrderBefore names a court's order or its statute.
	courtOrderBefore = lazyRegexp(`(?i)\b(?:production orders?|court orders?|2703\s*\(d\)|2705\s*\(b\)|warrant|judge|magistrate|court|the act|act \d{4})\b[^.]*$`)
	// yearPart is a year between a number's separators ("IPO-SC-2026-1");
	// shopShaped a shop's order number as a court's "No." may stand
	// before it: digits only, or a short code and digits ("PH-7730219").
	yearPart   = lazyRegexp(`(?:^|[-/_])(?:19|20)\d{2}(?:[-/_]|$)`)
	shopShaped = lazyRegexp(`^(?:\d{6,}|[A-Za-z]{1,3}-\d{6,})$`)
	serialRe   = lazyRegexp(`(?i)\b(?:serial(?: number| no\.?)?s?|serials?)[:\s]+((?:[0-9a-f]{2}:){7,}[0-9a-f]{2}|[0-9a-f]{16,})\b|\b((?:[0-9a-f]{2}:){9,}[0-9a-f]{2})\b|\b([0-9a-f]{32,40})\b`)
	fileExt    = lazyRegexp(`(?i)\.(pdf|docx?|txt|html?|png|jpe?g|eml|zip|xlsx?|csv)$`)
)

// listJoin joins a list's items: "5512034, 5512078 and 5512090".
const listJoin = `(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)`

// orderNumber is an order's number: letters, digits and hyphens, with a
// digit.
const orderNumber = `[A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*`

// identifiers lists what the records are to be searched by, in order of
// appearance, leaving out the agency's own addresses and domains, ours, and
// government domains.
// deliveryTo ends in where the records are to be sent: "send the records
// to our emergency desk mailbox", "reply with the records to my personal
// gmail (".
var deliveryTo = lazyRegexp(`(?i)\b(?:send|reply with|e-?mail|forward|return|deliver|transmit|provide)\s+(?:(?:the|all|any|these|those|your|us)\s+)?(?:records|results|data|information|response|reply|messages|files|documents|them|it|everything)(?:\s+(?:and|&)\s+\w+)?\s+(?:directly\s+|only\s+)?to\s+(?:(?:our|my|this|that|me\s+at|us\s+at)\b[^.!?@]{0,60})?\(?\s*$`)

func (a *Analyzer) identifiers(body string, m *mailparse.Message, r *Result) []string {
	type hit struct {
		pos int
		val string
	}
	var hits []hit
	taken := make([]bool, len(body)+1)
	mark := func(s, e int) {
		for i := s; i < e; i++ {
			taken[i] = true
		}
	}
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	_, ourDomain, _ := strings.Cut(strings.ToLower(a.opts.Mailbox), "@")
	senderReg := r.Facts.FromDomain
	// A person asking for their own data is searched for by their own
	// address; an agency's own addresses are never what it asks about.
	ownData := slices.Contains(r.Process, "data_subject_request")
	skipDomain := func(d string) bool {
		d = strings.ToLower(strings.TrimSuffix(d, "."))
		reg := registrable(d)
		if reg == registrable(ourDomain) || d == ourDomain || reg == senderReg && !ownData {
			return true
		}
		if _, ok := a.domains.Agency(d); ok {
			return true
		}
		if _, ok := a.domains.Government(d); ok {
			return true
		}
		return false
	}
	for _, loc := range emailRe.FindAllStringIndex(body, -1) {
		e := strings.ToLower(body[loc[0]:loc[1]])
		mark(loc[0], loc[1])
		_, d, _ := strings.Cut(e, "@")
		if skipDomain(d) || e == m.From.Addr && !ownData || headerLine(body, loc[0]) {
			continue
		}
		// Where the records are to be sent ("please send the records to
		// our desk mailbox x@…", the Reply-To) is no account asked about.
		if deliveryTo.MatchString(body[max(0, loc[0]-160):loc[0]]) || slices.ContainsFunc(m.ReplyTo, func(a mailparse.Address) bool { return strings.EqualFold(a.Addr, e) }) && !ownData {
			continue
		}
		hits = append(hits, hit{loc[0], e})
	}
	for _, m := range serialRe.FindAllStringSubmatchIndex(body, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && free(m[g], m[g+1]) {
				hits = append(hits, hit{m[g], strings.ToLower(body[m[g]:m[g+1]])})
				mark(m[g], m[g+1])
				break
			}
		}
	}
	for _, loc := range ipv6Re.FindAllStringIndex(body, -1) {
		if !free(loc[0], loc[1]) {
			continue
		}
		v := strings.TrimRight(body[loc[0]:loc[1]], ":")
		if v != body[loc[0]:loc[1]] && strings.HasSuffix(body[loc[0]:loc[1]], "::") {
			v += "::" // "2001:db8::" is itself an address
		}
		if ip, err := netip.ParseAddr(v); err == nil && ip.Is6() {
			hits = append(hits, hit{loc[0], v})
			mark(loc[0], loc[1])
		}
	}
	for _, loc := range ipv4Re.FindAllStringIndex(body, -1) {
		if !free(loc[0], loc[1]) {
			continue
		}
		if ip, err := netip.ParseAddr(body[loc[0]:loc[1]]); err == nil {
			hits = append(hits, hit{loc[0], ip.String()})
			mark(loc[0], loc[1])
		}
	}
	for _, loc := range domainRe.FindAllStringIndex(body, -1) {
		if !free(loc[0], loc[1]) {
			continue
		}
		d := strings.ToLower(body[loc[0]:loc[1]])
		if loc[0] > 0 && (body[loc[0]-1] == '@' || body[loc[0]-1] == '/' && !strings.HasPrefix(body[max(0, loc[0]-3):loc[0]], "//")) {
			continue
		}
		// Percent-encoded text in links ("%40provider.test") is not a name.
		if loc[0] >= 1 && body[loc[0]-1] == '%' {
			continue
		}
		// Nor the ASCII tail of a name in another alphabet ("d.org" of
		// "nyрd.org" with a Cyrillic "р"): \b sees only ASCII words. A
		// Japanese or Chinese word may run into a domain
		// ("ドメインexample.net").
		if r, _ := utf8.DecodeLastRuneInString(body[:loc[0]]); unicode.IsDigit(r) || unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian) {
			continue
		}
		if fileExt.MatchString(d) || !realTLD(d) || skipDomain(d) || abbreviation(body[loc[0]:loc[1]], body[loc[1]:]) {
			continue
		}
		d = strings.TrimPrefix(d, "www.")
		hits = append(hits, hit{loc[0], d})
		mark(loc[0], loc[1])
	}
	for _, m := range accountRe.FindAllStringSubmatchIndex(body, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 && free(m[g], m[g+1]) {
				v := body[m[g]:m[g+1]]
				if isDateLike(v) {
					break
				}
				hits = append(hits, hit{m[g], v})
				mark(m[g], m[g+1])
				break
			}
		}
	}
	// A link to an account's page on our own service
	// ("https://www.provider.example/u/jroe_88"): the account, whole.
	if ourDomain != "" {
		for _, loc := range ownURL.FindAllStringIndex(body, -1) {
			u := strings.TrimRight(body[loc[0]:loc[1]], ".,;:)]>'\"")
			_, rest, _ := strings.Cut(u, "://")
			host, path, hasPath := strings.Cut(rest, "/")
			if strings.TrimPrefix(strings.ToLower(host), "www.") != ourDomain || !hasPath || !free(loc[0], loc[0]+len(u)) {
				continue
			}
			if !accountPath.MatchString(path) {
				continue // our own guidelines' or help pages, not an account
			}
			hits = append(hits, hit{loc[0], u})
			mark(loc[0], loc[1])
		}
	}
	// Accounts named by their user names: after a label ("Username:
	// jroe_88", "the handle @night.owl") or listed, one to a line, under
	// a line that announces them ("the following usernames:").
	for _, m := range userName.FindAllStringSubmatchIndex(body, -1) {
		s, e := m[2], m[3]
		if s < 0 {
			s, e = m[4], m[5]
		}
		if free(s, e) && plausibleUser(body[s:e]) {
			hits = append(hits, hit{s, body[s:e]})
			mark(s, e)
		}
	}
	// "from the account night_owl77", "on the channel \"pixel_wolf\"",
	// "under the name grey_fox_12": a name after an account's word,
	// with an underscore as only user names have (not an account's
	// number, not a domain).
	for _, m := range namedAccount.FindAllStringSubmatchIndex(body, -1) {
		s, e := m[2], m[3]
		if w := body[s:e]; free(s, e) && strings.Contains(strings.Trim(w, "_"), "_") && strings.ContainsFunc(w, unicode.IsLetter) {
			hits = append(hits, hit{s, w})
			mark(s, e)
		}
	}
	for _, span := range userList(body) {
		if free(span[0], span[1]) {
			hits = append(hits, hit{span[0], body[span[0]:span[1]]})
			mark(span[0], span[1])
		}
	}
	// "the accounts identified as 55120934 and 55120971", "the account
	// bearing ID 88120455": each number of the list.
	for _, m := range accountList.FindAllStringSubmatchIndex(body, -1) {
		for _, d := range accountDigits.FindAllStringIndex(body[m[2]:m[3]], -1) {
			if s, e := m[2]+d[0], m[2]+d[1]; free(s, e) {
				hits = append(hits, hit{s, body[s:e]})
				mark(s, e)
			}
		}
	}
	// A shop's orders by their numbers: "order number ORD-2026-1",
	// "customer order 5512034", "order numbers 5512034 and 5512078"
	// (session 33). A court's "Order No. 26-mj-1234" is no customer's:
	// after "No." without the shop's word, only a shop's shape of number
	// or the "ORD" of an order system's numbering is one; and never one
	// that holds a year, as a court's or a case's does.
	for _, m := range orderIDs.FindAllStringSubmatchIndex(body, -1) {
		// A court's order named just before ("… Production Orders) Act
		// 2019, order number T1"): the order is the court's.
		if m[2] < 0 && courtOrderBefore.MatchString(body[max(0, m[0]-80):m[0]]) {
			continue
		}
		shop := m[2] >= 0 || m[4] >= 0 || m[6] >= 0
		for _, d := range orderValue.FindAllStringIndex(body[m[8]:m[9]], -1) {
			s, e := m[8]+d[0], m[8]+d[1]
			v := body[s:e]
			ord := ordPrefix.MatchString(v)
			if !free(s, e) || isDateLike(v) || !ord && (yearOpens.MatchString(v) || yearPart.MatchString(v)) || !shop && !ord && !shopShaped.MatchString(v) {
				continue
			}
			hits = append(hits, hit{s, v})
			mark(s, e)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	out := []string{}
	seen := map[string]bool{}
	for _, h := range hits {
		k := strings.ToLower(h.val)
		if seen[k] || suffixOfAny(out, k) {
			continue
		}
		seen[k] = true
		out = append(out, h.val)
	}
	return out
}

// userLabel is a word that labels a user name: "username", "handle",
// "screen name", "account name", singular or plural.
const userLabel = `user ?names?|handles?|screen ?names?|account names?`

var (
	// ownURL is a web address, to be kept when it is on our own domain.
	ownURL = lazyRegexp(`https?://[^\s<>"]+`)
	// userName is a user name after its label: "Username: jroe_88",
	// "the handle @night.owl", "screen name \"pixel.witch\"". Without a
	// colon or quotes the name must look like one (a digit, a dot or an
	// underscore in it), so that "the username and password" names none.
	userName = lazyRegexp(`(?i)\b(?:` + userLabel + `|user IDs?)(?:\s*\(s\))?(?:\s*[:#]\s*|\s+["“']|\s+@)["“']?@?([A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])|(?:\b(?:the|a|an|his|her|their|its|account|user|Snapchat|Instagram|TikTok|Telegram|Discord|X|Twitter|Reddit|Kik|for|of|under|by|with)\s+|\()(?:user ?name|handle|screen ?name)\s+@?([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[._\d][A-Za-z0-9._-]*[A-Za-z0-9_]|[A-Za-z0-9]*[._\d][A-Za-z0-9._-]*[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9_])`)
	// namedAccount is a name after a word for an account: "account",
	// "account name", "channel", "under the name" (not "user", which a
	// chat's story uses of everyone in it).
	namedAccount = lazyRegexp(`(?i)\b(?:account(?:\s+name)?|channel|under\s+the\s+(?:user\s*)?name)\s+["“']?@?([A-Za-z0-9_]{3,30})\b`)
	// accountPath is the path of an account's page: "/u/jroe_88",
	// "/users/jroe", "/@jroe", "/profile/jroe".
	accountPath = lazyRegexp(`(?i)^(?:@[\w.-]+|(?:u|user|users|profile|profiles|account|accounts|member|members|people|p)/[\w.@-]+)/?$`)
	// userListLead announces a list of user names, in the sentence that
	// ends with the colon before it: "… the following account usernames,
	// …:".
	userListLead = lazyRegexp(`(?i)\b(?:` + userLabel + `)\b[^.!?]*:\s*$`)
	// userItem is one user name alone on its line, bulleted or not.
	userItem = lazyRegexp(`^[ \t]*(?:[-•*]|\d{1,2}[.)])?[ \t]*@?([A-Za-z0-9][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])[ \t]*[,;]?[ \t]*$`)
)

// plausibleUser reports a user name, not an ordinary word after its
// label ("username and", "Username: Unknown", "Handle: see attachment")
// nor a capitalised word of a list ("Subscriber", "Billing"): a name
// without a digit, a dot or an underscore is one only in lower case. A
// number alone is no name.
func plausibleUser(s string) bool {
	if strings.Trim(s, "0123456789") == "" {
		return false
	}
	if strings.ContainsAny(s, "0123456789._") {
		return true
	}
	return s == strings.ToLower(s) && !commonWord[s]
}

// commonWord are words that follow "username" in prose, never a name.
var commonWord = map[string]bool{"and": true, "or": true, "is": true, "was": true, "of": true, "for": true, "the": true, "that": true,
	"which": true, "associated": true, "used": true, "with": true, "on": true, "in": true, "to": true, "are": true, "were": true, "only": true,
	"unknown": true, "none": true, "see": true, "tbd": true, "pending": true, "various": true, "multiple": true, "attached": true,
	"below": true, "above": true, "same": true, "n/a": true, "na": true, "not": true, "redacted": true}

// userList returns where the user names listed one to a line under a line
// that announces them lie in body: the lines that follow it up to the
// first that is not one.
func userList(body string) [][2]int {
	var out [][2]int
	lines := strings.SplitAfter(body, "\n")
	pos, inList := 0, false
	for _, l := range lines {
		line := strings.TrimRight(l, "\r\n")
		switch {
		case strings.HasSuffix(strings.TrimSpace(line), ":") && userListLead.MatchString(sentenceBefore(body, pos+len(line), 400)):
			inList = true
		case inList && strings.TrimSpace(line) == "" && len(out) == 0:
			// a blank line between the lead and its list
		case inList:
			m := userItem.FindStringSubmatchIndex(line)
			if m == nil || !plausibleUser(line[m[2]:m[3]]) || strings.Contains(line[m[2]:m[3]], ".") && realTLD(strings.ToLower(line[m[2]:m[3]])) {
				inList = false
				break
			}
			out = append(out, [2]int{pos + m[2], pos + m[3]})
		}
		pos += len(l)
	}
	return out
}

// abbreviation reports a dotted abbreviation read as a domain: short
// capitalised parts with a full stop after them ("La. C.Cr.P. art. 66",
// Portuguese "V.Sas."), not a domain written in capitals.
func abbreviation(match, after string) bool {
	if !strings.HasPrefix(after, ".") {
		return false
	}
	short := false
	for _, part := range strings.Split(match, ".") {
		r, _ := utf8.DecodeRuneInString(part)
		if utf8.RuneCountInString(part) > 3 || !unicode.IsUpper(r) {
			return false
		}
		// An abbreviation's part is one letter or a capital and lower
		// case ("C", "Cr", "Sas"); a domain in capitals ("XY.IO") has
		// none.
		short = short || utf8.RuneCountInString(part) == 1 || part != strings.ToUpper(part)
	}
	return short
}

// suffixOfAny reports whether id is the number part of an identifier
// already found ("60418233" after "acct-60418233").
func suffixOfAny(found []string, id string) bool {
	if strings.Trim(id, "0123456789") != "" {
		return false
	}
	for _, f := range found {
		f = strings.ToLower(f)
		if len(f) > len(id) && strings.HasSuffix(f, id) && !isAlnum(f[len(f)-len(id)-1]) {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// headerLine reports whether pos lies on a quoted header line of a
// forwarded message ("From: Clerk <dept100@…>"): correspondents, not
// identifiers.
func headerLine(body string, pos int) bool {
	start := strings.LastIndexByte(body[:pos], '\n') + 1
	line := strings.ToLower(strings.TrimLeft(body[start:pos], " >\t"))
	for _, h := range []string{"from:", "to:", "cc:", "reply-to:", "sent:", "von:", "an:", "de :", "à :"} {
		if strings.HasPrefix(line, h) {
			return true
		}
	}
	return false
}

// realTLD accepts names under an ICANN top-level domain, plus the reserved
// example/test names that requests about fictional sites use.
func realTLD(d string) bool {
	if strings.Count(d, ".") < 1 {
		return false
	}
	tld := d[strings.LastIndexByte(d, '.')+1:]
	switch tld {
	case "example", "test", "invalid", "localhost":
		return true
	}
	if len(tld) < 2 || strings.ContainsAny(tld, "0123456789") {
		return false
	}
	ps, icann := publicsuffix.PublicSuffix(d)
	return icann && ps != d
}

var (
	ndoUntil = lazyRegexp(`(?i)(?:until|through|expires? on|expiring|ending|bis zum|bis|jusqu'au|(?:^|[^\p{L}])(?:at[ée]|hasta(?: el)?|fino al))\s+(?:and including\s+)?(` + dateExpr + `)`)
)

// ndo reads whether a non-disclosure order comes with the request and until
// when it forbids notice.
func ndo(body string, present bool, asked string) (out NDO) {
	if !present {
		return NDO{}
	}
	out = NDO{Present: true}
	// A court's "the 15th day of June, 2027" read as "June 15, 2027".
	body = dayOfMonth.ReplaceAllString(body, "$2 $1, $3")
	// A term counted from the order's date, where no end date is written.
	defer func() {
		if out.Until == nil {
			out.Until = ndoFor(body, asked)
		}
	}()
	// The order may be mentioned before its terms ("the order delaying
	// notification" … "delayed until February 8, 2027"): take the first
	// mention that has an end date near it.
	// An order forbids notice from now on: a date before the request is
	// the records' period ("through September 14, 2026"), not its end.
	// A bare "do not notify" is the writer's own ask unless an order or
	// a court stands near it: the order's own words are read first.
	locs := ndoSentence.FindAllStringIndex(body, -1)
	for pass := 0; pass < 2; pass++ {
		for _, loc := range locs {
			bare := bareNotice.MatchString(body[loc[0]:loc[1]]) && !orderNear.MatchString(body[max(0, loc[0]-80):loc[0]])
			if pass == 0 && bare {
				continue
			}
			window := body[loc[0]:min(len(body), loc[1]+300)]
			for _, mi := range ndoUntil.FindAllStringSubmatchIndex(window, -1) {
				m := submatches(window, mi)
				// "no prazo de 10 dias, até 24/09/2026": the answer's
				// deadline, not the silence's end.
				if deadlineWord.MatchString(window[max(0, mi[0]-40):mi[0]]) {
					continue
				}
				if d, ok := parseDate(m[1]); ok && (asked == "" || d > asked) {
					out.Until = strp(d)
					return out
				}
			}
		}
	}
	return out
}

// deadlineWord names a time limit to answer within: Portuguese "prazo",
// Spanish "plazo", Italian "termine", English "deadline", "respond".
var deadlineWord = lazyRegexp(`(?i)\b(?:prazo|plazo|termine|deadline|respond|reply|answer|respuesta|resposta)\b`)

var (
	bareNotice = lazyRegexp(`(?i)^not (?:to )?(?:notify|disclose)$`)
	orderNear  = lazyRegexp(`(?i)\b(?:order|ordered|court|2705)\b`)
)

// ndoPeriod is an order's term counted from its date: "for a period of
// 180 days from the date of the Order", "for one year from the date of
// issuance".
var ndoPeriod = lazyRegexp(`(?i)\bfor (?:a period of )?(\d{1,3}|one|two|three|six|twelve|eighteen) (days?|months?|years?) (?:from|after|following) (?:the date of |its |the )?(?:the |this |said )?(?:order|issuance|entry|signing|warrant|date)`)

// orderDated is the date an order was entered or signed.
var orderDated = lazyRegexp(`(?i)\b(?:entered|signed|issued|dated|granted)(?: on)?[,:]?\s+(` + dateExpr + `|\d{1,2}/\d{1,2}/\d{2}\b)`)

// orderDateLine is an order's date under it, as a judge signs: "Date:
// March 25, 2026 ______, Judge" (the label capitalised, the date right
// after its colon; not a mail header's "Date: Mon, …").
var orderDateLine = lazyRegexp(`\b(?:Date|DATE|Dated|DATED)[ \t]*:[ \t]*(` + dateExpr + `|\d{1,2}/\d{1,2}/\d{2}\b)`)

// orderDateOf finds an order's "Date:" line that is not a quoted mail
// header's ("From: … Date: January 5, 2026 at 9:14 AM … Subject: …"),
// which would start the term early.
func orderDateOf(body string) []string {
	for _, loc := range orderDateLine.FindAllStringSubmatchIndex(body, -1) {
		// A mail header: two of its labels around the line, or a
		// weekday or a time in its value ("Mon, 5 Jan 2026", "… at 9:14
		// AM"); an order's own "To:" line alone is no header.
		around := body[max(0, loc[0]-200):min(len(body), loc[1]+200)]
		value := body[loc[2]:min(len(body), loc[3]+20)]
		if len(mailHeaderWord.FindAllString(around, 3)) >= 2 || headerDateValue.MatchString(value) {
			continue
		}
		return []string{body[loc[0]:loc[1]], body[loc[2]:loc[3]]}
	}
	return nil
}

// headerDateValue is a mail header's date: a time after it.
var headerDateValue = lazyRegexp(`(?i)^[^\n]{0,30}?\b(?:at\s+)?\d{1,2}:\d{2}\b`)

// mailHeaderWord is a mail header's label that stands beside a quoted
// message's Date line.
var mailHeaderWord = lazyRegexp(`\b(?:From|Sent|Subject|To|Cc|De|Von|Envoyé|Enviado|Objet|Asunto|Betreff)\s*:`)

// ndoFor computes the end of an order's term given as a period from its
// date: the date written next to the term, else the date the order was
// entered or signed, else the request's own date.
func ndoFor(body, asked string) *string {
	loc := ndoPeriod.FindStringSubmatchIndex(body)
	if loc == nil {
		return nil
	}
	n, unit := count(body[loc[2]:loc[3]]), body[loc[4]:loc[5]]
	base := ""
	after := body[loc[1]:min(len(body), loc[1]+80)]
	// Only in the term's own sentence: the next may give the records' period.
	if i := strings.Index(after, ". "); i >= 0 {
		after = after[:i]
	}
	if m := dateRe.FindString(after); m != "" {
		base, _ = parseDate(m)
	} else if m := shortDate.FindString(after); m != "" && asked != "" {
		base, _ = parseDate(withYears(m, asked))
	}
	if base == "" {
		m := orderDated.FindStringSubmatch(body)
		if m == nil {
			m = orderDateOf(body)
		}
		if m != nil {
			if d, ok := parseDate(m[1]); ok {
				base = d
			} else if asked != "" {
				base, _ = parseDate(withYears(m[1], asked))
			}
		}
	}
	if base == "" {
		base = asked
	}
	t, err := time.Parse(time.DateOnly, base)
	if err != nil || n <= 0 {
		return nil
	}
	return strp(shift(t, n, unit).Format(time.DateOnly))
}

var shortDate = lazyRegexp(`\b\d{1,2}/\d{1,2}/\d{2}\b`)

var ndoSentence = lazyRegexp(`(?i)2705\s*\(b\)|non-?disclosure|(?:abstenha|abster-se|abstenga|abstenerse) de (?:comunicar|informar|notificar)|delay(?:s|ing|ed)? (?:of )?(?:the )?(?:notification|notice)|preclusion[- ]of[- ]notice|delayed[- ]notice|precluding notice|not (?:to )?notify|not (?:to )?disclose|sealing the warrant|(?:prohibits|precludes|forbids|bars) (?:any )?(?:notice|notification)|(?:vedad[oa]|proibid[oa]) (?:de )?(?:comunicar|informar|notificar)`)
