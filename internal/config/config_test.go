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
		{"stalled after one poll", "[imap]\nstalled_after_polls = 1\n", "line 2: imap.stalled_after_polls: must be at least 2"},
		{"metrics off loopback without tls", "[web]\nmetrics_listen = \"0.0.0.0:9125\"\nmetrics_token_file = \"t\"\n", "line 2: web.metrics_listen: plain HTTP only on loopback"},
		{"metrics off loopback without token", "[web]\nmetrics_listen = \"[2001:db8::1]:9125\"\ntls_cert = \"c\"\ntls_key = \"k\"\n", "web.metrics_token_file: must be set"},
		{"metrics address", "[web]\nmetrics_listen = \"9125\"\n", "line 2: web.metrics_listen: want host:port"},
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

// TestMetricsListen: /metrics on loopback needs nothing more; elsewhere
// with TLS and a token it is accepted; stalled_after_polls scales the
// poll interval.
func TestMetricsListen(t *testing.T) {
	for _, src := range []string{
		"[web]\nmetrics_listen = \"127.0.0.1:9125\"\n",
		"[web]\nmetrics_listen = \"0.0.0.0:9125\"\ntls_cert = \"c\"\ntls_key = \"k\"\nmetrics_token_file = \"t\"\n",
	} {
		if _, err := Parse([]byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
	c, err := Parse([]byte("[imap]\npoll_interval = \"30s\"\nstalled_after_polls = 4\n"))
	if err != nil || c.IMAP.StalledAfter() != 2*time.Minute {
		t.Fatalf("stalled after %v, %v; want 2m", c.IMAP.StalledAfter(), err)
	}
	if d := Default().IMAP.StalledAfter(); d != 2*time.Minute {
		t.Fatalf("default stalled after %v, want twice the 60 s poll interval", d)
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

// TestSigninErrorsNameTheLine: imap.auth, the OAuth2 tables, ca_file and
// the watched mailboxes are checked when the file is read.
func TestSigninErrorsNameTheLine(t *testing.T) {
	const imap = "[imap]\naddress = \"imap.example.com:993\"\nusername = \"le@provider.example\"\n"
	tests := []struct {
		name, src, want string
	}{
		{"auth", imap + "auth = \"kerberos\"\n", "line 4: imap.auth: want password, xoauth2 or oauthbearer"},
		{"no provider", imap + "auth = \"xoauth2\"\n", "imap.oauth2.provider: must be set"},
		{"bad provider", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"yahoo\"\n", "line 6: imap.oauth2.provider"},
		{"microsoft without tenant", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"microsoft\"\nclient_id = \"a\"\nclient_secret_env = \"S\"\n", "imap.oauth2.tenant: must be set"},
		{"microsoft without secret", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"t\"\nclient_id = \"a\"\n", "imap.oauth2.client_secret: set client_secret"},
		{"two secrets", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"t\"\nclient_id = \"a\"\nclient_secret = \"x\"\nclient_secret_file = \"f\"\n", "line 9: imap.oauth2.client_secret: set only one"},
		{"google client credentials", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"google\"\nclient_id = \"a\"\nclient_secret = \"x\"\n", "line 6: imap.oauth2.provider: google needs service_account_file or a refresh token"},
		{"generic without url", imap + "auth = \"oauthbearer\"\n[imap.oauth2]\nprovider = \"generic\"\nclient_id = \"a\"\nclient_secret = \"x\"\n", "imap.oauth2.token_url: must be set"},
		{"plain http token url", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"generic\"\nclient_id = \"a\"\nclient_secret = \"x\"\ntoken_url = \"http://login.example.com/token\"\n", "line 9: imap.oauth2.token_url: want an https:// URL"},
		{"refresh without client", imap + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"google\"\nrefresh_token_env = \"R\"\n", "imap.oauth2.client_id: must be set with a refresh token"},
		{"smtp falls back to imap's table", "[smtp]\naddress = \"smtp.example.com:587\"\nusername = \"u\"\nauth = \"xoauth2\"\n", "imap.oauth2.provider: must be set when smtp.auth is xoauth2"},
		{"ca and insecure", "[smtp]\nca_file = \"ca.pem\"\ninsecure_skip_verify = true\n", "line 2: smtp.ca_file: set ca_file or insecure_skip_verify, not both"},
		{"mailbox twice", "[imap]\nmailboxes = [\"INBOX\", \"Junk\", \"INBOX\"]\n", "line 2: imap.mailboxes: \"INBOX\" is listed twice"},
		{"processed watched", "[imap]\nmailboxes = [\"INBOX\", \"Junk\"]\nprocessed_mailbox = \"Junk\"\n", "line 3: imap.processed_mailbox: must be set and differ from every watched mailbox"},
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

// TestSigninValid: the documented ways to sign in parse, and
// imap.mailboxes replaces imap.mailbox.
func TestSigninValid(t *testing.T) {
	for _, src := range []string{
		"[imap]\naddress = \"outlook.office365.com:993\"\nusername = \"le@provider.example\"\nauth = \"xoauth2\"\nmailboxes = [\"INBOX\", \"Junk Email\"]\n[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"contoso.onmicrosoft.com\"\nclient_id = \"a\"\nclient_secret_env = \"S\"\n[smtp]\naddress = \"smtp.office365.com:587\"\nusername = \"le@provider.example\"\nauth = \"xoauth2\"\n",
		"[imap]\naddress = \"imap.gmail.com:993\"\nusername = \"le@provider.example\"\nauth = \"oauthbearer\"\n[imap.oauth2]\nprovider = \"google\"\nservice_account_file = \"sa.json\"\n",
		"[imap]\naddress = \"imap.gmail.com:993\"\nusername = \"le@provider.example\"\nauth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"google\"\nclient_id = \"c\"\nclient_secret_file = \"s\"\nrefresh_token_file = \"r\"\n",
		"[imap]\naddress = \"127.0.0.1:143\"\nsecurity = \"plain\"\nusername = \"u\"\nauth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"generic\"\nclient_id = \"c\"\nclient_secret = \"s\"\ntoken_url = \"http://127.0.0.1:8080/token\"\n",
	} {
		c, err := Parse([]byte(src))
		if err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		if strings.Contains(src, "mailboxes") && strings.Join(c.IMAP.Watched(), ",") != "INBOX,Junk Email" {
			t.Fatalf("watched = %v", c.IMAP.Watched())
		}
	}
	if c := Default(); strings.Join(c.IMAP.Watched(), ",") != "INBOX" {
		t.Fatalf("default watched = %v", c.IMAP.Watched())
	}
}

// TestCheckSigninReadsFiles: what serve reads at start (secrets, key and
// CA files) is read by CheckSignin too, and its errors name line and key.
func TestCheckSigninReadsFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(dir+"/notpem", []byte("hello"), 0o644)
	os.WriteFile(dir+"/sa.json", []byte(`{"type":"authorized_user"}`), 0o644)
	base := "[imap]\naddress = \"imap.example.com:993\"\nusername = \"u\"\n"
	tests := []struct{ name, src, want string }{
		{"ca not pem", base + "ca_file = \"notpem\"\n", "line 4: imap.ca_file: " + dir + "/notpem: no PEM certificate"},
		{"ca missing", base + "ca_file = \"nope.pem\"\n", "line 4: imap.ca_file:"},
		{"password env unset", base + "password_env = \"LERD_TEST_UNSET_PW\"\n", "line 4: imap.password_env: config: variable LERD_TEST_UNSET_PW is not set"},
		{"client secret file missing", base + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"t\"\nclient_id = \"a\"\nclient_secret_file = \"secret\"\n", "line 9: imap.oauth2.client_secret_file:"},
		{"not a service account", base + "auth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"google\"\nservice_account_file = \"sa.json\"\n", "line 7: imap.oauth2.service_account_file: " + dir + "/sa.json: not a service account key"},
		{"smtp uses imap's table", "[smtp]\naddress = \"smtp.example.com:587\"\nusername = \"u\"\nauth = \"xoauth2\"\n[imap.oauth2]\nprovider = \"microsoft\"\ntenant = \"t\"\nclient_id = \"a\"\nclient_secret_env = \"LERD_TEST_UNSET_CS\"\n", "line 9: imap.oauth2.client_secret_env"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := dir + "/lerd.toml"
			os.WriteFile(path, []byte(tt.src), 0o644)
			c, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			err = c.CheckSignin()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("CheckSignin = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestLineOf: the line of a key as TOML lets it be written, or of its
// table's header when it is not written.
func TestLineOf(t *testing.T) {
	src := []byte(`# lerd
store.path = "/x/lerd.db"
[ imap ]   # the mailbox
"address" = "a:1"
username="u"
[smtp]
from = """
address = "not a key: inside a string"
"""
address = "b:2"
[web]
[notices]
csv_path = 'x' # lookup = "csv"
`)
	for _, tt := range []struct {
		key  string
		line int
	}{
		{"store.path", 2}, {"imap.address", 4}, {"imap.username", 5}, {"imap.password_env", 3},
		{"smtp.address", 10}, {"smtp.from", 7}, {"web.users_file", 11}, {"notices.lookup", 12},
		{"log.level", 0},
	} {
		if got := lineOf(src, tt.key); got != tt.line {
			t.Errorf("lineOf(%s) = %d, want %d", tt.key, got, tt.line)
		}
	}
}

// TestParseReportsEverything: every unknown key and every bad value, not
// only the first.
func TestParseReportsEverything(t *testing.T) {
	_, err := Parse([]byte("[imap]\nadress = \"x\"\nsecurity = \"ssl\"\n[smtp]\nfrom = \"nobody\"\nbogus = 1\n"))
	for _, want := range []string{"line 2: imap.adress: unknown option", "line 3: imap.security", "line 5: smtp.from", "line 6: smtp.bogus: unknown option"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse error %v does not say %q", err, want)
		}
	}
}
