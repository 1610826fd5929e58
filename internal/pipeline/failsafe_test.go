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
			if d.State != pipeline.StateNeedsReview || !slices.Contains(d.Flags, "reply_held") || !d.Emergency {
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
