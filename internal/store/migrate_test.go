package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Two messages as an older lerd stored them: one over InlineMax in a file
// of its own, and (from migration 2) one kept in its row.
var (
	oldLarge  = "Subject: large\r\nMessage-ID: <large@x>\r\n\r\n" + strings.Repeat("old bytes ", InlineMax/10+5)
	oldInline = "Subject: small\r\nMessage-ID: <small@x>\r\n\r\nkept in the row\r\n"
)

// oldStore creates a database with the migrations up to version applied,
// and the messages such a lerd wrote, through SQL of that schema.
func oldStore(t *testing.T, version int) (dbPath, rawDir string) {
	t.Helper()
	dir := t.TempDir()
	dbPath, rawDir = filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw")
	s, err := open(dbPath, rawDir, modeCreate, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.migrateTo(version); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.Exec(q, args...); err != nil {
			t.Fatalf("version %d: %s: %v", version, q, err)
		}
	}
	exec(`INSERT INTO requests (id, ref, year, seq, created_at, updated_at, state, sender, subject) VALUES (1, 'LER-2026-000001', 2026, 1, 't', 't', 'open', 'agent@fbi.gov', 'old')`)
	exec(`INSERT INTO messages (sha256, size, message_id, source, stored_at, status, request_id) VALUES (?, ?, 'large@x', 'test', 't', 'parsed', 1)`,
		sha(oldLarge), len(oldLarge))
	p := filepath.Join(rawDir, sha(oldLarge)[:2], sha(oldLarge)+".eml")
	if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(oldLarge), 0o640); err != nil {
		t.Fatal(err)
	}
	if version >= 2 {
		exec(`INSERT INTO messages (sha256, size, message_id, source, stored_at, status, request_id, raw) VALUES (?, ?, 'small@x', 'test', 't', 'parsed', 1, ?)`,
			sha(oldInline), len(oldInline), []byte(oldInline))
	}
	return dbPath, rawDir
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func schemaOf(t *testing.T, path string) int {
	t.Helper()
	s, err := open(path, "", modeAny, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v, err := s.SchemaVersion()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// backups lists the pre-migration backup directories beside a database.
func backups(t *testing.T, dbPath string) []string {
	t.Helper()
	m, err := filepath.Glob(dbPath + ".backup-*")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestOldSchema opens a database of every older schema version: only a
// caller allowed to migrate changes it, and it backs the store up first.
func TestOldSchema(t *testing.T) {
	latest := LatestVersion()
	ctx := context.Background()
	for version := 1; version < latest; version++ {
		t.Run("v"+strconv.Itoa(version), func(t *testing.T) {
			dbPath, rawDir := oldStore(t, version)
			before := fileSum(t, dbPath)
			for name, o := range map[string]OpenOptions{"existing": {}, "create": {Create: true}} {
				_, err := OpenWith(dbPath, rawDir, o)
				if !errors.Is(err, ErrNeedsMigration) || !strings.Contains(err.Error(), "database needs migration: run lerd migrate") {
					t.Errorf("%s: %v", name, err)
				}
			}
			want := []string{oldLarge}
			if version >= 2 {
				want = append(want, oldInline)
			}
			// Backup and verify read an older schema as it is.
			r, err := OpenWith(dbPath, rawDir, OpenOptions{ReadOlder: true})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := r.Verify(ctx)
			r.Close()
			if err != nil || !rep.OK() || rep.Messages != len(want) {
				t.Errorf("verify of schema %d: %+v %v", version, rep, err)
			}
			if fileSum(t, dbPath) != before || schemaOf(t, dbPath) != version || len(backups(t, dbPath)) != 0 {
				t.Fatal("a read opened without migrating changed the database or backed it up")
			}

			s, err := OpenWith(dbPath, rawDir, OpenOptions{Migrate: true, LerdVersion: "test"})
			if err != nil {
				t.Fatal(err)
			}
			up := s.Upgraded()
			if up == nil || up.From != version || up.To != latest {
				t.Fatalf("upgrade = %+v", up)
			}
			name := filepath.Base(up.Backup)
			if filepath.Dir(up.Backup) != filepath.Dir(dbPath) ||
				!regexp.MustCompile(`^lerd\.db\.backup-v\d+-to-v\d+-\d{8}T\d{6}Z$`).MatchString(name) ||
				!strings.Contains(name, "-v"+strconv.Itoa(version)+"-to-v"+strconv.Itoa(latest)+"-") {
				t.Errorf("backup in %s", up.Backup)
			}
			if v, _ := s.SchemaVersion(); v != latest {
				t.Errorf("schema %d after migration", v)
			}
			for _, raw := range want {
				r, err := s.OpenRaw(sha(raw))
				if err != nil {
					t.Fatal(err)
				}
				got, _ := io.ReadAll(r)
				r.Close()
				if !bytes.Equal(got, []byte(raw)) {
					t.Errorf("message %s changed by the migration", sha(raw))
				}
			}
			if rep, err := s.Verify(ctx); err != nil || !rep.OK() || rep.Messages != len(want) {
				t.Errorf("verify after migration: %+v %v", rep, err)
			}
			s.Close()

			// The backup holds the database as it was, and restores.
			m, err := ReadManifest(up.Backup)
			if err != nil || m.SchemaVersion != version {
				t.Fatalf("manifest %+v: %v", m, err)
			}
			into := t.TempDir()
			rep, err = Restore(ctx, up.Backup, filepath.Join(into, "lerd.db"), filepath.Join(into, "raw"))
			if err != nil || !rep.OK() || rep.Messages != len(want) {
				t.Fatalf("restore of the pre-migration backup: %+v %v", rep, err)
			}
			if v := schemaOf(t, filepath.Join(into, "lerd.db")); v != version {
				t.Errorf("restored schema %d", v)
			}

			// Current now: opened again, nothing is migrated or backed up.
			s, err = Open(dbPath, rawDir)
			if err != nil {
				t.Fatal(err)
			}
			if s.Upgraded() != nil || len(backups(t, dbPath)) != 1 {
				t.Errorf("second open migrated again: %+v", s.Upgraded())
			}
			s.Close()
		})
	}
}

// TestNoMigrationOverDamage: a store whose backup finds a message missing
// is not migrated.
func TestNoMigrationOverDamage(t *testing.T) {
	dbPath, rawDir := oldStore(t, 4)
	os.Remove(filepath.Join(rawDir, sha(oldLarge)[:2], sha(oldLarge)+".eml"))
	_, err := Open(dbPath, rawDir)
	if err == nil || !strings.Contains(err.Error(), "not migrating schema 4") || !strings.Contains(err.Error(), "1 messages missing") {
		t.Fatalf("open: %v", err)
	}
	if v := schemaOf(t, dbPath); v != 4 {
		t.Errorf("schema %d", v)
	}
}

// TestDowngradeRefused: a database written by a newer lerd is neither read
// nor written.
func TestDowngradeRefused(t *testing.T) {
	dir := t.TempDir()
	dbPath, rawDir := filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw")
	s, err := Open(dbPath, rawDir)
	if err != nil {
		t.Fatal(err)
	}
	newer := LatestVersion() + 1
	if _, err := s.db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, 't')`, newer); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := fileSum(t, dbPath)
	for name, o := range map[string]OpenOptions{"existing": {}, "create": {Create: true}, "migrate": {Create: true, Migrate: true}} {
		_, err := OpenWith(dbPath, rawDir, o)
		if !errors.Is(err, ErrTooNew) || !strings.Contains(err.Error(), "downgrade refused") || !strings.Contains(err.Error(), "schema "+strconv.Itoa(newer)) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if fileSum(t, dbPath) != before || len(backups(t, dbPath)) != 0 {
		t.Error("a refused database was changed or backed up")
	}
}

// TestNewDatabaseNoBackup: a new database gets the current schema at once,
// with nothing to back up; OpenExisting creates none.
func TestNewDatabaseNoBackup(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "sub", "lerd.db")
	if _, err := OpenExisting(dbPath, filepath.Join(dir, "raw")); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("OpenExisting of nothing: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("OpenExisting created %v", entries)
	}
	s, err := OpenWith(dbPath, filepath.Join(dir, "raw"), OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(); v != LatestVersion() || s.Upgraded() != nil || len(backups(t, dbPath)) != 0 {
		t.Errorf("new database: schema %d, upgrade %+v", v, s.Upgraded())
	}
}
