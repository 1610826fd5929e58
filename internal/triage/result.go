// Package triage reads a parsed message and says who really sent it and what
// it asks for: the sender's class and authentication, the kinds of legal
// process, emergency, issuing authority, agent, phones, case number,
// country, date range, identifiers and non-disclosure order.
//
// Triage only finds facts and records the evidence for each; the policy
// package decides what to do with them. Everything the sender could have
// written is treated as a claim: the sender is authenticated only by our own
// MTA's Authentication-Results.
package triage

// Sender is the verified identity of a message's author.
type Sender struct {
	// Address is where a reply may go: From, or Reply-To only when it is on
	// the same registrable domain.
	Address string `json:"address"`
	// Class is law_enforcement, government_other, freemail, lookalike, other
	// or automated.
	Class string `json:"class"`
	// Authenticated is true when our MTA saw DMARC pass or DKIM pass aligned
	// with the From domain.
	Authenticated bool `json:"authenticated"`
}

// Sender classes.
const (
	ClassLawEnforcement = "law_enforcement"
	ClassGovOther       = "government_other"
	ClassFreemail       = "freemail"
	ClassLookalike      = "lookalike"
	ClassOther          = "other"
	ClassAutomated      = "automated"
)

// DateRange is the period of records asked for, as ISO dates.
type DateRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// NDO says whether a non-disclosure order comes with the request.
type NDO struct {
	Present bool    `json:"present"`
	Until   *string `json:"until"`
}

// Result is what triage read from a message (or, merged, from all messages
// of a request).
type Result struct {
	Sender      Sender     `json:"sender"`
	Process     []string   `json:"process"`
	Emergency   bool       `json:"emergency"`
	Authority   *string    `json:"authority"`
	Agent       *string    `json:"agent"`
	Phones      []string   `json:"phones"`
	CaseNumber  *string    `json:"case_number"`
	Country     *string    `json:"country"`
	DateRange   *DateRange `json:"date_range"`
	Identifiers []string   `json:"identifiers"`
	NDO         NDO        `json:"ndo"`

	// Facts the policy needs beyond the label fields.
	Facts Facts `json:"facts"`
	// Evidence explains, field by field, why each value was read.
	Evidence []Evidence `json:"evidence"`
}

// Facts are findings that are not label fields but drive the policy.
type Facts struct {
	// RequestDate is the date of the message (YYYY-MM-DD), the base of the
	// lookback rule.
	RequestDate string `json:"request_date"`
	// ReplyToMismatch: Reply-To is on another registrable domain than From.
	ReplyToMismatch bool `json:"reply_to_mismatch"`
	// EmergencyExplained: the emergency claim says what the danger is and
	// how the data would help.
	EmergencyExplained bool `json:"emergency_explained"`
	// EmergencySummary and EmergencyHelp are its two parts, kept so that a
	// follow-up can complete what the first message began.
	EmergencySummary bool `json:"emergency_summary,omitempty"`
	EmergencyHelp    bool `json:"emergency_help,omitempty"`
	// ContentRequested: the request asks for the contents of communications.
	ContentRequested bool `json:"content_requested"`
	// ContentWithdrawn: this message withdraws an earlier request for
	// content ("we withdraw the part of the subpoena that calls for stored
	// communications"); a follow-up's withdrawal clears the request's.
	ContentWithdrawn bool `json:"content_withdrawn,omitempty"`
	// EmergencyWithdrawn: this message's writer says the request is no
	// emergency ("nobody is in danger", "this isn't an emergency
	// anymore"); a follow-up's word ends the request's emergency.
	EmergencyWithdrawn bool `json:"emergency_withdrawn,omitempty"`
	// AgencyDomain: the From host is itself an agency's, on a list or by
	// a police label under a government domain (not a department's or a
	// state's umbrella domain that only the letter claims for an agency).
	AgencyDomain bool `json:"agency_domain,omitempty"`
	// GovernmentDomain: the From host is a government's (the .gov
	// registry, a government zone) but no agency's own: a city's, a
	// county's or a state's domain its police share with other offices.
	GovernmentDomain bool `json:"government_domain,omitempty"`
	// GovernmentName: the From domain is named as a local government's
	// ("cityofexample.org") but registered where anyone may register;
	// read as a government body's, it vouches for nothing and does not
	// spare its mail the bulk-mail test.
	GovernmentName bool `json:"government_name,omitempty"`
	// OwnCaseNumber: the case number the writer's own words name, not
	// the subject a reply keeps from its thread ("" when none).
	OwnCaseNumber string `json:"own_case_number,omitempty"`
	// ColleagueForward: a colleague at our own domain forwards mail from
	// outside it (an agency's request that reached them): read, reviewed,
	// its replies held.
	ColleagueForward bool `json:"colleague_forward,omitempty"`
	// TakesOver: the writer says the case is now theirs ("I have taken
	// over this case"); a colleague's follow-up that says so names the
	// request's agent from then on.
	TakesOver bool `json:"takes_over,omitempty"`
	// AsksNothing: a stranger's mail that asks for nothing we hold and
	// names no officer or agency (see extract): never answered.
	AsksNothing bool `json:"asks_nothing,omitempty"`
	// WrongProvider: the request concerns another company's service.
	WrongProvider bool `json:"wrong_provider"`
	// RecordsRequested: the message asks for records or data at all.
	RecordsRequested bool `json:"records_requested"`
	// Spam: the message looks like unsolicited bulk or phishing mail.
	Spam bool `json:"spam"`
	// PreservationExtension: this message asks to extend a preservation
	// (18 U.S.C. 2703(f)(2)); it restarts the 90 days.
	PreservationExtension bool `json:"preservation_extension"`
	// ClaimsAgency: the message presents its sender as a law-enforcement
	// body (signature, rank, "I am a detective with …") and carries legal
	// process, but the sender's domain is on no list.
	ClaimsAgency bool `json:"claims_agency,omitempty"`
	// UnlistedAgency: ClaimsAgency for an agency no list names, so the
	// class is law_enforcement; nothing vouches for the domain, so its
	// replies are held for review.
	UnlistedAgency bool `json:"unlisted_agency,omitempty"`
	// Impersonation: ClaimsAgency for an agency we know, from a domain
	// that is not the agency's.
	Impersonation bool `json:"impersonation,omitempty"`
	// ListMail: the message carries a mailing list's header but comes
	// from a law-enforcement domain, so it is read as a request.
	ListMail bool `json:"list_mail,omitempty"`
	// FromDomain is the registrable domain of From.
	FromDomain string `json:"from_domain"`
	// FromAddress is the From address itself. Replies go only there (or to
	// a Reply-To that is exactly the same address): Sender.Address may be a
	// same-domain Reply-To, which on a shared domain anyone can write.
	FromAddress string `json:"from_address"`
}

// Evidence is one reason a field got its value.
type Evidence struct {
	Field  string `json:"field"`
	Rule   string `json:"rule"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text,omitempty"`
}
