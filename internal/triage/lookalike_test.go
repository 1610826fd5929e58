package triage

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"lerd/rules"
)

// TestLookalikes: brand imitations of every shape are caught, and real
// organisations whose names merely resemble an agency's are not.
func TestLookalikes(t *testing.T) {
	d, err := LoadDomains(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		host, target string // target "" means not a lookalike
	}{
		{"fbi.com", "fbi.gov"},
		// Initials others share, glued to "gov" on a commercial domain.
		{"cbigov.net", "cbi.gov.in"},
		{"cbi-gov.org", "cbi.gov.in"},
		{"govcbi.net", ""},
		// Session 26: a hand-listed agency's four letters with two swapped;
		// a short name one other edit away is not one.
		{"nydp.org", "nypd.nyc.gov"},
		{"lpad.org", "lapd.online"},
		{"nyph.org", ""},
		// Session 26: ".gov" written into any name with a hyphen.
		{"exampleregulator-gov.us", "exampleregulator.gov"},
		{"statedfs-gov.com", "statedfs.gov"},
		{"gov-exampleregulator.us", ""},
		{"noaagov.us", "noaa.gov"},
		{"tampagov.net", ""},
		// A district attorney's own .org, its TLD swapped.
		{"queensda.info", "queensda.org"},
		// A state bureau's short name with its state's code beside it.
		{"tbi-tn.org", "tbi.tn.gov"},
		{"gbi-ga.com", "gbi.georgia.gov"},
		{"osbi-ok.net", "osbi.ok.gov"},
		// A national prosecution service's name with its country's code on
		// a commercial domain.
		{"prokuratuur-ee.net", "prokuratuur.ee"},
		// Another country's prosecutor under the word all of them use.
		{"prokuratura.uz", ""},
		// A prosecutor's own .com, its TLD swapped.
		{"myfloridalegal.net", "myfloridalegal.com"},
		// Digits for the letters they resemble.
		{"ssa-0ig.org", "ssa.gov"},
		{"d3a-secure.com", "dea.gov"},
		{"secure-dhs0ig.com", "dhs.gov"},
		{"k9rescue4u.org", ""},
		{"fbi.us", "fbi.gov"},
		{"fbigov.com", "fbi.gov"},
		{"secure-fbi.com", "fbi.gov"},
		{"fbi-secure.com", "fbi.gov"},
		// A unit's or subject's word beside the brand.
		{"fbicyber.net", "fbi.gov"},
		{"dea-division.com", "dea.gov"},
		{"usss-files.net", "usss.dhs.gov"},
		// A brand that is an English word before a place's word is an
		// ordinary name; another brand so is a lookalike.
		{"icecenter.com", ""},
		{"fbioffice.com", "fbi.gov"},
		// A listed agency's whole name written out on a domain anyone may
		// register; the agency writes from a government zone.
		{"federalbureauofinvestigation.com", "fbi.gov"},
		{"secure-unitedstatessecretservice.net", "usss.dhs.gov"},
		{"unitedstatessecretservice.us", "usss.dhs.gov"},
		// Another country's body of a shared name, on its own domain.
		{"gendarmerie-nationale.example.ne", ""},
		{"departmentofjustice.gov.ph", ""},
		{"fbi-portal.net", "fbi.gov"},
		{"fbi.gov.case-portal.net", "fbi.gov"},
		// A government's zone with a commercial level put in, and an
		// agency's name in the zone with its dot flattened to a hyphen.
		{"examplecounty.police.co.uk", "examplecounty.police.uk"},
		{"gov.co.uk", "gov.uk"},
		{"example-border-gc.ca", "example-border.gc.ca"},
		{"example-builders.ca", ""},
		// A court's registered .gov name with an affix; not any .gov word's.
		{"portal-ohiocourts.com", "ohiocourts.gov"},

		{"secure-login.example", ""},
		{"police.com.au", ""},
		{"usdoj.us", "usdoj.gov"},
		// Session 28: a police or sheriff's name with an errand's affix;
		// not a unit's word, nor under .gov.
		{"examplecountyso-emergency.com", "examplecountyso.gov"},
		{"secure-examplepd.org", "examplepd.gov"},
		{"examplesheriff-records.net", "examplesheriff.gov"},
		{"examplesheriff-cyber.org", ""},
		{"examplepd-emergency.gov", ""},
		// A letter doubled and the suffix swapped at once.
		{"usdojj.com", "usdoj.gov"},
		{"fbbi.us", "fbi.gov"},
		{"nyppd.com", "nypd.nyc.gov"},
		{"dea.com", "dea.gov"},
		{"europol.eu", "europol.europa.eu"},
		{"interpol.org", "interpol.int"},
		{"fbl.gov", "fbi.gov"},
		{"xn--fb-ioc.gov", "fbi.gov"},
		{"xn--nyp-8cd.org", "nypd.nyc.gov"},
		// A Latin letter with a mark UTS #39 does not list: "nypḍ.org"
		// (dot below), "dėa.gov" (dot above).
		{"xn--nyp-xyy.org", "nypd.org"},
		{"xn--da-8ma.gov", "dea.gov"},
		// Session 25: a letter with a stroke, which Unicode does not
		// decompose: "nypđ.org".
		{"xn--nyp-xqa.org", "nypd.org"},
		// A Cyrillic letter in a county's .gov domain that is on no
		// law-enforcement list.
		{"xn--ustin-3ve.gov", "austin.gov"},
		// Digits for letters in a registered .gov name on no list.
		{"police.virg1nia.gov", "virginia.gov"},
		{"0hio.gov", "ohio.gov"},
		{"au5tinmnpd.gov", "austinmnpd.gov"},
		// An agency's two labels joined, in either order.
		{"oig-hhs.us", "oig.hhs.gov"},
		{"hhs-oig.com", "oig.hhs.gov"},
		{"ci-irs.org", "ci.irs.gov"},
		// Short joined labels are matched as written, not as they look.
		{"fbllc.com", ""},
		// An office's label under a Cyrillic-lettered department.
		{"oig.xn--justce-svf.gov", "justice.gov"},
		{"usmarshal.com", "usmarshals.gov"},
		{"secretservlce.com", "secretservice.gov"},
		{"chicagopolice.net", "chicagopolice.org"},
		{"ncsbi.gov.case-upload.com", "ncsbi.gov"},
		{"parks.nyc.gov.records-portal.net", "nyc.gov"},
		// A sheriff's own name under .org beside its .gov is its older
		// domain, read as an agency on no list and held for review; under
		// .us, or with an affix, changed letters, it is an imitation, and
		// small towns' names one letter apart are not.
		{"alamedasheriff.org", ""},
		{"alamedasheriff.us", "alamedasheriff.gov"},
		{"njdcj.us", "njdcj.gov"},
		// Session 30: a state office's initials after its state's code,
		// under .org beside its .gov, are its older domain too.
		{"njdcj.org", ""},
		{"njdcj-records.org", "njdcj.gov"},
		{"alamedasherlff.org", "alamedasheriff.gov"},
		{"alamedasheriff-gov.com", "alamedasheriff.gov"},
		{"alarnedasheriff.org", "alamedasheriff.gov"},
		{"brenpolice.org", ""}, // one letter from breapolice.gov, not alike
		// Foreign police initials other organisations hold too.
		{"cbi.org.uk", ""},
		{"saps.co.za", ""},
		{"policija.hr", ""}, // another country's police, not Slovenia's
		// So is a police department's own name beside its .gov.
		{"breapolice.org", ""},
		{"breapolice.us", "breapolice.gov"},
		{"breapolice-gov.com", "breapolice.gov"},
		// An agency's whole domain spelled as one name.
		{"afp-gov-au.com", "afp.gov.au"},
		{"polizei-bund.de", "polizei.bund.de"},
		{"bka-bund-de.net", "bka.bund.de"},
		// A registered .gov name run into another domain by a hyphen; an
		// inspector general's initials joined to a department's name; a
		// Latin name with one Cyrillic letter, whoever owns it.
		{"oig.nasa.gov-secure.net", "nasa.gov"},
		{"records.ohio.gov-portal.com", "records.ohio.gov"},
		{"nasa-oig.us", "nasa.gov"},
		{"oigusda.com", "usda.gov"},
		{"xn--xample-2of.org", "example.org"},
		{"xn--e1afmkfd.org", ""}, // wholly Cyrillic: a name in its own script
		// A government's zone beneath another domain, or run into it by
		// hyphens; a name that looks the same, repeats a letter, or is one
		// letter from a registered .gov name.
		{"police.gov.uk.example-notices.com", "police.gov.uk"},
		{"police.example.gov-au.net", "example.gov.au"},
		{"nasa-gov.us", "nasa.gov"},
		{"po1itie.nl", "politie.nl"},
		{"chicagopollice.org", "chicagopolice.org"},
		{"exammmple.us", "exammple.us"},
		{"so.cccountyexample.us", ""}, // initials of a county's name
		{"nca-gov.net", "nca.gov.uk"},
		{"virgina.gov", "virginia.gov"},
		// The initials US Attorneys' offices go by.
		{"usao-example.org", "usdoj.gov"},
		// Initials other countries' bodies share, under their own codes;
		// under a generic one they imitate ours.
		{"psp.gov.pt", ""},
		{"psp-taskforce.de", "psp.pa.gov"},
		{"doj.com.co", "doj.ca.gov"},
		{"doj.gov.my", ""},
		{"dojportal.net", "doj.ca.gov"},
		// Turkish dotless i is Latin; a new .gov one number from another.
		{"xn--krkkale-rfbb.bel.tr", ""},
		// A Turkish dotless "ı" put into another language's police word
		// ("polızei-example.de"); a Turkish word with it is no disguise.
		{"xn--polzei-example-7fc.de", "polizei-example.de"},
		{"xn--scak-example-14b.de", ""},
		{"xn--examplesherff-ebc.com", "examplesheriff.com"},
		{"xn--polzeiexample-59b.de", "polizeiexample.de"},
		{"examplesheriff-desk.appspotmail.com", "examplesheriff-desk.appspotmail.com"},
		{"superiorcourt-ohio.org", "superiorcourt.ohio.gov"},
		{"texas-courts.net", "courts.texas.gov"},
		{"courtfilings-notify.com", ""},
		// Two letters of a registered .gov name swapped.
		{"texsa.gov", "texas.gov"},
		// Any internationalised name under .gov, which the registry never
		// issues.
		{"xn--exmple-r3e.gov", "exmϏple.gov"},
		// A phonetic-alphabet letter in a name ("exampleɡov.it").
		{"xn--exampleov-w6d.it", "examplegov.it"},
		// A government's zone with labels after it; a police word glued
		// to a government's zone, its dot dropped.
		{"police.example.gouv.fr.com", "police.example.gouv.fr"},
		{"polizeihessen.de", "polizei.hessen.de"},
		{"polizei-bw.de", ""},
		{"mail.gov.ie", ""},
		{"37thdistrictcourtmi.gov", ""},
		{"lka-polizei-bw.de", "polizei-bw.de"}, // a run of a hyphenated label
		// A company or a firm named for a canton, a state or a city.
		{"mueller-ag.ch", ""},
		{"kanzlei-berlin.de", ""},
		{"smithcounty-tx.us", ""},
		{"xsp-wa.us", "xsp.wa.us"},
		// Initials hyphenated to a state's name read under its portal; a
		// national police's common-word name hyphenated to another.
		{"xsp-virginia.us", "xsp.virginia.gov"},
		{"xbi-texas.us", "xbi.texas.gov"},
		{"politie-nederland.nl", "politie.nl"},
		// A name in Cyrillic letters only, all read as Latin ("сарох" as
		// "capox"); a "ß" read as "ss" (großstadt as grossstadt).
		{"xn--80a2afcx.com", "capox.com"},
		// "www" run into an agency's name (not any name); a state's name
		// run into initials is a company's as often; a "ß" name alone is
		// German; a platform's tenant named for an agency, and one that is
		// not.
		{"wwwohio.org", "ohio.org"},
		{"newyorklife.com", ""},
		{"floridabar.org", ""},
		{"aaa-texas.com", ""},
		{"wwwebdesign.com", ""},
		{"xn--gieen-nqa.de", ""},
		{"xxtexas.com", ""},
		{"ohio-desk.zendesk.com", "ohio-desk.zendesk.com"},
		{"police-records.firebaseapp.com", "police-records.firebaseapp.com"},
		{"acme-support.zendesk.com", ""},
		{"polizei.xn--grostadt-sya.de", "grossstadt.de"},
		{"politie-holland.nl", "politie.nl"},
		{"texas-roadhouse.com", ""},
		{"polizei-bw.de", ""},
		{"sheriffs.org", ""},
		{"pbs.org", ""},
		{"tpl.ca", ""},
		{"vpl.ca", ""},
		{"nysp.org", ""},
		{"polisen.de", ""},
		{"usc.edu", ""},
		{"afp.com", ""},
		{"example-law.com", ""},
		{"gmail.com", ""},
		// Session 30: a police agency's initials with "police" glued on;
		// a town's name before it is its own force.
		{"lasdpolice.org", "lasd.org"},
		{"nypdpolice.com", "nypd.nyc.gov"},
		{"chicagopolice.org", ""},
		{"examplevillepolice.org", ""},
		{"nashvillegovpolice.com", "nashville.gov"},
		{"nashvillepolicegov.net", "nashville.gov"},
		{"nashvillepolice.org", ""},
	} {
		got, ok := d.Lookalike(tt.host)
		if ok != (tt.target != "") || ok && got != tt.target {
			t.Errorf("Lookalike(%s) = %q, %v; want %q", tt.host, got, ok, tt.target)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"aba", "bab", 2}, // the old transposition term gave 1
		{"fib", "fbi", 1},
		{"fbi", "fbi", 0},
		{"", "abc", 3},
		{"sheriff", "sheriffs", 1},
		{"ca", "abc", 3}, // optimal string alignment, not full Damerau
	} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestUSGovernmentShapes(t *testing.T) {
	d, err := LoadDomains(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		host string
		want bool
	}{
		{"fdle.state.fl.us", true},
		{"co.travis.tx.us", true},
		{"sheriff.co.travis.tx.us", true},
		{"ci.austin.tx.us", true},
		{"austin.tx.us", true},
		{"police.town.example.ma.us", true},
		{"hs.example.k12.ny.us", true},
		{"hs.example.pvt.k12.ny.us", false},
		{"example.lib.ca.us", true},
		{"example.cc.ca.us", false},
		{"example.gen.ny.us", false},
		{"example.us", false},
		// A tribal nation's name under .us is its government's.
		{"example-nation.nsn.us", true},
		{"police.example-nation.nsn.us", true},
		{"nsn.us", false},
		// Session 30: Japan's reserved geographic names of its local
		// governments; a company's name is not one.
		{"police.pref.kanagawa.jp", true},
		{"city.example.osaka.jp", true},
		{"police.pref.example.jp", false},
		{"city.osaka.example.jp", false},
		{"keishicho.metro.tokyo.jp", true},
		{"example-pref.jp", false},
		{"pref.example.co.jp", false},
		{"parks.nyc.gov", true},
		{"example.com", false},
	} {
		if _, got := d.Government(tt.host); got != tt.want {
			t.Errorf("Government(%s) = %v, want %v", tt.host, got, tt.want)
		}
	}
}

// TestAgencyDomains: a city's police department on its own .gov name
// (registered by "City of X", so only the domain says police), and an
// agency we know under its parent department's domain, are law
// enforcement; a parent department or a city's plain domain is not.
func TestAgencyDomains(t *testing.T) {
	d, err := LoadDomains(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		host string
		want bool
	}{
		{"breapolice.gov", true},          // "City of Brea" in the registry
		{"mail.bouldersheriff.gov", true}, // "Boulder County"
		{"tigta.treas.gov", true},         // tigta.gov's agency under treas.gov
		{"oig.hhs.gov", true},             // a police word under a department
		{"fps.dhs.gov", true},             // a federal police component, listed by hand
		{"mdsp.org", true},                // a state police on its own .org, listed by hand
		{"mail.tbi.tn.gov", true},         // a state bureau of investigation, listed by hand
		{"logreglan.is", true},            // a national police, listed by hand
		{"hcso.example.fl.us", true},      // a sheriff's office's initials under a city
		{"ciso.example.fl.us", false},     // an office's initials, not an agency's
		{"treas.gov", false},              // the department itself
		{"dallas.gov", false},             // the city, not its police
		{"policejury.example.gov", false}, // not in the registry
		{"tigta.example.com", false},      // not a government domain
	} {
		if _, got := d.Agency(tt.host); got != tt.want {
			t.Errorf("Agency(%s) = %v, want %v", tt.host, got, tt.want)
		}
	}
}

// TestPlaceBrandIsNoAgency: a listed agency whose .gov name is a place's
// ("examplecounty.gov", an attorney general's) lends that name no police
// under another government's domain: "examplecounty.ca.gov" is the
// county's own, whose health or planning office writes from it.
func TestPlaceBrandIsNoAgency(t *testing.T) {
	base := rules.FS("")
	fsys := fstest.MapFS{}
	err := fs.WalkDir(base, ".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(base, path)
		switch path {
		case "law-enforcement-dotgov.txt":
			b = append(b, "examplecounty.gov\tOffice of the Attorney General\nexampletigta.gov\tOffice of Inspector General\n"...)
		case "dotgov-domains.txt":
			b = append(b, "examplecounty.gov\nexampletigta.gov\n"...)
		}
		fsys[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	d, err := LoadDomains(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		host string
		want bool
	}{
		{"examplecounty.ca.gov", false},
		{"exampletigta.treas.gov", true},
	} {
		if _, got := d.Agency(tt.host); got != tt.want {
			t.Errorf("Agency(%s) = %v, want %v", tt.host, got, tt.want)
		}
	}
}
