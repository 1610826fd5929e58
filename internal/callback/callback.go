// Package callback keeps the agency directory (rules/agencies.csv) and
// tells a reviewer whom to call back before data leaves: the agency's
// published number from the directory, never a number from the e-mail,
// flagging when the e-mail's numbers differ or the agency is not listed.
package callback

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// File is the directory's name in the rules directory.
const File = "agencies.csv"

// Agency is one line of the directory.
type Agency struct {
	Name    string   `json:"agency"`
	Domains []string `json:"domains"`
	Phone   string   `json:"phone"`
	Source  string   `json:"source"`
}

// Directory is the operator's list of agencies and their published numbers.
type Directory struct {
	Agencies []Agency
}

// Load reads File from the rules directory. A rules directory without the
// file has an empty directory: every sender is then "not in the directory",
// which only adds warnings.
func Load(fsys fs.FS) (*Directory, error) {
	f, err := fsys.Open(File)
	if errors.Is(err, fs.ErrNotExist) {
		return &Directory{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("callback: %w", err)
	}
	defer f.Close()
	return Parse(f)
}

// Parse reads a directory: a header naming agency, domains, phone and
// source (in any order), then one agency per line; '#' starts a comment
// line. Errors name the line.
func Parse(r io.Reader) (*Directory, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("callback: %s: header: %w", File, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, need := range []string{"agency", "domains", "phone", "source"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("callback: %s: header lacks column %q", File, need)
		}
	}
	d := &Directory{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return d, nil
		}
		if err != nil {
			return nil, fmt.Errorf("callback: %s: %w", File, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(k string) string {
			if i := col[k]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		a := Agency{Name: get("agency"), Domains: strings.Fields(strings.ToLower(strings.ReplaceAll(get("domains"), ";", " "))), Phone: get("phone"), Source: get("source")}
		switch {
		case a.Name == "" || len(a.Domains) == 0:
			return nil, fmt.Errorf("callback: %s: line %d: agency and domains are required", File, line)
		case len(Digits(a.Phone)) < 7:
			return nil, fmt.Errorf("callback: %s: line %d: phone %q is not a telephone number", File, line, a.Phone)
		case a.Source == "":
			return nil, fmt.Errorf("callback: %s: line %d: say where the number was published (source)", File, line)
		}
		d.Agencies = append(d.Agencies, a)
	}
}

// Lookup finds the agency whose domain is, or is a parent of, domain; the
// longest match wins (a field office listed apart from its agency).
func (d *Directory) Lookup(domain string) (Agency, bool) {
	domain = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	best, bestLen := Agency{}, -1
	for _, a := range d.Agencies {
		for _, dom := range a.Domains {
			if (domain == dom || strings.HasSuffix(domain, "."+dom)) && len(dom) > bestLen {
				best, bestLen = a, len(dom)
			}
		}
	}
	return best, bestLen >= 0
}

// Digits keeps the digits of a telephone number, without a leading North
// American country code 1 on an 11-digit number, so that "+1 (202) 555-0100"
// and "202.555.0100" compare equal.
func Digits(phone string) string {
	var b strings.Builder
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) == 11 && s[0] == '1' {
		s = s[1:]
	}
	return s
}

// Check is what the page and the CLI show before a call-back.
type Check struct {
	// Agency is the directory's entry for the sender's domain, if any.
	Agency *Agency `json:"agency,omitempty"`
	// EmailNumbers are the numbers the message gives (triage's phones).
	EmailNumbers []string `json:"email_numbers"`
	// NotInDirectory: no agency in the directory has the sender's domain.
	NotInDirectory bool `json:"not_in_directory"`
	// Differs: the directory has a number and none of the e-mail's numbers
	// is that number.
	Differs bool `json:"differs"`
}

// Check compares the numbers a message gives with the directory's number
// for the sender's domain.
func (d *Directory) Check(senderDomain string, emailNumbers []string) Check {
	c := Check{EmailNumbers: emailNumbers}
	a, ok := d.Lookup(senderDomain)
	if !ok {
		c.NotInDirectory = true
		return c
	}
	c.Agency = &a
	c.Differs = true
	for _, n := range emailNumbers {
		if Digits(n) == Digits(a.Phone) {
			c.Differs = false
		}
	}
	return c
}

// ErrNumberFromEmail refuses a call-back recorded on a number that only the
// e-mail gives: whoever wrote the e-mail answers that number.
var ErrNumberFromEmail = errors.New("that number comes from the e-mail, not from the agency directory: call the agency's published number")

// Validate refuses a call-back on a number taken from the e-mail that is
// not the directory's number for the agency.
func (c Check) Validate(number string) error {
	n := Digits(number)
	if len(n) < 7 {
		return fmt.Errorf("callback: %q is not a telephone number", number)
	}
	if c.Agency != nil && n == Digits(c.Agency.Phone) {
		return nil
	}
	for _, e := range c.EmailNumbers {
		if Digits(e) == n {
			return ErrNumberFromEmail
		}
	}
	return nil
}
