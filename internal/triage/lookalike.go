package triage

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/mtibben/confusables"
	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// A lookalike imitates an agency's brand on a domain the agency does not
// own. Domains are compared by brand token, not as whole names:
//
//   - the registrable label without its public suffix, split at hyphens
//     and joined without them, with common affixes stripped ("secure-fbi",
//     "fbi-secure", "fbigov", "fbi-portal" all give "fbi"), and every label
//     of a subdomain ("fbi.gov.case-portal.net" gives "fbi");
//   - folded to what it looks like: the UTS #39 skeleton of Unicode's
//     confusables.txt (github.com/mtibben/confusables generates its table
//     from that file), lower-cased, with i, l and 1 as one letter, since
//     "fbl.gov" reads as "fbi.gov";
//   - equal to an agency's brand token on another registrable domain is a
//     lookalike: a TLD swap (fbi.com, fbi.us, usdoj.us, europol.eu,
//     interpol.org, a county's xsheriff.org of xsheriff.gov) or an
//     affixed brand (secure-fbi.com);
//   - one edit from a long brand we list by hand (five letters or more;
//     two edits from twelve) is a lookalike too, but for five to seven
//     letters only a substitution or transposition, not an added or dropped
//     letter; of a .gov registry brand only letters that look alike
//     (alamedasherlff, alarnedasheriff), since place names differ by one.
//
// An internationalised name whose letters all render as ASCII letters
// ("nypа.org" with a Cyrillic а) one edit from any brand is a lookalike.
// Short brands, where one edit turns one agency's acronym into another
// organisation's (pbso/pbs, tps/tpl, njsp/nysp), are matched only exactly.
// Brand tokens come from the hand-kept law-enforcement.txt (three letters
// or more) and from the .gov law-enforcement list (five letters or more,
// since its short names are often words: "epic", "bats"). Words that many
// unrelated organisations use (police in any language, sheriff, justice,
// court) are never brands: "polisen.de" and "sheriffs.org" imitate nobody.
// A domain on the .gov registry or on a law-enforcement list is never a
// lookalike (the caller checks).

// genericTokens are words and acronyms in the names of many unrelated
// organisations (general knowledge: police words of the EU languages,
// court and office words, and acronyms that name well-known companies or
// technologies as well as an agency).
var genericTokens = map[string]bool{
	"police": true, "polizei": true, "politie": true, "policia": true, "polizia": true, "policja": true,
	"polis": true, "polisen": true, "politi": true, "politiet": true, "poliisi": true, "gendarmerie": true,
	"sheriff": true, "sheriffs": true, "justice": true, "justiz": true, "court": true, "courts": true,
	"troopers": true, "statepolice": true, "interieur": true, "leo": true, "isp": true, "met": true,
	"afp": true, "spf": true, "oig": true, "dhs": true, "doc": true, "navy": true, "army": true,
	"state": true, "county": true, "city": true, "gov": true, "govt": true,
	// Initials of foreign police and prosecutors that many organisations
	// share ("cbi", "pcr", "saps"): not imitated by whoever else holds them.
	"cbi": true, "pcr": true, "gnr": true, "saps": true, "spo": true, "pnp": true, "rmp": true,
	"mpf": true, "fgr": true, "pj": true, "vp": true,
	// Words for police many countries write ("policija" of Slovenia,
	// Lithuania, Croatia), and a Spanish word for investigations.
	"policie": true, "policija": true, "politsei": true, "investigaciones": true,
	// A prosecutor's office in Spanish ("fiscalía" of Colombia, Mexico,
	// Ecuador …), a cyber police, a national police's initials in Ukraine
	// and elsewhere.
	"fiscalia": true, "cyberpolice": true, "npu": true,
	// Interior ministries' initials in the Balkans (MUP of Croatia,
	// Serbia, Bosnia and Montenegro; MVR of Bulgaria and North
	// Macedonia), and the common words "the police" in Icelandic,
	// "prosecutor" in Swedish and "sled".
	"mup": true, "mvr": true, "logreglan": true, "aklagare": true, "sled": true,
	// "Prosecutor's office" in the Baltic and Slavic languages.
	"prokuratuur": true, "prokuraturos": true, "prokuratura": true,
	// Registry names of five letters that are words or a law firm's name.
	"smart": true, "pacer": true, "galaw": true, "sdlaw": true,
}

// sharedInitials are initials many countries' bodies share (general
// knowledge): a department or ministry of justice, a public security
// police (Portugal's PSP as well as Pennsylvania's State Police), a
// national bureau of investigation. Under another country's code they are
// that country's own; under a generic one they imitate our agency.
var sharedInitials = map[string]bool{"doj": true, "moj": true, "psp": true, "nbi": true}

// commercialZone reports a host under a country's commercial second-level
// zone ("co.uk", "com.co", "net.au"), which anyone may register in.
func commercialZone(host string) bool {
	s := suffixOf(host)
	first, _, ok := strings.Cut(s, ".")
	return ok && (first == "co" || first == "com" || first == "net" || first == "org" || first == "biz" || first == "info")
}

// ownInitials reports initials that other countries' bodies share with
// ours, written as the registrable name itself ("psp.pt", "doj.gov.ph";
// not "psp-taskforce.de") under a country's own code other than home and
// outside its commercial zones: that country's own body.
func ownInitials(host, initials, home string) bool {
	initials = strings.ToLower(initials)
	if !sharedInitials[initials] || commercialZone(host) {
		return false
	}
	c := ccTLDCountry("@" + host)
	main, _, _ := strings.Cut(registrable(host), ".")
	return c != "" && c != home && main == initials
}

// affixes are words that impostors add to a brand ("secure-fbi.com",
// "fbigov.com", "fbi-portal.net"): words of security, process and office
// (general knowledge of fake-agency domains), among them the unit and
// subject words an agency's own name carries ("cyber", "division").
var affixes = []string{
	"investigations", "taskforce", "division", "agents", "alerts", "crimes", "cyber", "crime", "agent", "intel",
	"lawenforcement", "enforcement", "verification", "department", "compliance", "disclosure", "emergency",
	"subpoenas", "subpoena", "requests", "request", "records", "record", "services", "service", "portal",
	"secure", "official", "verify", "support", "online", "notice", "legal", "login", "email", "inbox", "alert",
	"admin", "cases", "case", "dept", "team", "info", "help", "desk", "mail", "govt", "gov", "usa", "law",
	"web", "net", "hq", "us", "le", "my",
}

// errandAffix are the affixes that name an impostor's errand rather than
// a unit of the agency (a sheriff's "investigations" or "cyber" may be
// its own).
var errandAffix = map[string]bool{
	"emergency": true, "secure": true, "portal": true, "records": true, "record": true, "legal": true, "requests": true, "request": true,
	"subpoena": true, "subpoenas": true, "disclosure": true, "verify": true, "verification": true, "login": true, "notice": true,
	"official": true, "alerts": true, "alert": true, "compliance": true, "desk": true, "lawful": true, "exigent": true, "urgent": true,
}

// spelledOf maps each hand-listed agency's domain, written without its
// dots (whole, and without its public suffix), to the domain: "afpgovau"
// and "polizeibund". Seven letters or more, so that short ones ("fbigov")
// are left to the brand tokens.
func spelledOf(agencies map[string]Agency, handListed map[string]bool) map[string]string {
	out := map[string]string{}
	for _, host := range slices.Sorted(maps.Keys(agencies)) {
		if !handListed[host] {
			continue
		}
		bare := strings.TrimSuffix(host, "."+suffixOf(host))
		// Its labels in reverse too: "hhs-oig.com" of oig.hhs.gov.
		labels := strings.Split(bare, ".")
		slices.Reverse(labels)
		for _, s := range []string{host, bare, strings.Join(labels, ".")} {
			if !strings.Contains(s, ".") {
				continue // one label: the brand tokens' business
			}
			// Seven letters of a whole domain; five of two agency labels
			// joined ("oighhs", "irsci"), which no word spells.
			// Shorter ones are kept as written, unfolded: folded, "fbiic"
			// would be "fbllc", a company's name.
			j := strings.NewReplacer(".", "", "-", "").Replace(s)
			switch {
			case len(j) >= 7:
				out[fold(j)] = host
			case s != host && len(j) >= 5:
				out["="+j] = host
			}
		}
		// Its label run into its zone's word ("xpsgov.co.za", "xps-gov.com"
		// of xps.gov.za): initials other bodies share, left out of the
		// brands, are an imitation when glued to "gov".
		if l := brandLabel(host); governmentZone(host) && len(l) >= 2 {
			if _, ok := out["="+l+"gov"]; !ok {
				out["="+l+"gov"] = host
			}
		}
		// Its name written out as a domain ("homelandsecurityinvestigations
		// .com"): an agency that writes from a government zone has no
		// other, and fifteen letters of a name no company spells by chance.
		if name := nameLetters(agencies[host].Name); len(name) >= 15 && governmentZone(host) && !sharedName(agencies[host].Name) {
			// Of the agency's domains, its own registered name.
			if prev, ok := out["name:"+fold(name)]; !ok || len(host) < len(prev) {
				out["name:"+fold(name)] = host
			}
		}
	}
	return out
}

// sharedName is a name many countries' bodies bear ("Department of
// Justice", "Gendarmerie nationale", "National Crime Agency"): three words
// or fewer, all of them generic.
func sharedName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !genericNameWord[strings.Trim(w, ".,'")] {
			return false
		}
	}
	return true
}

var genericNameWord = map[string]bool{"department": true, "of": true, "the": true, "justice": true, "national": true, "police": true,
	"gendarmerie": true, "nationale": true, "crime": true, "agency": true, "ministry": true, "interior": true, "federal": true,
	"service": true, "bureau": true, "investigation": true, "office": true, "public": true, "safety": true, "security": true,
	"attorney": true, "general": true, "prosecutor": true, "prosecution": true, "court": true, "courts": true, "state": true, "and": true}

// nameLetters is an agency's name as a domain writes it: its letters only,
// in lower case ("Homeland Security Investigations" →
// "homelandsecurityinvestigations").
func nameLetters(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return unicode.ToLower(r)
		}
		return -1
	}, name)
}

// countryCode is the two-letter country code ending a registrable
// domain's suffix ("co.uk" → "uk"), or "" for a generic one ("com", "us"
// counts as the United States').
func countryCode(reg string) string {
	suffix := suffixOf(reg)
	last := suffix[strings.LastIndexByte(suffix, '.')+1:]
	if len(last) != 2 {
		return ""
	}
	if last == "uk" {
		return "gb"
	}
	return last
}

// governmentZone reports a host in a zone only governments register:
// .gov, .mil, or a country's government second level (gov.uk, gc.ca,
// gov.au, gouv.fr …).
func governmentZone(host string) bool {
	for _, l := range strings.Split(suffixOf(registrable(host)), ".") {
		// governmentZoneWord's labels, and Japan's and Korea's "go" and
		// Germany's federal "bund".
		if governmentZoneWord[l] || l == "go" || l == "bund" {
			return true
		}
	}
	return false
}

// brandsOf derives the brand tokens of the agencies.
func brandsOf(agencies map[string]Agency, handListed map[string]bool) map[string]string {
	out := map[string]string{}
	// In name order, so that a brand two agencies share ("nypd" of
	// nypd.nyc.gov and nypd.org) always names the same one.
	for _, host := range slices.Sorted(maps.Keys(agencies)) {
		// The leftmost label names the agency: "usss" of usss.dhs.gov,
		// "fdle" of fdle.state.fl.us, "jaxsheriff" of jaxsheriff.org.
		raw := brandLabel(host)
		// Five letters: agencies' acronyms (njdcj, nmdoj, vaoig); the
		// registry's shorter names are often words.
		minLen := 5
		if handListed[host] {
			minLen = 3
		}
		if len(raw) < minLen || genericTokens[raw] {
			continue
		}
		tok := fold(raw)
		if prev, ok := out[tok]; !ok || handListed[host] && !handListed[prev] {
			out[tok] = host
		}
	}
	return out
}

func suffixOf(host string) string {
	s, _ := publicsuffix.PublicSuffix(host)
	return s
}

// digitsAsL and digitsAsI read digits as the letters they stand in for.
var (
	digitsAsL = strings.NewReplacer("0", "o", "1", "l", "3", "e", "4", "a", "5", "s", "7", "t")
	digitsAsI = strings.NewReplacer("0", "o", "1", "i", "3", "e", "4", "a", "5", "s", "7", "t")
)

// withDigitReadings adds to toks each token with its digits read as the
// letters they resemble, both ways of reading "1" (digitsAsL, digitsAsI).
func withDigitReadings(toks []string) []string {
	out := toks
	for _, t := range toks {
		if !strings.ContainsAny(t, "0134567") {
			continue
		}
		for _, r := range []*strings.Replacer{digitsAsL, digitsAsI} {
			if v := r.Replace(t); !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// fold maps a domain label to what it looks like.
func fold(s string) string {
	s = strings.ToLower(confusables.Skeleton(strings.ToLower(s)))
	return strings.NewReplacer("1", "l", "i", "l", "|", "l").Replace(s)
}

// tokens lists the brand candidates of a host: the registrable label and
// the labels of the subdomain, each split at hyphens, joined, and with
// affixes stripped.
func tokens(host string) []string {
	reg := registrable(host)
	main := strings.TrimSuffix(reg, "."+suffixOf(reg))
	labels := []string{main}
	if sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), "."); sub != "" {
		labels = append(labels, strings.Split(sub, ".")...)
	}
	var out []string
	add := func(t string) {
		if t != "" {
			out = append(out, t)
		}
	}
	for _, l := range labels {
		parts := strings.FieldsFunc(l, func(r rune) bool { return r == '-' || r == '_' })
		for _, p := range parts {
			add(p)
		}
		joined := strings.Join(parts, "")
		add(joined)
		add(stripAffixes(joined))
		if t := stripFrom(joined, slices.Concat(affixes, placeAffixes), 3); !wordBrand[t] {
			add(t)
		}
		// Runs of consecutive parts: "polizei-nds" in "lka-polizei-nds".
		for i := 0; i < len(parts) && len(parts) <= 5; i++ {
			for j := i + 2; j <= len(parts); j++ {
				if j-i < len(parts) {
					add(strings.Join(parts[i:j], ""))
				}
			}
		}
	}
	return out
}

// placeAffixes are words of a place or a thing that impostors add too
// ("fbioffice.com", "usss-files.net") but that also follow ordinary words:
// "icecenter" is a rink. They are not stripped off a brand that is an
// English word (wordBrand).
var placeAffixes = []string{"center", "centre", "office", "files", "docs", "unit", "fax"}

// wordBrand are agency brands that are also English words (general
// knowledge), which place words follow in ordinary names.
var wordBrand = map[string]bool{"ice": true}

// stripAffixes removes affix words from both ends while a brand-sized
// token remains.
func stripAffixes(t string) string {
	return stripFrom(t, affixes, 3)
}

// stripFrom removes the words of list from both ends of t while at least
// min letters remain.
func stripFrom(t string, list []string, min int) string {
	for changed := true; changed; {
		changed = false
		for _, a := range list {
			if len(t) >= len(a)+min && strings.HasPrefix(t, a) {
				t, changed = t[len(a):], true
			}
			if len(t) >= len(a)+min && strings.HasSuffix(t, a) {
				t, changed = t[:len(t)-len(a)], true
			}
		}
	}
	return t
}

// disguisedToken reports a police or government word that only the
// folded name spells ("polızei-bayern.de" with a Turkish dotless "ı"
// reads "polizei"): a language's own letter put into another language's
// police word is there to pass for it.
func disguisedToken(skel, uni string) bool {
	for _, t := range strings.FieldsFunc(skel, func(r rune) bool { return r == '.' || r == '-' }) {
		if genericTokens[t] && !strings.Contains(uni, t) {
			return true
		}
		// Glued to a place: "examplesherıff", "polızeiexample".
		for _, w := range append([]string{"polizei", "politie", "policia", "polizia", "policja"}, gluedPoliceWords...) {
			if strings.Contains(t, w) && !strings.Contains(uni, w) {
				return true
			}
		}
	}
	return false
}

// Lookalike reports whether host imitates an agency, and which agency
// domain it imitates.
func (d *Domains) Lookalike(host string) (string, bool) {
	uni, err := idna.ToUnicode(host)
	if err != nil {
		uni = host
	}
	reg := registrable(host)
	suffix := suffixOf(reg)
	main := strings.TrimSuffix(reg, "."+suffix)
	// A government or agency name written into another domain
	// ("ncsbi.gov.case-upload.com", "fbi.gov.secure-portal.com"): only
	// impostors put one there.
	if sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), "."); sub != "" {
		labels := strings.Split(sub, ".")
		for i := 0; i+1 < len(labels); i++ {
			name := strings.Join(labels[i:], ".")
			for _, cand := range []string{name, labels[i] + "." + labels[i+1]} {
				if d.registered[cand] {
					return cand, true
				}
				if _, ok := d.agencies[cand]; ok {
					return cand, true
				}
			}
		}
		// Any government's zone in the subdomain ("fiscalia.gob.example
		// .notices.com", "x.gov.uk.portal.net"): governments register
		// under their own zone, never beneath another's domain.
		for i := 0; i+1 < len(labels); i++ {
			if name := strings.Join(labels[i:], "."); d.government[strings.Join(labels[i+1:], ".")] != "" || d.government[name] != "" && i+1 < len(labels) {
				return name, true
			}
		}
	}
	// A police word glued to a government's zone ("polizeiexample.de" of
	// polizei.example.de): the dot between them dropped.
	if _, listed := d.agencies[reg]; !listed {
		for _, w := range []string{"polizei", "police", "policia", "polizia", "politie", "policja", "poliisi", "politi", "polisen", "gendarmerie", "justiz", "justice"} {
			rest := strings.TrimPrefix(strings.TrimPrefix(main, w), "-")
			if rest != main && rest != "" && d.government[rest+"."+suffix] != "" {
				return w + "." + rest + "." + suffix, true
			}
		}
	}
	// A government's zone with a commercial level put in ("x.police.co.uk"
	// of x.police.uk, "gov.co.uk" of gov.uk): the zone's own label
	// registered under its country's commercial zone.
	if last := suffix[strings.LastIndex(suffix, ".")+1:]; last != suffix {
		if zone := main + "." + last; d.government[zone] != "" {
			if sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), "."); sub != "" {
				return sub + "." + zone, true
			}
			return zone, true
		}
	}
	// A government's zone with more labels after it ("x.interieur.gouv.fr
	// .com" under a registry's private suffix): a zone ends its name.
	if labels := strings.Split(host, "."); len(labels) >= 3 {
		for i := 0; i+2 < len(labels); i++ {
			for j := i + 2; j < len(labels); j++ {
				if zone := strings.Join(labels[i:j], "."); d.government[zone] != "" {
					return strings.Join(labels[:j], "."), true
				}
			}
		}
	}
	// An internationalised domain that renders as a registered government
	// or agency domain ("miаmidade.gov" with a Cyrillic "а") imitates it,
	// whether or not that domain is on the law-enforcement list.
	mixed := ""
	// No internationalised name is on the .gov registry: one under .gov
	// passes for a government's whatever it spells (a nearer target,
	// found below, names it better).
	if suffix == "gov" && strings.Contains(host, "xn--") {
		mixed = uni
	}
	if uni != host {
		// Only the foreign letters are mapped: the skeleton of ASCII "m"
		// is "rn", which no registry spells.
		skel := strings.Map(func(r rune) rune {
			if r < 0x80 {
				return r
			}
			if k := []rune(strings.ToLower(confusables.Skeleton(string(r)))); len(k) == 1 && k[0] < 0x80 {
				return k[0]
			}
			// A Latin letter with a mark that UTS #39 does not list ("ḍ",
			// "ṃ", a dot below): its base letter, for the name it renders
			// as at a glance.
			if k := []rune(withoutAccents(string(r))); len(k) == 1 && k[0] < 0x80 {
				return k[0]
			}
			// A letter with a stroke through it ("đ", "ł", "ħ"), which
			// Unicode does not decompose: its base letter too.
			if b, ok := strokeBase[r]; ok {
				return b
			}
			return r
		}, strings.ToLower(uni))
		// "ß" is "ss" under IDNA2003 and itself under IDNA2008 (a UTS #46
		// deviation): one name, two addresses.
		skel = strings.ReplaceAll(skel, "ß", "ss")
		if r := registrable(skel); r != reg && isASCII(skel) {
			if _, ok := d.agencies[r]; ok || d.registered[r] {
				return r, true
			}
			// Letters of another script that render as Latin, mixed with
			// Latin ones ("сherokee.org" with a Cyrillic "с") or making up
			// the whole name ("јрѕо" in Cyrillic), imitate the Latin name,
			// whoever owns it: no organisation writes its name so (UTS #39's
			// mixed- and whole-script confusables). Latin letters alone
			// (Turkish "ı", German "ß") are a language's own, but a police
			// label under a "ß" name is a police name spelled to pass. A
			// brand it is near, found below, names it better.
			if disguisedLetters(uni) || strings.Contains(uni, "ß") && slices.ContainsFunc(strings.Split(host, "."), func(l string) bool { return genericTokens[l] }) || disguisedToken(skel, uni) {
				mixed = r
			}
		}
	}
	// Digits for the letters they resemble in a registered .gov name,
	// under any suffix ("0hio.gov", "examplec0unty.org" of
	// examplecounty.gov).
	if suffix != "gov" && strings.ContainsAny(main, "0134567") {
		for _, m := range []*strings.Replacer{digitsAsL, digitsAsI} {
			if r := m.Replace(main) + ".gov"; r != main+".gov" && d.registered[r] && len(main) >= 5 {
				return r, true
			}
		}
	}
	if strings.HasSuffix(reg, ".gov") && !d.registered[reg] {
		for _, m := range []*strings.Replacer{digitsAsL, digitsAsI} {
			if r := m.Replace(reg); r != reg && d.registered[r] {
				return r, true
			}
		}
	}
	toks := tokens(uni)
	// An agency's whole domain written as one name: "afp-gov-au.com" of
	// afp.gov.au, "polizei-bund.de" of polizei.bund.de. Checked before the
	// brand words, which leave out generic ones ("afp", "polizei").
	for _, t := range toks {
		target, ok := d.spelled[fold(t)]
		if !ok {
			target, ok = d.spelled["="+strings.ToLower(t)]
		}
		if ok && registrable(target) != reg {
			return target, true
		}
		// The agency's name written out: on a generic suffix, or in its
		// own country's zone; another country's body of that name on its
		// own country's domain is its own.
		if target, ok := d.spelled["name:"+fold(t)]; ok && registrable(target) != reg {
			if cc := countryCode(reg); cc == "" || strings.EqualFold(cc, d.agencies[target].Country) {
				return target, true
			}
		}
	}
	// An inspector general's initials joined to a department's registered
	// .gov name on another suffix ("exampleoig.com", "example-oig.us"):
	// inspectors general write only from .gov.
	// Digits written for the letters they resemble ("ssa-0ig", "d3a")
	// read as those letters too.
	toks = withDigitReadings(toks)
	for _, t := range toks {
		for _, dept := range []string{strings.TrimSuffix(t, "oig"), strings.TrimPrefix(t, "oig")} {
			if dept != t && len(dept) >= 2 && d.registered[dept+".gov"] && reg != dept+".gov" {
				return dept + ".gov", true
			}
		}
	}
	// A place's registered .gov name with both "gov" and a police word
	// glued on under another suffix ("examplecitygovpolice.com",
	// "examplecitypolicegov.net"): a town's own older domain may carry
	// one of them, never both.
	if suffix != "gov" {
		for _, w := range policeGlue {
			for _, pair := range [][2]string{{"gov", w}, {w, "gov"}} {
				if head, ok := strings.CutSuffix(main, pair[0]+pair[1]); ok && len(head) >= 3 && d.registered[head+".gov"] {
					return head + ".gov", true
				}
			}
		}
	}
	// A police agency's initials with a police word glued on
	// ("examplepdpolice.org" of examplepd.org): the word adds nothing to
	// the initials but the look of a police force's name. Initials only
	// (three to five letters): a place's name before "police" is a town's
	// own force.
	if _, listed := d.agencies[reg]; !listed {
		for _, w := range policeGlue {
			for _, rest := range []string{strings.TrimSuffix(main, w), strings.TrimPrefix(main, w)} {
				rest = strings.Trim(rest, "-")
				if rest == main || len(rest) < 3 || len(rest) > 5 {
					continue
				}
				if target, ok := d.brands[fold(rest)]; ok && d.brandReg[target] != reg && !ownInitials(host, rest, "US") {
					return target, true
				}
			}
		}
	}
	for _, t := range toks {
		target, ok := d.brands[fold(t)]
		if !ok || d.brandReg[target] == reg || ownInitials(host, t, "US") {
			continue
		}
		// The same name under another suffix is an imitation, but a county
		// sheriff's or a district attorney's own name under .com, .org or
		// .net beside its .gov is often the office's older domain, still
		// in use (xsheriff.org of xsheriff.gov): read as an agency on no
		// list, its request is held for a person, not refused.
		if ownNameBeside(main, suffix, target, d.handListed[target]) {
			continue
		}
		return target, true
	}
	// A ".gov" written into a name with a hyphen on a domain anyone can
	// register ("examplestatedfs-gov.us" for examplestatedfs.gov), where
	// no agency's name above names it better: the name passes for a
	// government's at a glance, which is all it is for.
	if head, ok := strings.CutSuffix(main, "-gov"); ok && suffix != "gov" && len(head) >= 2 && !strings.HasSuffix(head, "-") {
		return head + ".gov", true
	}
	// So is a registered .gov name with "gov" glued on under .us
	// ("examplegov.us" for example.gov): under .com or .net a city's own
	// older name may read so ("examplecitygov.net" beside examplecity.gov).
	if head, ok := strings.CutSuffix(main, "gov"); ok && suffix == "us" && len(head) >= 3 && d.registered[head+".gov"] {
		return head + ".gov", true
	}
	// A court's or police's registered .gov name with an impostor's affix
	// on a domain anyone can register ("portal-examplecourts.com" of
	// examplecourts.gov): the e-filing lure's shape.
	if p := d.affixedRegistered(main, suffix); p != "" && courtOrPoliceName.MatchString(p) {
		return p + ".gov", true
	}
	// A court's label and a registered .gov name joined by a hyphen under
	// another suffix ("superiorcourt-example.org" of superiorcourt
	// .example.gov): the court's host with its dot made a hyphen.
	if parts := strings.Split(main, "-"); len(parts) == 2 && suffix != "gov" {
		for k, p := range parts {
			if other := parts[1-k]; courtLabel.MatchString(p) && len(other) >= 4 && d.registered[other+".gov"] {
				return p + "." + other + ".gov", true
			}
		}
	}
	// A tenant of a hosting or help-desk platform named for an agency
	// ("examplepd-records.firebaseapp.com", "alea-desk.zendesk.com"):
	// agencies send from their own domains, not from a platform's.
	if tenant := platformTenant(host); tenant != "" {
		for _, p := range strings.FieldsFunc(tenant, func(r rune) bool { return r == '-' || r == '.' || r == '_' }) {
			if _, brand := d.brands[fold(p)]; brand || d.registered[p+".gov"] || policeLabelWord[p] || shortPoliceWord[p] || gluedPoliceWord(p) {
				return host, true
			}
		}
	}
	// A police or sheriff's name with an errand's affix on a domain anyone
	// can register ("examplecountyso-emergency.com", "secure-examplepd
	// .org"): agencies do not name their domains for the errand, and the
	// fake emergency request's domain is dressed so.
	if parts := strings.Split(main, "-"); len(parts) == 2 && suffix != "gov" && suffix != "mil" && suffix != "edu" {
		for k, p := range parts {
			if errandAffix[parts[1-k]] && (policeName(p) || strings.HasSuffix(p, "countyso") || strings.HasSuffix(p, "parishso")) {
				return p + ".gov", true
			}
		}
	}
	// An agency's name behind a "www" run into it ("wwwexamplecounty.org"):
	// the dot of "www." left out, a typist's slip an impostor registers.
	if rest := strings.TrimPrefix(main, "www"); rest != main && len(rest) >= 4 && (d.registered[rest+".gov"] || d.brands[fold(rest)] != "") {
		return rest + "." + suffix, true
	}
	// A listed agency's own name that is a common word ("politie" of
	// politie.nl) hyphenated to another under the same suffix
	// ("politie-nederland.nl"): the brand words below leave generic names
	// out, but only an imitation writes the agency's domain so.
	if strings.Contains(main, "-") {
		for _, p := range strings.Split(main, "-") {
			if cand := p + "." + suffix; cand != reg && genericTokens[p] && d.agencies[cand] != (Agency{}) && d.agencies[reg] == (Agency{}) {
				return cand, true
			}
		}
	}
	// A government name run into the registrable domain by hyphens
	// ("tdi.example.gov-evidence.net" reads as "tdi.example.gov",
	// "police.example.gov-au.com" as "police.example.gov.au",
	// "agency-gov.us" as "agency.gov"): the labels before a hyphen, or
	// the name with its hyphens read as dots, end in a registered or
	// agency domain, or lie in a government's zone.
	if strings.Contains(main, "-") && !strings.Contains(main, ".") && suffix != "gov" {
		sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), ".")
		first, _, _ := strings.Cut(main, "-")
		// The label says it is a government's or an agency's: not a Swiss
		// "-ag" company nor a firm named for its city.
		ofState := initialsOfState(main, suffix)
		governmental := slices.ContainsFunc(strings.Split(main, "-"), d.governmentWord) || ofState
		// Also with the domain's own suffix: "agency.state-xx.us" reads as
		// "agency.state.xx.us", "agency-xx.us" as "agency.xx.us".
		dotted := strings.ReplaceAll(main, "-", ".")
		reads := []string{first, dotted}
		// Only the last hyphen read as a dot: "agency-name-gc.ca" as
		// "agency-name.gc.ca".
		if k := strings.LastIndex(main, "-"); strings.Count(main, "-") > 1 {
			reads = append(reads, main[:k]+"."+main[k+1:]+"."+suffix)
		}
		reads = append(reads, dotted+"."+suffix)
		// A state's name last reads under the state's .gov portal.
		if ofState {
			reads = append(reads, dotted+".gov")
		}
		for _, read := range reads {
			head := strings.Split(strings.TrimPrefix(sub+"."+read, "."), ".")
			for i := range head {
				name := strings.Join(head[i:], ".")
				if !strings.Contains(name, ".") {
					continue
				}
				if d.registered[name] || d.agencies[name] != (Agency{}) {
					return name, true
				}
				// In a government's zone with a name of its own beneath it
				// ("police.example.gov.au", "agency.state.xx.us").
				if _, gov := d.Government(name); governmental && gov && i+1 < len(head) && strings.Count(name, ".") >= 2 && len(head[i]) >= 3 && !genericTokens[head[i]] {
					return name, true
				}
			}
		}
	}
	// A domain that looks the same as an agency's or a registered .gov
	// domain but is spelled otherwise ("poiitie.nl" with an i for the l,
	// "rn" for "m"), or that only repeats a letter of it.
	if target, ok := d.visual[looks(reg)]; ok && target != reg {
		return target, true
	}
	if target, ok := d.squeezed[looks(squeeze(reg))]; ok && target != reg {
		return target, true
	}
	// A letter three times over inside a name ("exammmple.us") is in no
	// organisation's name: a name stretched to look like another. At the
	// start it may be initials ("ccc" of a county's name).
	if tripled(reg) {
		return squeezeTriples(reg), true
	}
	// An unregistered .gov name one letter from a registered one
	// ("da.examplecouny.gov"): only the registry's names exist under .gov.
	if strings.HasSuffix(reg, ".gov") && !d.registered[reg] {
		for _, r := range d.registeredNames {
			// A letter dropped or added, or one that looks the same; not
			// another letter or number ("36th" and "37th" courts).
			if abs(len(r)-len(reg)) == 1 && editDistance(r, reg) == 1 && letterEdit(r, reg) || swappedLetters(r, reg) {
				return r, true
			}
		}
	}
	// An internationalised name whose letters all render as ASCII exists
	// only to look like an ASCII one: any brand one edit away counts.
	disguised := uni != host && isASCII(fold(uni))
	best, bestDist := "", 3
	for _, t := range toks {
		ft := fold(t)
		// A short name is one letter from many others; only two of its
		// letters swapped imitates a hand-listed agency's ("nydp" of
		// nypd, "dnay" of dany).
		if len(ft) == 4 && !disguised {
			for _, b := range d.brandKeys {
				if target := d.brands[b]; d.handListed[target] && d.brandReg[target] != reg && swappedLetters(ft, b) {
					return target, true
				}
			}
		}
		// A letter of a listed agency's name doubled or undoubled, under a
		// suffix not its own ("examplejj.com" of example.gov): the squeezed
		// domains above compare whole names, suffix and all.
		if len(ft) >= 4 && !disguised {
			sq := squeeze(ft)
			for _, b := range d.brandKeys {
				if target := d.brands[b]; d.handListed[target] && d.brandReg[target] != reg && ft != b && sq == squeeze(b) {
					return target, true
				}
			}
		}
		if len(ft) < 5 && !disguised {
			continue
		}
		for _, b := range d.brandKeys {
			target := d.brands[b]
			if abs(len(b)-len(ft)) > 2 || d.brandReg[target] == reg {
				continue
			}
			// Place names of the .gov registry differ by a letter
			// (two towns' police one letter apart): against those brands only a
			// letter that looks the same is an imitation (counties differ
			// by a letter dropped too: Loudoun and Loudon).
			near := len(b) >= 5 && nearMiss(ft, b)
			if !d.handListed[target] && !disguised {
				near = ft != b && lookSame(ft) == lookSame(b)
			}
			if disguised && editDistance(ft, b) <= 1 || near {
				// The closest brand, and of equals the longest: "nypa"
				// imitates "nypd" rather than "npa".
				if dist := editDistance(ft, b); dist < bestDist || dist == bestDist && len(b) > len(best) {
					best, bestDist = b, dist
				}
			}
		}
	}
	if best == "" {
		return mixed, mixed != ""
	}
	return d.brands[best], true
}

// affixedRegistered returns the registered .gov name a two-part hyphenated
// label outside .gov carries beside an impostor's affix ("examplecourts"
// of "portal-examplecourts"), or "".
func (d *Domains) affixedRegistered(main, suffix string) string {
	parts := strings.Split(main, "-")
	if len(parts) != 2 || suffix == "gov" {
		return ""
	}
	for k, p := range parts {
		if slices.Contains(affixes, parts[1-k]) && d.registered[p+".gov"] {
			return p
		}
	}
	return ""
}

// ownNameBeside reports a local office's own .gov name (target's label)
// as the whole name under .com, .org or .net: its older domain, or an
// impostor's copy (see BesideOwnGov).
func ownNameBeside(main, suffix, target string, handListed bool) bool {
	return main == brandLabel(target) && (localOfficeName(main) || stateOfficeName(main)) && (suffix == "com" || suffix == "org" || suffix == "net") && !handListed
}

// policeGlue are the police words these two rules read glued to a .gov
// name or an agency's initials ("…govpolice.com", "…pdpolice.org"); the
// wider gluedPoliceWords (sender.go) would reach names these rules were
// not measured on.
var policeGlue = []string{"police", "sheriff"}

// stateOfficeName is a state agency's initials after its state's postal
// code ("njdcj", "nysp"): a state office's older domain beside its .gov
// name, as a county's sheriff keeps one.
func stateOfficeName(label string) bool {
	return len(label) >= 4 && usStateCode[label[:2]] && stateAgencyInitials[label[2:]]
}

// BesideOwnGov reports a sheriff's, prosecutor's or police department's
// own .gov name written under .com, .org or .net ("examplesheriff.org" of
// examplesheriff.gov), which Lookalike spares, and that .gov domain.
// Offices keep such older domains, and impostors register them: the
// sender is read as an agency on no list, held for a person.
func (d *Domains) BesideOwnGov(host string) (string, bool) {
	reg := registrable(host)
	suffix := suffixOf(reg)
	main := strings.TrimSuffix(reg, "."+suffix)
	if target, ok := d.brands[fold(main)]; ok && d.brandReg[target] != reg && ownNameBeside(main, suffix, target, d.handListed[target]) {
		return target, true
	}
	return "", false
}

// localOfficeName is a county sheriff's, prosecutor's or police
// department's domain name: "xsheriff", "xcountyda", "xpolice", "xpd".
func localOfficeName(label string) bool {
	return policeName(label) || strings.HasSuffix(label, "da") && len(label) > 4
}

// policeName is a police department's or a sheriff's domain name:
// "xpolice", "xcountysheriff", "xpd".
func policeName(label string) bool {
	return strings.Contains(label, "sheriff") || strings.Contains(label, "police") || strings.HasSuffix(label, "pd") && len(label) > 4
}

// placeHasGov reports that the place a police or sheriff's name holds
// ("houston" of "houstonpd", "kingcounty" of "kingcountysheriff") opens a
// name in the .gov registry: its government writes from .gov. A place
// shorter than five letters (initials, "oc") is not told apart and
// counts as having one.
func (d *Domains) placeHasGov(label string) bool {
	place := policeSuffix.ReplaceAllString(label, "")
	place = placePrefix.ReplaceAllString(place, "")
	// Nor a word any city's force may use ("metropolitanpolice",
	// "citypolice", "capitolpolice"): it names no place.
	if len(place) < 5 || genericPlace[place] {
		return true
	}
	i, _ := slices.BinarySearch(d.registeredNames, place)
	return i < len(d.registeredNames) && strings.HasPrefix(d.registeredNames[i], place)
}

// genericPlace are words before a police word that name no place (words
// under five letters, "city", "usa", already count as no place).
var genericPlace = map[string]bool{"metropolitan": true, "metro": true, "cities": true, "county": true, "state": true,
	"national": true, "capitol": true, "capital": true, "federal": true, "regional": true, "municipal": true, "central": true,
	"international": true, "american": true, "royal": true, "transit": true, "airport": true, "university": true, "campus": true,
	"tribal": true, "district": true, "uscapitol": true, "unitedstates": true}

// policeSuffix is the police words that end a department's domain name;
// placePrefix the words before a town's name, a police word among them
// ("policeexampleton").
var (
	policeSuffix = lazyRegexp(`(?:police(?:dept|department)?|pd|sheriffs?(?:office|dept)?|so|dept)$`)
	placePrefix  = lazyRegexp(`^(?:cityof|townof|villageof|boroughof|countyof|townshipof|(?:police(?:dept|department)?|sheriffs?(?:office)?)(?:of)?)`)
)

// courtLabel is a court's label: "courts", "superiorcourt", "judiciary".
var courtLabel = lazyRegexp(`^(?:superior|district|circuit|county|municipal|supreme|family|probate|justice|magistrates?|state)?courts?$|^judiciary$`)

// courtOrPoliceName is a .gov name of a court or a police force.
var courtOrPoliceName = lazyRegexp(`courts?|police|sheriff|justice|judicia`)

// brandLabel is the label an agency's brand token was taken from.
func brandLabel(host string) string {
	first, _, _ := strings.Cut(host, ".")
	return strings.ReplaceAll(first, "-", "")
}

// lookSame folds letter groups that read alike in a folded label ("rn"
// as "m", "vv" as "w", "0" as "o").
func lookSame(s string) string { return sameLook.Replace(s) }

// sameLook is lookSame's replacer, built once: building one per call was
// a tenth of the eval's time, since every registrable name on the lists
// passes here when the lists load.
var sameLook = strings.NewReplacer("rn", "m", "vv", "w", "0", "o")

// governmentWord reports a hyphenated part that names a government or
// one of its agencies: "gov", "state", a police word, an agency's brand.
func (d *Domains) governmentWord(p string) bool {
	switch p {
	case "gov", "govt", "gouv", "gob", "gc", "state", "county", "city", "police", "sheriff", "courts", "justice":
		return true
	}
	_, brand := d.brands[fold(p)]
	return brand && len(p) >= 3
}

// initialsOfState reports an agency's initials hyphenated to a state's
// code or name on .us ("xsp-wa.us" reads as xsp.wa.us, the state's own
// zone; "xsp-virginia.us" as xsp.virginia.gov, under the state's portal).
// Under other suffixes such names are companies' ("aaa-texas.com").
func initialsOfState(main, suffix string) bool {
	parts := strings.Split(main, "-")
	if len(parts) != 2 || len(parts[0]) < 2 || len(parts[0]) > 4 {
		return false
	}
	return suffix == "us" && (len(parts[1]) == 2 || stateLabels[parts[1]])
}

// helpDesks are multi-tenant help-desk and form services whose tenants
// are named by a subdomain (general knowledge); hosting platforms'
// tenants are found by the Public Suffix List's private section.
var helpDesks = []string{"zendesk.com", "freshdesk.com", "zohodesk.com", "helpscoutapp.com", "kayako.com", "typeform.com", "jotform.com", "formstack.com",
	// Site builders and business suites that host a tenant's pages (and
	// its mail) under their own name, not in the Public Suffix List.
	"odoo.com", "weebly.com", "square.site", "godaddysites.com", "jimdosite.com", "wordpress.com", "site123.me",
	// Google App Engine's mail for its apps.
	"appspotmail.com"}

// platformTenant returns the tenant's part of a host on a hosting or
// help-desk platform, or "".
func platformTenant(host string) string {
	// A government's zone in the private section (gov.ru) is no platform.
	if ps, icann := publicsuffix.PublicSuffix(host); !icann && ps != host && strings.Contains(ps, ".") && !strings.HasPrefix(ps, "gov.") && !strings.HasPrefix(ps, "mil.") && !strings.Contains(ps, ".gov.") {
		return strings.TrimSuffix(host, "."+ps)
	}
	for _, h := range helpDesks {
		if strings.HasSuffix(host, "."+h) {
			return strings.TrimSuffix(host, "."+h)
		}
	}
	return ""
}

// stateLabels are the US states' names written as domain labels
// ("virginia", "newjersey").
var stateLabels = map[string]bool{}

func init() {
	for _, s := range strings.Split(usStateNames, "|") {
		stateLabels[strings.ToLower(strings.ReplaceAll(s, " ", ""))] = true
	}
}

// looks is how a domain looks: folded, with letter groups that read alike
// as one.
func looks(reg string) string { return lookSame(fold(reg)) }

// squeeze writes every run of one letter once: "hennepin" and "hennnepin"
// are both "henepin".
func squeeze(s string) string { return limitRuns(s, 1) }

// squeezeTriples writes a letter run three times or more twice.
func squeezeTriples(s string) string { return limitRuns(s, 2) }

// limitRuns writes every run of one letter at most n times.
func limitRuns(s string, n int) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		if r == last && unicode.IsLetter(r) {
			run++
		} else {
			last, run = r, 1
		}
		if run <= n {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tripled reports a letter three times in a row inside a registrable
// label's part, not at its start.
func tripled(s string) bool {
	label, _, _ := strings.Cut(s, ".")
	for _, part := range strings.Split(label, "-") {
		if len(part) > 1 && squeezeTriples(part[1:]) != part[1:] && !(part[0] == part[1] && part[1] == part[2]) {
			return true
		}
	}
	return false
}

// letterEdit reports that the longer of two names one insertion apart
// has a letter, not a digit, where the shorter has none.
func letterEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	for i := 0; i < len(a); i++ {
		if i >= len(b) || a[i] != b[i] {
			return a[i] >= 'a' && a[i] <= 'z' && a[:i]+a[i+1:] == b
		}
	}
	return false
}

// swappedLetters reports two names of one length that differ only by two
// neighbouring letters swapped ("exmaple" of "example").
func swappedLetters(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i := 0
	for a[i] == b[i] {
		i++
	}
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' }
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && isLetter(a[i]) && isLetter(a[i+1]) && a[i+2:] == b[i+2:]
}

// disguisedLetters reports a domain with letters of a script other than
// Latin (Turkish "ı" is Latin).
func disguisedLetters(host string) bool {
	for _, r := range host {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return true
		}
		// The phonetic alphabet's letters and Latin small capitals are
		// Latin by script but no language's spelling: "ɡ" (U+0261) for
		// "g", "ɑ" for "a", "ᴏ" for "o".
		if r >= 0x0250 && r <= 0x02AF || r >= 0x1D00 && r <= 0x1D2B {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nearMiss reports a deliberate-looking misspelling of brand b.
func nearMiss(t, b string) bool {
	switch {
	case len(b) >= 12:
		return editDistance(t, b) <= 2
	case len(b) >= 8:
		return editDistance(t, b) == 1
	default:
		return len(t) == len(b) && editDistance(t, b) == 1
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and transpositions of adjacent letters, each 1.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: a transposition looks two rows back.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// strokeBase maps Latin letters drawn with a stroke or a bar to the letter
// they render as at a glance (general knowledge of the Latin Extended
// letters; Unicode gives them no decomposition).
var strokeBase = map[rune]rune{'đ': 'd', 'ð': 'd', 'ł': 'l', 'ħ': 'h', 'ŧ': 't', 'ƀ': 'b', 'ɨ': 'i', 'ʉ': 'u', 'ƶ': 'z', 'ǥ': 'g', 'ø': 'o', 'ɇ': 'e', 'ɍ': 'r', 'ɏ': 'y', 'ꝑ': 'p', 'ꝗ': 'q'}
