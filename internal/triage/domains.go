package triage

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Agency is a law-enforcement domain entry.
type Agency struct {
	Domain  string
	Country string
	Name    string
	// Derived: not on a list, but a police label under a government
	// domain (police.springfield.gov). Only the government can create the
	// name, but nothing says which office uses it: replies are held.
	Derived bool
	// Initials: Derived from a label of initials alone ("hpd", "ocso"),
	// which another office of the same government can share.
	Initials bool
}

// Domains holds the sender-verification lists loaded from rules/.
type Domains struct {
	agencies map[string]Agency // host suffix -> agency
	// handListed are the agencies of law-enforcement.txt, kept by hand; the
	// rest come from the .gov registry.
	handListed map[string]bool
	// handNames are the distinctive names of the hand-listed agencies
	// ("Federal Bureau of Investigation"), longest first.
	handNames  []string
	government map[string]string // suffix -> country
	freemail   map[string]bool
	// registered are the domains of the CISA .gov registry.
	registered map[string]bool
	// services are the registered domains whose registrant's name gives
	// a service with no police of its own ("library", "water").
	services map[string]string
	// brands maps the folded brand token of an agency ("fbi", "usss",
	// "europol", "jaxsheriff") to the agency's domain: what a lookalike
	// imitates (see lookalike.go).
	brands map[string]string
	// spelled maps an agency's domain written without its dots to it.
	spelled map[string]string
	// brandKeys are the keys of brands in order.
	brandKeys []string
	// brandReg is the registrable domain of each brand's agency domain,
	// computed once rather than for every brand of every message.
	brandReg map[string]string
	// visual maps how an agency's or a registered .gov registrable domain
	// looks (folded, "rn" as "m") to the domain: "poiitie.nl" looks like
	// politie.nl.
	visual map[string]string
	// squeezed is visual with every run of one letter written once: a
	// doubled or dropped double letter ("escambiasso", "hennnepin").
	squeezed map[string]string
	// registeredNames is registered in order, so that a search of it
	// names the same domain every time.
	registeredNames []string
}

// LoadDomains reads law-enforcement.txt, law-enforcement-dotgov.txt,
// government.txt and freemail.txt from a rules file system.
func LoadDomains(fsys fs.FS) (*Domains, error) {
	d := &Domains{agencies: map[string]Agency{}, handListed: map[string]bool{}, government: map[string]string{}, freemail: map[string]bool{}, registered: map[string]bool{}, services: map[string]string{}}
	err := eachLine(fsys, "law-enforcement.txt", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want domain<TAB>country<TAB>agency")
		}
		d.agencies[f[0]] = Agency{Domain: f[0], Country: f[1], Name: f[2]}
		d.handListed[f[0]] = true
		// Names of three words or more are distinctive; "Department of
		// Justice" alone names many governments' departments.
		if len(strings.Fields(f[2])) >= 3 && !slices.Contains(d.handNames, f[2]) {
			d.handNames = append(d.handNames, f[2])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "law-enforcement-dotgov.txt", func(f []string) error {
		if _, ok := d.agencies[f[0]]; !ok {
			name := ""
			if len(f) > 1 {
				name = f[1]
			}
			d.agencies[f[0]] = Agency{Domain: f[0], Country: "US", Name: name}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "government.txt", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want suffix<TAB>country")
		}
		d.government[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "freemail.txt", func(f []string) error {
		d.freemail[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "dotgov-domains.txt", func(f []string) error {
		d.registered[f[0]] = true
		if len(f) > 1 && f[1] != "" {
			d.services[f[0]] = f[1]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	d.brands = brandsOf(d.agencies, d.handListed)
	for alias, host := range brandAliases {
		if _, ok := d.agencies[host]; ok {
			d.brands[alias] = host
		}
	}
	d.spelled = spelledOf(d.agencies, d.handListed)
	d.brandKeys = slices.Sorted(maps.Keys(d.brands))
	d.brandReg = map[string]string{}
	for _, target := range d.brands {
		d.brandReg[target] = registrable(target)
	}
	d.visual, d.squeezed = map[string]string{}, map[string]string{}
	add := func(reg string) {
		d.visual[looks(reg)] = reg
		d.squeezed[looks(squeeze(reg))] = reg
	}
	d.registeredNames = slices.Sorted(maps.Keys(d.registered))
	for _, reg := range d.registeredNames {
		add(reg)
	}
	for _, host := range slices.Sorted(maps.Keys(d.agencies)) {
		add(registrable(host))
	}
	return d, nil
}

func eachLine(fsys fs.FS, name string, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("triage: rules: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		fields[0] = strings.ToLower(strings.TrimSpace(fields[0]))
		if err := fn(fields); err != nil {
			return fmt.Errorf("triage: rules: %s line %d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// brandAliases are the initials agencies go by that are no label of their
// domain (general knowledge): the US Attorneys' offices ("USAO-EDMI") write
// from justice.gov.
var brandAliases = map[string]string{"usao": "usdoj.gov", "usattorney": "usdoj.gov", "usattorneys": "usdoj.gov"}

// registrable returns the registrable domain (eTLD+1) of host, or host
// itself when it has none.
func registrable(host string) string {
	r, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return r
}

// Agency returns the law-enforcement entry covering host, if any: the host
// itself or a parent domain on the lists, or a law-enforcement label under a
// government domain (police.city.gov, da.county.gov), since only the
// government registrant can create names there.
func (d *Domains) Agency(host string) (Agency, bool) {
	for _, h := range parents(host) {
		if a, ok := d.agencies[h]; ok {
			return a, true
		}
	}
	// A school's or a library's branch names no police of its own ("pd"
	// there is professional development).
	if country, ok := d.Government(host); ok && !usPublicInstitution.MatchString(host) {
		reg := registrable(host)
		// Under .gov only a registered domain is a government's: an
		// unregistered one (an office's label under a Cyrillic-lettered copy of
		// a department's name) is an imitation's.
		if strings.HasSuffix(reg, ".gov") && !d.registered[reg] {
			return Agency{}, false
		}
		sub := strings.TrimSuffix(strings.TrimSuffix(host, reg), ".")
		// Where a state or province is itself a public suffix (qld.gov.au,
		// sp.gov.br) the police hold a registrable name of their own:
		// police.qld.gov.au, policiacivil.sp.gov.br.
		if first, _, _ := strings.Cut(reg, "."); !strings.HasSuffix(reg, ".gov") && policeWord.MatchString(first) {
			return Agency{Domain: host, Country: country, Derived: true}, true
		}
		for _, label := range strings.Split(sub, ".") {
			// "ci" before a place under a state's .us zone is the city's
			// own branch (RFC 1480: ci.example.tx.us), not criminal
			// investigations.
			if label == "ci" && usCityBranch.MatchString(host) {
				continue
			}
			// A police word, or the name of an agency we know
			// ("tigta" under treas.gov, of tigta.gov): the parent
			// government gave its agency a name under its own domain.
			// A brand that is a place's own name ("examplecounty" of an
			// attorney general's examplecounty.gov) is another government
			// office's name there, not its agency's.
			if _, brand := d.brands[fold(label)]; leLabels[label] || brand && len(label) >= 3 && !placeLabel(label) {
				return Agency{Domain: host, Country: country, Derived: true}, true
			}
			if agencyInitials(label) {
				return Agency{Domain: host, Country: country, Derived: true, Initials: true}, true
			}
		}
	}
	return Agency{}, false
}

// placeLabel is a label that names a place's government: "examplecounty",
// "cityofexample", "townofexample".
func placeLabel(label string) bool {
	return strings.Contains(label, "county") || strings.HasPrefix(label, "cityof") || strings.HasPrefix(label, "townof") || strings.HasPrefix(label, "villageof") || strings.HasSuffix(label, "parish")
}

// agencyInitials is a label of a sheriff's office's or police
// department's initials under a government domain: "hcso" of
// hcso.tampa.fl.us, "lvmpd", "bpd" (…SO, …SD, …PD; not an office's
// "ciso").
func agencyInitials(label string) bool {
	if len(label) < 3 || len(label) > 6 || label == "ciso" {
		return false
	}
	for _, r := range label {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return strings.HasSuffix(label, "so") || strings.HasSuffix(label, "pd") || strings.HasSuffix(label, "sd")
}

// parents lists host and each parent domain: a.b.c, b.c, c.
func parents(host string) []string {
	var out []string
	for h := host; h != ""; {
		out = append(out, h)
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			break
		}
		h = rest
	}
	return out
}

// leLabels are subdomain labels that name a law-enforcement body when they
// sit under a government domain.
// policeWord is a police force's name in a government registrant's label
// (police.qld.gov.au, a city's or a state's delhipolice.gov.in), in the
// languages of the countries whose domains we read (Swahili "polisi":
// Tanzania's and Kenya's police).
var policeWord = lazyRegexp(`(?:police|policia|policie|polizei|politie|politi|polisen|poliisi|polisi|policja|policija|politsei|logregla|sheriff|gendarmerie|carabinieri|guardiacivil|constabulary)`)

var leLabels = map[string]bool{
	"police": true, "pd": true, "sheriff": true, "so": true, "da": true, "dao": true, "districtattorney": true,
	"dps": true, "troopers": true, "statepolice": true, "isp": true, "highwaypatrol": true, "chp": true,
	// "jud" and "judicial": a state judicial branch's own label
	// (jud.ct.gov; general knowledge).
	"courts": true, "court": true, "judiciary": true, "jud": true, "judicial": true, "ag": true, "oag": true, "doj": true, "justice": true,
	"ci": true, "oig": true, "marshals": true, "usms": true, "fbi": true, "dea": true, "atf": true, "usss": true,
	"ice": true, "hsi": true, "cbp": true, "nypd": true, "prosecutor": true, "attorneygeneral": true,
	// Police in other languages: polizei.nrw.de, police.nsw.gov.au.
	"polizei": true, "politie": true, "policia": true, "polizia": true, "gendarmerie": true, "policja": true,
	"polis": true, "polisen": true, "politi": true, "poliisi": true, "lka": true, "bka": true, "staatsanwaltschaft": true,
	"justiz": true, "justice-gouv": true, "fedpol": true,
	// Slovenian, Croatian and Lithuanian, Estonian, Icelandic.
	"policija": true, "politsei": true, "logreglan": true,
	// A Chinese city's public security bureau (公安局, gaj.<city>.gov.cn).
	"gaj": true,
}

// usLocality is the .us locality namespace (RFC 1480): names under a
// state's two-letter label are delegated to state and local governments
// (state.tx.us, co.travis.tx.us, ci.austin.tx.us, austin.tx.us) and their
// public schools and libraries (k12, lib), except the branches for private
// schools (pvt.k12), colleges, technical schools, museums, the "gen"
// branch for general independent entities and the special districts and
// councils we have no case of (dst, cog, isa, nsn).
var usLocality = lazyRegexp(`^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|pr|vi|gu|as|mp)\.us$`)

var usCityBranch = lazyRegexp(`(?:^|\.)ci\.[a-z0-9-]+\.[a-z]{2}\.us$`)

var usLocalityPrivate = lazyRegexp(`(?:^|\.)(?:pvt|cc|tec|gen|mus|dst|cog|isa|nsn)\.`)

// usPublicInstitution is the .us branch of public schools and libraries
// (k12, lib): a government's, but one whose many users are no officials
// (pupils, library staff), so a name of an agency under it is no
// agency's other domain.
var usPublicInstitution = lazyRegexp(`(?:^|\.)(?:k12|lib)\.[a-z]{2}\.us$`)

// Government reports whether host is under a government suffix, and the
// country it belongs to.
func (d *Domains) Government(host string) (string, bool) {
	// The .gov registry takes no internationalised names (CISA's
	// requirements: letters, digits and hyphens): "xn--" under .gov is
	// no government's.
	if strings.HasSuffix(host, ".gov") && strings.Contains(host, "xn--") {
		return "", false
	}
	for _, h := range parents(host) {
		if c, ok := d.government[h]; ok {
			return c, true
		}
	}
	if usLocality.MatchString(host) && !usLocalityPrivate.MatchString(host) || usTribalNation.MatchString(host) {
		return "US", true
	}
	if jpLocalGov.MatchString(host) {
		return "JP", true
	}
	return "", false
}

// jpLocalGov is a Japanese local government's geographic name, which JPRS
// reserves for it: a prefecture's "pref.X.jp" (prefectural police write
// from police.pref.X.jp), a city's, town's or village's
// "city.X.Y.jp", and Tokyo's "metro.tokyo.jp".
var jpLocalGov = lazyRegexp(`(?:^|\.)(?:pref\.` + jpPrefectures + `|(?:city|town|vill)\.[a-z-]+\.` + jpPrefectures + `|metro\.tokyo)\.jp$`)

// jpPrefectures are Japan's 47 prefectures as its geographic names spell
// them (general knowledge).
const jpPrefectures = `(?:hokkaido|aomori|iwate|miyagi|akita|yamagata|fukushima|ibaraki|tochigi|gunma|saitama|chiba|tokyo|kanagawa|niigata|toyama|ishikawa|fukui|yamanashi|nagano|gifu|shizuoka|aichi|mie|shiga|kyoto|osaka|hyogo|nara|wakayama|tottori|shimane|okayama|hiroshima|yamaguchi|tokushima|kagawa|ehime|kochi|fukuoka|saga|nagasaki|kumamoto|oita|miyazaki|kagoshima|okinawa)`

// usTribalNation is a Native Sovereign Nation's name under .us (RFC 1480:
// "<nation>.nsn.us"), delegated to tribal governments and their agencies,
// tribal police among them.
var usTribalNation = lazyRegexp(`^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.nsn\.us$`)

// agencyHome reports whether host is a government domain on which a named
// agency may be that agency's own other domain: any government domain but
// a public school's or library's.
func (d *Domains) agencyHome(host string) bool {
	_, gov := d.Government(host)
	return gov && !usPublicInstitution.MatchString(host)
}

// Registered reports whether a registrable domain is on the .gov registry.
func (d *Domains) Registered(reg string) bool { return d.registered[reg] }

// Freemail reports whether the registrable domain of host is a free-mail
// provider.
func (d *Domains) Freemail(host string) bool {
	reg := registrable(host)
	if d.freemail[host] || d.freemail[reg] {
		return true
	}
	// A global free-mail brand under a country's suffix the list misses
	// ("gmx.ch", "yahoo.com.xx"): the brand's owner holds its name under
	// the suffixes it serves, so the name is its service wherever it
	// stands.
	label, _, _ := strings.Cut(reg, ".")
	return freemailBrand[label]
}

// freemailBrand is the label of a free-mail service that runs under many
// countries' suffixes (general knowledge of the large providers: GMX,
// Yahoo, Microsoft's Hotmail and Outlook, Google, AOL, Yandex, Proton,
// Tuta, Apple's iCloud, Rediffmail).
var freemailBrand = map[string]bool{"gmx": true, "yahoo": true, "ymail": true, "hotmail": true, "outlook": true, "gmail": true,
	"googlemail": true, "aol": true, "yandex": true, "protonmail": true, "tutanota": true, "icloud": true, "rediffmail": true}

// serviceOf returns the service with no police of its own that a
// registered .gov domain's registrant names ("library" for a public
// library's domain), or "".
func (d *Domains) serviceOf(host string) string {
	return d.services[registrable(host)]
}
