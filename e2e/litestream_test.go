//go:build e2e && litestream

package e2e

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLitestreamReplica runs the shipped Litestream configuration
// (systemd/litestream.yml, its database path pointed at the test's) with a
// file replica against the database of a running `lerd serve` while mail
// arrives and a decision is recorded, copies the raw files with the
// shipped lerd-raw-sync, and restores with the shipped
// lerd-replica-restore, as the README says:
//
//   - restored from a raw copy taken midway, the database is as it was at
//     most then: every message it holds has its bytes (lerd verify), none
//     that arrived after the copy is there;
//   - the latest database with that raw copy is not complete (lerd verify
//     fails), which is why the restore picks the copy's time;
//   - after a raw copy taken when everything was written, the restored
//     store passes lerd verify and serves the same queue, decision
//     included, as the live one.
//
// make litestream installs Litestream and rsync and runs it.
func TestLitestreamReplica(t *testing.T) {
	litestream := os.Getenv("LERD_LITESTREAM")
	if litestream == "" {
		t.Fatal("LERD_LITESTREAM is not set: run make litestream")
	}
	if _, err := exec.LookPath("rsync"); err != nil {
		t.Fatal("rsync is not installed: run make litestream")
	}
	dir := t.TempDir()
	// The tools the scripts call, by the names they use.
	bin := filepath.Join(dir, "bin")
	os.Mkdir(bin, 0o755)
	for name, target := range map[string]string{"litestream": litestream, "lerd": lerdBin} {
		if err := os.Symlink(target, filepath.Join(bin, name)); err != nil {
			t.Fatal(err)
		}
	}
	replica := filepath.Join(dir, "replica")
	live := filepath.Join(dir, "lerd.db")
	b, err := os.ReadFile("../systemd/litestream.yml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("path: /var/lib/lerd/lerd.db")) {
		t.Fatalf("systemd/litestream.yml does not name /var/lib/lerd/lerd.db:\n%s", b)
	}
	lsConfig := filepath.Join(dir, "litestream.yml")
	if err := os.WriteFile(lsConfig, bytes.Replace(b, []byte("/var/lib/lerd/lerd.db"), []byte(live), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "LERD_REPLICA_URL=file://"+filepath.Join(replica, "db"),
		"LITESTREAM_CONFIG="+lsConfig, "LERD_DB="+live)
	run := func(name string, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if _, ok := err.(*exec.ExitError); err != nil && !ok {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		return string(out), cmd.ProcessState.ExitCode()
	}
	must := func(name string, args ...string) string {
		t.Helper()
		out, code := run(name, args...)
		if code != 0 {
			t.Fatalf("%s %s: exit %d\n%s", name, strings.Join(args, " "), code, out)
		}
		return out
	}

	// lerd serve against Dovecot, with the first third of the corpus.
	names, err := filepath.Glob("../testdata/corpus/*.eml")
	if err != nil || len(names) < 45 {
		t.Fatalf("corpus: %d files, %v", len(names), err)
	}
	sort.Strings(names)
	var msgs [][]byte
	for _, n := range names {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, raw)
	}
	a, bb, c := msgs[:15], msgs[15:30], msgs[30:]
	d := startDovecot(t)
	client := d.client(t)
	cfg := d.config(t, dir)
	logf, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	serve := lerdServe(t, cfg, logf)
	defer func() {
		serve.Process.Signal(syscall.SIGTERM)
		serve.Wait()
		if t.Failed() {
			log, _ := os.ReadFile(logf.Name())
			t.Logf("lerd serve:\n%s", log)
		}
	}()
	d.deliver(t, client, a)
	waitStored(t, live, len(a), time.Minute)

	// Litestream from then on, as its unit would run it.
	var lsLog bytes.Buffer
	ls := exec.Command(litestream, "replicate", "-config", lsConfig)
	ls.Env = env
	ls.Stdout, ls.Stderr = &lsLog, &lsLog
	if err := ls.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		ls.Process.Signal(syscall.SIGTERM)
		ls.Wait()
		if t.Failed() {
			t.Logf("litestream:\n%s", lsLog.String())
		}
	}()
	// replicated tells whether, in the replica's latest state, query
	// counts at least n.
	probe := filepath.Join(dir, "probe.db")
	replicated := func(query string, n int) func() bool {
		return func() bool {
			os.Remove(probe)
			if _, code := run(litestream, "restore", "-config", lsConfig, "-o", probe, live); code != 0 {
				return false
			}
			db, err := sql.Open("sqlite3", "file:"+probe+"?mode=ro")
			if err != nil {
				return false
			}
			defer db.Close()
			return countRows(db, query) >= n
		}
	}
	waitFor(t, "the first messages in the replica", time.Minute, replicated(`SELECT count(*) FROM messages`, len(a)))

	d.deliver(t, client, bb)
	waitStored(t, live, len(a)+len(bb), time.Minute)
	waitFor(t, "the second batch in the replica", time.Minute, replicated(`SELECT count(*) FROM messages`, len(a)+len(bb)))
	must("../systemd/lerd-raw-sync", filepath.Join(dir, "raw"), replica)
	midway := messageCount(t, live)
	time.Sleep(1100 * time.Millisecond) // past the second the copy's time is written in

	// After the copy: more mail, and a reviewer's decision.
	d.deliver(t, client, c)
	waitStored(t, live, len(msgs), time.Minute)
	var open []struct {
		Ref string `json:"ref"`
	}
	if err := json.Unmarshal([]byte(must(lerdBin, "queue", "list", "-json", "-db", live)), &open); err != nil || len(open) == 0 {
		t.Fatalf("queue list: %v", err)
	}
	ref := open[0].Ref
	must(lerdBin, "queue", "decide", "-db", live, "-actor", "litestream-test", ref, "no_records")
	total := messageCount(t, live)
	waitFor(t, "every message and the decision in the replica", time.Minute,
		replicated(`SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM requests WHERE state = 'decided')`, total+1))

	// 1. Restored to the midway copy: complete, and nothing after it.
	mid := filepath.Join(dir, "mid", "lerd.db")
	os.Mkdir(filepath.Dir(mid), 0o750)
	out := must("../systemd/lerd-replica-restore", replica, mid)
	if n := messageCount(t, mid); n < len(a) || n > midway || strings.Contains(out, "no state at") {
		t.Errorf("restored to the midway copy: %d messages, want %d to %d, from the replica's state then\n%s", n, len(a), midway, out)
	} else {
		t.Logf("restored to the midway copy: %d messages (%d when it was taken, %d now)", n, midway, total)
	}

	// 2. The latest database with that copy lacks the newest bytes.
	latest := filepath.Join(dir, "latest", "lerd.db")
	os.Mkdir(filepath.Dir(latest), 0o750)
	must(litestream, "restore", "-config", lsConfig, "-o", latest, live)
	must("cp", "-a", filepath.Join(replica, "raw"), filepath.Dir(latest))
	if out, code := run(lerdBin, "verify", "-db", latest); code != 1 || !strings.Contains(out, "missing or damaged") {
		t.Errorf("lerd verify of the latest database with the midway raw copy: exit %d, want 1\n%s", code, out)
	}

	// 3. A copy after the last write: the restored store is the live one.
	time.Sleep(1100 * time.Millisecond) // the copy's time, to the second, after the last change
	must("../systemd/lerd-raw-sync", filepath.Join(dir, "raw"), replica)
	full := filepath.Join(dir, "full", "lerd.db")
	os.Mkdir(filepath.Dir(full), 0o750)
	out = must("../systemd/lerd-replica-restore", replica, full)
	if n := messageCount(t, full); n != total {
		t.Errorf("restored after the last copy: %d messages, want %d\n%s", n, total, out)
	}
	for _, args := range [][]string{{"queue", "list", "-json"}, {"queue", "list", "-json", "-closed"}, {"queue", "show", "-json", ref}} {
		want := must(lerdBin, append(args, "-db", live)...)
		if got := must(lerdBin, append(args, "-db", full)...); got != want || len(want) < 100 {
			t.Errorf("lerd %s differs in the restored store:\n%.400s\n---\n%.400s", strings.Join(args, " "), got, want)
		}
	}
	if !strings.Contains(must(lerdBin, "queue", "show", "-db", full, ref), "no_records") {
		t.Errorf("the decision recorded after the first copy is not in the restored store")
	}
}

// messageCount is the number of stored messages, read as lerd verify -json
// reads them.
func messageCount(t *testing.T, db string) int {
	t.Helper()
	d := openDB(t, db)
	return countRows(d, `SELECT count(*) FROM messages`)
}
