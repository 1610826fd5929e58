//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"lerd/internal/mailparse/pdftest"
)

// pdfMessage is a request from the FBI with one PDF attached.
func pdfMessage(id string, pdf []byte) []byte {
	return crlf(fmt.Sprintf(`From: Special Agent Dana Reyes <dana.reyes@fbi.gov>
To: law-enforcement@provider.test
Subject: Subpoena %s
Message-ID: <%s@fbi.gov>
Date: Mon, 02 Nov 2026 10:00:00 -0500
Content-Type: multipart/mixed; boundary=m

--m
Content-Type: text/plain

Please see the attached subpoena.
--m
Content-Type: application/pdf; name=%s.pdf
Content-Disposition: attachment; filename=%s.pdf
Content-Transfer-Encoding: base64

%s--m--
`, id, id, id, id, b64(pdf)))
}

// TestHostilePDFDovecot: the three PDFs that once stopped triage for good
// (a self-referencing xref /Prev, a page tree containing itself, a
// FlateDecode bomb of 1.5 MB inflating to 1.5 GB) are each triaged with a
// text error and flagged for review, and the ordinary emergency behind them
// is triaged too, with lerd serve's memory bounded and no extractor left
// running. Then SIGTERM during a long extraction stops lerd at once and
// leaves that message pending, not flagged.
func TestHostilePDFDovecot(t *testing.T) {
	t.Parallel()
	hostile := map[string][]byte{
		"selfprev":  pdftest.SelfPrev("GRAND JURY SUBPOENA"),
		"selfpages": pdftest.SelfPages(),
		"bomb":      pdftest.FlateBomb(1536),
	}
	var msgs [][]byte
	for _, id := range []string{"selfprev", "selfpages", "bomb"} {
		msgs = append(msgs, pdfMessage(id, hostile[id]))
	}
	normal := pdfMessage("normal", pdftest.Minimal("EMERGENCY DISCLOSURE REQUEST imminent danger of death"))
	msgs = append(msgs, normal)
	d, c, dir, cfg, logf := setup(t, msgs)
	raw, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, append(raw, "\n[triage]\nextract_timeout = \"2s\"\n"...), 0o644)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	// Before the fix the first message held triage for good: this waits
	// for all four with room for a loaded machine, not as a speed test.
	waitStored(t, dbPath, len(msgs), 90*time.Second)
	if hwm := vmHWM(lerd.Process.Pid); hwm > 512<<20 {
		t.Errorf("lerd serve peaked at %d MiB", hwm>>20)
	}
	if kids := children(lerd.Process.Pid); len(kids) > 0 {
		t.Errorf("extractors still running: %v", kids)
	}
	drainAndStop(t, d, c, lerd)

	db := openDB(t, dbPath)
	for id, pdf := range hostile {
		var flags, state, textErr string
		err := db.QueryRow(`SELECT r.flags, r.state, a.text_error FROM attachments a JOIN messages m ON m.id = a.message_id
			JOIN requests r ON r.id = m.request_id WHERE a.sha256 = ?`, sum(pdf)).Scan(&flags, &state, &textErr)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if textErr == "" || state != "needs_review" || !strings.Contains(flags, "attachment_unreadable") {
			t.Errorf("%s: state %s, flags %q, text error %q; want needs_review, attachment_unreadable and the error", id, state, flags, textErr)
		}
	}
	var body string
	if err := db.QueryRow(`SELECT body_text FROM messages WHERE sha256 = ?`, sum(normal)).Scan(&body); err != nil || !strings.Contains(body, "EMERGENCY DISCLOSURE REQUEST") {
		t.Errorf("normal message: text %q, %v", body, err)
	}

	// SIGTERM while a hostile file is read, with a minute to read it: lerd
	// exits at once, kills the extractor, and the message waits for the
	// next start rather than being flagged for a limit it did not reach.
	os.WriteFile(cfg, append(raw, "\n[triage]\nextract_timeout = \"1m\"\n"...), 0o644)
	late := pdfMessage("late-selfprev", pdftest.SelfPrev("late"))
	d.deliver(t, c, [][]byte{late})
	lerd = lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	waitFor(t, "the extractor to start", time.Minute, func() bool { return len(children(lerd.Process.Pid)) > 0 })
	kids := children(lerd.Process.Pid)
	t0 := time.Now()
	lerd.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- lerd.Wait() }()
	select {
	case err := <-exited:
		t.Logf("lerd exited %v after SIGTERM in %s", err, time.Since(t0))
	case <-time.After(30 * time.Second):
		t.Fatal("lerd still running 30s after SIGTERM during an extraction")
	}
	for _, k := range kids {
		waitFor(t, "the extractor to end", 10*time.Second, func() bool { return syscall.Kill(k, 0) != nil || zombie(k) })
	}
	if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ? AND triaged_at IS NULL`, sum(late)); n != 1 {
		t.Errorf("message read during SIGTERM: %d pending, want 1", n)
	}
}

// children lists the processes whose parent is pid.
func children(pid int) []int {
	var out []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		var child int
		if _, err := fmt.Sscan(e.Name(), &child); err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so split after ')'.
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		var ppid int
		if len(f) > 1 && f[0] != "Z" {
			fmt.Sscan(f[1], &ppid)
		}
		if ppid == pid {
			out = append(out, child)
		}
	}
	return out
}

func zombie(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(f) > 0 && f[0] == "Z"
}
