package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Call-back outcomes.
const (
	CallbackConfirmed = "confirmed"
	CallbackFailed    = "failed"
)

// FlagFirstTimeSender marks a request whose sender lerd had not seen before.
const FlagFirstTimeSender = "first_time_sender"

// ErrNotVerified refuses an action that needs a confirmed call-back first.
var ErrNotVerified = errors.New("no confirmed call-back verification: call the agency back on a number not taken from the e-mail and record it first")

// Verification records that a reviewer called the agency back: who called,
// which number, when, and whether the agency confirmed the request.
type Verification struct {
	Actor      string `json:"actor"`
	Number     string `json:"number"`
	Outcome    string `json:"outcome"`
	Note       string `json:"note,omitempty"`
	CalledAt   string `json:"called_at"`
	RecordedAt string `json:"recorded_at"`
}

// NeedsCallback reports whether releasing data for r needs a confirmed
// call-back: emergencies (the fake emergency request is the known attack)
// and senders lerd had not seen before.
func NeedsCallback(r *Request) bool {
	return r.Emergency || slices.Contains(r.Flags, FlagFirstTimeSender)
}

// AddVerification records a call-back for request ref, in its own table and
// in the audit trail, in one transaction. calledAt zero means now.
func (s *Store) AddVerification(ctx context.Context, ref string, v Verification, calledAt time.Time) error {
	v.Actor, v.Number = strings.TrimSpace(v.Actor), strings.TrimSpace(v.Number)
	switch {
	case v.Actor == "":
		return fmt.Errorf("store: verification of %s: who called is required", ref)
	case v.Number == "":
		return fmt.Errorf("store: verification of %s: the number called is required", ref)
	case v.Outcome != CallbackConfirmed && v.Outcome != CallbackFailed:
		return fmt.Errorf("store: verification of %s: outcome must be %s or %s, not %q", ref, CallbackConfirmed, CallbackFailed, v.Outcome)
	}
	now := s.stamp()
	v.RecordedAt, v.CalledAt = now, now
	if !calledAt.IsZero() {
		v.CalledAt = calledAt.UTC().Format(time.RFC3339)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO verifications (request_id, actor, number, outcome, note, called_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			r.ID, v.Actor, v.Number, v.Outcome, v.Note, v.CalledAt, v.RecordedAt); err != nil {
			return err
		}
		detail := fmt.Sprintf("called %s at %s: %s", v.Number, v.CalledAt, v.Outcome)
		if v.Note != "" {
			detail += "; " + v.Note
		}
		return addEvent(tx, now, r.ID, 0, "callback_"+v.Outcome, v.Actor, detail)
	})
	if err != nil {
		return fmt.Errorf("store: verification of %s: %w", ref, err)
	}
	return nil
}

// Verifications returns the call-backs recorded for ref, oldest first.
func (s *Store) Verifications(ctx context.Context, ref string) ([]Verification, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT v.actor, v.number, v.outcome, v.note, v.called_at, v.recorded_at
		FROM verifications v JOIN requests r ON r.id = v.request_id WHERE r.ref = ? ORDER BY v.id`, ref)
	if err != nil {
		return nil, fmt.Errorf("store: verifications of %s: %w", ref, err)
	}
	defer rows.Close()
	var out []Verification
	for rows.Next() {
		var v Verification
		if err := rows.Scan(&v.Actor, &v.Number, &v.Outcome, &v.Note, &v.CalledAt, &v.RecordedAt); err != nil {
			return nil, fmt.Errorf("store: verifications of %s: %w", ref, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// requireCallback returns ErrNotVerified unless the latest call-back
// recorded for request id confirmed it: a failed call after a confirmed one
// withdraws the confirmation.
func requireCallback(tx *sql.Tx, id int64) error {
	var outcome string
	err := tx.QueryRow(`SELECT outcome FROM verifications WHERE request_id = ? ORDER BY id DESC LIMIT 1`, id).Scan(&outcome)
	if errors.Is(err, sql.ErrNoRows) || err == nil && outcome != CallbackConfirmed {
		return ErrNotVerified
	}
	return err
}

// releaseNeedsCallback refuses to release held replies without a confirmed
// call-back; a reply is held because its sender could not be trusted, and
// only a call to the agency settles that. Discarding needs none.
func releaseNeedsCallback(tx *sql.Tx, id int64, release bool) error {
	if !release {
		return nil
	}
	var held int
	if err := tx.QueryRow(`SELECT count(*) FROM outbox WHERE request_id = ? AND state = ?`, id, ReplyHeld).Scan(&held); err != nil {
		return err
	}
	if held == 0 {
		return nil
	}
	return requireCallback(tx, id)
}

// HistoryItem is an earlier request from a request's sender or agency.
type HistoryItem struct {
	Ref       string `json:"ref"`
	CreatedAt string `json:"created_at"`
	Sender    string `json:"sender"`
	Subject   string `json:"subject"`
	State     string `json:"state"`
	Decision  string `json:"decision"`
	Outcome   string `json:"outcome"`
	// SameAddress is set for the same From address, else the same domain.
	SameAddress bool `json:"same_address"`
	// FailedCallbacks counts its call-backs that failed.
	FailedCallbacks int `json:"failed_callbacks"`
}

// SenderHistory returns up to limit requests opened before ref, newest
// first, from address or, when domain is not "", from any address of that
// domain (the agency's; never pass a shared domain such as a free-mail
// provider's), with their outcomes and failed call-backs.
func (s *Store) SenderHistory(ctx context.Context, ref, address, domain string, limit int) ([]HistoryItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.ref, r.created_at, r.sender, r.subject, r.state, r.decision, r.outcome, lower(r.sender) = lower(?2),
			(SELECT count(*) FROM verifications v WHERE v.request_id = r.id AND v.outcome = ?4)
		FROM requests r
		WHERE r.id < (SELECT id FROM requests WHERE ref = ?1) AND r.sender <> ''
			AND (lower(r.sender) = lower(?2) OR (?3 <> '' AND lower(substr(r.sender, instr(r.sender, '@') + 1)) = lower(?3)))
		ORDER BY r.id DESC LIMIT ?5`, ref, address, domain, CallbackFailed, limit)
	if err != nil {
		return nil, fmt.Errorf("store: sender history of %s: %w", ref, err)
	}
	defer rows.Close()
	var out []HistoryItem
	for rows.Next() {
		var h HistoryItem
		if err := rows.Scan(&h.Ref, &h.CreatedAt, &h.Sender, &h.Subject, &h.State, &h.Decision, &h.Outcome, &h.SameAddress, &h.FailedCallbacks); err != nil {
			return nil, fmt.Errorf("store: sender history of %s: %w", ref, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
