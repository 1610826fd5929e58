package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"fmt"
	"strings"
	"time"
)

// Outbox states.
const (
	ReplyPending = "pending"
	// ReplySending is a reply a responder has claimed and is sending.
	ReplySending = "sending"
	ReplySent    = "sent"
	ReplyFailed  = "failed"
	ReplyHeld    = "held"
	ReplyDryRun  = "dry_run"
	// ReplySuperseded is a needs-info reply not yet sent when the request
	// became complete: sending it would ask for what is already there.
	ReplySuperseded = "superseded"
	// ReplyDiscarded is a held reply a reviewer decided not to send.
	ReplyDiscarded = "discarded"
)

// Reply is a reply to write to the outbox with a decision.
type Reply struct {
	Kind string
	// DedupeKey makes the reply unique within its request.
	DedupeKey  string
	To         string
	Subject    string
	Body       string
	InReplyTo  string
	References []string
	// State is ReplyPending, or ReplyHeld when a person must release it.
	State string
	// Domain is the right-hand side of the reply's Message-ID.
	Domain string
	// Verified marks a reply to verified law enforcement: sent first,
	// with a sending budget of its own.
	Verified bool
}

// OutboxRow is a reply as stored.
type OutboxRow struct {
	ID         int64    `json:"id"`
	RequestRef string   `json:"request"`
	Kind       string   `json:"kind"`
	To         string   `json:"to"`
	Subject    string   `json:"subject"`
	Body       string   `json:"body"`
	InReplyTo  string   `json:"in_reply_to"`
	References []string `json:"references"`
	MessageID  string   `json:"message_id"`
	State      string   `json:"state"`
	Attempts   int      `json:"attempts"`
	LastError  string   `json:"last_error,omitempty"`
	CreatedAt  string   `json:"created_at"`
	Verified   bool     `json:"verified"`
}

// insertReplies writes replies of a decision inside its transaction;
// actor is who the audit trail names for them.
func insertReplies(tx *sql.Tx, now string, reqID, msgID int64, ref, actor string, replies []Reply) error {
	for _, r := range replies {
		if _, _, err := insertReply(tx, now, reqID, msgID, ref, actor, r); err != nil {
			return err
		}
	}
	return nil
}

// insertReply writes one reply and returns its Message-ID; inserted is
// false when the request already has a reply with its dedupe key (the
// answer was written before, and is not written again).
func insertReply(tx *sql.Tx, now string, reqID, msgID int64, ref, actor string, r Reply) (mid string, inserted bool, err error) {
	if r.Kind != "needs_info" && r.Kind != "subscriber_notice" && r.Kind != KindReviewerReply {
		if _, err := tx.Exec(`UPDATE outbox SET state = ? WHERE request_id = ? AND kind = 'needs_info' AND state = ?`, ReplySuperseded, reqID, ReplyPending); err != nil {
			return "", false, fmt.Errorf("supersede needs-info: %w", err)
		}
	}
	res, err := tx.Exec(`INSERT OR IGNORE INTO outbox (request_id, trigger_message, kind, dedupe_key, rcpt, subject, body, in_reply_to, refs, state, next_attempt_at, created_at, verified)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		reqID, nullID(msgID), r.Kind, r.DedupeKey, r.To, r.Subject, r.Body, r.InReplyTo, strings.Join(r.References, " "), r.State, now, now, r.Verified)
	if err != nil {
		return "", false, fmt.Errorf("write reply %s: %w", r.Kind, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		err := tx.QueryRow(`SELECT message_id FROM outbox WHERE request_id = ? AND dedupe_key = ?`, reqID, r.DedupeKey).Scan(&mid)
		return mid, false, err // this answer was written before
	}
	id, _ := res.LastInsertId()
	// The reference is for people reading the header; the random
	// part makes the Message-ID unguessable. Neither is authority:
	// quoting it only names the request (see pipeline's thread rules).
	mid = fmt.Sprintf("%s.%s.%d.%s@%s", strings.ToLower(ref), strings.ReplaceAll(r.Kind, "_", ""), id, randomToken(), r.Domain)
	if _, err := tx.Exec(`UPDATE outbox SET message_id = ? WHERE id = ?`, mid, id); err != nil {
		return "", false, fmt.Errorf("write reply %s: %w", r.Kind, err)
	}
	if err := addEvent(tx, now, reqID, msgID, "reply_"+r.State, actor, fmt.Sprintf("%s to %s <%s>", r.Kind, r.To, mid)); err != nil {
		return "", false, err
	}
	return mid, true, nil
}

// KindReviewerReply is a reply a reviewer wrote to the agency; it answers
// nothing lerd planned, so it supersedes no needs-info reply.
const KindReviewerReply = "reviewer_reply"

// AddReply writes a reply a reviewer wrote (or a letter a reviewer's
// action calls for) to the outbox of request ref, for the responder to
// send, with an audit event naming actor. A reply with the same
// DedupeKey is written once: inserted is false for the second (a double
// submit, a reload), and mid is the first one's Message-ID.
func (s *Store) AddReply(ctx context.Context, ref, actor string, r Reply) (mid string, inserted bool, err error) {
	if strings.TrimSpace(actor) == "" {
		return "", false, fmt.Errorf("store: reply to %s: who writes it is required", ref)
	}
	now := s.stamp()
	err = s.tx(ctx, func(tx *sql.Tx) error {
		req, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		mid, inserted, err = insertReply(tx, now, req.ID, 0, ref, actor, r)
		if err == nil && inserted {
			_, err = tx.Exec(`UPDATE requests SET updated_at = ? WHERE id = ?`, now, req.ID)
		}
		return err
	})
	if err != nil {
		return "", false, fmt.Errorf("store: reply to %s: %w", ref, err)
	}
	return mid, inserted, nil
}

const outboxCols = `o.id, r.ref, o.kind, o.rcpt, o.subject, o.body, o.in_reply_to, o.refs, o.message_id, o.state, o.attempts, o.last_error, o.created_at, o.verified`

func scanOutbox(rows *sql.Rows) ([]OutboxRow, error) {
	defer rows.Close()
	var out []OutboxRow
	for rows.Next() {
		var o OutboxRow
		var refs string
		if err := rows.Scan(&o.ID, &o.RequestRef, &o.Kind, &o.To, &o.Subject, &o.Body, &o.InReplyTo, &refs, &o.MessageID, &o.State, &o.Attempts, &o.LastError, &o.CreatedAt, &o.Verified); err != nil {
			return nil, err
		}
		o.References = strings.Fields(refs)
		out = append(out, o)
	}
	return out, rows.Err()
}

// DueReplies returns pending replies whose next attempt is due: those to
// verified law enforcement first, then oldest first.
func (s *Store) DueReplies(ctx context.Context, now time.Time, limit int) ([]OutboxRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+outboxCols+` FROM outbox o JOIN requests r ON r.id = o.request_id
		WHERE o.state = ? AND o.next_attempt_at <= ? ORDER BY o.verified DESC, o.id LIMIT ?`, ReplyPending, now.UTC().Format(time.RFC3339Nano), limit)
	if err != nil {
		return nil, fmt.Errorf("store: due replies: %w", err)
	}
	out, err := scanOutbox(rows)
	if err != nil {
		return nil, fmt.Errorf("store: due replies: %w", err)
	}
	return out, nil
}

// Replies returns the outbox of one request, or of all requests for ref "".
func (s *Store) Replies(ctx context.Context, ref string) ([]OutboxRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+outboxCols+` FROM outbox o JOIN requests r ON r.id = o.request_id
		WHERE ? = '' OR r.ref = ? ORDER BY o.id`, ref, ref)
	if err != nil {
		return nil, fmt.Errorf("store: replies: %w", err)
	}
	out, err := scanOutbox(rows)
	if err != nil {
		return nil, fmt.Errorf("store: replies: %w", err)
	}
	return out, nil
}

// ReplyAttempt records the outcome of one attempt to send a reply: state
// is ReplySent, ReplyFailed (permanent, flags the request for review),
// ReplyDryRun, or ReplyPending with the time of the next attempt.
func (s *Store) ReplyAttempt(ctx context.Context, id int64, state string, next time.Time, errText string) error {
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var reqID int64
		var kind, mid string
		if err := tx.QueryRow(`SELECT request_id, kind, message_id FROM outbox WHERE id = ?`, id).Scan(&reqID, &kind, &mid); err != nil {
			return err
		}
		var sentAt any
		if state == ReplySent {
			sentAt = now
		}
		if _, err := tx.Exec(`UPDATE outbox SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?, sent_at = COALESCE(sent_at, ?) WHERE id = ?`,
			state, next.UTC().Format(time.RFC3339Nano), errText, sentAt, id); err != nil {
			return err
		}
		if state == ReplyFailed {
			if _, err := tx.Exec(`UPDATE requests SET state = 'needs_review', flags = TRIM(flags || ' reply_failed'), updated_at = ? WHERE id = ?`, now, reqID); err != nil {
				return err
			}
		}
		if state == ReplyPending {
			return nil // retries are not audit events; the final outcome is
		}
		return addEvent(tx, now, reqID, 0, "reply_"+state, "responder", strings.TrimSpace(fmt.Sprintf("%s <%s> %s", kind, mid, errText)))
	})
	if err == nil {
		// The SMTP server's latest word, for `lerd status`.
		switch {
		case state == ReplySent:
			s.Report(ComponentSMTP, nil)
		case errText != "" && (state == ReplyFailed || state == ReplyPending):
			s.Report(ComponentSMTP, fmt.Errorf("reply %d: %s", id, errText))
		}
	}
	if err != nil {
		return fmt.Errorf("store: reply %d attempt: %w", id, err)
	}
	return nil
}

// ClaimReply makes a due pending reply ReplySending, for the caller alone
// to send; it reports false when the reply is not (or no longer) pending
// and due, because another responder claimed it or a person changed it.
// The claimed reply's outcome is recorded with ReplyAttempt.
func (s *Store) ClaimReply(ctx context.Context, id int64, now time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE outbox SET state = ? WHERE id = ? AND state = ? AND next_attempt_at <= ?`,
		ReplySending, id, ReplyPending, now.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("store: claim reply %d: %w", id, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// RecoverSending returns replies left ReplySending by a process that
// stopped before it recorded their outcome to ReplyPending, due now, and
// returns how many. Only the one process that holds the database's lock
// (see Lock) may call it: another one's claims would be undone. Each such
// reply may have gone out; it is sent again under its own Message-ID.
func (s *Store) RecoverSending(ctx context.Context) (int, error) {
	now := s.stamp()
	var n int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = 'interrupted while sending' WHERE state = ?`,
			ReplyPending, now, ReplySending)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: recover replies being sent: %w", err)
	}
	return int(n), nil
}

// NextReplyDue returns when the earliest pending reply is due; ok is false
// when none is pending.
func (s *Store) NextReplyDue(ctx context.Context) (next time.Time, ok bool, err error) {
	var at sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(next_attempt_at) FROM outbox WHERE state = ?`, ReplyPending).Scan(&at); err != nil {
		return time.Time{}, false, fmt.Errorf("store: next reply due: %w", err)
	}
	if !at.Valid {
		return time.Time{}, false, nil
	}
	next, err = time.Parse(time.RFC3339Nano, at.String)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next reply due: %w", err)
	}
	return next, true, nil
}

// SentSince counts replies sent since t, to rcpt or to anyone for rcpt "".
func (s *Store) SentSince(ctx context.Context, rcpt string, t time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE state = ? AND sent_at >= ? AND (? = '' OR rcpt = ?)`,
		ReplySent, t.UTC().Format(time.RFC3339Nano), rcpt, rcpt).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: sent since: %w", err)
	}
	return n, nil
}

// SentInClassSince counts replies sent since t to verified law enforcement
// (verified) or to anyone else: each class has its own sending budget.
func (s *Store) SentInClassSince(ctx context.Context, verified bool, t time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE state = ? AND sent_at >= ? AND verified = ?`,
		ReplySent, t.UTC().Format(time.RFC3339Nano), verified).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: sent since: %w", err)
	}
	return n, nil
}

// ReleaseHeld lets a reviewer decide on a request's held replies: release
// (send them) or discard (never send them). It returns how many changed.
func (s *Store) ReleaseHeld(ctx context.Context, ref, actor string, release bool) (int, error) {
	now := s.stamp()
	state, kind := ReplyDiscarded, "reply_discarded"
	if release {
		state, kind = ReplyPending, "reply_released"
	}
	var n int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		if err := releaseNeedsCallback(tx, r.ID, release); err != nil {
			return err
		}
		res, err := tx.Exec(`UPDATE outbox SET state = ?, next_attempt_at = ? WHERE request_id = ? AND state = ?`, state, now, r.ID, ReplyHeld)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		if n == 0 {
			return nil
		}
		return addEvent(tx, now, r.ID, 0, kind, actor, fmt.Sprintf("%d held replies", n))
	})
	if err != nil {
		return 0, fmt.Errorf("store: release held replies of %s: %w", ref, err)
	}
	return int(n), nil
}

// randomToken returns 80 random bits in lower-case base32.
func randomToken() string {
	b := make([]byte, 10)
	rand.Read(b) // never fails (crypto/rand, Go 1.24)
	return strings.ToLower(base32.StdEncoding.EncodeToString(b))
}
