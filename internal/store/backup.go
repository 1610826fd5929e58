package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// A backup is a directory holding a copy of the database (BackupDB), the
// raw files its messages point at (under raw/, as in the store) and the
// manifest (ManifestName), written last: a directory without a manifest is
// an unfinished backup.
const (
	ManifestName   = "manifest.json"
	BackupDB       = "lerd.db"
	manifestFormat = "lerd-backup"
)

// Manifest lists every file of a backup with its size and SHA-256.
type Manifest struct {
	Format        string `json:"format"`
	FormatVersion int    `json:"format_version"`
	CreatedAt     string `json:"created_at"`
	LerdVersion   string `json:"lerd_version"`
	SchemaVersion int    `json:"schema_version"`
	// Database is the database file's path in Files.
	Database string         `json:"database"`
	Files    []ManifestFile `json:"files"`
}

// ManifestFile is one file of a backup; Path is relative to the backup
// directory, with slashes.
type ManifestFile struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// BackupOptions adjusts Backup.
type BackupOptions struct {
	// LerdVersion is recorded in the manifest.
	LerdVersion string
	// Link hard-links the raw files into the backup where the file system
	// allows, instead of copying them. Raw files are never changed once
	// written, so a linked backup keeps the store's state as it was; but it
	// shares the disk with the store, so it guards against a bad migration,
	// not against losing the disk.
	Link bool
}

// Backup writes a consistent copy of the database into dir (which must be
// empty or not exist yet) with SQLite's online backup API, which copies
// one snapshot while intake and the review page go on writing, then the
// raw files that snapshot's messages point at, then the manifest. Every
// copied file is read back and checked against the manifest, and every
// message of the copy is verified against its SHA-256 (Verify on the
// backup), so the report says whether the backup can be restored whole: a
// message whose bytes are missing or damaged in the store is named there.
// The error is for a backup that could not be written.
func (s *Store) Backup(ctx context.Context, dir string, opt BackupOptions) (*Manifest, VerifyReport, error) {
	fail := func(err error) (*Manifest, VerifyReport, error) {
		return nil, VerifyReport{}, fmt.Errorf("store: backup to %s: %w", dir, err)
	}
	if err := needEmptyDir(dir); err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fail(err)
	}
	dbCopy := filepath.Join(dir, BackupDB)
	if err := s.copyDB(ctx, dbCopy); err != nil {
		return fail(err)
	}
	m := &Manifest{Format: manifestFormat, FormatVersion: 1, CreatedAt: time.Now().UTC().Format(time.RFC3339),
		LerdVersion: opt.LerdVersion, Database: BackupDB, Files: []ManifestFile{}}
	// The files to copy are those the copy's messages point at.
	files, err := listRawFiles(ctx, dbCopy, &m.SchemaVersion)
	if err != nil {
		return fail(err)
	}
	linked := map[string]bool{}
	for _, rel := range files {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		src := filepath.Join(s.rawDir, filepath.FromSlash(rel))
		dst := filepath.Join(dir, "raw", filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
			return fail(err)
		}
		var f ManifestFile
		if opt.Link && os.Link(src, dst) == nil {
			f.Size, f.SHA256, err = hashFile(dst)
			linked[rel] = true
		} else {
			f.Size, f.SHA256, err = copyFile(src, dst)
		}
		if errors.Is(err, fs.ErrNotExist) {
			// Missing in the store: Verify on the copy names the
			// messages; the rest is still worth having.
			continue
		}
		if err != nil {
			return fail(err)
		}
		f.Path = "raw/" + rel
		m.Files = append(m.Files, f)
	}
	dbFile := ManifestFile{Path: BackupDB}
	if dbFile.Size, dbFile.SHA256, err = hashFile(dbCopy); err != nil {
		return fail(err)
	}
	m.Files = append([]ManifestFile{dbFile}, m.Files...)
	if err := syncTree(dir); err != nil {
		return fail(err)
	}
	// Read back what was written (a hard link is the store's own file, read
	// once already) before the manifest declares the backup finished.
	for _, f := range m.Files {
		if linked[strings.TrimPrefix(f.Path, "raw/")] {
			continue
		}
		if err := checkFile(dir, f); err != nil {
			return fail(err)
		}
	}
	if err := writeManifest(dir, m); err != nil {
		return fail(err)
	}
	cp, err := open(dbCopy, filepath.Join(dir, "raw"), modeAny, false)
	if err != nil {
		return fail(err)
	}
	defer cp.Close()
	rep, err := cp.Verify(ctx)
	if err != nil {
		return fail(err)
	}
	return m, rep, nil
}

// listRawFiles opens the database copy at path just long enough to read
// its schema version and the raw files its messages point at; closed
// again, the file can be hashed as a restore will read it, with no WAL
// beside it.
func listRawFiles(ctx context.Context, path string, schema *int) ([]string, error) {
	cp, err := open(path, "", modeAny, false)
	if err != nil {
		return nil, err
	}
	defer cp.Close()
	if *schema, err = cp.SchemaVersion(); err != nil {
		return nil, err
	}
	return cp.rawFiles(ctx)
}

// copyDB copies the database into a new file at dst with SQLite's online
// backup API, in one step: one read transaction, so one consistent
// snapshot, which in WAL mode does not stop writers.
func (s *Store) copyDB(ctx context.Context, dst string) error {
	// Readable by lerd alone, like the store's own database.
	f, err := os.OpenFile(dst, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	ddb, err := sql.Open("sqlite3", "file:"+dst+"?_journal_mode=DELETE&_synchronous=FULL")
	if err != nil {
		return err
	}
	defer ddb.Close()
	dconn, err := ddb.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	err = dconn.Raw(func(d any) error {
		return sconn.Raw(func(src any) error {
			b, err := d.(*sqlite3.SQLiteConn).Backup("main", src.(*sqlite3.SQLiteConn), "main")
			if err != nil {
				return err
			}
			done, err := b.Step(-1)
			if ferr := b.Finish(); err == nil {
				err = ferr
			}
			if err == nil && !done {
				err = errors.New("online backup did not finish")
			}
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("copy database: %w", err)
	}
	if err := dconn.Close(); err != nil {
		return err
	}
	return ddb.Close()
}

// rawFiles lists the files under the raw directory that messages point at
// (segments and files of their own), relative to it, with slashes.
func (s *Store) rawFiles(ctx context.Context) ([]string, error) {
	all := `(SELECT sha256, size, ` + s.rawCols + ` FROM messages)`
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT raw_segment FROM `+all+` WHERE raw_segment <> ''
		UNION ALL
		SELECT sha256 FROM `+all+` WHERE raw IS NULL AND raw_segment = '' AND size > 0`)
	if err != nil {
		return nil, fmt.Errorf("list raw files: %w", err)
	}
	defer rows.Close()
	var files []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("list raw files: %w", err)
		}
		if !strings.HasPrefix(name, "seg/") {
			if len(name) < 2 {
				continue // OpenRaw cannot find it either; Verify names it
			}
			name = name[:2] + "/" + name + ".eml"
		}
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return nil, fmt.Errorf("list raw files: %q is outside the raw directory", name)
		}
		files = append(files, name)
	}
	return files, rows.Err()
}

// Restore copies the backup in dir into a new store: the database to
// dbPath, which must not exist, and the raw files into rawDir, which must
// be empty or not exist. Every file is checked against the manifest as it
// is copied, and the restored store is verified message by message; on any
// failure what was written is removed again. The report lists messages
// the backup itself lacks.
func Restore(ctx context.Context, dir, dbPath, rawDir string) (VerifyReport, error) {
	fail := func(err error) (VerifyReport, error) {
		return VerifyReport{}, fmt.Errorf("store: restore %s: %w", dir, err)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		return fail(err)
	}
	for _, p := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
		if _, err := os.Lstat(p); !errors.Is(err, fs.ErrNotExist) {
			return fail(fmt.Errorf("%s exists: restore only into a new database", p))
		}
	}
	if err := needEmptyDir(rawDir); err != nil {
		return fail(err)
	}
	rawExisted := true
	if _, err := os.Stat(rawDir); errors.Is(err, fs.ErrNotExist) {
		rawExisted = false
	}
	tmpDB := dbPath + ".restoring"
	rep, err := restore(ctx, dir, m, tmpDB, dbPath, rawDir)
	if err != nil {
		os.Remove(tmpDB)
		os.Remove(dbPath)
		if rawExisted {
			entries, _ := os.ReadDir(rawDir)
			for _, e := range entries {
				os.RemoveAll(filepath.Join(rawDir, e.Name()))
			}
		} else {
			os.RemoveAll(rawDir)
		}
		return fail(err)
	}
	return rep, nil
}

func restore(ctx context.Context, dir string, m *Manifest, tmpDB, dbPath, rawDir string) (VerifyReport, error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o750); err != nil {
		return VerifyReport{}, err
	}
	if err := os.MkdirAll(rawDir, 0o750); err != nil {
		return VerifyReport{}, err
	}
	for _, f := range m.Files {
		if err := ctx.Err(); err != nil {
			return VerifyReport{}, err
		}
		dst := tmpDB
		if f.Path != m.Database {
			dst = filepath.Join(rawDir, filepath.FromSlash(strings.TrimPrefix(f.Path, "raw/")))
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
			return VerifyReport{}, err
		}
		size, sum, err := copyFile(filepath.Join(dir, filepath.FromSlash(f.Path)), dst)
		if err != nil {
			return VerifyReport{}, err
		}
		if size != f.Size || sum != f.SHA256 {
			return VerifyReport{}, fmt.Errorf("%s in the backup does not match its manifest (%d bytes, SHA-256 %s; manifest: %d bytes, %s)",
				f.Path, size, sum, f.Size, f.SHA256)
		}
	}
	if err := syncTree(rawDir); err != nil {
		return VerifyReport{}, err
	}
	if err := os.Rename(tmpDB, dbPath); err != nil {
		return VerifyReport{}, err
	}
	if err := syncDir(filepath.Dir(dbPath)); err != nil {
		return VerifyReport{}, err
	}
	st, err := open(dbPath, rawDir, modeAny, false)
	if err != nil {
		return VerifyReport{}, err
	}
	defer st.Close()
	return st.Verify(ctx)
}

// ReadManifest reads and checks a backup's manifest: its format, and that
// it names the database and only files inside the backup's raw directory.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s has no %s: not a lerd backup, or an unfinished one", dir, ManifestName)
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", ManifestName, err)
	}
	if m.Format != manifestFormat || m.FormatVersion != 1 {
		return nil, fmt.Errorf("%s: format %q version %d, want %q version 1", ManifestName, m.Format, m.FormatVersion, manifestFormat)
	}
	seen := map[string]bool{}
	for _, f := range m.Files {
		ok := f.Path == m.Database ||
			strings.HasPrefix(f.Path, "raw/") && path.Clean(f.Path) == f.Path && filepath.IsLocal(filepath.FromSlash(f.Path))
		if !ok || seen[f.Path] {
			return nil, fmt.Errorf("%s: bad or repeated file %q", ManifestName, f.Path)
		}
		seen[f.Path] = true
	}
	if m.Database != BackupDB || !seen[m.Database] {
		return nil, fmt.Errorf("%s: database %q not listed", ManifestName, m.Database)
	}
	return &m, nil
}

func writeManifest(dir string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, ManifestName+".tmp")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(append(b, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, ManifestName))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write manifest: %w", err)
	}
	return syncDir(dir)
}

// needEmptyDir fails unless dir does not exist or is an empty directory.
func needEmptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	return nil
}

// copyFile copies src into a new file dst, synced, and returns its size
// and SHA-256 as read from src.
func copyFile(src, dst string) (int64, string, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, "", err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return 0, "", err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(out, h), in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, "", fmt.Errorf("copy %s: %w", src, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

func hashFile(name string) (int64, string, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return n, "", fmt.Errorf("read %s: %w", name, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// checkFile reads a backup's file and compares it with its manifest entry.
func checkFile(dir string, f ManifestFile) error {
	n, sum, err := hashFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
	if err != nil {
		return err
	}
	if n != f.Size || sum != f.SHA256 {
		return fmt.Errorf("%s reads back as %d bytes with SHA-256 %s, written %d bytes with %s", f.Path, n, sum, f.Size, f.SHA256)
	}
	return nil
}

// syncTree syncs every directory under root (and root), so the names of
// the files written into them survive a crash.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		return syncDir(p)
	})
}
