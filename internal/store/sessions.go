package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// WebSession is a review-page login, kept in the database so that a
// restart does not log everyone out. It is found by the SHA-256 of its
// cookie, never by the cookie itself.
type WebSession struct {
	User     string
	CSRF     string
	LastSeen time.Time
	Expires  time.Time
}

// CreateSession records a new session and forgets the expired ones.
func (s *Store) CreateSession(ctx context.Context, idHash string, ss WebSession) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`DELETE FROM web_sessions WHERE expires_at <= ?`, ss.LastSeen.Unix()); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO web_sessions (id_hash, user, csrf, created_at, last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			idHash, ss.User, ss.CSRF, ss.LastSeen.Unix(), ss.LastSeen.Unix(), ss.Expires.Unix())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

// Session returns the session with this cookie hash; ok is false if there
// is none.
func (s *Store) Session(ctx context.Context, idHash string) (ss WebSession, ok bool, err error) {
	var seen, expires int64
	err = s.db.QueryRowContext(ctx, `SELECT user, csrf, last_seen, expires_at FROM web_sessions WHERE id_hash = ?`, idHash).
		Scan(&ss.User, &ss.CSRF, &seen, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return WebSession{}, false, nil
	}
	if err != nil {
		return WebSession{}, false, fmt.Errorf("store: session: %w", err)
	}
	ss.LastSeen, ss.Expires = time.Unix(seen, 0), time.Unix(expires, 0)
	return ss, true, nil
}

// TouchSession records that a session was used at t.
func (s *Store) TouchSession(ctx context.Context, idHash string, t time.Time) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE web_sessions SET last_seen = ? WHERE id_hash = ?`, t.Unix(), idHash); err != nil {
		return fmt.Errorf("store: touch session: %w", err)
	}
	return nil
}

// DropSession ends a session.
func (s *Store) DropSession(ctx context.Context, idHash string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM web_sessions WHERE id_hash = ?`, idHash); err != nil {
		return fmt.Errorf("store: drop session: %w", err)
	}
	return nil
}
