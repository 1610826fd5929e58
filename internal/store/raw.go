package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Spool is a raw message written to a temporary file while its SHA-256 was
// computed, so that messages of any size pass through lerd without being held
// in memory. The caller must Discard it (a no-op after Save moved it).
type Spool struct {
	// Path is the temporary file, inside the raw directory so that moving it
	// into place is an atomic rename on the same file system.
	Path   string
	SHA256 string
	Size   int64
}

// SpoolRaw streams r into a temporary file under the raw directory, hashing it
// as it goes, and syncs it to disk.
func (s *Store) SpoolRaw(r io.Reader) (*Spool, error) {
	f, err := os.CreateTemp(filepath.Join(s.rawDir, "tmp"), "spool-*")
	if err != nil {
		return nil, fmt.Errorf("store: spool: %w", err)
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), r)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, fmt.Errorf("store: spool: %w", err)
	}
	return &Spool{Path: f.Name(), SHA256: hex.EncodeToString(h.Sum(nil)), Size: n}, nil
}

// Open opens the spooled bytes for reading.
func (sp *Spool) Open() (*os.File, error) { return os.Open(sp.Path) }

// Discard removes the temporary file if it is still there.
func (sp *Spool) Discard() { os.Remove(sp.Path) }

// RawPath is where the raw bytes with the given SHA-256 are kept.
func (s *Store) RawPath(sha string) string {
	if len(sha) < 2 {
		return filepath.Join(s.rawDir, "invalid")
	}
	return filepath.Join(s.rawDir, sha[:2], sha+".eml")
}

// OpenRaw opens the stored raw bytes of a message by SHA-256.
func (s *Store) OpenRaw(sha string) (*os.File, error) {
	f, err := os.Open(s.RawPath(sha))
	if err != nil {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
	}
	return f, nil
}

// keep moves a spool into its content-addressed place and syncs the
// directory, so the file survives a crash once the row pointing at it is
// committed. An existing file with that name already holds the same bytes.
func (s *Store) keep(sp *Spool) error {
	dst := s.RawPath(sp.SHA256)
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("store: raw dir: %w", err)
	}
	if _, err := os.Stat(dst); err == nil {
		sp.Discard()
		return nil
	}
	if err := os.Rename(sp.Path, dst); err != nil {
		return fmt.Errorf("store: keep raw %s: %w", sp.SHA256, err)
	}
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
