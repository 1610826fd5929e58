package pipeline

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// BlocklistFile is the operator's blocklist in the rules directory.
const BlocklistFile = "blocklist.txt"

// Blocklist holds the addresses and domains whose mail always goes to
// review with its replies held, whatever triage reads in it: senders the
// team has caught impersonating an agency, or that must never get an
// automatic answer.
type Blocklist struct {
	addrs, domains map[string]bool
}

// LoadBlocklist reads BlocklistFile from rules: one entry a line, an
// address (name@domain) or a domain, which covers its subdomains; "#"
// starts a comment. A rules directory without the file has an empty list.
func LoadBlocklist(rules fs.FS) (*Blocklist, error) {
	b := &Blocklist{addrs: map[string]bool{}, domains: map[string]bool{}}
	data, err := fs.ReadFile(rules, BlocklistFile)
	if errors.Is(err, fs.ErrNotExist) {
		return b, nil
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: %s: %w", BlocklistFile, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		entry, _, _ := strings.Cut(sc.Text(), "#")
		entry = strings.ToLower(strings.TrimSpace(entry))
		if entry == "" {
			continue
		}
		local, domain, isAddr := strings.Cut(entry, "@")
		if strings.ContainsAny(entry, " \t,;<>") || isAddr && (local == "" || strings.Contains(domain, "@")) || !validDomain(domain, isAddr, entry) {
			return nil, fmt.Errorf("pipeline: %s line %d: %q is neither an address nor a domain", BlocklistFile, n, entry)
		}
		if isAddr {
			b.addrs[entry] = true
		} else {
			b.domains[strings.TrimPrefix(entry, ".")] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pipeline: %s: %w", BlocklistFile, err)
	}
	return b, nil
}

func validDomain(domain string, isAddr bool, entry string) bool {
	if !isAddr {
		domain = strings.TrimPrefix(entry, ".")
	}
	return strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".") && !strings.Contains(domain, "..")
}

// Match returns the entry that blocks any of addrs, if one does.
func (b *Blocklist) Match(addrs ...string) (string, bool) {
	if b == nil {
		return "", false
	}
	for _, a := range addrs {
		a = strings.ToLower(strings.TrimSpace(a))
		if b.addrs[a] {
			return a, true
		}
		_, d, ok := strings.Cut(a, "@")
		for ok && d != "" {
			if b.domains[d] {
				return d, true
			}
			_, d, ok = strings.Cut(d, ".")
		}
	}
	return "", false
}

// FlagBlocklisted marks a request whose sender is on the blocklist.
const FlagBlocklisted = "blocklisted"
