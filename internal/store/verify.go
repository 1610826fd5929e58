package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
)

// Damage is one stored message whose raw bytes are missing or differ from
// the SHA-256 recorded when it was committed.
type Damage struct {
	ID        int64  `json:"id"`
	SHA256    string `json:"sha256"`
	Ref       string `json:"ref"`
	MessageID string `json:"message_id"`
	Problem   string `json:"problem"`
}

func (d Damage) String() string {
	ref := d.Ref
	if ref == "" {
		ref = "no request"
	}
	return fmt.Sprintf("message #%d sha256=%s (%s, Message-ID %q): %s", d.ID, d.SHA256, ref, d.MessageID, d.Problem)
}

// VerifyReport is what Verify found.
type VerifyReport struct {
	// Messages and Bytes count the messages read and their raw bytes.
	Messages int   `json:"messages"`
	Bytes    int64 `json:"bytes"`
	// Database lists what SQLite's integrity check found; empty when the
	// database file is sound.
	Database []string `json:"database"`
	Damaged  []Damage `json:"damaged"`
}

// OK reports whether nothing was found wrong.
func (r VerifyReport) OK() bool { return len(r.Database) == 0 && len(r.Damaged) == 0 }

// Verify reads every stored message's raw bytes through OpenRaw (so from
// wherever they are kept: segment, file of their own or row) and checks
// them against the size and SHA-256 recorded at commit, after SQLite's own
// integrity check of the database file. What is wrong is reported, not
// returned as an error: the error is for a failure to look.
func (s *Store) Verify(ctx context.Context) (VerifyReport, error) {
	rep := VerifyReport{Database: []string{}, Damaged: []Damage{}}
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return rep, fmt.Errorf("store: verify: %w", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return rep, fmt.Errorf("store: verify: %w", err)
		}
		if line != "ok" {
			rep.Database = append(rep.Database, line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, fmt.Errorf("store: verify: %w", err)
	}
	// The list first, then the reads: a cursor held open across reads of
	// many files would pin the WAL for the whole run.
	var msgs []Damage
	var sizes []int64
	rows, err = s.db.QueryContext(ctx, `SELECT m.id, m.sha256, m.size, m.message_id, COALESCE(r.ref, '')
		FROM messages m LEFT JOIN requests r ON r.id = m.request_id ORDER BY m.id`)
	if err != nil {
		return rep, fmt.Errorf("store: verify: %w", err)
	}
	for rows.Next() {
		var d Damage
		var size int64
		if err := rows.Scan(&d.ID, &d.SHA256, &size, &d.MessageID, &d.Ref); err != nil {
			rows.Close()
			return rep, fmt.Errorf("store: verify: %w", err)
		}
		msgs = append(msgs, d)
		sizes = append(sizes, size)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, fmt.Errorf("store: verify: %w", err)
	}
	for i, d := range msgs {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		rep.Messages++
		n, sum, err := s.hashRaw(d.SHA256)
		rep.Bytes += n
		switch {
		case err != nil:
			d.Problem = "raw bytes unreadable: " + err.Error()
		case n != sizes[i]:
			d.Problem = fmt.Sprintf("raw bytes are %d long, %d recorded", n, sizes[i])
		case sum != d.SHA256:
			d.Problem = "raw bytes do not match their SHA-256 (they hash to " + sum + ")"
		default:
			continue
		}
		rep.Damaged = append(rep.Damaged, d)
	}
	return rep, nil
}

// hashRaw reads one message's raw bytes and returns their length and
// SHA-256.
func (s *Store) hashRaw(sha string) (int64, string, error) {
	r, err := s.OpenRaw(sha)
	if err != nil {
		return 0, "", err
	}
	defer r.Close()
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return n, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}
