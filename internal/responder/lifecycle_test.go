package responder_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// TestSubscriberNoticeTiming records "produced" on four requests and moves
// a clock: without an NDO the notice goes out at once, with an open-ended
// NDO it is held, with a dated NDO it waits for the day after the order
// ends, for an emergency it is held (notice could endanger someone). The
// queue shows where each notice stands. Preservation timers fall due 76
// and 90 days on.
func TestSubscriberNoticeTiming(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	p := pipelinetest.New(t, 50<<20, now)
	planner := pipelinetest.WithReplies(t, p, now)
	st := p.Store
	dir := t.TempDir()
	refs := map[string]string{}
	for _, c := range []string{"001-fbi-subpoena-pdf", "015-nysp-warrant-ndo-open-ended", "031-doj-warrant-ndo-dated", "012-hsi-preservation-html", "030-fbi-emergency-kidnapping"} {
		raw, _ := os.ReadFile("../../testdata/corpus/" + c + ".eml")
		out, err := p.Ingest(ctx, bytes.NewReader(raw), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs[c] = out.Ref
	}
	csv := filepath.Join(dir, "accounts.csv")
	os.WriteFile(csv, []byte("identifier,email\nexample-pharmacy-rx.com,owner1@example.net\nacct-61220459,owner2@example.net\n"), 0o644)
	lookup := responder.CSVLookup{Path: csv}
	// 015's and 030's identifiers are looked up too: give one of each a holder.
	f, _ := os.OpenFile(csv, os.O_APPEND|os.O_WRONLY, 0)
	for c, holder := range map[string]string{"015-nysp-warrant-ndo-open-ended": "owner3@example.net", "030-fbi-emergency-kidnapping": "owner4@example.net"} {
		d, _ := st.GetRequest(ctx, refs[c])
		var ids struct{ Identifiers []string }
		jsonUnmarshal(t, d.TriageJSON, &ids)
		f.WriteString(ids.Identifiers[0] + "," + holder + "\n")
	}
	f.Close()

	for _, c := range []string{"001-fbi-subpoena-pdf", "015-nysp-warrant-ndo-open-ended", "031-doj-warrant-ndo-dated", "030-fbi-emergency-kidnapping"} {
		// First-time senders: data leaves only after a confirmed call-back.
		if err := st.AddVerification(ctx, refs[c], store.Verification{Actor: "test", Number: "555 0100 100", Outcome: store.CallbackConfirmed}, time.Time{}); err != nil {
			t.Fatal(err)
		}
		err := st.Decide(ctx, refs[c], "test", "produced", "", func(r *store.Request) (store.DecisionPlan, error) {
			return planner.Produced(ctx, lookup, r)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	notice := func(to string) string {
		rows, _ := st.Replies(ctx, "")
		for _, r := range rows {
			if r.Kind == responder.KindSubscriberNotice && r.To == to {
				return r.State
			}
		}
		return "none"
	}
	if got := notice("owner1@example.net"); got != store.ReplyPending {
		t.Errorf("no NDO: notice %s, want pending (sent now)", got)
	}
	if got := notice("owner3@example.net"); got != store.ReplyHeld {
		t.Errorf("open-ended NDO: notice %s, want held", got)
	}
	if got := notice("owner2@example.net"); got != "none" {
		t.Errorf("dated NDO: notice %s before the order ends", got)
	}
	if got := notice("owner4@example.net"); got != store.ReplyHeld {
		t.Errorf("emergency: notice %s, want held", got)
	}
	shown := func(c string) string {
		page, err := st.Queue(ctx, store.QueueQuery{Ref: refs[c]})
		if err != nil || len(page.Items) != 1 {
			t.Fatalf("queue %s: %v", c, err)
		}
		return page.Items[0].Notice
	}
	for c, want := range map[string]string{"001-fbi-subpoena-pdf": "sending", "015-nysp-warrant-ndo-open-ended": "held",
		"031-doj-warrant-ndo-dated": "scheduled 2027-05-01", "030-fbi-emergency-kidnapping": "held", "012-hsi-preservation-html": ""} {
		if got := shown(c); got != want {
			t.Errorf("%s: queue shows notice %q, want %q", c, got, want)
		}
	}
	sched := &responder.Scheduler{Store: st, Planner: planner, Now: now}
	// The NDO of 031 ends 2027-04-30 (its label); the notice is due the day after.
	clock = time.Date(2027, 4, 30, 23, 0, 0, 0, time.UTC)
	if _, err := sched.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if got := notice("owner2@example.net"); got != "none" {
		t.Errorf("notice released on the last day of the NDO: %s", got)
	}
	clock = time.Date(2027, 5, 1, 0, 30, 0, 0, time.UTC)
	if _, err := sched.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if got := notice("owner2@example.net"); got != store.ReplyPending {
		t.Errorf("notice not released the day after the NDO: %s", got)
	}
	if got := shown("031-doj-warrant-ndo-dated"); got != "sending" {
		t.Errorf("released notice shown as %q", got)
	}
	// Preservation of 012, accepted on 2026-11-10: reminder 2027-01-25, lapse 2027-02-08.
	timers, _ := st.Deadlines(ctx, refs["012-hsi-preservation-html"])
	due := map[string]string{}
	for _, d := range timers {
		due[d.Kind] = d.Due + "/" + d.State
	}
	if due[store.DeadlinePreservationReminder] != "2027-01-25/done" || due[store.DeadlinePreservationExpiry] != "2027-02-08/done" {
		t.Errorf("preservation timers = %v", due)
	}
	d12, _ := st.GetRequest(ctx, refs["012-hsi-preservation-html"])
	if !slicesContains(d12.Flags, "preservation_lapsed") {
		t.Errorf("lapsed preservation not flagged: %v", d12.Flags)
	}
}

func jsonUnmarshal(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatal(err)
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// TestPreservationTimersStartOnce sends a follow-up in a preservation's
// thread a week later and checks that its timers were not started again.
func TestPreservationTimersStartOnce(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	st := p.Store
	raw, _ := os.ReadFile("../../testdata/corpus/012-hsi-preservation-html.eml")
	first, err := p.Ingest(ctx, bytes.NewReader(raw), store.Origin{Source: "first"})
	if err != nil {
		t.Fatal(err)
	}
	clock = clock.AddDate(0, 0, 7)
	follow := strings.Replace(string(raw), "Message-ID: <ap5610uqsdubla4q@ice.dhs.gov>", "Message-ID: <second@ice.dhs.gov>\nIn-Reply-To: <ap5610uqsdubla4q@ice.dhs.gov>", 1)
	out, err := p.Ingest(ctx, strings.NewReader(follow), store.Origin{Source: "second"})
	if err != nil || !out.Joined || out.Ref != first.Ref {
		t.Fatalf("follow-up did not join: %+v %v", out, err)
	}
	timers, _ := st.Deadlines(ctx, first.Ref)
	if len(timers) != 2 {
		t.Fatalf("timers = %+v, want one reminder and one lapse", timers)
	}
}

// TestPreservationExtension asks, in the thread, to extend a preservation a
// week after it was accepted: a second confirmation with the new lapse date
// and a second pair of timers.
func TestPreservationExtension(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	raw, _ := os.ReadFile("../../testdata/corpus/012-hsi-preservation-html.eml")
	first, err := p.Ingest(ctx, bytes.NewReader(raw), store.Origin{Source: "first"})
	if err != nil {
		t.Fatal(err)
	}
	clock = clock.AddDate(0, 0, 7)
	ext := "Authentication-Results: mx.provider.test; dmarc=pass header.from=ice.dhs.gov\r\nFrom: HSI C3 Legal Process <c3-legalprocess@ice.dhs.gov>\r\n" +
		"To: law-enforcement@provider.test\r\nSubject: RE: Preservation Request [" + first.Ref + "]\r\nDate: Tue, 17 Nov 2026 10:00:00 -0500\r\n" +
		"Message-ID: <ext1@ice.dhs.gov>\r\nIn-Reply-To: <ap5610uqsdubla4q@ice.dhs.gov>\r\n\r\n" +
		"Pursuant to 18 U.S.C. 2703(f)(2), please extend the preservation for an additional 90 days.\r\n\r\nPriya Raman\r\nSpecial Agent, HSI\r\n"
	out, err := p.Ingest(ctx, strings.NewReader(ext), store.Origin{Source: "ext"})
	if err != nil || !out.Joined {
		t.Fatalf("extension did not join: %+v %v", out, err)
	}
	replies, _ := p.Store.Replies(ctx, first.Ref)
	var confirmations []string
	for _, r := range replies {
		if r.Kind == responder.KindPreservation {
			confirmations = append(confirmations, r.Body)
		}
	}
	if len(confirmations) != 2 || !strings.Contains(confirmations[1], "February 15, 2027") {
		t.Fatalf("confirmations = %d, want 2, the second lapsing February 15, 2027", len(confirmations))
	}
	timers, _ := p.Store.Deadlines(ctx, first.Ref)
	if len(timers) != 4 {
		t.Fatalf("timers = %+v, want two reminders and two lapses", timers)
	}
}
