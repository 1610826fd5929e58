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
	"sync"
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
	// rawCols selects raw, raw_segment and raw_offset of a message, for
	// the columns this schema has.
	rawCols string
	upgrade *Upgrade

	// Report's memory of what it last wrote, per component.
	reportMu sync.Mutex
	lastOK   map[string]time.Time
	failing  map[string]bool
	// tmpLock (raw/tmp.lock) is held shared while the store is open (see
	// cleanSpool).
	tmpLock *os.File
	// Cleaned is what Open removed from raw/tmp; zero when nothing.
	Cleaned SpoolCleanup
	// scratch: nothing is synced to disk (OpenOptions.Scratch).
	scratch bool
}

// Open opens (creating if needed) the database at path and the raw directory
// rawDir, and applies any pending migrations (after a backup, see
// OpenOptions.Migrate). The caller must Close it.
func Open(path, rawDir string) (*Store, error) {
	return OpenWith(path, rawDir, OpenOptions{Create: true, Migrate: true})
}

// OpenExisting opens the database at path, which must exist and have this
// lerd's schema; it creates no database and applies no migration. Commands
// that read or change the queue use it, so that a mistyped path is an
// error, not a new empty database, and an upgrade happens only when the
// operator runs it.
func OpenExisting(path, rawDir string) (*Store, error) {
	return OpenWith(path, rawDir, OpenOptions{})
}

// OpenOptions says what OpenWith may do besides opening a database that
// exists and has this lerd's schema.
type OpenOptions struct {
	// Create makes a new database, with the current schema, when there is
	// none at the path.
	Create bool
	// Migrate upgrades an older schema. The store is first backed up
	// (Backup, raw files hard-linked where they can be) into a directory
	// beside the database named for the two schema versions and the time
	// (lerd.db.backup-v4-to-v5-20261204T130102Z); a backup that fails, or
	// finds a message missing or damaged, stops the migration.
	Migrate bool
	// ReadOlder accepts an older schema as it is, without migrating it:
	// for backup and verify, which read only what every schema has.
	ReadOlder bool
	// LerdVersion is recorded in that backup's manifest.
	LerdVersion string
	// Scratch opens a throwaway store that syncs nothing to disk: SQLite
	// with synchronous=OFF, raw files and directories never fsynced. For
	// lerd eval's store of a subset, deleted when the score is printed,
	// where a crash loses only a score that is run again and half of the
	// run's time was spent waiting for fsync. Never for a real mailbox.
	Scratch bool
}

// Errors of OpenWith about the schema.
var (
	// ErrNeedsMigration: the database has an older schema and the caller
	// may not migrate it.
	ErrNeedsMigration = errors.New("database needs migration: run lerd migrate")
	// ErrTooNew: the database has a newer schema than this lerd knows
	// (a downgrade), which lerd refuses to read or write.
	ErrTooNew = errors.New("database is newer than this lerd: downgrade refused")
)

// Upgrade is a migration OpenWith applied, and the backup taken before it.
type Upgrade struct {
	From, To int
	Backup   string
}

// OpenWith opens the database at path with its raw files in rawDir.
func OpenWith(path, rawDir string, o OpenOptions) (*Store, error) {
	mode := modeExisting
	if o.Create {
		mode = modeCreate
	}
	s, err := open(path, rawDir, mode, o.Scratch)
	if err != nil {
		return nil, err
	}
	if err := s.checkSchema(o); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openMode says what open may do.
type openMode int

const (
	// modeCreate creates the database and raw directory if missing.
	modeCreate openMode = iota
	// modeExisting needs the database to exist.
	modeExisting
	// modeAny needs the database to exist and creates no directory: for
	// backup copies.
	modeAny
)

// busyTimeout is how long a statement waits for a lock another
// connection or process holds.
const busyTimeout = 10 * time.Second

// open opens the database file; it neither checks nor changes the schema.
func open(path, rawDir string, mode openMode, scratch bool) (*Store, error) {
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
	synchronous := "FULL"
	if scratch {
		synchronous = "OFF"
	}
	dsn := "file:" + path + "?_journal_mode=WAL&_synchronous=" + synchronous + "&_busy_timeout=" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + "&_foreign_keys=on&_txlock=immediate&_stmt_cache_size=64&_cache_size=-32768"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, rawDir: rawDir, now: time.Now, lastOK: map[string]time.Time{}, failing: map[string]bool{}, scratch: scratch}
	if err := s.prepareRawSQL(); err != nil {
		db.Close()
		return nil, err
	}
	if mode != modeAny {
		if err := s.cleanSpool(); err != nil {
			db.Close()
			return nil, err
		}
		// Created now, while there is room, so that later writes need none.
		s.updateHealth(func(*Health) {})
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	if s.tmpLock != nil {
		s.tmpLock.Close()
	}
	return s.db.Close()
}

// SetClock replaces the time source; tests use it to get stable timestamps.
func (s *Store) SetClock(now func() time.Time) { s.now = now }

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339Nano) }

// checkSchema compares the database's schema with this lerd's and
// migrates it if o allows.
func (s *Store) checkSchema(o OpenOptions) error {
	cur, err := s.SchemaVersion()
	if err != nil {
		return fmt.Errorf("store: %s: %w", s.path, err)
	}
	latest := LatestVersion()
	switch {
	case cur > latest:
		return fmt.Errorf("store: %s has schema %d, this lerd knows up to %d: %w; run the lerd that wrote it, or restore the backup taken before its upgrade",
			s.path, cur, latest, ErrTooNew)
	case cur == latest:
		return nil
	}
	var tables int
	if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&tables); err != nil {
		return fmt.Errorf("store: %s: %w", s.path, err)
	}
	fresh := tables == 0
	switch {
	case fresh && (o.Create || o.Migrate):
		// A new database gets the current schema; nothing to back up.
	case o.ReadOlder && !fresh:
		return nil
	case !o.Migrate:
		return fmt.Errorf("store: %s has schema %d, this lerd %d: %w", s.path, cur, latest, ErrNeedsMigration)
	default:
		dir := filepath.Join(filepath.Dir(s.path), fmt.Sprintf("%s.backup-v%d-to-v%d-%s",
			filepath.Base(s.path), cur, latest, s.now().UTC().Format("20060102T150405Z")))
		_, rep, err := s.Backup(context.Background(), dir, BackupOptions{LerdVersion: o.LerdVersion, Link: true})
		if err != nil {
			return fmt.Errorf("store: backup before migrating schema %d to %d: %w", cur, latest, err)
		}
		if !rep.OK() {
			return fmt.Errorf("store: not migrating schema %d to %d: the backup in %s found %d messages missing or damaged (lerd verify names them) and %d database problems",
				cur, latest, dir, len(rep.Damaged), len(rep.Database))
		}
		s.upgrade = &Upgrade{From: cur, To: latest, Backup: dir}
	}
	if err := s.migrate(); err != nil {
		return err
	}
	if s.upgrade != nil {
		s.upgrade.To, _ = s.SchemaVersion()
	}
	return s.prepareRawSQL()
}

// Upgraded reports the migration this Open applied to an existing
// database, or nil.
func (s *Store) Upgraded() *Upgrade { return s.upgrade }

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
}

// migrationList lists the embedded migrations in order.
func migrationList() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: list migrations: %w", err)
	}
	sort.Strings(names)
	var ms []migration
	for _, name := range names {
		num, _, _ := strings.Cut(filepath.Base(name), "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: bad number: %w", name, err)
		}
		ms = append(ms, migration{version, name})
	}
	return ms, nil
}

// LatestVersion is the schema version this lerd writes: its highest
// migration.
func LatestVersion() int {
	ms, err := migrationList()
	if err != nil || len(ms) == 0 {
		panic(fmt.Sprintf("store: embedded migrations: %v", err))
	}
	return ms[len(ms)-1].version
}

func (s *Store) migrate() error {
	return s.migrateTo(LatestVersion())
}

// migrateTo applies the migrations up to version, each in a transaction
// of its own.
func (s *Store) migrateTo(upTo int) error {
	if _, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	ms, err := migrationList()
	if err != nil {
		return err
	}
	for _, m := range ms {
		version, base := m.version, filepath.Base(m.name)
		if version > upTo {
			break
		}
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
			return fmt.Errorf("store: migration %d: %w", version, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(m.name)
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

// SchemaVersion reports the highest applied migration; 0 for a database
// without lerd's schema.
func (s *Store) SchemaVersion() (int, error) {
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil || n == 0 {
		return 0, err
	}
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
