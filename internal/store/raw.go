package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// InlineMax is the largest raw message kept inside its SQLite row; larger
// ones are written to content-addressed files under the raw directory.
// Small messages then cost no file creation and share the batch's fsync.
const InlineMax = 1 << 20

// Spool is a raw message read from intake with its SHA-256: in memory up to
// InlineMax bytes, in a temporary file under the raw directory beyond that,
// so messages of any size pass through lerd in bounded memory. The caller
// must Discard it (a no-op once a commit moved the file into place).
type Spool struct {
	SHA256 string
	Size   int64
	data   []byte
	path   string
	kept   bool
}

// SpoolRaw reads r to its end, hashing it as it goes.
func (s *Store) SpoolRaw(r io.Reader) (*Spool, error) {
	h := sha256.New()
	var buf bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&buf, h), io.LimitReader(r, InlineMax+1))
	if err != nil {
		return nil, fmt.Errorf("store: spool: %w", err)
	}
	if n <= InlineMax {
		return &Spool{SHA256: hex.EncodeToString(h.Sum(nil)), Size: n, data: buf.Bytes()}, nil
	}
	f, err := os.CreateTemp(filepath.Join(s.rawDir, "tmp"), "spool-*")
	if err != nil {
		return nil, fmt.Errorf("store: spool: %w", err)
	}
	if _, err = f.Write(buf.Bytes()); err == nil {
		var rest int64
		rest, err = io.Copy(io.MultiWriter(f, h), r)
		n += rest
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, fmt.Errorf("store: spool: %w", err)
	}
	return &Spool{SHA256: hex.EncodeToString(h.Sum(nil)), Size: n, path: f.Name()}, nil
}

// Open opens the spooled bytes for reading; the caller must close it.
func (sp *Spool) Open() (io.ReadCloser, error) {
	if sp.path == "" {
		return io.NopCloser(bytes.NewReader(sp.data)), nil
	}
	return os.Open(sp.path)
}

// Discard removes the temporary file if it is still there.
func (sp *Spool) Discard() {
	if sp.path != "" && !sp.kept {
		os.Remove(sp.path)
	}
}

// RawPath is where the raw bytes with the given SHA-256 are kept when they
// are too large for the row.
func (s *Store) RawPath(sha string) string {
	if len(sha) < 2 {
		return filepath.Join(s.rawDir, "invalid")
	}
	return filepath.Join(s.rawDir, sha[:2], sha+".eml")
}

// OpenRaw opens the stored raw bytes of a message by SHA-256, from its row
// or its file. The caller must close it.
func (s *Store) OpenRaw(sha string) (io.ReadCloser, error) {
	var raw []byte
	err := s.db.QueryRow(`SELECT raw FROM messages WHERE sha256 = ?`, sha).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
	}
	if raw != nil {
		return io.NopCloser(bytes.NewReader(raw)), nil
	}
	f, err := os.Open(s.RawPath(sha))
	if err != nil {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
	}
	return f, nil
}

// keep moves a file spool into its content-addressed place, syncing the file
// and the directory first, so the evidence survives a crash once the row
// pointing at it is committed. Inline spools need nothing: their bytes go
// into the row. An existing file with that name already holds these bytes.
func (s *Store) keep(sp *Spool) error {
	if sp.path == "" || sp.kept {
		return nil
	}
	dst := s.RawPath(sp.SHA256)
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("store: raw dir: %w", err)
	}
	if _, err := os.Stat(dst); err == nil {
		sp.Discard()
		sp.kept = true
		return nil
	}
	f, err := os.Open(sp.path)
	if err != nil {
		return fmt.Errorf("store: keep raw %s: %w", sp.SHA256, err)
	}
	err = f.Sync()
	f.Close()
	if err != nil {
		return fmt.Errorf("store: sync raw %s: %w", sp.SHA256, err)
	}
	if err := os.Rename(sp.path, dst); err != nil {
		return fmt.Errorf("store: keep raw %s: %w", sp.SHA256, err)
	}
	sp.kept = true
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: sync raw dir: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: sync raw dir: %w", err)
	}
	return nil
}

// inline returns the bytes to keep in the row, nil for file spools.
func (sp *Spool) inline() []byte {
	if sp.path != "" {
		return nil
	}
	if sp.data == nil {
		return []byte{}
	}
	return sp.data
}
