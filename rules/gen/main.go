//go:build ignore

// Command gen derives rules/law-enforcement-dotgov.txt from the vendored
// CISA .gov domain list: every registrant whose organisation or
// sub-organisation name says it is a police, sheriff, prosecutor, court or
// federal law-enforcement body; and rules/dotgov-domains.txt, every
// registered domain, with the service of those whose name gives one with
// no police (library, water district, elections office …). Run it with `go generate ./rules`.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

var (
	include = regexp.MustCompile(`(?i)\b(police|sheriff|constable|marshal|district attorney|state'?s attorney|county attorney|commonwealth'?s attorney|city attorney|prosecut\w*|attorney general|solicitor general|courts?\b|judicia\w*|supreme court|public safety|state patrol|highway patrol|state troopers?|bureau of investigation|law enforcement|drug enforcement|secret service|immigration and customs enforcement|customs and border|alcohol, tobacco|postal inspection|inspector general|criminal investigation|department of justice|justice department|department of law)\b`)
	// Names that match a pattern above but are not law enforcement: the
	// Kentucky fiscal courts are county governments, Louisiana police
	// juries are parish councils.
	exclude = regexp.MustCompile(`(?i)fiscal court|police ?jury|courthouse|election|juvenile justice`)
	// domainLE: the words of police and sheriff's offices as they are run
	// together in domain names (xpolice.gov, xcountysheriff.gov), and an
	// office of inspector general's initials ending one (hudoig.gov,
	// whose registrant is named only as its department).
	domainLE = regexp.MustCompile(`police|sheriff|constable|oig$`)
	// service: registrants whose name gives a service with no police of
	// its own (a public library, a museum, a water, sewer or utility
	// district, an elections office, a tourism bureau, a zoo). A police
	// letter from such a domain is an impersonation or a hijacked small
	// office's mailbox (lessons from peers). The Library of Congress has
	// its police; a city's or county's own name ("City of X, City Hall and
	// Water Department") is its general domain, where its police may write.
	service       = regexp.MustCompile(`(?i)\b(librar(?:y|ies)|museums?|water (?:district|authority|department|utility|utilities|works|board|commission|company|system|conservancy|conservation)|(?:municipal|public|rural) water|wastewater|sewer|utilit(?:y|ies)|elections?|tourism|convention and visitors|visitors bureau|zoo|zoological)\b`)
	serviceNotLE  = regexp.MustCompile(`(?i)police|sheriff|marshal|attorney|prosecut|investigat|enforcement|court|public safety|patrol|library of congress|city hall|^\s*(?:the\s+)?(?:city|town|village|county|borough|township|municipality|parish)\s+of\b`)
	serviceByWord = []struct{ prefix, word string }{
		{"librar", "library"}, {"museum", "museum"}, {"zoo", "zoo"}, {"election", "elections"}, {"tourism", "tourism"},
		{"convention", "tourism"}, {"visitors", "tourism"}, {"sewer", "sewer"}, {"wastewater", "sewer"}, {"utilit", "utilities"},
	}
)

// serviceWord names the service of a registrant's name, or "".
func serviceWord(name string) string {
	m := service.FindString(name)
	if m == "" || serviceNotLE.MatchString(name) {
		return ""
	}
	m = strings.ToLower(m)
	for _, w := range serviceByWord {
		if strings.HasPrefix(m, w.prefix) {
			return w.word
		}
	}
	return "water"
}

func main() {
	f, err := os.Open("dotgov/current-full.csv")
	if err != nil {
		fail(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		fail(err)
	}
	var out, all []string
	for i, r := range rows {
		if i > 0 && len(r) > 0 {
			line := strings.ToLower(r[0])
			// Local registrants only: a federal or state body so named
			// (an elections commission) may have investigators or an
			// inspector general of its own.
			if len(r) >= 4 && !domainLE.MatchString(line) && !strings.HasPrefix(r[1], "Federal") && !strings.HasPrefix(r[1], "State") {
				if w := serviceWord(r[2] + " / " + r[3]); w != "" {
					line += "\t" + w
				}
			}
			all = append(all, line)
		}
		if i == 0 || len(r) < 4 {
			continue
		}
		domain, typ, org, sub := strings.ToLower(r[0]), r[1], r[2], r[3]
		name := org + " / " + sub
		// A city registers its police department's own domain under the
		// city's name ("City of X" / "" for xpolice.gov): the domain says
		// what the registrant's name does not.
		byDomain := domainLE.MatchString(strings.TrimSuffix(domain, ".gov")) && !exclude.MatchString(domain)
		if strings.Contains(typ, "Election") || exclude.MatchString(name) || !include.MatchString(name) && !byDomain {
			continue
		}
		if !include.MatchString(name) {
			what := " (police or sheriff in the domain name)"
			if strings.HasSuffix(domain, "oig.gov") {
				what = " (inspector general in the domain name)"
			}
			name = strings.TrimSuffix(strings.TrimSpace(name), " /") + what
		}
		out = append(out, fmt.Sprintf("%s\t%s", domain, strings.TrimSuffix(strings.TrimSpace(name), " /")))
	}
	sort.Strings(out)
	w, err := os.Create("law-enforcement-dotgov.txt")
	if err != nil {
		fail(err)
	}
	fmt.Fprintln(w, "# Generated by rules/gen/main.go from dotgov/current-full.csv (CISA, CC0 1.0). DO NOT EDIT.")
	fmt.Fprintln(w, "# domain<TAB>registrant organisation / sub-organisation")
	for _, l := range out {
		fmt.Fprintln(w, l)
	}
	if err := w.Close(); err != nil {
		fail(err)
	}
	sort.Strings(all)
	body := "# Generated by rules/gen/main.go from dotgov/current-full.csv (CISA, CC0 1.0). DO NOT EDIT.\n# Every registered .gov domain: never a lookalike. A second column names the\n# service with no police of its own that the registrant's name gives.\n" + strings.Join(all, "\n") + "\n"
	if err := os.WriteFile("dotgov-domains.txt", []byte(body), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
