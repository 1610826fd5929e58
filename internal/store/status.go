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
	LastPass string `json:"last_pass"`
}

// Status is the operator's view of the whole pipeline.
type Status struct {
	Mailboxes     []MailboxStatus `json:"mailboxes"`
	Stats         Stats           `json:"stats"`
	RequestsBy    map[string]int  `json:"requests_by_state"`
	RepliesBy     map[string]int  `json:"replies_by_state"`
	PendingTimers int             `json:"pending_timers"`
	EmergencyOpen int             `json:"emergencies_not_decided"`
	// Segments counts the raw segment files; Unreferenced lists those (older
	// than a minute) that no message points into: a crash between writing
	// a batch's segment and committing its rows leaves one behind. The
	// batch was fetched again after the restart, so they hold nothing that
	// is not stored elsewhere and may be deleted.
	Segments     int      `json:"segments"`
	Unreferenced []string `json:"unreferenced_segments,omitempty"`
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
	for q, into := range map[string]map[string]int{
		`SELECT state, count(*) FROM requests GROUP BY state`: st.RequestsBy,
		`SELECT state, count(*) FROM outbox GROUP BY state`:   st.RepliesBy,
	} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return st, fmt.Errorf("store: status: %w", err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return st, fmt.Errorf("store: status: %w", err)
			}
			into[k] = n
		}
		rows.Close()
	}
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM deadlines WHERE state = 'pending'),
		(SELECT count(*) FROM requests WHERE emergency = 1 AND state <> 'decided')`).Scan(&st.PendingTimers, &st.EmergencyOpen)
	if err != nil {
		return st, fmt.Errorf("store: status: %w", err)
	}
	if st.Segments, st.Unreferenced, err = s.unreferencedSegments(ctx, time.Minute); err != nil {
		return st, err
	}
	return st, nil
}

// unreferencedSegments counts the segment files and returns those older
// than minAge that no row points into. Younger ones may belong to a commit
// in progress.
func (s *Store) unreferencedSegments(ctx context.Context, minAge time.Duration) (int, []string, error) {
	files, err := filepath.Glob(filepath.Join(s.rawDir, "seg", "*", "*.seg"))
	if err != nil || len(files) == 0 {
		return 0, nil, err
	}
	used := map[string]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT raw_segment FROM messages WHERE raw_segment <> ''`)
	if err != nil {
		return 0, nil, fmt.Errorf("store: segments: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return 0, nil, fmt.Errorf("store: segments: %w", err)
		}
		used[name] = true
	}
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("store: segments: %w", err)
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
	return len(files), orphans, nil
}
