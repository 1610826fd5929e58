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
	"syscall"
	"time"
)

// InlineMax is the largest raw message held in memory while it passes
// through intake and written into a segment file with the rest of its
// batch; larger ones are spooled to a temporary file and kept as a
// content-addressed file of their own.
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

// SpoolRaw reads r to its end, hashing it as it goes. A reader that knows
// its size (an IMAP literal) is read straight into a buffer of that size.
func (s *Store) SpoolRaw(r io.Reader) (*Spool, error) {
	h := sha256.New()
	if sized, ok := r.(interface{ Size() int64 }); ok && sized.Size() >= 0 && sized.Size() <= InlineMax {
		data := make([]byte, sized.Size())
		if _, err := io.ReadFull(r, data); err != nil {
			return nil, fmt.Errorf("store: spool: %w", err)
		}
		// Whatever the size promised, read to the end: the raw bytes are
		// the evidence, all of them.
		rest, err := io.ReadAll(io.LimitReader(r, InlineMax+1))
		if err != nil {
			return nil, fmt.Errorf("store: spool: %w", err)
		}
		data = append(data, rest...)
		if len(data) <= InlineMax {
			h.Write(data)
			return &Spool{SHA256: hex.EncodeToString(h.Sum(nil)), Size: int64(len(data)), data: data}, nil
		}
		r = io.MultiReader(bytes.NewReader(data), r)
	}
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

// Discard releases the spools of messages that will not be committed (or
// were, when the commit moved their files into place).
func Discard(msgs []NewMessage) {
	for _, m := range msgs {
		m.Spool.Discard()
	}
}

// Discard removes the temporary file if it is still there.
func (sp *Spool) Discard() {
	if sp.path != "" && !sp.kept {
		os.Remove(sp.path)
	}
}

// RawPath is where the raw bytes with the given SHA-256 are kept when they
// are too large for a segment.
func (s *Store) RawPath(sha string) string {
	if len(sha) < 2 {
		return filepath.Join(s.rawDir, "invalid")
	}
	return filepath.Join(s.rawDir, sha[:2], sha+".eml")
}

// OpenRaw opens the stored raw bytes of a message by SHA-256, wherever they
// are kept: a segment, a file of their own, or (rows stored before
// migration 5) the row itself. The caller must close it.
func (s *Store) OpenRaw(sha string) (io.ReadCloser, error) {
	var raw []byte
	var segment string
	var offset, size int64
	err := s.db.QueryRow(`SELECT `+s.rawCols+`, size FROM messages WHERE sha256 = ?`, sha).Scan(&raw, &segment, &offset, &size)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
	}
	switch {
	case raw != nil:
		return io.NopCloser(bytes.NewReader(raw)), nil
	case segment != "":
		f, err := os.Open(s.segmentPath(segment))
		if err != nil {
			return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
		}
		return struct {
			io.Reader
			io.Closer
		}{io.NewSectionReader(f, offset, size), f}, nil
	case size == 0:
		return io.NopCloser(bytes.NewReader(nil)), nil
	}
	f, err := os.Open(s.RawPath(sha))
	if err != nil {
		return nil, fmt.Errorf("store: open raw %s: %w", sha, err)
	}
	return f, nil
}

// prepareRawSQL names the columns that say where a message's raw bytes
// are, for the columns the messages table has: a database opened for a
// backup before its migration may predate the row's raw bytes (migration
// 2) or segments (migration 5).
func (s *Store) prepareRawSQL() error {
	rows, err := s.db.Query(`SELECT name FROM pragma_table_info('messages')`)
	if err != nil {
		return fmt.Errorf("store: columns: %w", err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return fmt.Errorf("store: columns: %w", err)
		}
		have[name] = true
	}
	col := func(name, otherwise string) string {
		if have[name] {
			return name
		}
		return otherwise + " AS " + name
	}
	s.rawCols = col("raw", "NULL") + ", " + col("raw_segment", "''") + ", " + col("raw_offset", "0")
	return rows.Err()
}

// segment is where a batch's in-memory messages were written: the file,
// relative to the raw directory, and each message's offset in it (-1 for a
// message kept elsewhere).
type segment struct {
	name    string
	offsets []int64
	// created is set when this batch wrote the file; only then may a failed
	// commit remove it, since an identical earlier batch may own it.
	created bool
	size    int64
}

// segmentPath is the file of a segment named as rows record it.
func (s *Store) segmentPath(name string) string {
	return filepath.Join(s.rawDir, filepath.FromSlash(name))
}

// planSegment lays out where the in-memory messages of a batch will be in
// their segment and names it, before anything is written: rows can point
// into the segment while it is being written. The file is named by the
// SHA-256 of its messages' SHA-256s in order, which identifies its content
// as well as a hash of the bytes would without hashing them a second time.
func (s *Store) planSegment(msgs []NewMessage) segment {
	seg := segment{offsets: make([]int64, len(msgs))}
	h := sha256.New()
	for i, m := range msgs {
		seg.offsets[i] = -1
		if m.Spool.path == "" && m.Spool.Size > 0 {
			seg.offsets[i] = seg.size
			seg.size += m.Spool.Size
			io.WriteString(h, m.Spool.SHA256)
		}
	}
	if seg.size > 0 {
		name := hex.EncodeToString(h.Sum(nil))
		seg.name = "seg/" + name[:2] + "/" + name + ".seg"
	}
	return seg
}

// writeSegment writes the in-memory messages of a batch, back to back, into
// the segment planned for them, and syncs it and its directory: one fsync
// for the whole batch. The caller commits the rows that point into it only
// after this returned without error, so a crash leaves at worst an
// unreferenced segment, never a row without its bytes.
func (s *Store) writeSegment(seg *segment, msgs []NewMessage) error {
	if seg.size == 0 {
		return nil
	}
	path := s.segmentPath(seg.name)
	if _, err := os.Stat(path); err == nil {
		// The same bytes were kept before; nothing to add.
		return nil
	}
	f, err := os.CreateTemp(filepath.Join(s.rawDir, "tmp"), "seg-*")
	if err != nil {
		return fmt.Errorf("store: write segment: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	// The file gets its final size at once, so the file system allocates
	// it in one go; each message is then one write from its own buffer.
	err = f.Truncate(seg.size)
	for i, m := range msgs {
		if seg.offsets[i] >= 0 && err == nil {
			_, err = f.Write(m.Spool.data)
		}
	}
	if err == nil && !s.scratch {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = s.place(tmp, path)
	}
	if err != nil {
		return fmt.Errorf("store: write segment: %w", err)
	}
	seg.created = true
	return nil
}

// keep moves a file spool into its content-addressed place, syncing the file
// and the directory first, so the evidence survives a crash once the row
// pointing at it is committed. In-memory spools need nothing here: their
// bytes go into the batch's segment. An existing file with that name
// already holds these bytes.
func (s *Store) keep(sp *Spool) error {
	if sp.path == "" || sp.kept {
		return nil
	}
	dst := s.RawPath(sp.SHA256)
	if _, err := os.Stat(dst); err == nil {
		sp.Discard()
		sp.kept = true
		return nil
	}
	if !s.scratch {
		f, err := os.Open(sp.path)
		if err != nil {
			return fmt.Errorf("store: keep raw %s: %w", sp.SHA256, err)
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return fmt.Errorf("store: sync raw %s: %w", sp.SHA256, err)
		}
	}
	if err := s.place(sp.path, dst); err != nil {
		return fmt.Errorf("store: keep raw %s: %w", sp.SHA256, err)
	}
	sp.kept = true
	return nil
}

// place renames a synced file to dst and syncs the directories the rename
// and any directory it created touched, so the name survives a crash.
func (s *Store) place(src, dst string) error {
	dir := filepath.Dir(dst)
	var created []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == s.rawDir || d == filepath.Dir(d) {
			break
		}
		created = append(created, d)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	if err := os.Rename(src, dst); err != nil {
		return err
	}
	if s.scratch {
		return nil
	}
	// The new file's directory, then each directory created on the way
	// (whose entry lives in its parent).
	if err := syncDir(dir); err != nil {
		return err
	}
	for _, d := range created {
		if err := syncDir(filepath.Dir(d)); err != nil {
			return err
		}
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// staleSpool is the age beyond which a file in raw/tmp is a crash's
// leftover even while another process has the store open: a spool lives
// from its fetch to its batch's commit, seconds.
const staleSpool = time.Hour

// cleanSpool removes the spool and segment files a crash left in raw/tmp
// and records what it removed in s.Cleaned (and the health record, for
// `lerd status`). Every process holds a shared lock on raw/tmp.lock while
// its store is open; one that gets the lock exclusively is alone, and
// removes everything, otherwise only files older than staleSpool go, so a
// running `lerd serve` never loses a spool it is about to commit.
func (s *Store) cleanSpool() error {
	dir := filepath.Join(s.rawDir, "tmp")
	f, err := os.OpenFile(filepath.Join(s.rawDir, "tmp.lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("store: spool lock: %w", err)
	}
	alone := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Close()
		return fmt.Errorf("store: clean spool: %w", err)
	}
	var c SpoolCleanup
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		fi, err := e.Info()
		if err != nil || (!alone && s.now().Sub(fi.ModTime()) < staleSpool) {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			c.Files++
			c.Bytes += fi.Size()
		}
	}
	// Shared from here on: others may open the store too, none cleans
	// under this one's feet.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
		f.Close()
		return fmt.Errorf("store: spool lock: %w", err)
	}
	s.tmpLock = f
	if c.Files > 0 {
		c.At = s.stamp()
		s.Cleaned = c
		s.updateHealth(func(h *Health) { h.SpoolCleanup = &c })
	}
	return nil
}
