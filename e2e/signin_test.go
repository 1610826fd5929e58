//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/mailconn/mailconntest"
)

// TestXOAuth2JunkDovecot: lerd serve signs in to a real Dovecot with
// XOAUTH2, using a token it fetched from a local token endpoint (client
// credentials), which Dovecot checks at the same endpoint (its oauth2
// passdb, introspection), and watches INBOX and Junk. A request Dovecot
// filed in Junk while lerd runs is ingested through Junk's own IDLE; the
// same message in both folders is one stored message (its second copy a
// duplicate fetch) and one request; both folders are emptied. At
// log.level trace the conversation is logged; the token and the client
// secret never are.
func TestXOAuth2JunkDovecot(t *testing.T) {
	t.Parallel()
	const secret = "e2e-client-secret-8xQ"
	ep := mailconntest.NewTokenEndpoint(t, imapUser)
	d := startDovecot(t, ep.IntrospectURL())
	c := d.client(t)
	if err := c.Create("Junk", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs := genMessages("OAUTH", 3, -1)
	inbox, junk, both := msgs[0], msgs[1], msgs[2]
	d.deliver(t, c, [][]byte{inbox, both})

	dir := t.TempDir()
	cfgPath := d.config(t, dir)
	raw, _ := os.ReadFile(cfgPath)
	// Signed in with a token, two folders, IDLE only (the poll interval is
	// longer than the test), and the protocol trace.
	cfg := strings.NewReplacer(
		"password_env = \"LERD_E2E_IMAP_PASSWORD\"", "auth = \"xoauth2\"\nmailboxes = [\"INBOX\", \"Junk\"]",
		"poll_interval = \"2s\"", "poll_interval = \"5m\"",
		"level = \"info\"", "level = \"trace\"",
	).Replace(string(raw)) + fmt.Sprintf("\n[imap.oauth2]\nprovider = \"generic\"\nclient_id = \"lerd-e2e\"\nclient_secret_env = \"LERD_E2E_CLIENT_SECRET\"\ntoken_url = %q\n", ep.TokenURL())
	if !strings.Contains(cfg, "xoauth2") || !strings.Contains(cfg, "5m") || !strings.Contains(cfg, "trace") {
		t.Fatalf("configuration not switched:\n%s", cfg)
	}
	os.WriteFile(cfgPath, []byte(cfg), 0o644)
	logf, err := os.Create(filepath.Join(dir, "lerd.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	lerd := lerdServe(t, cfgPath, logf, "LERD_E2E_CLIENT_SECRET="+secret)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, 2, time.Minute)

	// Filed in Junk while lerd waits in IDLE.
	d.deliverTo(t, c, "Junk", [][]byte{junk, both})
	waitFor(t, "the Junk messages", time.Minute, func() bool {
		db := openDB(t, dbPath)
		return countRows(db, `SELECT count(*) FROM events WHERE kind = 'duplicate_fetch'`) == 1 &&
			countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ? AND triaged_at IS NOT NULL`, sum(junk)) == 1
	})
	waitFor(t, "Junk emptied", 30*time.Second, func() bool { return d.count(t, c, "Junk") == 0 && d.count(t, c, "INBOX") == 0 })
	lerd.Process.Signal(os.Interrupt)
	waitExit(t, lerd, 30*time.Second)

	db := openDB(t, dbPath)
	for i, m := range msgs {
		if n := countRows(db, `SELECT count(*) FROM messages WHERE sha256 = ? AND request_id IS NOT NULL`, sum(m)); n != 1 {
			t.Errorf("message %d: stored with a request %d times, want once", i, n)
		}
	}
	if n := countRows(db, `SELECT count(*) FROM requests`); n != 3 {
		t.Errorf("requests = %d, want 3", n)
	}
	if n := countRows(db, `SELECT count(*) FROM imap_uids WHERE mailbox = 'Junk' AND moved = 1`); n != 2 {
		t.Errorf("Junk UIDs recorded and moved = %d, want 2", n)
	}
	if n := countRows(db, `SELECT count(*) FROM checkpoints WHERE mailbox IN ('INBOX', 'Junk')`); n != 2 {
		t.Errorf("checkpoints = %d, want one per folder", n)
	}
	if n := d.count(t, c, "lerd-processed"); n != 4 {
		t.Errorf("processed mailbox holds %d, want 4", n)
	}
	if ep.Fetches() != 1 || ep.Introspections() < 2 {
		t.Errorf("token fetches = %d (want 1, shared by both folders), introspections = %d (want one per connection)", ep.Fetches(), ep.Introspections())
	}
	log, _ := os.ReadFile(logf.Name())
	for _, want := range []string{`level=TRACE msg="imap trace"`, "AUTHENTICATE XOAUTH2 (redacted)", "mailbox=Junk"} {
		if !strings.Contains(string(log), want) {
			t.Errorf("log lacks %q", want)
		}
	}
	for _, bad := range []string{"token-1", secret} {
		if strings.Contains(string(log), bad) {
			t.Errorf("log shows %q", bad)
		}
	}
	if t.Failed() || os.Getenv("LERD_E2E_SHOWLOG") != "" {
		t.Logf("lerd log:\n%s", tail(string(log), 4000))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
