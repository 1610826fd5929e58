//go:build e2e

// Package e2e runs lerd against a real Dovecot IMAP server on loopback,
// started by the tests with a private configuration, and the lerd binary
// built from this tree.
package e2e

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"database/sql"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	_ "github.com/mattn/go-sqlite3"
)

const (
	imapUser = "law-enforcement@provider.test"
	imapPass = "e2e-secret"
)

var lerdBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lerd-e2e-bin-")
	if err != nil {
		panic(err)
	}
	lerdBin = filepath.Join(dir, "lerd")
	build := exec.Command("go", "build", "-o", lerdBin, "../cmd/lerd")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build lerd:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// dovecot is a private Dovecot instance.
type dovecot struct {
	Addr string
	// TLSAddr is the implicit-TLS (IMAPS) listener; Addr also offers
	// STARTTLS.
	TLSAddr string
	dir     string
	cmd     *exec.Cmd
}

func freePort(t testing.TB) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startDovecot runs Dovecot in the foreground with its own base, state and
// mail directories under a temporary directory, listening on a free
// loopback port; it is stopped when the test ends. With introspectURL it
// also takes OAuth2 bearer tokens (XOAUTH2, OAUTHBEARER), checking each
// at that RFC 7662 introspection endpoint (its oauth2 passdb).
func startDovecot(t testing.TB, introspectURL ...string) *dovecot {
	t.Helper()
	if _, err := exec.LookPath("dovecot"); err != nil {
		t.Fatalf("dovecot not installed (make deps-e2e installs it): %v", err)
	}
	dir, err := os.MkdirTemp("", "lerd-dovecot-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	// Mail is owned by nobody: Dovecot refuses to run mail processes as root.
	os.Chmod(dir, 0o755)
	mail := filepath.Join(dir, "mail")
	os.MkdirAll(mail, 0o777)
	os.Chmod(mail, 0o777)
	port, tlsPort := freePort(t), freePort(t)
	writeCert(t, dir)
	mechs, oauth := "plain login", ""
	if len(introspectURL) > 0 {
		mechs = "plain login xoauth2 oauthbearer"
		oauth = fmt.Sprintf(`passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = %s/oauth2.conf
}`, dir)
		ext := fmt.Sprintf("introspection_mode = post\nintrospection_url = %s\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n", introspectURL[0])
		if err := os.WriteFile(filepath.Join(dir, "oauth2.conf"), []byte(ext), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	conf := fmt.Sprintf(`
protocols = imap
listen = 127.0.0.1
base_dir = %[1]s/run
state_dir = %[1]s/state
log_path = %[1]s/dovecot.log
ssl = yes
ssl_cert = <%[1]s/cert.pem
ssl_key = <%[1]s/key.pem
disable_plaintext_auth = no
auth_mechanisms = %[4]s
mail_location = maildir:%[1]s/mail/%%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%%u %[1]s/passwd
}
%[5]s
userdb {
  driver = static
  args = uid=65534 gid=65534 home=%[1]s/mail/%%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[2]d
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %[3]d
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
protocol imap {
  imap_idle_notify_interval = 1 secs
}
`, dir, port, tlsPort, mechs, oauth)
	if err := os.WriteFile(filepath.Join(dir, "dovecot.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "passwd"), []byte(imapUser+":{PLAIN}"+imapPass+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := &dovecot{Addr: fmt.Sprintf("127.0.0.1:%d", port), TLSAddr: fmt.Sprintf("127.0.0.1:%d", tlsPort), dir: dir}
	d.start(t)
	t.Cleanup(d.stop)
	return d
}

// start runs the Dovecot master in the foreground and waits until it
// accepts connections.
func (d *dovecot) start(t testing.TB) {
	t.Helper()
	cmd := exec.Command("dovecot", "-F", "-c", filepath.Join(d.dir, "dovecot.conf"))
	// A file, not a buffer: Dovecot's children inherit the descriptors, and
	// Wait would otherwise wait for the last of them to close the pipe.
	out, err := os.OpenFile(filepath.Join(d.dir, "dovecot.out"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, out
	// Its own process group, so stop can end the IMAP processes too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start dovecot: %v", err)
	}
	d.cmd = cmd
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", d.Addr)
		if err == nil {
			c.Close()
			return
		}
		if i > 100 {
			log, _ := os.ReadFile(filepath.Join(d.dir, "dovecot.log"))
			stdout, _ := os.ReadFile(out.Name())
			t.Fatalf("dovecot did not start: %v\n%s\n%s", err, stdout, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends Dovecot and every connection to it, as a crash or a restart of
// the mail server would.
func (d *dovecot) stop() {
	if d.cmd == nil {
		return
	}
	syscall.Kill(-d.cmd.Process.Pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { d.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
	d.cmd = nil
}

func (d *dovecot) client(t testing.TB) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(d.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(imapUser, imapPass).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// deliver appends raw messages to INBOX.
func (d *dovecot) deliver(t testing.TB, c *imapclient.Client, msgs [][]byte) {
	t.Helper()
	d.deliverTo(t, c, "INBOX", msgs)
}

// deliverTo appends raw messages to mailbox.
func (d *dovecot) deliverTo(t testing.TB, c *imapclient.Client, mailbox string, msgs [][]byte) {
	t.Helper()
	for _, m := range msgs {
		cmd := c.Append(mailbox, int64(len(m)), nil)
		if _, err := cmd.Write(m); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
}

func (d *dovecot) count(t testing.TB, c *imapclient.Client, mailbox string) uint32 {
	t.Helper()
	st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("status %s: %v", mailbox, err)
	}
	return *st.NumMessages
}

func (d *dovecot) config(t testing.TB, dir string) string {
	cfg := fmt.Sprintf(`[store]
path = "lerd.db"

[imap]
address = %q
security = "plain"
username = %q
password_env = "LERD_E2E_IMAP_PASSWORD"
poll_interval = "2s"
backoff_min = "100ms"
backoff_max = "1s"
max_message_bytes = 52428800

[log]
level = "info"
`, d.Addr, imapUser)
	path := filepath.Join(dir, "lerd.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lerdServe starts `lerd serve`, with env (KEY=VALUE) added to its
// environment; the caller kills it.
func lerdServe(t testing.TB, cfg string, logf *os.File, env ...string) *exec.Cmd {
	cmd := exec.Command(lerdBin, "serve", "-config", cfg)
	cmd.Env = append(append(os.Environ(), "LERD_E2E_IMAP_PASSWORD="+imapPass), env...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func openDB(t testing.TB, path string) *sql.DB {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func countRows(db *sql.DB, q string, args ...any) int {
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		return -1
	}
	return n
}

// waitStored polls the database until n messages are stored and none waits
// for triage. It fails when neither count has moved for stall: a lost
// message stops progress for good, while a slow machine (two cores running
// the whole suite) only slows it, and a fixed deadline would fail that.
func waitStored(t testing.TB, dbPath string, n int, stall time.Duration) {
	t.Helper()
	got, pending := -1, -1
	moved := time.Now()
	var lastErr error
	for time.Since(moved) < stall {
		if _, err := os.Stat(dbPath); err != nil {
			lastErr = err
		} else {
			db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro&_busy_timeout=5000")
			if err == nil {
				g, p := -1, -1
				if lastErr = db.QueryRow(`SELECT count(*) FROM messages`).Scan(&g); lastErr == nil {
					lastErr = db.QueryRow(`SELECT count(*) FROM messages WHERE triaged_at IS NULL`).Scan(&p)
				}
				db.Close()
				if g >= n && p == 0 {
					return
				}
				if g != got || p != pending {
					got, pending, moved = g, p, time.Now()
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Why: the last error reading the store, and what lerd logged (a
	// server that exited at start leaves nothing else to go on).
	log, _ := os.ReadFile(filepath.Join(filepath.Dir(dbPath), "lerd.log"))
	t.Fatalf("%d of %d messages stored, %d waiting for triage, no progress for %s; last read: %v; lerd log:\n%s", got, n, pending, stall, lastErr, tail(string(log), 4000))
}

func itoa(n int) string { return strconv.Itoa(n) }

var _ = strings.TrimSpace

// writeCert writes a self-signed certificate for 127.0.0.1 and its key as
// cert.pem and key.pem into dir, for Dovecot's TLS listeners.
func writeCert(t testing.TB, dir string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(filepath.Join(dir, "cert.pem"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
}
