package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// ProbeWrite tests that the store takes writes, without changing it: it
// takes the database's write lock and writes in a transaction that it
// rolls back (the lock can be had, the connection is not read-only), and
// writes, syncs and removes a small file in the raw directory (the disk
// takes data). /healthz calls it.
func (s *Store) ProbeWrite(ctx context.Context) error {
	if err := s.probeDB(ctx); err != nil {
		return fmt.Errorf("store: write probe: %w", err)
	}
	f, err := os.CreateTemp(filepath.Join(s.rawDir, "tmp"), "probe-*")
	if err != nil {
		return fmt.Errorf("store: write probe: %w", err)
	}
	_, err = f.Write(make([]byte, 512))
	err = errors.Join(err, f.Sync(), f.Close(), os.Remove(f.Name()))
	if err != nil {
		return fmt.Errorf("store: write probe: %w", err)
	}
	return nil
}

// probeDB takes the write lock and writes in a transaction it rolls back.
// It waits for the lock no longer than ctx allows (the store's busy
// timeout otherwise), on a connection of its own whose timeout it restores.
func (s *Store) probeDB(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if d, ok := ctx.Deadline(); ok && time.Until(d) < busyTimeout {
		wait := max(time.Until(d), time.Millisecond)
		if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA busy_timeout = %d`, wait.Milliseconds())); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA busy_timeout = %d`, busyTimeout.Milliseconds()))
	}
	tx, err := conn.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `CREATE TABLE lerd_write_probe (at TEXT); INSERT INTO lerd_write_probe VALUES (?)`, s.stamp())
	return errors.Join(err, tx.Rollback())
}

// Gauges is the state of the queue at one moment, for /metrics.
type Gauges struct {
	// RequestsBy and RepliesBy count requests and replies per state.
	RequestsBy, RepliesBy map[string]int
	// EmergenciesUndecided counts open emergency requests.
	EmergenciesUndecided int
	// OldestUndecided is when the oldest open request was created; zero
	// when none is open.
	OldestUndecided time.Time
	// AwaitingTriage counts stored messages not triaged yet.
	AwaitingTriage int
}

// Gauges reads the queue's sizes; every query is served by an index, so
// it is cheap enough for every scrape.
func (s *Store) Gauges(ctx context.Context) (Gauges, error) {
	g := Gauges{RequestsBy: map[string]int{}, RepliesBy: map[string]int{}}
	if err := s.countByState(ctx, g.RequestsBy, g.RepliesBy); err != nil {
		return g, fmt.Errorf("store: gauges: %w", err)
	}
	var oldest string
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM requests WHERE emergency = 1 AND state NOT IN `+closedStates+`),
		(SELECT COALESCE(MIN(created_at), '') FROM requests WHERE state NOT IN `+closedStates+`),
		(SELECT count(*) FROM messages WHERE triaged_at IS NULL)`).Scan(&g.EmergenciesUndecided, &oldest, &g.AwaitingTriage)
	if err != nil {
		return g, fmt.Errorf("store: gauges: %w", err)
	}
	if oldest != "" {
		if g.OldestUndecided, err = time.Parse(time.RFC3339Nano, oldest); err != nil {
			return g, fmt.Errorf("store: gauges: created_at %q: %w", oldest, err)
		}
	}
	return g, nil
}
