package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// newTestRequest opens a request from sender with one held reply; the
// first request of a sender is flagged first_time_sender.
func newTestRequest(t *testing.T, s *Store, sender string, emergency bool) string {
	t.Helper()
	ctx := context.Background()
	sp, err := s.SpoolRaw(strings.NewReader("x " + sender + time.Now().String()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, From: sender, Status: StatusParsed}}); err != nil {
		t.Fatal(err)
	}
	pending, _ := s.Pending(ctx, 10)
	held := Reply{Kind: "acknowledgement", DedupeKey: "acknowledgement", To: sender, Subject: "s", Body: "b", State: ReplyHeld, Domain: "provider.test"}
	res, err := s.Triage(ctx, pending[0], Findings{}, nil, func(*Request, string) RequestUpdate {
		return RequestUpdate{State: "needs_review", Sender: sender, Emergency: emergency, Replies: []Reply{held}}
	})
	if err != nil {
		t.Fatal(err)
	}
	return res.Ref
}

func noPlan(*Request) (DecisionPlan, error) { return DecisionPlan{}, nil }

func TestCallbackRequired(t *testing.T) {
	ctx := context.Background()
	confirmed := Verification{Actor: "ann", Number: "+1 202 555 0100", Outcome: CallbackConfirmed}
	failed := Verification{Actor: "ann", Number: "+1 202 555 0100", Outcome: CallbackFailed}
	tests := []struct {
		name      string
		emergency bool
		// repeat: the sender wrote before, so it is no first-time sender.
		repeat bool
		calls  []Verification
		// want is whether release and "produced" are allowed.
		wantRelease, wantProduced bool
	}{
		{"first-time sender, no call", false, false, nil, false, false},
		{"first-time sender, confirmed", false, false, []Verification{confirmed}, true, true},
		{"first-time sender, failed", false, false, []Verification{failed}, false, false},
		{"confirmed, then failed", false, false, []Verification{confirmed, failed}, false, false},
		{"failed, then confirmed", false, false, []Verification{failed, confirmed}, true, true},
		{"emergency of a known sender, no call", true, true, nil, false, false},
		{"emergency of a known sender, confirmed", true, true, []Verification{confirmed}, true, true},
		// A held reply is held because the sender is not trusted: releasing
		// it always needs a call; producing for a known sender does not.
		{"known sender, no call", false, true, nil, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			if tt.repeat {
				newTestRequest(t, s, "det@pd.example.gov", false)
			}
			ref := newTestRequest(t, s, "det@pd.example.gov", tt.emergency)
			for _, v := range tt.calls {
				if err := s.AddVerification(ctx, ref, v, time.Time{}); err != nil {
					t.Fatal(err)
				}
			}
			n, err := s.ReleaseHeld(ctx, ref, "ann", true)
			if tt.wantRelease != (err == nil) || tt.wantRelease && n != 1 || !tt.wantRelease && !errors.Is(err, ErrNotVerified) {
				t.Errorf("release: %d, %v", n, err)
			}
			err = s.Decide(ctx, ref, "ann", "produced", "", noPlan)
			if tt.wantProduced != (err == nil) || !tt.wantProduced && !errors.Is(err, ErrNotVerified) {
				t.Errorf("produced: %v", err)
			}
			d, _ := s.GetRequest(ctx, ref)
			if !tt.wantProduced && d.State == "decided" {
				t.Errorf("refused decision changed the state to %s", d.State)
			}
			// Discarding held replies and declining never need a call.
			if _, err := s.ReleaseHeld(ctx, ref, "ann", false); err != nil {
				t.Errorf("discard: %v", err)
			}
			if err := s.Decide(ctx, ref, "ann", "declined", "no", noPlan); err != nil {
				t.Errorf("declined: %v", err)
			}
		})
	}
}

func TestAddVerification(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	ref := newTestRequest(t, s, "det@pd.example.gov", true)
	for _, bad := range []Verification{
		{Actor: " ", Number: "202 555 0100", Outcome: CallbackConfirmed},
		{Actor: "ann", Number: "", Outcome: CallbackConfirmed},
		{Actor: "ann", Number: "202 555 0100", Outcome: "maybe"},
	} {
		if err := s.AddVerification(ctx, ref, bad, time.Time{}); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
	if err := s.AddVerification(ctx, "LER-1999-000001", Verification{Actor: "ann", Number: "1", Outcome: CallbackConfirmed}, time.Time{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown request: %v", err)
	}
	at := time.Date(2026, 12, 4, 9, 30, 0, 0, time.UTC)
	v := Verification{Actor: "ann", Number: "+1 202 555 0100", Outcome: CallbackConfirmed, Note: "Sgt. Ruiz confirmed"}
	if err := s.AddVerification(ctx, ref, v, at); err != nil {
		t.Fatal(err)
	}
	got, err := s.Verifications(ctx, ref)
	if err != nil || len(got) != 1 || got[0].CalledAt != "2026-12-04T09:30:00Z" || got[0].Number != v.Number || got[0].Actor != "ann" {
		t.Fatalf("verifications = %+v, %v", got, err)
	}
	d, _ := s.GetRequest(ctx, ref)
	last := d.Events[len(d.Events)-1]
	if last.Kind != "callback_confirmed" || last.Actor != "ann" || !strings.Contains(last.Detail, "+1 202 555 0100") || !strings.Contains(last.Detail, "Sgt. Ruiz confirmed") {
		t.Errorf("audit trail: %+v", last)
	}
	if _, err := s.db.Exec(`DELETE FROM verifications`); err == nil {
		t.Error("a verification was deleted")
	}
	if _, err := s.db.Exec(`UPDATE verifications SET outcome = 'confirmed'`); err == nil {
		t.Error("a verification was changed")
	}
}
