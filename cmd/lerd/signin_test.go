package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/config"
	"lerd/internal/store"
)

// TestConfigCheckSignin: lerd config check (and serve, before anything is
// created) reads the sign-in secrets and files as serve would and names
// the line and key of what is missing; a secret given inline is printed
// redacted.
func TestConfigCheckSignin(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("notpem", "hello")
	head := "[store]\npath = \"" + filepath.Join(dir, "db", "lerd.db") + "\"\n[imap]\naddress = \"outlook.office365.com:993\"\nusername = \"le@provider.example\"\nauth = \"xoauth2\"\n"
	ms := "[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"contoso.onmicrosoft.com\"\nclient_id = \"app\"\n"
	unset := write("unset.toml", head+ms+"client_secret_env = \"LERD_TEST_UNSET_SECRET\"\n")
	inline := write("inline.toml", head+ms+"client_secret = \"inline-s3cret-Vq\"\n")
	badCA := write("badca.toml", head+"ca_file = \"notpem\"\n"+ms+"client_secret = \"x\"\n")
	for _, tt := range []struct {
		args     []string
		code     int
		say, not string
	}{
		{[]string{"config", "check", unset}, 2, "line 11: imap.oauth2.client_secret_env: config: variable LERD_TEST_UNSET_SECRET is not set", ""},
		{[]string{"serve", "-config", unset}, 2, "imap.oauth2.client_secret_env", ""},
		{[]string{"config", "check", badCA}, 2, "line 7: imap.ca_file: " + filepath.Join(dir, "notpem") + ": no PEM certificate", ""},
		{[]string{"config", "check", inline}, 0, "client_secret = \"(redacted)\"", "inline-s3cret-Vq"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := lerd(t, dir, tt.args...)
			out := stdout + stderr
			if code != tt.code || !strings.Contains(out, tt.say) || (tt.not != "" && strings.Contains(out, tt.not)) {
				t.Errorf("exit %d, want %d saying %q (not %q)\n%s", code, tt.code, tt.say, tt.not, out)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "db")); err == nil {
		t.Error("serve created the store despite the configuration error")
	}
}

// TestIntakeHealthFolds: with several folders, one folder's good pass does
// not clear another's failure from lerd status.
func TestIntakeHealthFolds(t *testing.T) {
	h := &intakeHealth{failing: map[string]error{}, named: true}
	down := errors.New("imap: select Junk: NO no such mailbox")
	steps := []struct {
		mailbox string
		err     error
		want    string // "" healthy
	}{
		{"INBOX", nil, ""},
		{"Junk", down, "Junk: imap: select Junk"},
		{"INBOX", nil, "Junk: imap: select Junk"},
		{"Junk", nil, ""},
	}
	for i, s := range steps {
		got := h.fold(s.mailbox, s.err)
		if (got == nil) != (s.want == "") || (got != nil && !strings.Contains(got.Error(), s.want)) {
			t.Fatalf("step %d (%s, %v): reported %v, want %q", i, s.mailbox, s.err, got, s.want)
		}
	}
}

// TestStatusWatchesEveryFolder: intake is stalled when any watched folder
// has no recent pass, not only the first.
func TestStatusWatchesEveryFolder(t *testing.T) {
	cfg := config.Default()
	cfg.IMAP.Address = "imap.provider.test:993"
	cfg.IMAP.Mailboxes = []string{"INBOX", "Junk"}
	now := time.Now()
	recent := now.Add(-time.Second).UTC().Format(time.RFC3339Nano)
	old := now.Add(-time.Hour).UTC().Format(time.RFC3339Nano)
	for _, tt := range []struct {
		name   string
		passes []store.MailboxStatus
		want   string
	}{
		{"both recent", []store.MailboxStatus{{Mailbox: "INBOX", LastPass: recent}, {Mailbox: "Junk", LastPass: recent}}, ""},
		{"junk never", []store.MailboxStatus{{Mailbox: "INBOX", LastPass: recent}}, "intake stalled: no IMAP pass over Junk recorded"},
		{"junk old", []store.MailboxStatus{{Mailbox: "INBOX", LastPass: recent}, {Mailbox: "Junk", LastPass: old}}, "intake stalled: last IMAP pass over Junk"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(diagnose(cfg, store.Status{Mailboxes: tt.passes}, store.Health{}, now), "; ")
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Fatalf("problems %q, want %q", got, tt.want)
			}
		})
	}
}
