package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Deadline kinds.
const (
	DeadlinePreservationReminder = "preservation_reminder"
	DeadlinePreservationExpiry   = "preservation_expiry"
	DeadlineNDOExpiry            = "ndo_expiry"
	DeadlineSubscriberNotice     = "subscriber_notice"
)

// Deadline is a timer of a request.
type Deadline struct {
	ID         int64  `json:"id"`
	RequestRef string `json:"request"`
	Kind       string `json:"kind"`
	// Due is the day it falls due, YYYY-MM-DD.
	Due    string `json:"due"`
	State  string `json:"state"`
	Detail string `json:"detail,omitempty"`
}

func insertDeadlines(tx *sql.Tx, now string, reqID int64, ds []Deadline) error {
	for _, d := range ds {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO deadlines (request_id, kind, due, detail, created_at) VALUES (?, ?, ?, ?, ?)`,
			reqID, d.Kind, d.Due, d.Detail, now); err != nil {
			return fmt.Errorf("add deadline %s: %w", d.Kind, err)
		}
	}
	return nil
}

// Deadlines returns the timers of one request, or all pending ones for ref "".
func (s *Store) Deadlines(ctx context.Context, ref string) ([]Deadline, error) {
	return s.queryDeadlines(ctx, `(? = '' AND d.state = 'pending') OR r.ref = ?`, ref, ref)
}

// DueDeadlines returns the pending timers due on or before day.
func (s *Store) DueDeadlines(ctx context.Context, day time.Time) ([]Deadline, error) {
	return s.queryDeadlines(ctx, `d.state = 'pending' AND d.due <= ?`, day.Format(time.DateOnly))
}

func (s *Store) queryDeadlines(ctx context.Context, where string, args ...any) ([]Deadline, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, r.ref, d.kind, d.due, d.state, d.detail FROM deadlines d JOIN requests r ON r.id = d.request_id
		WHERE `+where+` ORDER BY d.due, d.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: deadlines: %w", err)
	}
	defer rows.Close()
	var out []Deadline
	for rows.Next() {
		var d Deadline
		if err := rows.Scan(&d.ID, &d.RequestRef, &d.Kind, &d.Due, &d.State, &d.Detail); err != nil {
			return nil, fmt.Errorf("store: deadlines: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// CompleteDeadline marks a timer done and, in the same transaction, writes
// the replies it releases, adds flags to its request and records the event.
func (s *Store) CompleteDeadline(ctx context.Context, id int64, event string, flag string, replies []Reply) error {
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var reqID int64
		var kind, state, ref string
		err := tx.QueryRow(`SELECT d.request_id, d.kind, d.state, r.ref FROM deadlines d JOIN requests r ON r.id = d.request_id WHERE d.id = ?`, id).Scan(&reqID, &kind, &state, &ref)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if state != "pending" {
			return nil // completed by another process
		}
		if _, err := tx.Exec(`UPDATE deadlines SET state = 'done', done_at = ? WHERE id = ?`, now, id); err != nil {
			return err
		}
		if flag != "" {
			if _, err := tx.Exec(`UPDATE requests SET flags = TRIM(flags || ' ' || ?), updated_at = ? WHERE id = ? AND (' ' || flags || ' ') NOT LIKE ('% ' || ? || ' %')`, flag, now, reqID, flag); err != nil {
				return err
			}
		}
		if err := addEvent(tx, now, reqID, 0, kind, "scheduler", event); err != nil {
			return err
		}
		return insertReplies(tx, now, reqID, 0, ref, "scheduler", replies)
	})
	if err != nil {
		return fmt.Errorf("store: complete deadline %d: %w", id, err)
	}
	return nil
}

// DecisionPlan is what recording a review decision adds: replies (such as
// subscriber notices), timers, and a note for the audit log.
type DecisionPlan struct {
	Replies   []Reply
	Deadlines []Deadline
	Event     string
}

// Decide records a reviewer's decision on a request (one of Outcomes),
// which closes it, and what follows from it, in one transaction. A decline
// and a change of an earlier decision need a note; data leaves an
// emergency or a first-time sender only after a confirmed call-back. plan sees the request and
// must not touch the store.
func (s *Store) Decide(ctx context.Context, ref, actor, decision, note string, plan func(*Request) (DecisionPlan, error)) error {
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		change, err := checkOutcome(tx, r, decision, note)
		if err != nil {
			return err
		}
		p, err := plan(r)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE requests SET state = 'decided', outcome = ?, updated_at = ? WHERE id = ?`, decision, now, r.ID); err != nil {
			return err
		}
		detail := change + note
		if p.Event != "" {
			detail = fmt.Sprintf("%s; %s", detail, p.Event)
		}
		if err := addEvent(tx, now, r.ID, 0, "review_"+decision, actor, detail); err != nil {
			return err
		}
		if err := insertDeadlines(tx, now, r.ID, p.Deadlines); err != nil {
			return err
		}
		return insertReplies(tx, now, r.ID, 0, ref, actor, p.Replies)
	})
	if err != nil {
		return fmt.Errorf("store: decide %s: %w", ref, err)
	}
	return nil
}
