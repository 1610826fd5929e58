package triage

import (
	"strings"
	"testing"
)

// TestAuthorityWordings: the issuer read from captions in capitals,
// "under the authority of", a court-captioned subpoena, and an agency
// without the office that signed for it.
func TestAuthorityWordings(t *testing.T) {
	for _, tt := range []struct {
		text    string
		process []string
		want    string
	}{
		{"UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF VIRGINIA\nIN THE MATTER OF AN APPLICATION FOR AN ORDER PURSUANT TO 18 U.S.C. 2703(d)\nPlease produce records of example.com.",
			[]string{"court_order"}, "United States District Court for the Eastern District of Virginia"},
		{"Pursuant to a subpoena issued under the authority of the Office of the Attorney General of Texas, produce records.",
			[]string{"subpoena"}, "Office of the Attorney General of Texas"},
		{"The United States Attorney's Office for the District of Minnesota has issued the attached subpoena.",
			[]string{"subpoena"}, "United States Attorney's Office for the District of Minnesota"},
		{"SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO\nSEARCH WARRANT\nThe people of the State of California to any peace officer.",
			[]string{"search_warrant"}, "Superior Court of California, County of San Diego"},
		{"Attached is an administrative subpoena issued by the Drug Enforcement Administration, New York Field Division.",
			[]string{"subpoena"}, "Drug Enforcement Administration"},
		{"In the Circuit Court of the Eleventh Judicial Circuit in and for Miami-Dade County, Florida\nSubpoena duces tecum",
			[]string{"subpoena"}, "Circuit Court of the Eleventh Judicial Circuit in and for Miami-Dade County, Florida"},
		{"Please preserve the records of example.com for 90 days.\n\nDet. Ann Lee\nSpringfield Police Department\n",
			[]string{"preservation"}, "Springfield Police Department"},
	} {
		doc := &document{body: tt.text, flat: strings.Join(strings.Fields(tt.text), " ")}
		got := authority(doc, &Result{Process: tt.process}, Agency{})
		if g := deref(got); g != tt.want {
			t.Errorf("authority(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
