package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// MailboxStatus is how far and how recently intake read one mailbox.
type MailboxStatus struct {
	Mailbox     string `json:"mailbox"`
	UIDValidity uint32 `json:"uidvalidity"`
	LastUID     uint32 `json:"last_uid"`
	// LastPass is when intake last completed a pass; a stale value means
	// intake has stopped fetching.
	LastPass string `json:"last_pass_at"`
}

// Status is the operator's view of the whole pipeline.
type Status struct {
	Mailboxes     []MailboxStatus `json:"mailboxes"`
	Stats         Stats           `json:"stats"`
	RequestsBy    map[string]int  `json:"requests_by_state"`
	RepliesBy     map[string]int  `json:"replies_by_state"`
	PendingTimers int             `json:"pending_timers"`
	EmergencyOpen int             `json:"emergencies_not_decided"`
}

// Segments is what the raw directory holds in segment files.
type Segments struct {
	// Count is the number of segment files.
	Count int `json:"segments"`
	// Unreferenced lists those (older than a minute) that no message points
	// into: a crash between writing a batch's segment and committing its
	// rows leaves one behind. The batch was fetched again after the
	// restart, so they hold nothing that is not stored elsewhere and may be
	// deleted.
	Unreferenced []string `json:"unreferenced_segments"`
}

// Status returns counts and the intake checkpoints.
func (s *Store) Status(ctx context.Context) (Status, error) {
	st := Status{RequestsBy: map[string]int{}, RepliesBy: map[string]int{}}
	var err error
	if st.Stats, err = s.Stats(ctx); err != nil {
		return st, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT mailbox, uidvalidity, last_uid, updated_at FROM checkpoints ORDER BY mailbox`)
	if err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	for rows.Next() {
		var m MailboxStatus
		if err := rows.Scan(&m.Mailbox, &m.UIDValidity, &m.LastUID, &m.LastPass); err != nil {
			rows.Close()
			return st, fmt.Errorf("store: status: %w", err)
		}
		st.Mailboxes = append(st.Mailboxes, m)
	}
	rows.Close()
	if err := s.countByState(ctx, st.RequestsBy, st.RepliesBy); err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM deadlines WHERE state = 'pending'),
		(SELECT count(*) FROM requests WHERE emergency = 1 AND state <> 'decided')`).Scan(&st.PendingTimers, &st.EmergencyOpen)
	if err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	return st, nil
}

// countByState counts requests and outbox rows by state into the maps.
func (s *Store) countByState(ctx context.Context, requests, replies map[string]int) error {
	for q, into := range map[string]map[string]int{
		`SELECT state, count(*) FROM requests GROUP BY state`: requests,
		`SELECT state, count(*) FROM outbox GROUP BY state`:   replies,
	} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return err
			}
			into[k] = n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// Segments lists the raw directory's segment files. It walks the directory
// and every message row, so it is for the operator's `lerd status`, not
// for pages loaded all day. Segments younger than a minute may belong to a
// commit in progress and are never reported unreferenced.
func (s *Store) Segments(ctx context.Context) (Segments, error) {
	const minAge = time.Minute
	files, err := filepath.Glob(filepath.Join(s.rawDir, "seg", "*", "*.seg"))
	if err != nil || len(files) == 0 {
		return Segments{}, err
	}
	used := map[string]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT raw_segment FROM messages WHERE raw_segment <> ''`)
	if err != nil {
		return Segments{}, fmt.Errorf("store: segments: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return Segments{}, fmt.Errorf("store: segments: %w", err)
		}
		used[name] = true
	}
	if err := rows.Err(); err != nil {
		return Segments{}, fmt.Errorf("store: segments: %w", err)
	}
	var orphans []string
	for _, f := range files {
		rel, err := filepath.Rel(s.rawDir, f)
		if err != nil || used[filepath.ToSlash(rel)] {
			continue
		}
		if fi, err := os.Stat(f); err == nil && s.now().Sub(fi.ModTime()) >= minAge {
			orphans = append(orphans, f)
		}
	}
	return Segments{Count: len(files), Unreferenced: orphans}, nil
}
