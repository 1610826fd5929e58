package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
