package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// followUp is a message naming a request: in its subject (ref) and/or its
// thread headers (inReplyTo). auth is our MTA's DMARC verdict for the From
// domain ("pass", "fail"), or "" for no verdict at all.
func followUp(auth, from, subject, inReplyTo string, n int) string {
	_, domain, _ := strings.Cut(from, "@")
	var b strings.Builder
	if auth != "" {
		fmt.Fprintf(&b, "Authentication-Results: mx.provider.test; dkim=%[1]s header.d=%[2]s; dmarc=%[1]s header.from=%[2]s\r\n", auth, domain)
	}
	fmt.Fprintf(&b, "From: <%s>\r\nTo: law-enforcement@provider.test\r\nSubject: %s\r\nDate: Mon, 14 Sep 2026 09:00:00 -0400\r\nMessage-ID: <follow%d@%s>\r\n", from, subject, n, domain)
	if inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: %s\r\nReferences: %s\r\n", inReplyTo, inReplyTo)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nCorrection to our request: the records are wanted from January 1, 2015 to the present,\r\n" +
		"for the account attacker-chosen@example.com as well. This is a request for the contents of all messages.\r\n")
	return b.String()
}

// TestFollowUpJoinsOnlyItsSender sends follow-ups to a request opened by an
// FBI agent (corpus 001) and one opened by a Gmail user (corpus 002). Only
// an authenticated message from the request's sender address, or from an
// address verified for the request, joins; so does an authenticated
// colleague at the same agency who names the thread by Message-ID,
// the request then reviewed and its replies held. Every other one opens a
// request of its own in review that names the request it claims to
// continue, with its replies held, and the claimed request is left exactly
// as it was.
func TestFollowUpJoinsOnlyItsSender(t *testing.T) {
	tests := []struct {
		name     string
		original string
		// follow-up; REF and REPLY are replaced with the request's
		// reference and the Message-ID of our first reply to it.
		auth, from, subject, inReplyTo string
		verified                       string
		join                           bool
		// held: the joined request goes to review with its replies held.
		held bool
	}{
		{name: "unauthenticated From: agent@fbi.gov with the reference", original: "001-fbi-subpoena-pdf.eml",
			from: "agent@fbi.gov", subject: "Re: Subpoena [REF]"},
		{name: "unauthenticated sender's own address", original: "001-fbi-subpoena-pdf.eml",
			from: "rthornton@fbi.gov", subject: "Re: Subpoena [REF]"},
		{name: "DMARC fail for the sender's own address", original: "001-fbi-subpoena-pdf.eml",
			auth: "fail", from: "rthornton@fbi.gov", subject: "Re: Subpoena [REF]", inReplyTo: "REPLY"},
		{name: "authenticated colleague in the same agency", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "agent@fbi.gov", subject: "Re: Subpoena [REF]"},
		{name: "authenticated sender, reference", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "RThornton@fbi.gov", subject: "Re: Subpoena [REF]", join: true},
		{name: "authenticated sender, our reply's Message-ID", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "rthornton@fbi.gov", subject: "Re: Subpoena", inReplyTo: "REPLY", join: true},
		{name: "authenticated address verified for the request", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "agent@fbi.gov", subject: "Re: Subpoena [REF]", verified: "agent@fbi.gov", join: true},
		{name: "authenticated colleague quoting our reply's Message-ID", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "agent@fbi.gov", subject: "Re: Subpoena", inReplyTo: "REPLY", join: true, held: true},
		// Only the very host: a subdomain may be another office's, as a
		// department's domain is several agencies'.
		{name: "authenticated address on a subdomain quoting our reply", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "agent@ic.fbi.gov", subject: "Re: Subpoena", inReplyTo: "REPLY"},
		{name: "colleague failing DMARC quoting our reply", original: "001-fbi-subpoena-pdf.eml",
			auth: "fail", from: "agent@fbi.gov", subject: "Re: Subpoena", inReplyTo: "REPLY"},
		{name: "another agency quoting our reply", original: "001-fbi-subpoena-pdf.eml",
			auth: "pass", from: "agent@dea.gov", subject: "Re: Subpoena", inReplyTo: "REPLY"},
		{name: "second Gmail user replying in the thread", original: "002-gmail-detective-subpoena.eml",
			auth: "pass", from: "someone.else@gmail.com", subject: "Re: Subpoena [REF]", inReplyTo: "<gy674d2gduehf6bw@gmail.com>"},
		{name: "second Gmail user quoting our reply", original: "002-gmail-detective-subpoena.eml",
			auth: "pass", from: "someone.else@gmail.com", subject: "Re: Subpoena", inReplyTo: "REPLY"},
		{name: "the Gmail sender herself", original: "002-gmail-detective-subpoena.eml",
			auth: "pass", from: "det.kbrennan.pd@gmail.com", subject: "Re: Subpoena", inReplyTo: "<gy674d2gduehf6bw@gmail.com>", join: true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			p, raw := casePipeline(t, tt.original)
			orig, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
			if err != nil {
				t.Fatal(err)
			}
			if tt.verified != "" {
				if err := p.Store.AddSender(ctx, orig.Ref, tt.verified, "reviewer"); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := p.Store.GetRequest(ctx, orig.Ref)
			repliesBefore, _ := p.Store.Replies(ctx, orig.Ref)
			if len(repliesBefore) == 0 {
				t.Fatal("the original has no reply to quote")
			}
			r := strings.NewReplacer("REF", orig.Ref, "REPLY", "<"+repliesBefore[0].MessageID+">")
			msg := followUp(tt.auth, tt.from, r.Replace(tt.subject), r.Replace(tt.inReplyTo), i)
			out, err := p.Ingest(ctx, strings.NewReader(msg), store.Origin{Source: "follow-up"})
			if err != nil {
				t.Fatal(err)
			}
			if tt.join {
				if !out.Joined || out.Ref != orig.Ref {
					t.Fatalf("did not join %s: %+v", orig.Ref, out)
				}
				after, _ := p.Store.GetRequest(ctx, orig.Ref)
				if tt.held && (after.State != pipeline.StateNeedsReview || !slices.Contains(after.Flags, pipeline.FlagReplyHeld)) {
					t.Errorf("joined request state %s flags %v, want needs_review with replies held", after.State, after.Flags)
				}
				if tt.held {
					replies, _ := p.Store.Replies(ctx, orig.Ref)
					for _, rp := range replies[len(repliesBefore):] {
						if rp.State != store.ReplyHeld {
							t.Errorf("the colleague's join planned reply %s to %s as %s, want held", rp.Kind, rp.To, rp.State)
						}
					}
				}
				return
			}
			if out.Joined || out.Ref == orig.Ref {
				t.Fatalf("joined %s: %+v", orig.Ref, out)
			}
			after, _ := p.Store.GetRequest(ctx, orig.Ref)
			repliesAfter, _ := p.Store.Replies(ctx, orig.Ref)
			if after.UpdatedAt != before.UpdatedAt || after.Decision != before.Decision || after.State != before.State ||
				after.TriageJSON != before.TriageJSON || len(after.Messages) != 1 || !slices.Equal(after.Flags, before.Flags) ||
				!slices.EqualFunc(repliesAfter, repliesBefore, func(a, b store.OutboxRow) bool { return a.ID == b.ID && a.State == b.State }) {
				t.Fatalf("the claimed request changed:\nbefore %+v %+v\nafter  %+v %+v", before.Request, repliesBefore, after.Request, repliesAfter)
			}
			if !slices.Equal(after.ClaimedBy, []string{out.Ref}) {
				t.Errorf("%s does not list the claim: %v", orig.Ref, after.ClaimedBy)
			}
			claim, _ := p.Store.GetRequest(ctx, out.Ref)
			if claim.State != pipeline.StateNeedsReview || claim.ClaimsRef != orig.Ref || !slices.Contains(claim.Flags, pipeline.FlagClaimsThread) {
				t.Fatalf("claim = %+v, want needs_review claiming %s with flag %s", claim.Request, orig.Ref, pipeline.FlagClaimsThread)
			}
			replies, _ := p.Store.Replies(ctx, out.Ref)
			for _, rp := range replies {
				if rp.State != store.ReplyHeld {
					t.Errorf("claim's reply %s to %s is %s, want held", rp.Kind, rp.To, rp.State)
				}
			}
		})
	}
}

// TestColleagueJoinIsHeld: the same harmless follow-up (the agent's
// direct line), quoting our acknowledgement's Message-ID, from the
// request's sender and from a colleague at the same agency. Both join;
// the sender's leaves the request answered as before, the colleague's
// sends it to review with its replies held, since the request is its
// sender's and a person confirms a colleague speaks for it.
func TestColleagueJoinIsHeld(t *testing.T) {
	for _, tt := range []struct {
		from string
		held bool
	}{
		{"rthornton@fbi.gov", false},
		{"duty.desk@fbi.gov", true},
	} {
		t.Run(tt.from, func(t *testing.T) {
			ctx := context.Background()
			p, raw := casePipeline(t, "001-fbi-subpoena-pdf.eml")
			orig, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
			if err != nil {
				t.Fatal(err)
			}
			replies, _ := p.Store.Replies(ctx, orig.Ref)
			if len(replies) == 0 {
				t.Fatal("the original has no reply to quote")
			}
			msg := "Authentication-Results: mx.provider.test; dkim=pass header.d=fbi.gov; dmarc=pass header.from=fbi.gov\r\n" +
				"From: <" + tt.from + ">\r\nTo: law-enforcement@provider.test\r\nSubject: RE: Subpoena\r\nDate: Mon, 14 Sep 2026 09:00:00 -0400\r\n" +
				"Message-ID: <colleague@fbi.gov>\r\nIn-Reply-To: <" + replies[0].MessageID + ">\r\nReferences: <" + replies[0].MessageID + ">\r\n" +
				"Content-Type: text/plain\r\n\r\nThank you. For the records, the agent's direct line is 202-555-0147.\r\n"
			out, err := p.Ingest(ctx, strings.NewReader(msg), store.Origin{Source: "follow-up"})
			if err != nil {
				t.Fatal(err)
			}
			if !out.Joined || out.Ref != orig.Ref {
				t.Fatalf("did not join %s: %+v", orig.Ref, out)
			}
			after, _ := p.Store.GetRequest(ctx, orig.Ref)
			held := after.State == pipeline.StateNeedsReview && slices.Contains(after.Flags, pipeline.FlagReplyHeld)
			if held != tt.held {
				t.Errorf("state %s flags %v: held=%v, want %v", after.State, after.Flags, held, tt.held)
			}
		})
	}
}

// TestUnreadableFollowUpOpensItsOwn checks that a message naming a request
// that cannot be read (malformed) goes to review on its own.
func TestUnreadableFollowUpOpensItsOwn(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	raw, _ := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	orig, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
	if err != nil {
		t.Fatal(err)
	}
	bad := "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\r\nFrom: rthornton@fbi.gov\r\nSubject: Re: [" + orig.Ref + "]\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nunterminated"
	out, err := p.Ingest(ctx, strings.NewReader(bad), store.Origin{Source: "bad"})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := p.Store.GetRequest(ctx, out.Ref)
	if out.Joined || d.ClaimsRef != orig.Ref || d.State != pipeline.StateNeedsReview {
		t.Fatalf("unreadable follow-up: %+v %+v", out, d.Request)
	}
	if o, _ := p.Store.GetRequest(ctx, orig.Ref); o.State == pipeline.StateNeedsReview || len(o.Messages) != 1 {
		t.Fatalf("original changed: %+v", o.Request)
	}
}

// outOfOffice ingests corpus 001 and then an out-of-office reply from
// from to our first reply; it returns the pipeline, the original's
// request before the reply, its replies, and where the reply went.
func outOfOffice(t *testing.T, from string) (*pipeline.Pipeline, *store.RequestDetail, []store.OutboxRow, pipeline.Outcome) {
	t.Helper()
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	pipelinetest.WithReplies(t, p, nil)
	raw, _ := os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	orig, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := p.Store.GetRequest(ctx, orig.Ref)
	replies, _ := p.Store.Replies(ctx, orig.Ref)
	ooo := "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\r\nFrom: <" + from + ">\r\nAuto-Submitted: auto-replied\r\n" +
		"Subject: Automatic reply: Re: Subpoena [" + orig.Ref + "]\r\nIn-Reply-To: <" + replies[0].MessageID + ">\r\nMessage-ID: <ooo@fbi.gov>\r\n\r\nI am out of the office until Monday.\r\n"
	out, err := p.Ingest(ctx, strings.NewReader(ooo), store.Origin{Source: "ooo"})
	if err != nil {
		t.Fatal(err)
	}
	return p, before, replies, out
}

// TestAutoReplyInThreadNotReviewed sends an out-of-office reply from
// another address to our acknowledgement: it opens its own request, linked
// to the one it names, and neither goes to review nor gets an answer.
func TestAutoReplyInThreadNotReviewed(t *testing.T) {
	ctx := context.Background()
	p, orig, _, out := outOfOffice(t, "legal-unit@fbi.gov")
	d, _ := p.Store.GetRequest(ctx, out.Ref)
	got, _ := p.Store.Replies(ctx, out.Ref)
	if out.Joined || d.ClaimsRef != orig.Ref || d.State == pipeline.StateNeedsReview || d.Decision != "ignore" || len(got) != 0 {
		t.Fatalf("auto-reply: %+v, %d replies; want its own ignored request claiming %s", d.Request, len(got), orig.Ref)
	}
}

// TestFollowUpJoinsBySubject sends follow-ups to the FBI request (corpus
// 001, subject "Subpoena - FBI Case 209D-WF-3381924") that name it only by
// subject: their In-Reply-To is a Message-ID we never sent, as when a
// client rewrites the thread headers. Only an authenticated reply from the
// request's sender whose subject continues the request's own, naming no
// other case, joins; nothing else joins or claims it.
func TestFollowUpJoinsBySubject(t *testing.T) {
	const (
		orig  = "Subpoena - FBI Case 209D-WF-3381924"
		plain = "Subscriber records for the account shop-owner@example.com"
	)
	tests := []struct {
		name, auth, from, subject, body string
		// original, when set, is the subject of a first request of the
		// same sender, naming case 209D-WF-3381924 in its text only.
		original string
		join     bool
	}{
		{name: "reply marker and the same subject", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: " + orig, join: true},
		{name: "German reply marker behind a gateway tag, words added", auth: "pass", from: "RThornton@fbi.gov",
			subject: "[EXTERNAL] AW: WG: " + orig + " - corrected dates", join: true},
		{name: "spaces and case differ", auth: "pass", from: "rthornton@fbi.gov", subject: "Re:  subpoena -  fbi case 209d-wf-3381924", join: true},
		{name: "no reply marker: a new message with the same subject", auth: "pass", from: "rthornton@fbi.gov", subject: orig},
		{name: "another subject", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: Subpoena - FBI Case 209D-WF-3381925"},
		{name: "the subject runs on into a longer word", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: " + plain + "s", original: plain},
		{name: "a colleague at the same agency", auth: "pass", from: "agent@fbi.gov", subject: "RE: " + orig},
		{name: "the sender's address without authentication", auth: "fail", from: "rthornton@fbi.gov", subject: "RE: " + orig},
		{name: "a subject without a case, the same case in the text", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: " + plain,
			original: plain, body: "For FBI case number 209D-WF-3381924, the records are wanted from January 1, 2026 on.\r\n", join: true},
		{name: "a subject without a case, another case in the text", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: " + plain,
			original: plain, body: "Please treat this as a new request under FBI case number 318A-NY-7730021 for the same account.\r\n"},
		// A new emergency under an old subject is a request of its own.
		{name: "a new emergency under the old subject", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: " + plain, original: plain,
			body: "EMERGENCY: a 12-year-old girl was abducted this morning and the abductor posted on example.com that he will kill her. Her location is unknown; the account's IP logs will help us find her.\r\n"},
		// A subject whose only number is a year names no one matter.
		{name: "a template subject with a year", auth: "pass", from: "rthornton@fbi.gov", subject: "RE: Records Request - 2026",
			original: "Records Request - 2026"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			p, raw := casePipeline(t, "001-fbi-subpoena-pdf.eml")
			if tt.original != "" {
				head, _, _ := strings.Cut(followUp("pass", "rthornton@fbi.gov", tt.original, "", 1000+i), "\r\n\r\n")
				raw = []byte(head + "\r\n\r\nGrand jury subpoena attached, FBI case number 209D-WF-3381924: subscriber records of shop-owner@example.com.\r\n")
			}
			first, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
			if err != nil {
				t.Fatal(err)
			}
			msg := followUp(tt.auth, tt.from, tt.subject, "<never-sent-reply@provider.test>", i)
			if tt.body != "" {
				head, _, _ := strings.Cut(msg, "\r\n\r\n")
				msg = head + "\r\n\r\n" + tt.body
			}
			out, err := p.Ingest(ctx, strings.NewReader(msg), store.Origin{Source: "follow-up"})
			if err != nil {
				t.Fatal(err)
			}
			if out.Joined != tt.join || (out.Ref == first.Ref) != tt.join {
				t.Fatalf("joined %v (%s), want %v", out.Joined, out.Ref, tt.join)
			}
			if tt.join {
				// A subject is no reference: a person confirms the join
				// before the merged answer goes out.
				d, _ := p.Store.GetRequest(ctx, first.Ref)
				if d.State != pipeline.StateNeedsReview {
					t.Errorf("joined request is %s, want %s", d.State, pipeline.StateNeedsReview)
				}
				replies, _ := p.Store.Replies(ctx, first.Ref)
				for _, rp := range replies[1:] {
					if rp.State != store.ReplyHeld {
						t.Errorf("reply %s after the join is %s, want held", rp.Kind, rp.State)
					}
				}
				return
			}
			d, _ := p.Store.GetRequest(ctx, out.Ref)
			if d.ClaimsRef != "" || slices.Contains(d.Flags, pipeline.FlagClaimsThread) {
				t.Fatalf("%s claims %q: a request only its sender opened is not named", out.Ref, d.ClaimsRef)
			}
			if o, _ := p.Store.GetRequest(ctx, first.Ref); len(o.Messages) != 1 {
				t.Fatalf("the first request has %d messages", len(o.Messages))
			}
		})
	}
}

// TestAutoReplyJoinedChangesNothing sends the agent's own out-of-office
// reply to our acknowledgement: it is recorded with the request, which
// keeps its decision, state, emergency and replies.
func TestAutoReplyJoinedChangesNothing(t *testing.T) {
	ctx := context.Background()
	p, before, replies, out := outOfOffice(t, "rthornton@fbi.gov")
	after, _ := p.Store.GetRequest(ctx, before.Ref)
	if !out.Joined || after.Decision != before.Decision || after.State != before.State || after.Emergency != before.Emergency || after.TriageJSON != before.TriageJSON {
		t.Fatalf("after the auto-reply: joined %v, %s %s; want joined, %s %s unchanged", out.Joined, after.Decision, after.State, before.Decision, before.State)
	}
	if got, _ := p.Store.Replies(ctx, before.Ref); len(got) != len(replies) {
		t.Fatalf("%d replies after the auto-reply, want %d", len(got), len(replies))
	}
}

// TestFollowUpKeepsReview: a request in review because its attachment
// could not be read stays in review when the sender's follow-up, readable
// and complete, joins it; a person still has to read the attachment.
func TestFollowUpKeepsReview(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	pipelinetest.WithReplies(t, p, nil)
	orig := "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\r\nFrom: <jo.roe@fbi.gov>\r\nTo: law-enforcement@provider.test\r\n" +
		"Subject: Grand jury subpoena 26-GJ-1001\r\nMessage-ID: <orig-review@fbi.gov>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nThe grand jury subpoena is attached.\r\n\r\nSpecial Agent Jo Roe\r\nFederal Bureau of Investigation\r\n202-555-0100\r\n" +
		"--b\r\nContent-Type: application/pdf; name=subpoena.pdf\r\nContent-Disposition: attachment; filename=subpoena.pdf\r\n\r\n%PDF-1.4 this is not a readable PDF\r\n--b--\r\n"
	first, err := p.Ingest(ctx, strings.NewReader(orig), store.Origin{Source: "original"})
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := p.Store.GetRequest(ctx, first.Ref); d.State != pipeline.StateNeedsReview {
		t.Fatalf("original is %s, want %s (its attachment is unreadable)", d.State, pipeline.StateNeedsReview)
	}
	follow := "Authentication-Results: mx.provider.test; dmarc=pass header.from=fbi.gov\r\nFrom: <jo.roe@fbi.gov>\r\nTo: law-enforcement@provider.test\r\n" +
		"Subject: Re: Grand jury subpoena 26-GJ-1001 [" + first.Ref + "]\r\nMessage-ID: <follow-review@fbi.gov>\r\nContent-Type: text/plain\r\n\r\n" +
		"The grand jury subpoena issued by the United States District Court for the District of Columbia asks for the subscriber records of example.com from October 1, 2026 to October 20, 2026.\r\n\r\nSpecial Agent Jo Roe\r\nFederal Bureau of Investigation\r\n202-555-0100\r\n"
	out, err := p.Ingest(ctx, strings.NewReader(follow), store.Origin{Source: "follow-up"})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := p.Store.GetRequest(ctx, first.Ref)
	if !out.Joined || d.State != pipeline.StateNeedsReview {
		t.Fatalf("after the follow-up: joined %v, state %s; want joined, %s", out.Joined, d.State, pipeline.StateNeedsReview)
	}
}

// TestHeldRequestKeepsHolding: once a join by subject holds a request's
// replies, a later message joined by reference does not send its answer
// before a person releases the request's replies.
func TestHeldRequestKeepsHolding(t *testing.T) {
	ctx := context.Background()
	p, raw := casePipeline(t, "001-fbi-subpoena-pdf.eml")
	first, err := p.Ingest(ctx, strings.NewReader(string(raw)), store.Origin{Source: "original"})
	if err != nil {
		t.Fatal(err)
	}
	msg := func(subject, body string, n int) string {
		return "Authentication-Results: mx.provider.test; dkim=pass header.d=fbi.gov; dmarc=pass header.from=fbi.gov\r\nFrom: <rthornton@fbi.gov>\r\nTo: law-enforcement@provider.test\r\n" +
			"Subject: " + subject + "\r\nDate: Mon, 14 Sep 2026 09:00:00 -0400\r\nMessage-ID: <held" + fmt.Sprint(n) + "@fbi.gov>\r\nIn-Reply-To: <never-sent@provider.test>\r\nContent-Type: text/plain\r\n\r\n" + body
	}
	bySubject := msg("RE: Subpoena - FBI Case 209D-WF-3381924", "Correction: my direct line is 202-555-0147.\r\n", 1)
	if out, err := p.Ingest(ctx, strings.NewReader(bySubject), store.Origin{Source: "by subject"}); err != nil || !out.Joined {
		t.Fatalf("subject follow-up: %+v %v", out, err)
	}
	before, _ := p.Store.Replies(ctx, first.Ref)
	byRef := msg("Re: Subpoena ["+first.Ref+"]", "Correction: the records are wanted from January 1, 2025 to the present.\r\n", 2)
	if out, err := p.Ingest(ctx, strings.NewReader(byRef), store.Origin{Source: "by reference"}); err != nil || !out.Joined {
		t.Fatalf("reference follow-up: %+v %v", out, err)
	}
	after, _ := p.Store.Replies(ctx, first.Ref)
	if len(after) == len(before) {
		t.Fatal("the second follow-up planned no reply")
	}
	for _, rp := range after[len(before):] {
		if rp.State != store.ReplyHeld {
			t.Errorf("reply %s after the second follow-up is %s, want held", rp.Kind, rp.State)
		}
	}
}

// casePipeline returns a pipeline with replies on a fixed clock and the raw
// bytes of the named corpus case.
func casePipeline(t *testing.T, name string) (*pipeline.Pipeline, []byte) {
	t.Helper()
	now := func() time.Time { return time.Date(2026, 9, 14, 14, 0, 0, 0, time.UTC) }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	raw, err := os.ReadFile("../../testdata/corpus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return p, raw
}

// TestSpamLikeFollowUpKeepsRequest: a deputy asks for records without legal
// process; the deputy's own authenticated reply in the thread, which
// claims no agency and whose text scores as bulk mail (a mailing footer, a
// "view the documents" link), is still a person's message in that request:
// it joins, and the request keeps its decision (a rejection the deputy must
// read) instead of turning into one to ignore. The bulk-mail sign belongs
// to the one message, not to the request (triage.Merge keeps the first).
func TestSpamLikeFollowUpKeepsRequest(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	pipelinetest.WithReplies(t, p, nil)
	const auth = "Authentication-Results: mx.provider.test; dmarc=pass header.from=lcso.org\r\nFrom: <jo.roe@lcso.org>\r\nTo: law-enforcement@provider.test\r\n"
	orig, err := p.Ingest(ctx, strings.NewReader(auth+"Subject: Records for example.com\r\nMessage-ID: <orig-spamlike@lcso.org>\r\nContent-Type: text/plain\r\n\r\n"+
		"We are investigating a fraud. Could you tell us who registered example.com and send the subscriber records from October 1, 2026 to October 20, 2026?\r\n\r\n"+
		"Deputy Jo Roe\r\nLake County Sheriff's Office\r\n217-782-2000\r\n"), store.Origin{Source: "original"})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := p.Store.GetRequest(ctx, orig.Ref)
	if before.Decision == "ignore" {
		t.Fatalf("original: %s, want a request to answer", before.Decision)
	}
	out, err := p.Ingest(ctx, strings.NewReader(auth+"Subject: Re: Records for example.com ["+orig.Ref+"]\r\nMessage-ID: <spamlike@lcso.org>\r\nContent-Type: text/plain\r\n\r\n"+
		"Any update? Click here to view the documents again.\r\n\r\nYou are receiving this because you subscribed to case notices. Unsubscribe | Manage preferences\r\n"), store.Origin{Source: "follow-up"})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := p.Store.GetRequest(ctx, orig.Ref)
	if !out.Joined || after.Decision != before.Decision {
		t.Fatalf("after the follow-up: joined %v, decision %s; want joined, %s", out.Joined, after.Decision, before.Decision)
	}
}

// TestColleagueOnSharedGovernmentDomain: a city's police write from the
// city's own .gov domain, which its other offices share. A second officer
// who takes the case over, quoting our reply's Message-ID, joins (held for
// a person) only when the follow-up carries the request's own case number;
// without it, or with another case's, it could be any office of the city
// that was sent the mail, and it opens a request of its own.
func TestColleagueOnSharedGovernmentDomain(t *testing.T) {
	const request = "Authentication-Results: mx.provider.test; dkim=pass header.d=cityofalbionmi.gov; dmarc=pass header.from=cityofalbionmi.gov\r\n" +
		"From: \"Ortiz, Maria\" <mortiz@cityofalbionmi.gov>\r\nTo: law-enforcement@provider.test\r\n" +
		"Subject: ORIGINAL\r\nDate: Fri, 11 Sep 2026 10:00:00 -0400\r\n" +
		"Message-ID: <req-4417@cityofalbionmi.gov>\r\nContent-Type: text/plain\r\n\r\n" +
		"Attached is a subpoena issued by the Calhoun County Prosecuting Attorney for subscriber records of\r\n" +
		"the domain example-shop.test from August 1, 2026 to September 10, 2026.\r\n\r\n" +
		"Det. Maria Ortiz\r\nAlbion Police Department\r\nDetective Bureau\r\nCase No. 26-004417\r\n"
	tests := []struct {
		name, from, body string
		join             bool
	}{
		{"a sergeant taking the case over, same case number", "dkeller@cityofalbionmi.gov",
			"I have taken over Albion Police Department Case No. 26-004417 from Det. Ortiz. Please send the return to me.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", true},
		{"the case number written otherwise", "dkeller@cityofalbionmi.gov",
			"Case 26 004417: Det. Ortiz is on leave; I am the contact now.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", true},
		{"no case number", "dkeller@cityofalbionmi.gov",
			"Det. Ortiz is on leave; please send the return to me instead.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", false},
		{"another case's number", "dkeller@cityofalbionmi.gov",
			"Please also look at Albion Police Department Case No. 26-009981 and send the return to me.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", false},
		// A reply that keeps the request's own subject, which names no
		// case, and names none of its own; another subject does not.
		{"Subpoena for example-shop.test records|RE: Subpoena for example-shop.test records|a reply keeping the request's subject", "dkeller@cityofalbionmi.gov",
			"I am the detective on this; my direct line is 517-555-0177.\r\n\r\nDet. Dana Keller\r\nAlbion Police Department\r\n", true},
		{"Subpoena for example-shop.test records|RE: Records request|another subject, no case", "dkeller@cityofalbionmi.gov",
			"I am the detective on this; my direct line is 517-555-0177.\r\n\r\nDet. Dana Keller\r\nAlbion Police Department\r\n", false},
		// The subject a reply keeps names the thread's case: a new case in
		// the colleague's own words is not this request's.
		{"RE: Subpoena - Albion Police Department Case No. 26-004417|another case's number under the thread's subject", "dkeller@cityofalbionmi.gov",
			"New request, Case No. 26-009981: please preserve the account records of example-tools.test for 90 days; a subpoena will follow.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", false},
		{"RE: Subpoena - Albion Police Department Case No. 26-004417|the thread's subject and no number of its own", "dkeller@cityofalbionmi.gov",
			"Det. Ortiz was reassigned yesterday and I have taken over this case. Please send the return to me.\r\n\r\nSgt. Dana Keller\r\nAlbion Police Department\r\n", true},
	}
	for i, tt := range tests {
		// A name "SUBJECT|name" gives the follow-up's subject,
		// "ORIGINAL|SUBJECT|name" the request's too.
		parts := strings.Split(tt.name, "|")
		orig, subject, name := "Subpoena - Albion Police Department Case No. 26-004417", "RE: Subpoena", parts[len(parts)-1]
		if len(parts) == 3 {
			orig = parts[0]
		}
		if len(parts) >= 2 {
			subject = parts[len(parts)-2]
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			now := func() time.Time { return time.Date(2026, 9, 14, 14, 0, 0, 0, time.UTC) }
			p := pipelinetest.New(t, 1<<20, now)
			pipelinetest.WithReplies(t, p, now)
			first, err := p.Ingest(ctx, strings.NewReader(strings.Replace(request, "ORIGINAL", orig, 1)), store.Origin{Source: "original"})
			if err != nil {
				t.Fatal(err)
			}
			replies, _ := p.Store.Replies(ctx, first.Ref)
			if len(replies) == 0 {
				t.Fatal("the original has no reply to quote")
			}
			msg := "Authentication-Results: mx.provider.test; dkim=pass header.d=cityofalbionmi.gov; dmarc=pass header.from=cityofalbionmi.gov\r\n" +
				"From: <" + tt.from + ">\r\nTo: law-enforcement@provider.test\r\nSubject: " + subject + "\r\nDate: Mon, 14 Sep 2026 09:00:00 -0400\r\n" +
				fmt.Sprintf("Message-ID: <colleague%d@cityofalbionmi.gov>\r\n", i) +
				"In-Reply-To: <" + replies[0].MessageID + ">\r\nReferences: <req-4417@cityofalbionmi.gov> <" + replies[0].MessageID + ">\r\n" +
				"Content-Type: text/plain\r\n\r\n" + tt.body
			out, err := p.Ingest(ctx, strings.NewReader(msg), store.Origin{Source: "follow-up"})
			if err != nil {
				t.Fatal(err)
			}
			if joined := out.Joined && out.Ref == first.Ref; joined != tt.join {
				t.Fatalf("joined=%v, want %v: %+v", joined, tt.join, out)
			}
			after, _ := p.Store.GetRequest(ctx, first.Ref)
			held := after.State == pipeline.StateNeedsReview && slices.Contains(after.Flags, pipeline.FlagReplyHeld)
			if tt.join && !held {
				t.Errorf("joined request state %s flags %v, want needs_review with replies held", after.State, after.Flags)
			}
			if !tt.join && len(after.Messages) != 1 {
				t.Errorf("the request took %d messages, want 1", len(after.Messages))
			}
		})
	}
}
