package callback

import (
	"errors"
	"strings"
	"testing"

	"lerd/rules"
)

const sample = `# comment
agency, domains, phone, source
Example Police Department,examplepd.gov police.example.gov,+1 (202) 555-0100,https://examplepd.gov/contact
Example PD Cyber Unit,cyber.examplepd.gov,202-555-0199,https://examplepd.gov/cyber
`

func TestEmbeddedDirectoryIsEmptyButValid(t *testing.T) {
	d, err := Load(rules.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Agencies) != 0 {
		t.Fatalf("lerd ships numbers it cannot vouch for: %+v", d.Agencies)
	}
}

func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"no header":       "",
		"no source":       "agency,domains,phone\n",
		"no phone":        "agency,domains,phone,source\nA,a.gov,,site\n",
		"not a number":    "agency,domains,phone,source\nA,a.gov,call us,site\n",
		"no domain":       "agency,domains,phone,source\nA,,202 555 0100,site\n",
		"no source value": "agency,domains,phone,source\nA,a.gov,202 555 0100,\n",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	_, err := Parse(strings.NewReader("agency,domains,phone,source\n#x\nA,a.gov,202 555 0100,s\nB,b.gov,none,s\n"))
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("error does not name line 4: %v", err)
	}
}

func TestCheck(t *testing.T) {
	d, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		domain      string
		email       []string
		wantAgency  string
		wantNotIn   bool
		wantDiffers bool
		number      string
		wantRefusal bool
	}{
		{"examplepd.gov", []string{"202.555.0100"}, "Example Police Department", false, false, "12025550100", false},
		{"mail.examplepd.gov", []string{"(202) 555-0177"}, "Example Police Department", false, true, "202 555 0100", false},
		// The call went to the number in the e-mail: refused.
		{"examplepd.gov", []string{"(202) 555-0177"}, "Example Police Department", false, true, "+1 202 555 0177", true},
		{"cyber.examplepd.gov", nil, "Example PD Cyber Unit", false, true, "202-555-0199", false},
		{"examplepd.gov.evil.example", []string{"202 555 0100"}, "", true, false, "202 555 0100", true},
		{"examplepd-gov.com", nil, "", true, false, "202 555 0111", false},
		{"examplepd.gov", nil, "Example Police Department", false, true, "555", true},
	}
	for _, tt := range tests {
		c := d.Check(tt.domain, tt.email)
		name := ""
		if c.Agency != nil {
			name = c.Agency.Name
		}
		if name != tt.wantAgency || c.NotInDirectory != tt.wantNotIn || c.Differs != tt.wantDiffers {
			t.Errorf("%s %v: agency %q, not in directory %v, differs %v", tt.domain, tt.email, name, c.NotInDirectory, c.Differs)
		}
		if err := c.Validate(tt.number); (err != nil) != tt.wantRefusal {
			t.Errorf("%s: call on %s: %v", tt.domain, tt.number, err)
		}
	}
	c := d.Check("other.example", []string{"202 555 0123"})
	if err := c.Validate("202-555-0123"); !errors.Is(err, ErrNumberFromEmail) {
		t.Errorf("a call on the e-mail's number for an unlisted agency: %v", err)
	}
}
