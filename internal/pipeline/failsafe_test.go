package pipeline_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// ingestMail runs one message (LF line ends) through a pipeline with
// replies and returns its request and replies.
func ingestMail(t *testing.T, raw string) (*store.RequestDetail, []store.OutboxRow) {
	t.Helper()
	now := func() time.Time { return time.Date(2026, 11, 3, 12, 0, 0, 0, time.UTC) }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	out, err := p.Ingest(context.Background(), strings.NewReader(strings.ReplaceAll(raw, "\n", "\r\n")), store.Origin{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Store.GetRequest(context.Background(), out.Ref)
	if err != nil {
		t.Fatal(err)
	}
	replies, err := p.Store.Replies(context.Background(), out.Ref)
	if err != nil {
		t.Fatal(err)
	}
	return d, replies
}

const ourVerdict = "Authentication-Results: mx.provider.test; dkim=pass header.d=%s; dmarc=pass header.from=%s\n" +
	"Received: from relay.example (relay.example [203.0.113.5]) by mx.provider.test (Postfix); Mon, 2 Nov 2026 10:00:02 +0000\n"

func verdictFor(domain string) string {
	return strings.ReplaceAll(ourVerdict, "%s", domain)
}

// TestUnlistedSheriffEmergencyHeldForReview: an authenticated sheriff's
// office that no list names sends a complete emergency request. It must
// not be refused as "not law enforcement" (as it was: civil_requires_
// subpoena, sent automatically), and nothing may go out before a person has
// verified the caller.
func TestUnlistedSheriffEmergencyHeldForReview(t *testing.T) {
	for _, domain := range []string{
		"sheriff.co.example.tx.us", // a police label under a county's .us name
		"co.example.tx.us",         // the county's own name
		"examplecountysheriff.org", // the office's own .org
		"examplecounty-tx.com",     // a domain that shows nothing
	} {
		t.Run(domain, func(t *testing.T) {
			d, replies := ingestMail(t, verdictFor(domain)+`From: "Ray Dalton" <rdalton@`+domain+`>
To: law-enforcement@provider.test
Subject: Emergency disclosure request
Date: Mon, 02 Nov 2026 10:00:00 -0600
Message-ID: <e1@example.test>
Content-Type: text/plain

Emergency disclosure request under 18 U.S.C. 2702(b)(8).

A 15-year-old girl was abducted from a park this morning; the suspect has
posted threats to harm her from the account of missing-girl-updates.example.
The subscriber and IP logs will help us locate the suspect and the child.

Please call me at (512) 555-0134.

Deputy Ray Dalton
Criminal Investigations Division
Example County Sheriff's Office
`)
			if d.Decision == "reject" || slices.Contains(d.Reasons, "civil_requires_subpoena") || slices.Contains(d.Reasons, "sender_not_law_enforcement") {
				t.Fatalf("a sheriff's emergency was refused: %s %v", d.Decision, d.Reasons)
			}
			if d.State != pipeline.StateNeedsReview || !slices.Contains(d.Flags, pipeline.FlagReplyHeld) || !d.Emergency {
				t.Fatalf("state %s flags %v emergency %v: want it in review, emergency, reply held\n%s", d.State, d.Flags, d.Emergency, d.TriageJSON)
			}
			if len(replies) == 0 {
				t.Fatal("no reply planned at all")
			}
			for _, r := range replies {
				if r.State != store.ReplyHeld {
					t.Fatalf("reply %s is %s, want held", r.Kind, r.State)
				}
			}
		})
	}
}

// TestPlainWordsEmergencyFromCountyDomain: a deputy on the county's own
// .us domain describes a child in danger and asks for haste without ever
// writing "emergency" or a statute. It is an emergency request from an
// agency on no list: reviewed, its reply held, never refused as "no legal
// process" from a "government_other" sender.
func TestPlainWordsEmergencyFromCountyDomain(t *testing.T) {
	d, replies := ingestMail(t, verdictFor("co.example.mn.us")+`From: "Kim Szczerbiak" <kszczerbiak@co.example.mn.us>
To: law-enforcement@provider.test
Subject: Runaway 13 y/o - need subscriber info today
Date: Mon, 02 Nov 2026 10:00:00 -0600
Message-ID: <pw1@co.example.mn.us>
Content-Type: text/plain

Hello,

I'm an investigator with the Example County Sheriff's Office. A 13-year-old
boy has been missing since last night; he has a heart condition and no
medication with him. An adult he met online told him he would collect him.
The account holder of trail-friends.example is that adult. If you can give
us the e-mail and IP addresses on that account we can find where he is
taking the boy. Please call me right away at 218-555-0172.

Inv. Kim Szczerbiak
Example County Sheriff's Office
`)
	if d.Decision == "reject" || !d.Emergency {
		t.Fatalf("decision %s %v emergency %v: want an emergency, not refused\n%s", d.Decision, d.Reasons, d.Emergency, d.TriageJSON)
	}
	if d.State != pipeline.StateNeedsReview || !slices.Contains(d.Flags, pipeline.FlagReplyHeld) {
		t.Fatalf("state %s flags %v: want review, reply held", d.State, d.Flags)
	}
	for _, r := range replies {
		if r.State != store.ReplyHeld {
			t.Fatalf("reply %s is %s, want held", r.Kind, r.State)
		}
	}
}

// TestWhatIsAsked: content with less than a warrant is refused however it
// is worded, a request addressed to another company is the wrong
// provider's, and marketing gets no answer at all (a reply would be
// backscatter).
func TestWhatIsAsked(t *testing.T) {
	letter := func(subject, body string) string {
		return verdictFor("usss.dhs.gov") + `From: "Tom Nguyen" <tom.nguyen@usss.dhs.gov>
To: law-enforcement@provider.test
Subject: ` + subject + `
Date: Mon, 02 Nov 2026 10:00:00 -0500
Message-ID: <w1@usss.dhs.gov>
Content-Type: text/plain

` + body + `

Special Agent Tom Nguyen
United States Secret Service, Cyber Fraud Task Force
Tel. (202) 555-0148
`
	}
	tests := []struct {
		name, raw, decision, reason string
		replies                     bool
	}{
		{"2703(d) order for e-mail bodies", letter("Order under 18 U.S.C. 2703(d)",
			"Attached is an order under 18 U.S.C. 2703(d) signed by the United States District Court for the District of Columbia, Case No. 26-MJ-0417.\n"+
				"It requires the subscriber records of user@example.com and the message bodies of e-mails sent from it between October 1, 2026 and October 30, 2026."),
			"reject", "content_requires_warrant", true},
		{"subpoena for photos and files", letter("Grand jury subpoena",
			"The attached grand jury subpoena issued by the United States District Court for the District of Columbia, Grand Jury No. 26-GJ-114, seeks the "+
				"subscriber information for example-shop.example and all photos and files stored in the account from October 1, 2026 to October 30, 2026."),
			"reject", "content_requires_warrant", true},
		{"subpoena for non-content records only", letter("Grand jury subpoena",
			"The attached grand jury subpoena issued by the United States District Court for the District of Columbia, Grand Jury No. 26-GJ-114, seeks the "+
				"subscriber information and login IP addresses for example-shop.example from October 1, 2026 to October 30, 2026, excluding the contents of any communications."),
			"acknowledge", "", true},
		{"addressed to another company", letter("Subpoena",
			"TO: Custodian of Records, Example Registrar, Inc.\nPlease find attached a subpoena issued by the United States Secret Service for the registration records of example-shop.example, Case No. 26-117, "+
				"for October 1, 2026 through October 30, 2026."),
			"reject", "wrong_provider", true},
		{"to the present triggers the lookback rule", letter("Subpoena",
			"Please find attached a subpoena issued by the United States Secret Service, Case No. 26-118, for the subscriber records and login IP addresses of "+
				"example-shop.example from 1 January 2026 to the present."),
			"needs_info", "lookback_exceeds_90_days", true},
		{"SEO pitch", `Authentication-Results: mx.provider.test; dmarc=pass header.from=example-seo.com
From: "Growth Team" <hello@example-seo.com>
To: law-enforcement@provider.test
Subject: Get provider.test on the first page of Google
Date: Mon, 02 Nov 2026 10:00:00 -0500
Message-ID: <seo1@example-seo.com>
Content-Type: text/plain

Hi there, we noticed your website could rank higher. Our SEO and link building
services have helped 500 companies reach the first page of Google.
Book a call with us this week for a free consultation!
`, "ignore", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, replies := ingestMail(t, tt.raw)
			if d.Decision != tt.decision || tt.reason != "" && !slices.Contains(d.Reasons, tt.reason) {
				t.Fatalf("decision %s %v, want %s with %q\n%s", d.Decision, d.Reasons, tt.decision, tt.reason, d.TriageJSON)
			}
			if tt.replies != (len(replies) > 0) {
				t.Fatalf("%d replies planned, want replies=%v", len(replies), tt.replies)
			}
		})
	}
}
