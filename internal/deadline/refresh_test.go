package deadline_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"lerd/internal/deadline"
	"lerd/internal/notify"
	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// queueFixture ingests real corpus requests at different times through
// the pipeline (with replies, so that preservation timers exist) and
// returns the pipeline and the references by case name.
func queueFixture(t *testing.T) (*pipeline.Pipeline, map[string]string) {
	t.Helper()
	var clock time.Time
	now := func() time.Time { return clock }
	p := pipelinetest.New(t, 1<<20, now)
	pipelinetest.WithReplies(t, p, now)
	refs := map[string]string{}
	for _, c := range []struct {
		name string
		at   time.Time
	}{
		// States "produce the records within 14 days": due 15 November.
		{"021-content-with-subpoena-only", time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)},
		// A preservation request: lapses after 90 days, on 4 December.
		{"012-hsi-preservation-html", time.Date(2026, 9, 5, 9, 0, 0, 0, time.UTC)},
		// No deadline; newer than the overdue request.
		{"001-fbi-subpoena-pdf", time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)},
		{"030-fbi-emergency-kidnapping", time.Date(2026, 12, 4, 11, 0, 0, 0, time.UTC)},
	} {
		clock = c.at
		out, err := p.Ingest(context.Background(), bytes.NewReader(pipelinetest.Corpus(t, c.name)), store.Origin{Source: c.name})
		if err != nil {
			t.Fatal(err)
		}
		refs[c.name] = out.Ref
	}
	clock = time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	if err := deadline.Refresh(context.Background(), p.Store, time.UTC); err != nil {
		t.Fatal(err)
	}
	return p, refs
}

func TestQueueDueDatesOrderAndSearch(t *testing.T) {
	p, refs := queueFixture(t)
	ctx := context.Background()
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	list := func(q store.QueueQuery) []string {
		t.Helper()
		q.Now, q.DueSoon = now, 24*time.Hour
		page, err := p.Store.Queue(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range page.Items {
			out = append(out, it.Ref)
		}
		if page.Total < len(out) {
			t.Errorf("total %d below the %d rows listed", page.Total, len(out))
		}
		return out
	}
	emergency, overdue, preservation, plain := refs["030-fbi-emergency-kidnapping"], refs["021-content-with-subpoena-only"], refs["012-hsi-preservation-html"], refs["001-fbi-subpoena-pdf"]
	if err := p.Store.Assign(ctx, overdue, "lead", "alice"); err != nil {
		t.Fatal(err)
	}
	yes, no := true, false
	tests := []struct {
		name string
		q    store.QueueQuery
		want []string
	}{
		{"urgency then age", store.QueueQuery{}, []string{emergency, overdue, preservation, plain}},
		{"overdue view", store.QueueQuery{View: store.ViewOverdue}, []string{emergency, overdue}},
		{"due soon view", store.QueueQuery{View: store.ViewDueSoon}, []string{preservation}},
		{"case number", store.QueueQuery{Text: "209D-WF-3381924"}, []string{plain}},
		{"case number, other case", store.QueueQuery{Text: "7a-ba-4401772"}, []string{emergency}},
		{"sender", store.QueueQuery{Text: "steven.park@ci.irs.gov"}, []string{overdue}},
		{"identifier", store.QueueQuery{Text: "203.0.113.45"}, []string{plain}},
		{"message text", store.QueueQuery{Text: "within 14 days"}, []string{overdue}},
		{"LIKE wildcards are literal", store.QueueQuery{Text: "%"}, nil},
		{"emergency", store.QueueQuery{Emergency: &yes}, []string{emergency}},
		{"not emergency, page 2", store.QueueQuery{Emergency: &no, Limit: 2, Offset: 2}, []string{plain}},
		{"process", store.QueueQuery{Process: "preservation"}, []string{preservation}},
		{"assignee", store.QueueQuery{Assignee: "alice"}, []string{overdue}},
		{"unassigned", store.QueueQuery{Assignee: "-"}, []string{emergency, preservation, plain}},
		{"closed work is apart", store.QueueQuery{Closed: true}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := list(tc.q); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}

	page, err := p.Store.Queue(ctx, store.QueueQuery{Now: now, DueSoon: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]string{ // due, kind, phrase
		emergency:    {"2026-12-04T11:00:00", store.DueEmergency, ""},
		overdue:      {"2026-11-15T09:00:00Z", store.DueStated, "within 14 days"},
		preservation: {"2026-12-04T23:59:59Z", store.DuePreservation, ""},
		plain:        {"", "", ""},
	}
	for _, it := range page.Items {
		w := want[it.Ref]
		if !strings.HasPrefix(it.Due, w[0]) || it.DueKind != w[1] || it.DuePhrase != w[2] || (w[0] == "") != (it.Due == "") {
			t.Errorf("%s: due %q %q %q, want %v", it.Ref, it.Due, it.DueKind, it.DuePhrase, w)
		}
	}

	// A decided request leaves open work for the closed list.
	if err := p.Store.Decide(ctx, plain, "reviewer", "declined", "not ours", func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil }); err != nil {
		t.Fatal(err)
	}
	if got := list(store.QueueQuery{Closed: true}); !slices.Equal(got, []string{plain}) {
		t.Errorf("closed: %v", got)
	}
	if got := list(store.QueueQuery{Text: "209D-WF-3381924"}); got != nil {
		t.Errorf("decided request still open: %v", got)
	}
}

// A follow-up is read once, when it joins; refreshing again reads
// nothing and changes nothing.
func TestRefreshIdempotent(t *testing.T) {
	p, _ := queueFixture(t)
	ctx := context.Background()
	left, err := p.Store.UnreadDue(ctx, 10)
	if err != nil || len(left) != 0 {
		t.Fatalf("unread after refresh: %v %v", left, err)
	}
	if err := deadline.Refresh(ctx, p.Store, time.UTC); err != nil {
		t.Fatal(err)
	}
}

// Mail that is no request has no due date: a phishing mail ("validate
// within 24 hours"), which lerd ignores, and a request a reviewer closed
// as not_a_request are in no overdue or due-soon view, show no due date
// even when asked for by reference, and are never notified as due or as
// emergencies; a real request with the same kind of deadline is.
func TestNoDueDateForMailThatIsNoRequest(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	clock := now.Add(-2 * time.Hour)
	p := pipelinetest.New(t, 1<<20, func() time.Time { return clock })
	refs := map[string]string{}
	for _, c := range []struct {
		name string
		at   time.Time
	}{
		{"025-spam-phishing", now.Add(-2 * time.Hour)},                         // "within 24 hours": due soon if it were a request
		{"021-content-with-subpoena-only", now.AddDate(0, 0, -20)},             // "within 14 days": overdue, then closed as not_a_request
		{"new/208-seattle-pd-swatting-next-target-tonight", now},               // an emergency, closed as not_a_request
		{"rewordings/021a-content-with-subpoena-only", now.AddDate(0, 0, -20)}, // stays a request: overdue
	} {
		clock = c.at
		out, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, c.name)), store.Origin{Source: c.name})
		if err != nil {
			t.Fatal(err)
		}
		refs[c.name] = out.Ref
	}
	clock = now
	phishing, closed, emergency, open := refs["025-spam-phishing"], refs["021-content-with-subpoena-only"], refs["new/208-seattle-pd-swatting-next-target-tonight"], refs["rewordings/021a-content-with-subpoena-only"]
	for _, ref := range []string{closed, emergency} {
		if err := p.Store.Decide(ctx, ref, "reviewer", store.OutcomeNotARequest, "", func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil }); err != nil {
			t.Fatal(err)
		}
	}
	if err := deadline.Refresh(ctx, p.Store, time.UTC); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		q    store.QueueQuery
		want []string
	}{
		{"overdue view", store.QueueQuery{View: store.ViewOverdue}, []string{open}},
		{"due soon view", store.QueueQuery{View: store.ViewDueSoon}, nil},
		{"phishing by reference", store.QueueQuery{Ref: phishing}, []string{phishing}},
		{"not a request by reference", store.QueueQuery{Ref: closed}, []string{closed}},
		{"emergency closed as not a request", store.QueueQuery{Ref: emergency}, []string{emergency}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Now, tc.q.DueSoon = now, 48*time.Hour
			page, err := p.Store.Queue(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range page.Items {
				got = append(got, it.Ref)
				if want := it.Ref == open; (it.Due != "") != want {
					t.Errorf("%s (decision %s, outcome %q): due %q %s", it.Ref, it.Decision, it.Outcome, it.Due, it.DueKind)
				}
				if it.Ref != open && it.Urgency != store.UrgencyNone {
					t.Errorf("%s: urgency %d, want none", it.Ref, it.Urgency)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	n := &notify.Notifier{Store: p.Store, WebhookURL: "http://127.0.0.1:9/", DueSoon: 48 * time.Hour, StalledAfter: time.Hour, Now: func() time.Time { return now }}
	if _, err := n.Scan(ctx); err != nil {
		t.Fatal(err)
	}
	told, err := p.Store.Notifications(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	var dueTold []string
	for _, x := range told {
		if x.Kind == store.NotifyDueSoon || x.Kind == "emergency" {
			dueTold = append(dueTold, x.RequestRef)
		}
	}
	if !slices.Equal(dueTold, []string{open}) {
		t.Errorf("told as due or emergency: %v, want only %s", dueTold, open)
	}
}
