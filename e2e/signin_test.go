//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
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

	dir, _, logf, lerd := oauthServe(t, d, ep, "xoauth2", `["INBOX", "Junk"]`, secret)
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

// oauthServe starts lerd serve with oauthConfig in a new directory and
// secret as the client secret; it is killed when the test ends.
func oauthServe(t *testing.T, d *dovecot, ep *mailconntest.TokenEndpoint, mech, mailboxes, secret string) (dir, cfgPath string, logf *os.File, lerd *exec.Cmd) {
	t.Helper()
	dir = t.TempDir()
	cfgPath = oauthConfig(t, d, dir, ep, mech, mailboxes)
	logf, err := os.Create(filepath.Join(dir, "lerd.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logf.Close() })
	lerd = lerdServe(t, cfgPath, logf, "LERD_E2E_CLIENT_SECRET="+secret)
	t.Cleanup(func() { lerd.Process.Kill() })
	return dir, cfgPath, logf, lerd
}

// oauthConfig writes d's lerd configuration into dir, switched to
// mech (xoauth2 or oauthbearer) with tokens from ep (client secret in LERD_E2E_CLIENT_SECRET),
// watching mailboxes (a TOML list), IDLE only (the poll interval is
// longer than the tests), at log.level trace.
func oauthConfig(t *testing.T, d *dovecot, dir string, ep *mailconntest.TokenEndpoint, mech, mailboxes string) string {
	t.Helper()
	cfgPath := d.config(t, dir)
	raw, _ := os.ReadFile(cfgPath)
	cfg := strings.NewReplacer(
		"password_env = \"LERD_E2E_IMAP_PASSWORD\"", "auth = \""+mech+"\"\nmailboxes = "+mailboxes,
		"poll_interval = \"2s\"", "poll_interval = \"5m\"",
		"level = \"info\"", "level = \"trace\"",
	).Replace(string(raw)) + fmt.Sprintf("\n[imap.oauth2]\nprovider = \"generic\"\nclient_id = \"lerd-e2e\"\nclient_secret_env = \"LERD_E2E_CLIENT_SECRET\"\ntoken_url = %q\n", ep.TokenURL())
	if !strings.Contains(cfg, mech) || !strings.Contains(cfg, "5m") || !strings.Contains(cfg, "trace") {
		t.Fatalf("configuration not switched:\n%s", cfg)
	}
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfgPath
}

// TestTokenTroubleDovecot: a token endpoint that is down when lerd serve
// starts is a logged error, "IMAP login failing" in lerd status, and
// retries, not an exit; once it answers, the waiting mail is ingested. A
// token Dovecot stops accepting (revoked) is refused at the next sign-in,
// dropped, and a new one fetched: the mail delivered meanwhile arrives.
func TestTokenTroubleDovecot(t *testing.T) {
	t.Parallel()
	const secret = "e2e-client-secret-3Rm"
	ep := mailconntest.NewTokenEndpoint(t, imapUser)
	ep.Fail(true)
	d := startDovecot(t, ep.IntrospectURL())
	c := d.client(t)
	msgs := genMessages("TOKEN", 2, -1)
	d.deliver(t, c, msgs[:1])
	dir, cfgPath, logf, lerd := oauthServe(t, d, ep, "xoauth2", `["INBOX"]`, secret)
	logHas := func(s string) func() bool {
		return func() bool { b, _ := os.ReadFile(logf.Name()); return strings.Contains(string(b), s) }
	}
	waitFor(t, "the token error in the log", 30*time.Second, logHas("oauth2 token from "+ep.TokenURL()))
	waitFor(t, "lerd status to say so", 30*time.Second, func() bool {
		out, _ := exec.Command(lerdBin, "status", "-config", cfgPath).CombinedOutput()
		return strings.Contains(string(out), "IMAP login failing")
	})
	if lerd.ProcessState != nil {
		t.Fatal("lerd serve exited")
	}
	ep.Fail(false)
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, 1, time.Minute)

	ep.Revoke()
	d.stop() // every connection drops; lerd signs in again with its cached token
	d.start(t)
	d.deliver(t, d.client(t), msgs[1:])
	waitStored(t, dbPath, 2, time.Minute)
	waitFor(t, "the refusal in the log", 10*time.Second, logHas("with XOAUTH2"))
	if n := ep.Fetches(); n != 2 {
		t.Errorf("tokens fetched = %d, want 2 (the first, and one after the refusal)", n)
	}
	lerd.Process.Signal(os.Interrupt)
	waitExit(t, lerd, 30*time.Second)
	if log, _ := os.ReadFile(logf.Name()); strings.Contains(string(log), secret) || t.Failed() {
		t.Errorf("log (secret shown: %v):\n%s", strings.Contains(string(log), secret), tail(string(log), 4000))
	}
}

// TestOAuthBearerDovecot: the same sign-in with OAUTHBEARER (RFC 7628).
func TestOAuthBearerDovecot(t *testing.T) {
	t.Parallel()
	ep := mailconntest.NewTokenEndpoint(t, imapUser)
	d := startDovecot(t, ep.IntrospectURL())
	c := d.client(t)
	msgs := genMessages("BEARER", 2, -1)
	d.deliver(t, c, msgs)
	dir, _, logf, lerd := oauthServe(t, d, ep, "oauthbearer", `["INBOX"]`, "s3cret-bearer")
	waitStored(t, filepath.Join(dir, "lerd.db"), len(msgs), time.Minute)
	drainAndStop(t, d, c, lerd)
	log, _ := os.ReadFile(logf.Name())
	if !strings.Contains(string(log), "AUTHENTICATE OAUTHBEARER (redacted)") || strings.Contains(string(log), "token-1") {
		t.Fatalf("no OAUTHBEARER sign-in, or the token shown:\n%s", tail(string(log), 3000))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestCAFileDovecot: imap.ca_file naming the certificate Dovecot presents
// (self-signed, its own CA) lets lerd in over implicit TLS and STARTTLS
// without insecure_skip_verify; another CA's file is refused, and the log
// says it is the certificate.
func TestCAFileDovecot(t *testing.T) {
	t.Parallel()
	for _, sec := range []string{"tls", "starttls"} {
		for _, right := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/right=%v", sec, right), func(t *testing.T) {
				msgs := genMessages("CA"+sec, 2, -1)
				d, c, dir, cfg, logf := setup(t, msgs)
				addr := d.Addr
				if sec == "tls" {
					addr = d.TLSAddr
				}
				ca := filepath.Join(d.dir, "cert.pem")
				if !right {
					ca = mailconntest.NewCA(t).WriteFile(t, dir)
				}
				raw, _ := os.ReadFile(cfg)
				conf := strings.Replace(string(raw), "address = \""+d.Addr+"\"\nsecurity = \"plain\"",
					fmt.Sprintf("address = %q\nsecurity = %q\nca_file = %q", addr, sec, ca), 1)
				if conf == string(raw) {
					t.Fatal("configuration not switched to TLS")
				}
				os.WriteFile(cfg, []byte(conf), 0o644)
				lerd := lerdServe(t, cfg, logf)
				defer lerd.Process.Kill()
				if right {
					waitStored(t, filepath.Join(dir, "lerd.db"), len(msgs), time.Minute)
					drainAndStop(t, d, c, lerd)
					return
				}
				waitFor(t, "a certificate error in the log", 30*time.Second, func() bool {
					b, _ := os.ReadFile(logf.Name())
					return strings.Contains(string(b), "certificate signed by unknown authority")
				})
			})
		}
	}
}
