package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Outcomes a reviewer records. Each closes the request.
const (
	OutcomeProduced          = "produced"
	OutcomePartiallyProduced = "partially_produced"
	OutcomeNoRecords         = "no_records"
	OutcomeDeclined          = "declined"
	OutcomeWithdrawn         = "withdrawn"
	// OutcomeNotARequest closes bounces, spam and newsletters.
	OutcomeNotARequest = "not_a_request"
)

// Outcomes lists every outcome, in the order the page offers them.
var Outcomes = []string{OutcomeProduced, OutcomePartiallyProduced, OutcomeNoRecords, OutcomeDeclined, OutcomeWithdrawn, OutcomeNotARequest}

// ErrNoteRequired refuses a decline or a changed decision without a note.
var ErrNoteRequired = errors.New("a note is required: say why (for declined, the reason the agency is told; for a change, why the decision changes)")

// DataLeaves reports whether an outcome discloses data, and so needs a
// confirmed call-back for emergencies and first-time senders.
func DataLeaves(outcome string) bool {
	return outcome == OutcomeProduced || outcome == OutcomePartiallyProduced
}

// checkOutcome validates a reviewer's outcome for request r inside the
// deciding transaction and returns what the audit event says before the
// note: "changes produced: " when it replaces an earlier decision.
func checkOutcome(tx *sql.Tx, r *Request, outcome, note string) (string, error) {
	if !slices.Contains(Outcomes, outcome) {
		return "", fmt.Errorf("outcome must be one of %s, not %q", strings.Join(Outcomes, ", "), outcome)
	}
	note = strings.TrimSpace(note)
	if outcome == r.Outcome {
		return "", fmt.Errorf("already recorded as %s", outcome)
	}
	if (outcome == OutcomeDeclined || r.Outcome != "") && note == "" {
		return "", ErrNoteRequired
	}
	if DataLeaves(outcome) && NeedsCallback(r) {
		if err := requireCallback(tx, r.ID); err != nil {
			return "", err
		}
	}
	if r.Outcome != "" {
		return "changes " + r.Outcome + ": ", nil
	}
	return "", nil
}

// AddNote records an internal note on a request in its audit trail; notes
// are for the team and never sent.
func (s *Store) AddNote(ctx context.Context, ref, actor, note string) error {
	note, actor = strings.TrimSpace(note), strings.TrimSpace(actor)
	if note == "" || actor == "" {
		return fmt.Errorf("store: note on %s: the note and who writes it are required", ref)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		return addEvent(tx, s.stamp(), r.ID, 0, "note", actor, note)
	})
	if err != nil {
		return fmt.Errorf("store: note on %s: %w", ref, err)
	}
	return nil
}

// Assign gives a request to a reviewer ("" unassigns it), recorded in the
// audit trail.
func (s *Store) Assign(ctx context.Context, ref, actor, assignee string) error {
	assignee, actor = strings.TrimSpace(assignee), strings.TrimSpace(actor)
	if actor == "" {
		return fmt.Errorf("store: assign %s: who assigns it is required", ref)
	}
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE requests SET assignee = ?, updated_at = ? WHERE id = ?`, assignee, now, r.ID); err != nil {
			return err
		}
		detail := "assigned to " + assignee
		if assignee == "" {
			detail = "unassigned (was " + r.Assignee + ")"
		}
		return addEvent(tx, now, r.ID, 0, "assigned", actor, detail)
	})
	if err != nil {
		return fmt.Errorf("store: assign %s: %w", ref, err)
	}
	return nil
}
