package responder_test

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"slices"
	"strings"
	"testing"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// ingestCase ingests a corpus case and returns its request and the
// Message-ID it arrived with.
func ingestCase(t *testing.T, p *pipeline.Pipeline, name string) (ref, msgID string) {
	t.Helper()
	raw := pipelinetest.Corpus(t, name)
	out, err := p.Ingest(context.Background(), bytes.NewReader(raw), store.Origin{Source: name})
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return out.Ref, strings.Trim(m.Header.Get("Message-ID"), "<>")
}

func ofKind(t *testing.T, st *store.Store, ref, kind string) []store.OutboxRow {
	t.Helper()
	all, err := st.Replies(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(all, func(o store.OutboxRow) bool { return o.Kind != kind })
}

// letterCases are senders a reviewer's letter may or may not reach: an
// authenticated agency, one whose Reply-To names another address, an
// imitation of an agency's domain, a forged FBI address (DMARC failed),
// phishing and a bounce, which lerd answers never.
var letterCases = []struct {
	name, corpus string
	// to and state of the letter; to "" for none.
	to, state string
}{
	{"authenticated agency", "001-fbi-subpoena-pdf", "rthornton@fbi.gov", store.ReplyPending},
	{"Reply-To elsewhere: to the From address", "041-uscourts-clerk-2703d-ndo", "crimdutydesk@cand.uscourts.gov", store.ReplyPending},
	{"lookalike domain: held", "005-lookalike-fbi-gov-us", "m.grant@fbi-gov.us", store.ReplyHeld},
	{"DMARC failed: held", "013-spoofed-fbi-dmarc-fail", "", store.ReplyHeld},
	{"phishing: none", "025-spam-phishing", "", ""},
	{"bounce: none", "new/248-ndr-exchange-undeliverable-anoka-county", "", ""},
}

// TestDeclineLetter: recording "declined" writes the decline letter from
// its template with the note as the reason, in the decision's transaction:
// to the authenticated From address only (never the Reply-To), threaded to
// the agency's message, held where the sender's replies are held, none for
// mail lerd never answers; deciding "declined" again with the same reason
// writes no second letter.
func TestDeclineLetter(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	planner := pipelinetest.WithReplies(t, p, nil)
	const reason = "The subpoena names an account that does not exist on our service."
	for _, tc := range letterCases {
		t.Run(tc.name, func(t *testing.T) {
			ref, msgID := ingestCase(t, p, tc.corpus)
			planned, err := planner.Decide(ctx, p.Store, nil, ref, "ann", store.OutcomeDeclined, reason)
			if err != nil {
				t.Fatal(err)
			}
			got := ofKind(t, p.Store, ref, responder.KindDecline)
			if tc.state == "" {
				if len(got) != 0 || !strings.HasPrefix(planned, "no decline letter") {
					t.Fatalf("a letter for mail lerd never answers: %v (%q)", got, planned)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d decline letters, want 1 (%q)", len(got), planned)
			}
			l := got[0]
			d, _ := p.Store.GetRequest(ctx, ref)
			if tc.to == "" {
				tc.to = d.Sender
			}
			if l.To != tc.to || l.State != tc.state || l.InReplyTo != msgID || !slices.Contains(l.References, msgID) {
				t.Errorf("letter to %s (%s) in reply to %q %v; want to %s (%s) in reply to %q", l.To, l.State, l.InReplyTo, l.References, tc.to, tc.state, msgID)
			}
			if !strings.Contains(strings.Join(strings.Fields(l.Body), " "), reason) || !strings.Contains(l.Subject, ref) {
				t.Errorf("letter lacks the reason or the reference:\n%s\n%s", l.Subject, l.Body)
			}
			// Changed and declined again for the same reason: one letter.
			if _, err := planner.Decide(ctx, p.Store, nil, ref, "ann", store.OutcomeWithdrawn, "the agency withdrew it"); err != nil {
				t.Fatal(err)
			}
			if _, err := planner.Decide(ctx, p.Store, nil, ref, "bob", store.OutcomeDeclined, reason); err != nil {
				t.Fatal(err)
			}
			if n := len(ofKind(t, p.Store, ref, responder.KindDecline)); n != 1 {
				t.Errorf("%d decline letters after declining twice for one reason, want 1", n)
			}
			// The audit trail keeps the change and what was planned.
			d, _ = p.Store.GetRequest(ctx, ref)
			if last := d.Events[len(d.Events)-1]; last.Kind != "review_declined" || last.Actor != "bob" || !strings.HasPrefix(last.Detail, "changes withdrawn: "+reason+"; decline letter to "+tc.to) {
				t.Errorf("last audit event %+v", last)
			}
		})
	}
}

// TestReviewerReply: a reviewer's reply goes where a decline letter goes,
// threaded, once per key (a second submit writes nothing and returns the
// first one's Message-ID), recorded in the audit trail with the actor;
// an empty or non-UTF-8 text and mail lerd never answers are refused.
func TestReviewerReply(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	planner := pipelinetest.WithReplies(t, p, nil)
	const text = "Please send the signed copy of the order;\r\nthe one attached is unsigned.\u202e"
	for _, tc := range letterCases {
		t.Run(tc.name, func(t *testing.T) {
			ref, msgID := ingestCase(t, p, tc.corpus)
			first, err := planner.Reply(ctx, p.Store, ref, "ann", text, "k1", true)
			if tc.state == "" {
				if !errors.Is(err, responder.ErrNoRecipient) || len(ofKind(t, p.Store, ref, responder.KindReviewerReply)) != 0 {
					t.Fatalf("reply to mail lerd never answers: %v", err)
				}
				return
			}
			if err != nil || !first.New {
				t.Fatalf("first reply: %+v %v", first, err)
			}
			again, err := planner.Reply(ctx, p.Store, ref, "ann", text, "k1", true)
			if err != nil || again.New || again.MessageID != first.MessageID {
				t.Fatalf("second submit of the same form: %+v %v", again, err)
			}
			got := ofKind(t, p.Store, ref, responder.KindReviewerReply)
			if len(got) != 1 {
				t.Fatalf("%d replies after a double submit, want 1", len(got))
			}
			l := got[0]
			d, _ := p.Store.GetRequest(ctx, ref)
			if tc.to == "" {
				tc.to = d.Sender
			}
			if l.To != tc.to || l.State != tc.state || l.InReplyTo != msgID || l.MessageID != first.MessageID {
				t.Errorf("reply to %s (%s) in reply to %q; want %s (%s) in reply to %q", l.To, l.State, l.InReplyTo, tc.to, tc.state, msgID)
			}
			if !strings.HasPrefix(l.Body, "Please send the signed copy of the order;\nthe one attached is unsigned.\n") {
				t.Errorf("body not the reviewer's text with line ends and controls cleaned:\n%q", l.Body)
			}
			if !slices.ContainsFunc(d.Events, func(e store.Event) bool {
				return e.Kind == "reply_"+tc.state && e.Actor == "ann" && strings.Contains(e.Detail, first.MessageID)
			}) {
				t.Errorf("no audit event by ann for the reply: %+v", d.Events)
			}
			if other, err := planner.Reply(ctx, p.Store, ref, "ann", "A second question.", "k2", true); err != nil || !other.New {
				t.Errorf("a second form: %+v %v", other, err)
			}
			for _, bad := range []string{"", " \r\n\t", "\xff\xfe"} {
				if _, err := planner.Reply(ctx, p.Store, ref, "ann", bad, "k3", true); !errors.Is(err, responder.ErrBadText) {
					t.Errorf("text %q: %v, want refused", bad, err)
				}
			}
		})
	}
}

// TestLetterThreadsToLatest: when the agency wrote again in the request's
// thread, a letter answers its latest message, with the whole thread in
// References.
func TestLetterThreadsToLatest(t *testing.T) {
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	planner := pipelinetest.WithReplies(t, p, nil)
	ref, first := ingestCase(t, p, "001-fbi-subpoena-pdf")
	raw := string(pipelinetest.Corpus(t, "001-fbi-subpoena-pdf"))
	followUp := strings.Replace(strings.Replace(raw, "<"+first+">", "<follow-up-1@fbi.gov>\r\nIn-Reply-To: <"+first+">\r\nReferences: <"+first+">", 1),
		"Subject: Subpoena", "Subject: Re: ["+ref+"] Subpoena", 1)
	out, err := p.Ingest(ctx, strings.NewReader(followUp), store.Origin{Source: "follow-up"})
	if err != nil || out.Ref != ref {
		t.Fatalf("follow-up did not join %s: %+v %v", ref, out, err)
	}
	if _, err := planner.Decide(ctx, p.Store, nil, ref, "ann", store.OutcomeDeclined, "Not ours."); err != nil {
		t.Fatal(err)
	}
	l := ofKind(t, p.Store, ref, responder.KindDecline)
	if len(l) != 1 || l[0].InReplyTo != "follow-up-1@fbi.gov" || !slices.Equal(l[0].References, []string{first, "follow-up-1@fbi.gov"}) {
		t.Fatalf("decline letter threading: %+v", l)
	}
}
