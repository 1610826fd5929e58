package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// lerdBin is the lerd binary built once for the tests that run it as an
// operator would.
var lerdBin string

// corpus is a store with part of the corpus ingested (the rewordings and
// the new cases, 250 messages with their follow-ups: the thousands of
// blind cases would take minutes and test nothing more here), made once
// for the tests that only read it.
var corpus struct {
	once sync.Once
	db   string
	err  string
}

func corpusDB(t *testing.T) string {
	t.Helper()
	corpus.once.Do(func() {
		corpus.db = filepath.Join(filepath.Dir(lerdBin), "corpus", "lerd.db")
		out, errOut, code := lerd(t, "", "ingest", "-q", "-db", corpus.db, "../../testdata/corpus/rewordings", "../../testdata/corpus/new")
		if code != 0 {
			corpus.err = fmt.Sprintf("ingest the corpus: exit %d\n%s%s", code, out, errOut)
		}
	})
	if corpus.err != "" {
		t.Fatal(corpus.err)
	}
	return corpus.db
}

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "lerd-cli-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		lerdBin = filepath.Join(dir, "lerd")
		cmd := exec.Command(goTool, "build", "-ldflags", "-X main.version=v0.0.0-test", "-o", lerdBin, ".")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build lerd:", err)
			return 1
		}
		return m.Run()
	}())
}

// lerd runs the binary with args in dir (the test's working directory if
// empty), with no LERD_CONFIG, and returns its output and exit status.
func lerd(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(lerdBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LERD_CONFIG=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("lerd %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// mustLerd runs lerd and fails the test unless it exits 0.
func mustLerd(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := lerd(t, "", args...)
	if code != 0 {
		t.Fatalf("lerd %v: exit %d\n%s%s", args, code, out, errOut)
	}
	return out
}

// TestBackupRestoreVerifyCLI ingests part of the corpus, backs the store up,
// restores it into an empty directory and checks that the restored store
// passes lerd verify and serves the same queue; then damages one raw byte
// and checks that verify fails naming that message, and only it.
func TestBackupRestoreVerifyCLI(t *testing.T) {
	tmp := t.TempDir()
	src := corpusDB(t)
	backup := filepath.Join(tmp, "backup")
	restored := filepath.Join(tmp, "restored", "new.db")
	out := mustLerd(t, "backup", "-db", src, backup)
	if !strings.Contains(out, "backup written to") {
		t.Errorf("backup says %q", out)
	}
	if err := os.Mkdir(filepath.Dir(restored), 0o750); err != nil {
		t.Fatal(err)
	}
	mustLerd(t, "restore", "-db", restored, backup)
	out = mustLerd(t, "verify", "-db", restored)
	var n int
	if _, err := fmt.Sscanf(out, "verified %d messages", &n); err != nil || n < 100 {
		t.Fatalf("verify says %q", out)
	}
	if a, b := mustLerd(t, "queue", "list", "-json", "-db", src), mustLerd(t, "queue", "list", "-json", "-db", restored); a != b || len(a) < 1000 {
		t.Errorf("restored queue differs or is empty:\n%.500s\n---\n%.500s", b, a)
	}

	// One byte of one message, in the middle of a segment shared with
	// none or several others.
	db, err := sql.Open("sqlite3", "file:"+restored+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var sha, seg string
	var off, size int64
	err = db.QueryRow(`SELECT sha256, raw_segment, raw_offset, size FROM messages WHERE raw_segment <> '' ORDER BY id LIMIT 1 OFFSET 7`).Scan(&sha, &seg, &off, &size)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(filepath.Dir(restored), "raw", filepath.FromSlash(seg))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b[off+size/2] ^= 0x20
	if err := os.WriteFile(p, b, 0o640); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := lerd(t, "", "verify", "-db", restored)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "sha256="+sha) || !strings.Contains(lines[0], "do not match") ||
		!strings.Contains(errOut, fmt.Sprintf("1 of %d messages missing or damaged", n)) {
		t.Errorf("verify after damaging %s: exit %d\n%s%s", sha, code, out, errOut)
	}
	// The live store is untouched by all this.
	mustLerd(t, "verify", "-db", src)
}

// oldDatabase writes a database as a lerd of schema version wrote it: the
// repository's migrations up to version, one request and one message kept
// in its row.
func oldDatabase(t *testing.T, path string, version int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	files, err := filepath.Glob("../../internal/store/migrations/*.sql")
	if err != nil || len(files) < version {
		t.Fatalf("migrations: %v %v", files, err)
	}
	stmts := []string{`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`}
	for i, f := range files[:version] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		stmts = append(stmts, string(b), fmt.Sprintf(`INSERT INTO schema_migrations VALUES (%d, '2026-01-01T00:00:00Z')`, i+1))
	}
	raw := "From: agent@fbi.gov\r\nSubject: old\r\n\r\nstored by an older lerd\r\n"
	stmts = append(stmts,
		`INSERT INTO requests (id, ref, year, seq, created_at, updated_at, state, sender, subject) VALUES (1, 'LER-2026-000001', 2026, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'open', 'agent@fbi.gov', 'old')`)
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%.80s: %v", q, err)
		}
	}
	_, err = db.Exec(`INSERT INTO messages (sha256, size, source, stored_at, status, request_id, raw) VALUES (?, ?, 'test', '2026-01-01T00:00:00Z', 'parsed', 1, ?)`,
		fmt.Sprintf("%x", sha256.Sum256([]byte(raw))), len(raw), []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
}

// TestUpgradeCLI: only lerd migrate (and serve) migrate; read commands
// refuse an old database without touching it; a newer one is refused by
// everyone.
func TestUpgradeCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lerd.db")
	oldDatabase(t, db, 4)
	sum := func() [32]byte {
		b, err := os.ReadFile(db)
		if err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(b)
	}
	before := sum()
	for _, args := range [][]string{
		{"status", "-db", db},
		{"status", "-json", "-db", db},
		{"queue", "list", "-db", db},
		{"queue", "show", "LER-2026-000001", "-db", db},
		{"queue", "release", "LER-2026-000001", "-db", db, "-actor", "ops"},
		{"ingest", "-db", db, "../../testdata/corpus/001-fbi-subpoena-pdf.eml"},
	} {
		out, errOut, code := lerd(t, "", args...)
		if code != 1 || !strings.Contains(errOut, "database needs migration: run lerd migrate") {
			t.Errorf("lerd %v: exit %d\n%s%s", args[:2], code, out, errOut)
		}
	}
	if sum() != before {
		t.Fatal("a command that may not migrate changed the old database")
	}
	// backup and verify read it as it is.
	mustLerd(t, "verify", "-db", db)
	mustLerd(t, "backup", "-db", db, filepath.Join(dir, "manual-backup"))
	if sum() != before {
		t.Fatal("backup or verify changed the old database")
	}

	out := mustLerd(t, "migrate", "-db", db)
	backups, _ := filepath.Glob(db + ".backup-v4-to-v*-*Z")
	if !strings.Contains(out, "migrated from schema 4 to") || len(backups) != 1 || !strings.Contains(out, backups[0]) {
		t.Fatalf("migrate: %q, backups %v", out, backups)
	}
	if m := mustLerd(t, "verify", "-db", backups[0]+"/lerd.db"); !strings.Contains(m, "verified 1 messages") {
		t.Errorf("verify of the pre-migration backup: %q", m)
	}
	if out := mustLerd(t, "queue", "list", "-db", db); !strings.Contains(out, "LER-2026-000001") {
		t.Errorf("queue after migration: %q", out)
	}
	if out := mustLerd(t, "migrate", "-db", db); !strings.Contains(out, "nothing to migrate") {
		t.Errorf("second migrate: %q", out)
	}

	// Downgrade: a schema this lerd does not know.
	sdb, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = sdb.Exec(`INSERT INTO schema_migrations VALUES (999, '2027-01-01T00:00:00Z')`)
	sdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"status", "-db", db}, {"migrate", "-db", db}, {"ingest", "-db", db, "../../testdata/corpus"}} {
		out, errOut, code := lerd(t, "", args...)
		if code != 1 || !strings.Contains(errOut, "has schema 999") || !strings.Contains(errOut, "downgrade refused") {
			t.Errorf("lerd %v on a newer database: exit %d\n%s%s", args[0], code, out, errOut)
		}
	}
}

// TestExtractChildStartsLight checks that `lerd extract`, the child run
// once per PDF or DOCX attachment, does not build triage's patterns when it
// starts: they took some 33 MB and 90 ms at every start when compiled as
// the package loaded. Measured in bytes allocated by the package's
// initialisation (GODEBUG=inittrace=1), which do not depend on the
// machine's speed, with a wide margin.
func TestExtractChildStartsLight(t *testing.T) {
	cmd := exec.Command(lerdBin, "extract", "docx")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	cmd.Stdin = strings.NewReader("not a docx")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	_ = cmd.Run() // not a DOCX: exits non-zero after initialisation
	re := regexp.MustCompile(`(?m)^init lerd/internal/triage @.* (\d+) bytes, (\d+) allocs$`)
	m := re.FindStringSubmatch(errb.String())
	if m == nil {
		t.Fatalf("no inittrace line for lerd/internal/triage in:\n%s", errb.String())
	}
	if bytes, _ := strconv.Atoi(m[1]); bytes > 2<<20 {
		t.Errorf("triage's initialisation allocated %d bytes in the extract child; want under 2 MiB (patterns compiled at load?)", bytes)
	}
}
