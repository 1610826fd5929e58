package config

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"bad security", "[imap]\naddress = \"imap.example.com:993\"\nusername = \"u\"\nsecurity = \"ssl\"\n", "line 4: imap.security"},
		{"plain off loopback", "[imap]\naddress = \"imap.example.com:143\"\nusername = \"u\"\nsecurity = \"plain\"\n", "line 4: imap.security: plain is only allowed on loopback"},
		{"unknown key", "[imap]\nadress = \"x\"\n", "line 2: imap.adress: unknown option"},
		{"syntax", "[imap]\naddress = = 3\n", "line 2"},
		{"bad duration", "[imap]\npoll_interval = \"soon\"\n", "line 2"},
		{"two secrets", "[imap]\npassword = \"a\"\npassword_env = \"B\"\n", "imap.password: set only one"},
		{"log level", "[log]\nlevel = \"loud\"\n", "line 2: log.level"},
		{"web off loopback without tls", "[web]\nlisten = \"0.0.0.0:8025\"\nusers_file = \"u\"\n", "line 2: web.listen: plain HTTP only on loopback"},
		{"web without users", "[web]\nlisten = \"127.0.0.1:8025\"\n", "web.users_file: must be set"},
		{"time zone", "[web]\ntime_zone = \"Mars/Olympus\"\n", "line 2: web.time_zone"},
		{"team address", "[notify]\nteam_address = \"compliance\"\n", "line 2: notify.team_address"},
		{"team address without smtp", "[notify]\nteam_address = \"compliance@provider.test\"\n", "line 2: notify.team_address: needs smtp.address"},
		{"webhook scheme", "[notify]\nwebhook_url = \"ftp://x\"\n", "line 2: notify.webhook_url"},
		{"notices lookup", "[notices]\nlookup = \"ldap\"\n", "line 2: notices.lookup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestDefaultsAreValid(t *testing.T) {
	c, err := Parse(nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.MaxMessageBytes != 50<<20 || !c.SMTP.DryRun || c.IMAP.Mailbox != "INBOX" {
		t.Fatalf("unexpected defaults: %+v", c)
	}
}

func TestPlainOnLoopback(t *testing.T) {
	_, err := Parse([]byte("[imap]\naddress = \"127.0.0.1:143\"\nusername = \"u\"\nsecurity = \"plain\"\n"))
	if err != nil {
		t.Fatal(err)
	}
}

func TestSecretFromEnv(t *testing.T) {
	t.Setenv("LERD_TEST_PW", "s3cret")
	got, err := Secret("", "", "LERD_TEST_PW")
	if err != nil || got != "s3cret" {
		t.Fatalf("Secret = %q, %v", got, err)
	}
	if _, err := Secret("", "", "LERD_TEST_UNSET_VARIABLE"); err == nil {
		t.Fatal("unset variable accepted")
	}
}

// TestShippedExampleParses keeps the documented example config loadable.
func TestShippedExampleParses(t *testing.T) {
	b, err := os.ReadFile("../../systemd/lerd.toml.example")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.PasswordEnv != "LERD_IMAP_PASSWORD" || c.IMAP.PollInterval.Duration != time.Minute {
		t.Fatalf("example not read as written: %+v", c.IMAP)
	}
}
