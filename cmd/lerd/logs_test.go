package main

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"lerd/internal/demo"
	"lerd/internal/review"
)

// syncBuffer is a bytes.Buffer a process writes to while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func randomSecret(t *testing.T, prefix string) string {
	t.Helper()
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return prefix + hex.EncodeToString(b)
}

// TestServeLogs runs one cycle of lerd serve as an operator would (JSON
// logs at the trace level, an IMAP password from a file, an SMTP password
// from the environment, replies sent, a webhook whose URL holds a token,
// the review page) against an in-process IMAP server and SMTP sink that
// require those passwords, until SIGTERM. No secret appears in the log, in
// any form the protocols send it; every line names its component; the
// start, triage, reply and stop lines carry their keys, an emergency is
// marked as one, and durations are durations.
func TestServeLogs(t *testing.T) {
	dir := t.TempDir()
	imapSecret, smtpSecret, hookSecret := randomSecret(t, "imap-pw-"), randomSecret(t, "smtp-pw-"), randomSecret(t, "hook-")
	const imapUser, smtpUser = "law-enforcement@provider.test", "lerd-smtp"
	imapSrv, err := demo.StartIMAPAs(imapUser, imapSecret)
	if err != nil {
		t.Fatal(err)
	}
	defer imapSrv.Close()
	sink, err := demo.StartSMTP()
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	sink.RequireAuth(smtpUser, smtpSecret)
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hookAddr := closed.Addr().String()
	closed.Close() // the webhook's server is down: its error is logged

	hash, err := review.HashPassword(randomSecret(t, "web-"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("imap-password", imapSecret+"\n")
	write("users", "reviewer:"+hash+"\n")
	cfg := write("lerd.toml", fmt.Sprintf(`[store]
path = "data/lerd.db"
[imap]
address = %q
security = "plain"
username = %q
password_file = "imap-password"
poll_interval = "1s"
[smtp]
address = %q
security = "plain"
username = %q
password_env = "LERD_TEST_SMTP_PASSWORD"
from = "law-enforcement@provider.test"
dry_run = false
[notify]
webhook_url = "http://%s/hooks/%s?token=%s"
[web]
listen = "127.0.0.1:0"
users_file = "users"
[log]
level = "trace"
format = "json"
`, imapSrv.Addr, imapUser, sink.Addr, smtpUser, hookAddr, hookSecret, hookSecret))

	var stderr syncBuffer
	cmd := exec.Command(lerdBin, "serve", "-config", cfg)
	cmd.Env = append(os.Environ(), "LERD_CONFIG=", "LERD_TEST_SMTP_PASSWORD="+smtpSecret)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-exited
		}
	}()
	for _, c := range []string{"030-fbi-emergency-kidnapping", "001-fbi-subpoena-pdf"} {
		raw, err := os.ReadFile("../../testdata/corpus/" + c + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		if err := imapSrv.Deliver(raw); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		out := stderr.String()
		if len(sink.Messages()) >= 2 && strings.Count(out, `"message triaged"`) >= 2 && strings.Contains(out, `"notification not sent"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 90 s: %d replies at the sink\n%s", len(sink.Messages()), out)
		}
		select {
		case err := <-exited:
			t.Fatalf("lerd serve exited: %v\n%s", err, out)
		case <-time.After(100 * time.Millisecond):
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("lerd serve after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("lerd serve still running 30 s after SIGTERM\n%s", stderr.String())
	}
	if got := sink.Authenticated(); len(got) == 0 || got[0] != smtpUser {
		t.Fatalf("the sink saw logins %v: replies were not sent with the SMTP password", got)
	}
	out := stderr.String()
	if os.Getenv("LERD_TEST_SHOW_LOG") != "" {
		t.Log(out)
	}

	// The secrets, as configured and as AUTH PLAIN would carry them.
	plain := func(user, pass string) string {
		return base64.StdEncoding.EncodeToString([]byte("\x00" + user + "\x00" + pass))
	}
	for what, s := range map[string]string{
		"imap password": imapSecret, "smtp password": smtpSecret, "webhook token": hookSecret,
		"imap AUTH PLAIN": plain(imapUser, imapSecret), "smtp AUTH PLAIN": plain(smtpUser, smtpSecret),
	} {
		if strings.Contains(out, s) {
			t.Errorf("the %s is in the log", what)
		}
	}

	// Every line is JSON with a component; the important ones by message.
	lines := map[string][]map[string]any{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l map[string]any
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Errorf("not a JSON log line: %s", sc.Text())
			continue
		}
		if l["component"] == nil || l["component"] == "" {
			t.Errorf("no component: %s", sc.Text())
		}
		msg, _ := l["msg"].(string)
		lines[msg] = append(lines[msg], l)
	}
	// A duration is slog's time.Duration: an integer of nanoseconds in
	// JSON (text writes "1.5s"), never float seconds or milliseconds.
	isDuration := func(v any) bool {
		f, ok := v.(float64)
		return ok && f > 0 && f == float64(int64(f))
	}
	for _, tt := range []struct {
		msg       string
		component string
		keys      []string
		durations []string
	}{
		{"lerd starting", "serve", []string{"version", "config", "db", "raw_dir", "mailboxes", "imap_address", "smtp_address", "dry_run", "web"}, nil},
		{"message triaged", "triage", []string{"msg_id", "ref", "emergency", "decision", "reasons", "state", "reply_held", "sha256"}, []string{"took"}},
		{"imap pass done", "imap", []string{"mailbox", "stored", "last_uid"}, []string{"took"}},
		{"reply sent", "smtp", []string{"outbox_id", "ref", "kind", "to", "message_id_header"}, nil},
		{"notification not sent", "notify", []string{"ref", "kind", "channel", "attempt", "err"}, nil},
		{"review page on", "serve", []string{"listen", "tls"}, nil},
		{"lerd stopped", "serve", []string{"reason"}, []string{"uptime"}},
	} {
		got := lines[tt.msg]
		if len(got) == 0 {
			t.Errorf("no %q line", tt.msg)
			continue
		}
		for _, l := range got {
			if l["component"] != tt.component {
				t.Errorf("%q: component %v, want %s", tt.msg, l["component"], tt.component)
			}
			for _, k := range tt.keys {
				if _, ok := l[k]; !ok {
					t.Errorf("%q lacks %s: %v", tt.msg, k, l)
				}
			}
			for _, k := range tt.durations {
				if !isDuration(l[k]) {
					t.Errorf("%q: %s = %v is not a duration", tt.msg, k, l[k])
				}
			}
		}
	}
	start := lines["lerd starting"]
	if len(start) == 1 && (start[0]["version"] != "v0.0.0-test" || start[0]["config"] != cfg || start[0]["dry_run"] != false ||
		fmt.Sprint(start[0]["mailboxes"]) != "[INBOX]" || start[0]["db"] != filepath.Join(dir, "data", "lerd.db")) {
		t.Errorf("start line: %v", start[0])
	}
	emergencies := 0
	for _, l := range lines["message triaged"] {
		if l["emergency"] == true {
			emergencies++
		}
		if ref, _ := l["ref"].(string); !strings.HasPrefix(ref, "LER-") {
			t.Errorf("message triaged: ref %v", l["ref"])
		}
	}
	if emergencies != 1 {
		t.Errorf("%d of the triaged messages marked emergency, want 1 (030-fbi-emergency-kidnapping)", emergencies)
	}
	if stop := lines["lerd stopped"]; len(stop) != 1 || !strings.Contains(fmt.Sprint(stop[0]["reason"]), "terminated") || stop[0]["level"] != "INFO" {
		t.Errorf("stop lines: %v", stop)
	}
}
