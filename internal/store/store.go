// Package store keeps lerd's state in SQLite: messages with their raw bytes,
// attachments, requests, the append-only audit log and the IMAP checkpoints.
//
// The database runs in WAL mode; its schema is created and upgraded by the
// numbered migrations embedded from migrations/. Raw messages are kept
// under a raw directory beside the database: those up to InlineMax bytes in
// one segment file per committed batch (raw/seg/ab/abcdef….seg), larger ones
// as content-addressed files (raw/ab/abcdef….eml, named by SHA-256). Either
// is written and synced before the rows that point at it commit, so a
// committed message always has its evidence on disk.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the sqlite3 driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotFound is returned when a request or message does not exist.
var ErrNotFound = errors.New("not found")

// ErrNoDatabase is returned by OpenExisting when there is no database.
var ErrNoDatabase = errors.New("database does not exist")

// Store is an open lerd database. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	path   string
	rawDir string
	now    func() time.Time
}

// Open opens (creating if needed) the database at path and the raw directory
// rawDir, and applies any pending migrations. The caller must Close it.
func Open(path, rawDir string) (*Store, error) {
	return open(path, rawDir, modeCreate)
}

// OpenExisting opens the database at path, which must exist; unlike Open it
// creates nothing and applies no migration. Commands that read or change
// the queue use it, so that a mistyped path is an error, not a new empty
// database.
func OpenExisting(path, rawDir string) (*Store, error) {
	return open(path, rawDir, modeExisting)
}

// openMode says what open may do.
type openMode int

const (
	// modeCreate creates the database and raw directory if missing and
	// migrates the schema.
	modeCreate openMode = iota
	// modeExisting needs the database to exist.
	modeExisting
	// modeAny needs the database to exist and creates no directory: for
	// backup copies.
	modeAny
)

func open(path, rawDir string, mode openMode) (*Store, error) {
	if mode == modeCreate {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("store: create directory: %w", err)
		}
	} else if fi, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: no database at %s (lerd serve and lerd ingest create one): %w", path, ErrNoDatabase)
	} else if err != nil {
		return nil, fmt.Errorf("store: database: %w", err)
	} else if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("store: database %s is not a file", path)
	}
	if mode != modeAny {
		if err := os.MkdirAll(filepath.Join(rawDir, "tmp"), 0o750); err != nil {
			return nil, fmt.Errorf("store: create raw directory: %w", err)
		}
	}
	// The database holds legal requests and session tokens: readable by
	// lerd alone, whatever the umask. SQLite gives its -wal and -shm files
	// the permissions of the database file.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	f.Close()
	dsn := "file:" + path + "?_journal_mode=WAL&_synchronous=FULL&_busy_timeout=10000&_foreign_keys=on&_txlock=immediate&_stmt_cache_size=64&_cache_size=-32768"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, rawDir: rawDir, now: time.Now}
	if mode == modeCreate {
		if err := s.migrate(); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SetClock replaces the time source; tests use it to get stable timestamps.
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339Nano) }

func (s *Store) migrate() error {
	if _, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("store: list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		num, _, _ := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("store: migration %s: bad number: %w", base, err)
		}
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
			return fmt.Errorf("store: migration %d: %w", version, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("store: migration %s: %w", base, err)
		}
		tx, err := s.db.Begin()
		if err != nil {
			return fmt.Errorf("store: migration %d: %w", version, err)
		}
		if _, err := tx.Exec(string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migration %s: %w", base, err)
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, version, s.stamp()); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migration %d: %w", version, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: migration %d: %w", version, err)
		}
	}
	return nil
}

// SchemaVersion reports the highest applied migration.
func (s *Store) SchemaVersion() (int, error) {
	var v int
	err := s.db.QueryRow(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func addEvent(tx *sql.Tx, at string, requestID, messageID int64, kind, actor, detail string) error {
	_, err := tx.Exec(`INSERT INTO events (at, request_id, message_id, kind, actor, detail) VALUES (?, ?, ?, ?, ?, ?)`,
		at, nullID(requestID), nullID(messageID), kind, actor, detail)
	if err != nil {
		return fmt.Errorf("add event %s: %w", kind, err)
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
