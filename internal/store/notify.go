package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Notification kinds.
const (
	NotifyEmergency       = "emergency"
	NotifyFirstTimeSender = "first_time_sender"
	NotifyReplyFailed     = "reply_failed"
	NotifyIntakeStalled   = "intake_stalled"
	NotifyDueSoon         = "due_soon"
)

// Notification states.
const (
	NotificationPending = "pending"
	NotificationSending = "sending"
	NotificationSent    = "sent"
	NotificationFailed  = "failed"
)

// Notification is one notice to the compliance team on one channel
// (email or webhook).
type Notification struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	Key        string `json:"key"`
	Channel    string `json:"channel"`
	RequestRef string `json:"request,omitempty"`
	Summary    string `json:"summary"`
	State      string `json:"state"`
	Attempts   int    `json:"attempts"`
	LastError  string `json:"last_error,omitempty"`
	CreatedAt  string `json:"created_at"`
	SentAt     string `json:"sent_at,omitempty"`
}

// AddNotification records a notification unless one of the same kind, key
// and channel exists; it reports whether it was new. Noticing an event
// twice, in one process or two, records it once.
func (s *Store) AddNotification(ctx context.Context, n Notification) (bool, error) {
	// Due at once ('' sorts before every time).
	now := s.stamp()
	res, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO notifications (kind, subject_key, channel, request_ref, summary, next_attempt_at, created_at)
		VALUES (?, ?, ?, ?, ?, '', ?)`, n.Kind, n.Key, n.Channel, n.RequestRef, n.Summary, now)
	if err != nil {
		return false, fmt.Errorf("store: add notification %s %s: %w", n.Kind, n.Key, err)
	}
	k, _ := res.RowsAffected()
	return k == 1, nil
}

// ClaimNotifications marks up to limit due notifications as being sent by
// the caller until now+lease and returns them: pending ones whose next
// attempt is due, and ones whose sender's lease ran out (it crashed). Two
// processes never claim the same row at once.
func (s *Store) ClaimNotifications(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Notification, error) {
	at, until := now.UTC().Format(time.RFC3339Nano), now.Add(lease).UTC().Format(time.RFC3339Nano)
	var out []Notification
	err := s.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, kind, subject_key, channel, request_ref, summary, state, attempts, last_error, created_at
			FROM notifications WHERE (state = 'pending' AND next_attempt_at <= ?1) OR (state = 'sending' AND claimed_until < ?1)
			ORDER BY id LIMIT ?2`, at, limit)
		if err != nil {
			return err
		}
		for rows.Next() {
			var n Notification
			if err := rows.Scan(&n.ID, &n.Kind, &n.Key, &n.Channel, &n.RequestRef, &n.Summary, &n.State, &n.Attempts, &n.LastError, &n.CreatedAt); err != nil {
				rows.Close()
				return err
			}
			out = append(out, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i := range out {
			out[i].Attempts++
			out[i].State = NotificationSending
			if _, err := tx.ExecContext(ctx, `UPDATE notifications SET state = 'sending', claimed_until = ?, attempts = attempts + 1 WHERE id = ?`, until, out[i].ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: claim notifications: %w", err)
	}
	return out, nil
}

// FinishNotification records the outcome of a claimed notification: sent
// (errText ""), to be retried at next, or failed for good (next zero).
func (s *Store) FinishNotification(ctx context.Context, id int64, errText string, next time.Time) error {
	var err error
	switch {
	case errText == "":
		_, err = s.db.ExecContext(ctx, `UPDATE notifications SET state = 'sent', sent_at = ?, last_error = '', claimed_until = '' WHERE id = ?`, s.stamp(), id)
	case next.IsZero():
		_, err = s.db.ExecContext(ctx, `UPDATE notifications SET state = 'failed', last_error = ?, claimed_until = '' WHERE id = ?`, errText, id)
	default:
		_, err = s.db.ExecContext(ctx, `UPDATE notifications SET state = 'pending', last_error = ?, next_attempt_at = ?, claimed_until = '' WHERE id = ?`,
			errText, next.UTC().Format(time.RFC3339Nano), id)
	}
	if err != nil {
		return fmt.Errorf("store: finish notification %d: %w", id, err)
	}
	return nil
}

// Notifications returns the newest notifications, at most limit.
func (s *Store) Notifications(ctx context.Context, limit int) ([]Notification, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind, subject_key, channel, request_ref, summary, state, attempts, last_error, created_at, COALESCE(sent_at, '')
		FROM notifications ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: notifications: %w", err)
	}
	defer rows.Close()
	var out []Notification
	for rows.Next() {
		var n Notification
		if err := rows.Scan(&n.ID, &n.Kind, &n.Key, &n.Channel, &n.RequestRef, &n.Summary, &n.State, &n.Attempts, &n.LastError, &n.CreatedAt, &n.SentAt); err != nil {
			return nil, fmt.Errorf("store: notifications: %w", err)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// NotificationsByState counts notifications per state.
func (s *Store) NotificationsByState(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT state, count(*) FROM notifications GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("store: notifications: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("store: notifications: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}

// NotifiableEvent is something the team is told about, as the store
// finds it.
type NotifiableEvent struct {
	Kind, Key, RequestRef, Summary string
}

// NotifiableEvents finds, in open work and the outbox, what the team is
// told about: open emergencies and open requests from first-time senders
// (not mail that is no request), replies that failed, and mailboxes whose
// last IMAP pass is older than stalledBefore (RFC 3339). Due dates come
// from Queue.
func (s *Store) NotifiableEvents(ctx context.Context, stalledBefore time.Time) ([]NotifiableEvent, error) {
	q := `SELECT 'emergency', ref, ref, 'emergency request from ' || sender || ': ' || subject FROM requests r
			WHERE emergency = 1 AND state NOT IN ` + closedStates + ` AND NOT ` + notARequest + `
		UNION ALL SELECT 'first_time_sender', ref, ref, 'first request from ' || sender || ': ' || subject FROM requests r
			WHERE (' ' || flags || ' ') LIKE '% first_time_sender %' AND state NOT IN ` + closedStates + ` AND NOT ` + notARequest + `
		UNION ALL SELECT 'reply_failed', 'outbox:' || o.id, r.ref, 'reply ' || o.kind || ' to ' || o.rcpt || ' failed: ' || o.last_error
			FROM outbox o JOIN requests r ON r.id = o.request_id WHERE o.state = 'failed'
		UNION ALL SELECT 'intake_stalled', mailbox || '@' || updated_at, '', 'no IMAP pass on ' || mailbox || ' since ' || updated_at
			FROM checkpoints WHERE updated_at < ?`
	rows, err := s.db.QueryContext(ctx, q, stalledBefore.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return nil, fmt.Errorf("store: notifiable events: %w", err)
	}
	defer rows.Close()
	var out []NotifiableEvent
	for rows.Next() {
		var e NotifiableEvent
		if err := rows.Scan(&e.Kind, &e.Key, &e.RequestRef, &e.Summary); err != nil {
			return nil, fmt.Errorf("store: notifiable events: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
