package main

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// lerdBin is the lerd binary built once for the tests that run it as an
// operator would.
var lerdBin string

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

// TestBackupRestoreVerifyCLI ingests the corpus, backs the store up,
// restores it into an empty directory and checks that the restored store
// passes lerd verify and serves the same queue; then damages one raw byte
// and checks that verify fails naming that message, and only it.
func TestBackupRestoreVerifyCLI(t *testing.T) {
	tmp := t.TempDir()
	src := filepath.Join(tmp, "live", "lerd.db")
	backup := filepath.Join(tmp, "backup")
	restored := filepath.Join(tmp, "restored", "new.db")
	mustLerd(t, "ingest", "-q", "-db", src, "../../testdata/corpus")
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
