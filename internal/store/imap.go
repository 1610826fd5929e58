package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Checkpoint is how far intake has read one IMAP mailbox.
type Checkpoint struct {
	UIDValidity uint32
	LastUID     uint32
}

// Checkpoint returns the stored position for a mailbox; ok is false when the
// mailbox was never read.
func (s *Store) Checkpoint(ctx context.Context, mailbox string) (Checkpoint, bool, error) {
	var c Checkpoint
	err := s.db.QueryRowContext(ctx, `SELECT uidvalidity, last_uid FROM checkpoints WHERE mailbox = ?`, mailbox).Scan(&c.UIDValidity, &c.LastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("store: checkpoint %s: %w", mailbox, err)
	}
	return c, true, nil
}

// SetCheckpoint records the position for a mailbox. A change of UIDVALIDITY
// is logged as an event, since it makes the server renumber every message.
func (s *Store) SetCheckpoint(ctx context.Context, mailbox string, c Checkpoint) error {
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var old uint32
		err := tx.QueryRow(`SELECT uidvalidity FROM checkpoints WHERE mailbox = ?`, mailbox).Scan(&old)
		if err == nil && old != c.UIDValidity {
			if err := addEvent(tx, now, 0, 0, "uidvalidity_changed", "intake",
				fmt.Sprintf("%s: %d -> %d, rescanning", mailbox, old, c.UIDValidity)); err != nil {
				return err
			}
		}
		_, err = tx.Exec(`INSERT INTO checkpoints (mailbox, uidvalidity, last_uid, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`,
			mailbox, c.UIDValidity, c.LastUID, now)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: set checkpoint %s: %w", mailbox, err)
	}
	return nil
}

// MarkMoved records that the UIDs were moved out of the watched mailbox.
func (s *Store) MarkMoved(ctx context.Context, mailbox string, uidValidity uint32, uids []uint32) error {
	args := make([]any, len(uids))
	for i, u := range uids {
		args[i] = u
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		return eachChunk(args, func(chunk []any) error {
			_, err := tx.Exec(`UPDATE imap_uids SET moved = 1 WHERE mailbox = ? AND uidvalidity = ? AND uid IN (`+placeholders(len(chunk))+`)`,
				append([]any{mailbox, uidValidity}, chunk...)...)
			if err != nil {
				return fmt.Errorf("store: mark %d uids moved: %w", len(chunk), err)
			}
			return nil
		})
	})
}

// Stats counts what the store holds; tests and the demo print it.
type Stats struct {
	Messages   int `json:"messages"`
	Duplicates int `json:"duplicates"`
	Malformed  int `json:"malformed"`
	Oversize   int `json:"oversize"`
	Requests   int `json:"requests"`
	// Pending counts messages that wait for triage.
	Pending int `json:"pending_triage"`
	// OldestPending is when the oldest of them was stored.
	OldestPending string `json:"oldest_pending,omitempty"`
}

// Stats returns counts of messages and requests.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM messages),
		(SELECT count(*) FROM messages WHERE status = 'duplicate'),
		(SELECT count(*) FROM messages WHERE status = 'malformed'),
		(SELECT count(*) FROM messages WHERE status = 'oversize'),
		(SELECT count(*) FROM requests),
		(SELECT count(*) FROM messages WHERE triaged_at IS NULL),
		(SELECT COALESCE(MIN(stored_at), '') FROM messages WHERE triaged_at IS NULL)`).Scan(&st.Messages, &st.Duplicates, &st.Malformed, &st.Oversize, &st.Requests, &st.Pending, &st.OldestPending)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}
