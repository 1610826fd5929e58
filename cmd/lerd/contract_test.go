package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"lerd/internal/review"
)

// subcommands lists every runnable command line ("queue show") of lerd.
func subcommands() [][]string {
	var out [][]string
	for _, c := range commands() {
		if c.subs == nil {
			out = append(out, []string{c.name})
			continue
		}
		out = append(out, []string{c.name})
		for _, s := range c.subs {
			out = append(out, []string{c.name, s.name})
		}
	}
	return out
}

// emptyDir fails the test if dir holds anything.
func emptyDir(t *testing.T, dir, what string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) > 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("%s created %v", what, names)
	}
}

// TestHelp: every subcommand's -h (and -help, --help, lerd help CMD)
// prints its usage with its arguments on standard output, exits 0 and
// creates nothing, even with a -db naming a database that does not exist.
func TestHelp(t *testing.T) {
	// What each usage must name besides its own command line.
	args := map[string][]string{
		"serve": {"-config"}, "ingest": {"PATH...", "-db"}, "queue": {"list", "show", "decide", "verify", "release", "discard", "add-sender", "note", "assign", "reply"},
		"queue list": {"-json", "-db", "-q", "-view"}, "queue show": {"REF", "-json"}, "queue decide": {"REF produced|partially_produced|no_records|declined|withdrawn|not_a_request", "-note", "-actor"},
		"queue release": {"REF", "-actor"}, "queue discard": {"REF"}, "queue add-sender": {"REF ADDRESS"},
		"queue verify": {"REF", "-number", "-outcome", "-at", "-note", "-actor"},
		"queue note":   {"REF", "-text", "-actor"}, "queue assign": {"REF NAME|-", "-actor"},
		"queue reply": {"REF", "-body-file", "-key", "-actor"},
		"status":      {"-json", "-db"}, "report": {"-from", "-to", "-format"}, "triage": {"FILE.eml", "-json"}, "eval": {"DIR", "-min-f1", "-predictions"},
		"config": {"check"}, "config check": {"-config"}, "templates": {"check"}, "templates check": {"-v"},
		"web": {"passwd"}, "web passwd": {"NAME"}, "backup": {"DIR", "-db"}, "restore": {"BACKUP_DIR", "-db"},
		"export": {"REF DIR", "-db"}, "verify": {"-json", "-db"}, "migrate": {"-db"}, "demo": {"-dir", "-web"}, "version": {},
	}
	for _, cmd := range subcommands() {
		name := strings.Join(cmd, " ")
		t.Run(name, func(t *testing.T) {
			want, ok := args[name]
			if !ok {
				t.Fatalf("no expectation for lerd %s: add it to this table", name)
			}
			dir := t.TempDir()
			helps := []string{"-h"}
			if len(cmd) == 2 {
				// The spellings of help, once per group.
				helps = append(helps, "-help", "--help")
			}
			for _, help := range helps {
				line := append(append([]string{}, cmd...), help)
				stdout, stderr, code := lerd(t, dir, line...)
				if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "usage: lerd "+name+" ") {
					t.Fatalf("lerd %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(line, " "), code, stdout, stderr)
				}
				for _, w := range want {
					if !strings.Contains(stdout, w) {
						t.Errorf("lerd %s does not show %q:\n%s", strings.Join(line, " "), w, stdout)
					}
				}
			}
			if stdout, _, code := lerd(t, dir, append([]string{"help"}, cmd...)...); code != 0 || !strings.HasPrefix(stdout, "usage: lerd "+name+" ") {
				t.Errorf("lerd help %s: exit %d\n%s", name, code, stdout)
			}
			// With flags naming things that do not exist, before and after -h.
			if len(cmd) == 2 || cmd[0] == "status" || cmd[0] == "verify" || cmd[0] == "backup" || cmd[0] == "migrate" || cmd[0] == "ingest" || cmd[0] == "export" {
				if _, _, code := lerd(t, dir, append(append([]string{}, cmd...), "-db", "new/lerd.db", "-h")...); code != 0 && cmd[0] != "config" && cmd[0] != "templates" && cmd[0] != "web" {
					t.Errorf("lerd %s -db new/lerd.db -h: exit %d", name, code)
				}
			}
			if cmd[0] == "demo" {
				lerd(t, dir, "demo", "-dir", "demo-data", "-h")
			}
			emptyDir(t, dir, "lerd "+name+" -h")
		})
	}
	for _, line := range [][]string{{"-h"}, {"--help"}, {"help"}} {
		stdout, _, code := lerd(t, "", line...)
		if code != 0 || !strings.HasPrefix(stdout, "usage: lerd <command>") || !strings.Contains(stdout, "backup") {
			t.Errorf("lerd %v: exit %d\n%s", line, code, stdout)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, line := range [][]string{{"--version"}, {"-version"}, {"version"}} {
		stdout, stderr, code := lerd(t, "", line...)
		if code != 0 || stdout != "lerd v0.0.0-test\n" || stderr != "" {
			t.Errorf("lerd %v: exit %d, %q %q", line, code, stdout, stderr)
		}
	}
}

// TestExitCodes: 0 ok, 1 runtime failure, 2 usage or configuration
// error; a missing or mistyped database is an error and is not created.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lerd.db")
	mustLerd(t, "ingest", "-q", "-db", db, "../../testdata/corpus/001-fbi-subpoena-pdf.eml")
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badKey := write("bad.toml", "[imap]\nsecurity = \"telnet\"\n")
	noIMAP := write("noimap.toml", "[store]\npath = \""+filepath.Join(dir, "serve", "lerd.db")+"\"\n")
	notADir := write("file", "")
	unopenable := write("unopenable.toml", "[store]\npath = \""+filepath.Join(notADir, "lerd.db")+"\"\n[imap]\naddress = \"127.0.0.1:1\"\nusername = \"u\"\npassword = \"x\"\nsecurity = \"plain\"\n")
	sound := write("sound.toml", "[imap]\naddress = \"127.0.0.1:1\"\nsecurity = \"plain\"\nusername = \"u\"\npassword = \"x\"\n")
	missing := filepath.Join(dir, "typo", "lerd.db")
	for _, tt := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"status", "-db", db}, 0, "messages: 1"},
		{[]string{"queue", "list", "-db", db}, 0, "LER-"},
		{[]string{"config", "check", sound}, 0, "ok"},
		{[]string{"templates", "check"}, 0, "rendered"},

		{nil, 2, "usage"},
		{[]string{"nosuch"}, 2, "unknown command"},
		{[]string{"queue"}, 2, "needs a subcommand"},
		{[]string{"queue", "nosuch"}, 2, "unknown command"},
		{[]string{"queue", "show", "-db", db}, 2, "want"},
		{[]string{"queue", "show", "-db", db, "A", "B"}, 2, "want"},
		{[]string{"queue", "decide", "-db", db, "LER-2026-000001", "maybe"}, 2, "one of produced, partially_produced"},
		{[]string{"status", "-nosuch"}, 2, "not defined"},
		{[]string{"backup"}, 2, "want"},
		{[]string{"web", "passwd"}, 2, "want"},
		{[]string{"config"}, 2, "needs a subcommand"},
		{[]string{"config", "check"}, 2, "imap.address: not set"},
		{[]string{"config", "check", badKey}, 2, "imap.security"},
		{[]string{"config", "check", "-config", filepath.Join(dir, "missing.toml")}, 2, "missing.toml"},
		{[]string{"status", "-config", badKey}, 2, "imap.security"},
		{[]string{"serve", "-config", badKey}, 2, "imap.security"},
		{[]string{"serve", "-config", noIMAP}, 2, "imap.address"},
		{[]string{"triage", "-config", badKey, "x.eml"}, 2, "imap.security"},

		{[]string{"status", "-db", missing}, 1, "no database at"},
		{[]string{"status", "-json", "-db", missing}, 1, "no database at"},
		{[]string{"queue", "list", "-db", missing}, 1, "no database at"},
		{[]string{"queue", "show", "-db", missing, "LER-2026-000001"}, 1, "no database at"},
		{[]string{"queue", "release", "-db", missing, "-actor", "ops", "LER-2026-000001"}, 1, "no database at"},
		{[]string{"queue", "release", "-db", db, "-actor", " ", "LER-2026-000001"}, 2, "-actor is empty"},
		{[]string{"queue", "verify", "-db", db, "-number", "202 555 0100", "LER-2026-000001"}, 2, "-outcome"},
		{[]string{"queue", "note", "-db", missing, "-actor", "ops", "-text", "x", "LER-2026-000001"}, 1, "no database at"},
		{[]string{"queue", "note", "-db", db, "-actor", "ops", "LER-2026-000001"}, 2, "-text is required"},
		{[]string{"queue", "assign", "-db", missing, "-actor", "ops", "LER-2026-000001", "alice"}, 1, "no database at"},
		{[]string{"queue", "assign", "-db", db, "-actor", "", "LER-2026-000001", "alice"}, 2, "-actor is empty"},
		{[]string{"verify", "-db", missing}, 1, "no database at"},
		{[]string{"backup", "-db", missing, filepath.Join(dir, "typo", "backup")}, 1, "no database at"},
		{[]string{"migrate", "-db", missing}, 1, "no database at"},
		{[]string{"export", "-db", missing, "LER-2026-000001", filepath.Join(dir, "typo", "export")}, 1, "no database at"},
		{[]string{"queue", "show", "-db", db, "LER-1999-000001"}, 1, "not found"},
		{[]string{"triage", filepath.Join(dir, "missing.eml")}, 1, "no such file"},
		{[]string{"serve", "-config", unopenable}, 1, "not a directory"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := lerd(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.say) {
				t.Errorf("exit %d, want %d saying %q\nstdout: %s\nstderr: %s", code, tt.code, tt.say, stdout, stderr)
			}
		})
	}
	for _, p := range []string{filepath.Join(dir, "typo"), filepath.Join(dir, "serve")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was created", p)
		}
	}
}

var (
	snakeKey = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	second   = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`)
	// The label schema's optional scalars and objects may be null; a list
	// never is.
	nullable = map[string]bool{"agent": true, "authority": true, "case_number": true, "country": true,
		"date_range": true, "until": true, "follow_up_to": true}
)

// checkJSON walks a decoded JSON value: snake_case keys, no null but for
// the label schema's optional values, times to the second.
func checkJSON(t *testing.T, where string, v any, key string) {
	t.Helper()
	switch v := v.(type) {
	case nil:
		if !nullable[key] {
			t.Errorf("%s: %q is null", where, key)
		}
	case map[string]any:
		for k, x := range v {
			// Keys of counts by state are states, snake_case as well.
			if !snakeKey.MatchString(k) {
				t.Errorf("%s: key %q is not snake_case", where, k)
			}
			checkJSON(t, where+"."+k, x, k)
		}
	case []any:
		for _, x := range v {
			checkJSON(t, where+"[]", x, key)
		}
	case string:
		if (key == "at" || strings.HasSuffix(key, "_at")) && !second.MatchString(v) {
			t.Errorf("%s: time %q is not RFC 3339 to the second", where, v)
		}
	}
}

// TestJSONContract runs every command that prints JSON, on an empty store
// and on one with requests, and checks keys, lists and times.
func TestJSONContract(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty", "lerd.db")
	full := corpusDB(t)
	if err := os.Mkdir(filepath.Join(dir, "no-mail"), 0o750); err != nil {
		t.Fatal(err)
	}
	mustLerd(t, "ingest", "-q", "-db", empty, filepath.Join(dir, "no-mail"))
	if out := mustLerd(t, "queue", "list", "-json", "-db", empty); strings.TrimSpace(out) != "[]" {
		t.Errorf("empty queue is %q, want []", out)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(mustLerd(t, "queue", "list", "-json", "-db", full)), &list); err != nil || len(list) == 0 {
		t.Fatalf("queue list: %v", err)
	}
	ref := list[0]["ref"].(string)
	eml := "../../testdata/corpus/001-fbi-subpoena-pdf.eml"
	for _, args := range [][]string{
		{"status", "-json", "-db", empty},
		{"status", "-json", "-db", full},
		{"queue", "list", "-json", "-db", full},
		{"queue", "show", "-json", "-db", full, ref},
		{"verify", "-json", "-db", empty},
		{"verify", "-json", "-db", full},
		{"triage", "-json", eml},
		{"triage", eml},
	} {
		out := mustLerd(t, args...)
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("lerd %v: %v\n%s", args, err, out)
		}
		checkJSON(t, strings.Join(args[:2], " "), v, "")
	}
	// Lists that are empty in the empty store are [] there.
	for _, key := range []string{`"mailboxes": []`, `"unreferenced_segments": []`, `"requests_by_state": {}`} {
		if out := mustLerd(t, "status", "-json", "-db", empty); !strings.Contains(out, key) {
			t.Errorf("status -json of an empty store lacks %s:\n%s", key, out)
		}
	}
}

// TestJSONContractValues covers the shapes the commands' outputs do not
// all have today: lists behind pointers and interfaces, time.Time, maps.
func TestJSONContractValues(t *testing.T) {
	type inner struct {
		List []string `json:"list"`
		At   string   `json:"at"`
	}
	type outer struct {
		Ptr       *inner         `json:"ptr"`
		Any       any            `json:"any"`
		Map       map[string]int `json:"map"`
		When      time.Time      `json:"when"`
		CreatedAt string         `json:"created_at"`
		Subject   string         `json:"subject"`
		Items     []inner        `json:"items"`
	}
	when := time.Date(2026, 12, 4, 13, 1, 2, 345678901, time.FixedZone("x", 3600))
	v := outer{Ptr: &inner{At: "2026-12-04T13:01:02.5Z"}, Any: inner{}, When: when,
		CreatedAt: "2026-12-04T13:01:02.123456789Z", Subject: "2026-12-04T13:01:02.123456789Z", Items: []inner{{}}}
	b, err := json.Marshal(jsonContract(v))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"ptr":{"list":[],"at":"2026-12-04T13:01:02Z"},"any":{"list":[],"at":""},"map":{},"when":"2026-12-04T12:01:02Z",` +
		`"created_at":"2026-12-04T13:01:02Z","subject":"2026-12-04T13:01:02.123456789Z","items":[{"list":[],"at":""}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	if b, _ := json.Marshal(jsonContract([]string(nil))); string(b) != "[]" {
		t.Errorf("nil list: %s", b)
	}
}

// TestConfigCheck: lerd config check reports what would stop lerd serve,
// every problem at once, each with its line and key, and exits 2; serve
// refuses the same configurations with the same report; a sound one exits
// 0. One broken configuration per row.
func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Copies of the rules and templates, one broken of each.
	copyDir := func(from, to string) {
		t.Helper()
		if err := os.CopyFS(filepath.Join(dir, to), os.DirFS(from)); err != nil {
			t.Fatal(err)
		}
	}
	copyDir("../../rules", "rules-broken")
	write("rules-broken/policy.toml", "home_country = [\n")
	copyDir("../../templates", "templates-unparsable")
	write("templates-unparsable/emergency.tmpl", "Subject: {{.Ref\n")
	copyDir("../../templates", "templates-unrenderable")
	write("templates-unrenderable/rejection.tmpl", "Subject: x\n\n{{.NoSuchField}}\n")
	copyDir("../../templates", "templates-good")
	write("imap-password", "s3cret\n")
	write("empty-password", "\n")
	write("users-bad", "reviewer without a hash\n")
	write("accounts-bad.csv", "account,mail\nx,y@example.com\n")
	write("accounts.csv", "identifier,email\nx,y@example.com\n")
	hash, err := review.HashPassword("pw")
	if err != nil {
		t.Fatal(err)
	}
	write("users", "reviewer:"+hash+"\n")

	// base is a configuration lerd serve starts with; each row adds to it.
	const base = "[imap]\naddress = \"127.0.0.1:1\"\nsecurity = \"plain\"\nusername = \"u\"\n"
	for _, tt := range []struct {
		name, config string
		env          []string
		want         []string // "line N: key", in this order
	}{
		{"sound", base + "password_file = \"imap-password\"\n" +
			"[smtp]\naddress = \"127.0.0.1:2\"\nsecurity = \"plain\"\npassword_env = \"LERD_TEST_SMTP\"\ndry_run = false\ntemplates_dir = \"templates-good\"\n" +
			"[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"users\"\n[notices]\nlookup = \"csv\"\ncsv_path = \"accounts.csv\"\n" +
			"[notify]\nwebhook_url = \"https://hooks.example/services/T0KEN\"\n",
			[]string{"LERD_TEST_SMTP=x"}, nil},
		{"no imap address", "[imap]\nusername = \"u\"\n", nil, []string{"line 1: imap.address: not set"}},
		{"no imap table", "[log]\nlevel = \"info\"\n", nil, []string{"imap.address: not set"}},
		{"password_env unset", base + "password_env = \"LERD_TEST_UNSET\"\n", nil,
			[]string{"line 5: imap.password_env: ", "variable LERD_TEST_UNSET is not set"}},
		{"password_env empty", base + "password_env = \"LERD_TEST_EMPTY\"\n", []string{"LERD_TEST_EMPTY="},
			[]string{"line 5: imap.password_env: ", "variable LERD_TEST_EMPTY is empty"}},
		{"password_file missing", base + "password_file = \"no-such-file\"\n", nil,
			[]string{"line 5: imap.password_file: ", "open " + filepath.Join(dir, "no-such-file") + ": no such file"}},
		{"password_file empty", base + "password_file = \"empty-password\"\n", nil,
			[]string{"line 5: imap.password_file: ", filepath.Join(dir, "empty-password") + " is empty"}},
		{"smtp password_env unset", base + "password = \"x\"\n[smtp]\naddress = \"127.0.0.1:2\"\nsecurity = \"plain\"\npassword_env = \"LERD_TEST_UNSET\"\n", nil,
			[]string{"line 9: smtp.password_env: ", "variable LERD_TEST_UNSET is not set"}},
		{"dry_run off without smtp", base + "password = \"x\"\n[smtp]\n# replies on\ndry_run = false\n", nil,
			[]string{"line 8: smtp.dry_run: false, but smtp.address is not set"}},
		{"users_file missing", base + "password = \"x\"\n[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"no-users\"\n", nil,
			[]string{"line 8: web.users_file: open " + filepath.Join(dir, "no-users")}},
		{"users_file malformed", base + "password = \"x\"\n[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"users-bad\"\n", nil,
			[]string{"line 8: web.users_file: review: users file line 1"}},
		{"users_file a directory", base + "password = \"x\"\n[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"rules-broken\"\n", nil,
			[]string{"line 8: web.users_file: " + filepath.Join(dir, "rules-broken") + " is a directory"}},
		{"tls key pair missing", base + "password = \"x\"\n[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"users\"\ntls_cert = \"no-cert.pem\"\ntls_key = \"no-key.pem\"\n", nil,
			[]string{"line 9: web.tls_cert: open", "line 10: web.tls_key: open"}},
		{"metrics token too short", base + "password = \"x\"\n[web]\nmetrics_listen = \"127.0.0.1:0\"\nmetrics_token_file = \"empty-password\"\n", nil,
			[]string{"line 8: web.metrics_token_file: ", "want one line of at least 16 characters"}},
		{"notices csv missing", base + "password = \"x\"\n[notices]\nlookup = \"csv\"\ncsv_path = \"no-accounts.csv\"\n", nil,
			[]string{"line 8: notices.csv_path: open " + filepath.Join(dir, "no-accounts.csv")}},
		{"notices csv without its columns", base + "password = \"x\"\n[notices]\nlookup = \"csv\"\ncsv_path = \"accounts-bad.csv\"\n", nil,
			[]string{"line 8: notices.csv_path: responder: account lookup " + filepath.Join(dir, "accounts-bad.csv") + ": header needs identifier and email"}},
		{"rules_dir missing", base + "password = \"x\"\n[triage]\nrules_dir = \"no-rules\"\n", nil,
			[]string{"line 7: triage.rules_dir: open " + filepath.Join(dir, "no-rules")}},
		{"rules_dir with a broken policy", base + "password = \"x\"\n[triage]\nrules_dir = \"rules-broken\"\n", nil,
			[]string{"line 7: triage.rules_dir: policy"}},
		{"templates_dir missing", base + "password = \"x\"\n[smtp]\ntemplates_dir = \"no-templates\"\n", nil,
			[]string{"line 7: smtp.templates_dir: open " + filepath.Join(dir, "no-templates")}},
		{"template does not parse", base + "password = \"x\"\n[smtp]\ntemplates_dir = \"templates-unparsable\"\n", nil,
			[]string{"line 7: smtp.templates_dir: responder: template emergency.tmpl: template: emergency:2: unclosed action started at emergency:1"}},
		{"template does not render", base + "password = \"x\"\n[smtp]\ntemplates_dir = \"templates-unrenderable\"\n", nil,
			[]string{"line 7: smtp.templates_dir: rejection.tmpl (sample rejection): ", "can't evaluate field NoSuchField"}},
		{"dotted keys at the top", "imap.address = \"127.0.0.1:1\"\nimap.security = \"plain\"\nimap.username = \"u\"\nimap.password_env = \"LERD_TEST_UNSET\"\n", nil,
			[]string{"line 4: imap.password_env: ", "variable LERD_TEST_UNSET is not set"}},
		{"everything at once, by line", "[triage]\nrules_dir = \"no-rules\"\nbogus = 1\n" + base + "password_env = \"LERD_TEST_UNSET\"\n" +
			"[smtp]\ndry_run = false\ntemplates_dir = \"templates-unrenderable\"\n[web]\nlisten = \"127.0.0.1:0\"\nusers_file = \"no-users\"\n" +
			"[notices]\nlookup = \"csv\"\ncsv_path = \"no-accounts.csv\"\n[log]\nlevel = \"loud\"\n", nil,
			[]string{"8 problems:", "line 2: triage.rules_dir", "line 3: triage.bogus: unknown option", "line 8: imap.password_env",
				"line 10: smtp.dry_run", "line 11: smtp.templates_dir", "line 14: web.users_file", "line 17: notices.csv_path", "line 19: log.level"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := write(strings.ReplaceAll(tt.name, " ", "-")+".toml", tt.config)
			for _, args := range [][]string{{"config", "check", cfg}, {"serve", "-config", cfg}} {
				if len(tt.want) == 0 && args[0] == "serve" {
					continue // it would start
				}
				cmd := exec.Command(lerdBin, args...)
				cmd.Dir = dir
				cmd.Env = append(append(os.Environ(), "LERD_CONFIG="), tt.env...)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				code := cmd.ProcessState.ExitCode()
				if err != nil && code < 0 {
					t.Fatal(err)
				}
				if len(tt.want) == 0 {
					// The effective configuration, secrets redacted.
					if code != 0 || !strings.HasPrefix(stdout.String(), cfg+": ok\n") || strings.Contains(stdout.String(), "T0KEN") ||
						!strings.Contains(stdout.String(), `webhook_url = "https://hooks.example/(redacted)"`) {
						t.Errorf("lerd %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
					}
					continue
				}
				// The problems in the order wanted, and nothing else.
				out, rest := stderr.String(), stderr.String()
				for _, w := range tt.want {
					i := strings.Index(rest, w)
					if i < 0 {
						t.Errorf("lerd %s: exit %d, does not say %q (in this order):\n%s", strings.Join(args, " "), code, w, out)
						break
					}
					rest = rest[i+len(w):]
				}
				// One line, or a count and one line per problem.
				problems := strings.Count(strings.TrimSpace(out), "\n")
				if problems == 0 {
					problems = 1
				}
				if code != 2 || problems > len(tt.want) {
					t.Errorf("lerd %s: exit %d, want 2 and %d problems:\n%s", strings.Join(args, " "), code, len(tt.want), out)
				}
				if _, err := os.Stat(filepath.Join(dir, "lerd.db")); err == nil {
					t.Fatalf("lerd %s created a database", strings.Join(args, " "))
				}
			}
		})
	}
}

// TestEvalFloors: a floor may be set for one subset's field or decision
// accuracy, overriding the floors of every subset; an adversarial subset
// may name how many impostors it is known to pass (any more fail); a
// wrong key is a usage error.
func TestEvalFloors(t *testing.T) {
	dir := t.TempDir()
	src := "../../testdata/corpus/008-out-of-office"
	for _, sub := range []string{"a", "b", "c"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(src + ".eml")
		if err != nil {
			t.Fatal(err)
		}
		label, err := os.ReadFile(src + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if sub == "b" { // a label lerd cannot meet: subset b scores 0
			label = []byte(strings.Replace(string(label), `"decision": "ignore"`, `"decision": "reject"`, 1))
		}
		if sub == "c" { // a real agency's message labelled a lookalike: an impostor passed
			raw, _ = os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.eml")
			label, _ = os.ReadFile("../../testdata/corpus/001-fbi-subpoena-pdf.json")
			label = []byte(strings.Replace(string(label), `"class": "law_enforcement"`, `"class": "lookalike"`, 1))
		}
		for name, b := range map[string][]byte{"x.eml": raw, "x.json": label} {
			if err := os.WriteFile(filepath.Join(dir, sub, name), b, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, tt := range []struct {
		floors string
		code   int
		say    string
	}{
		{"", 1, "b: decision accuracy 0.000 below 0.90"},
		{"b:accuracy=0,b:decision=0,b:reasons=0,c:sender.class=0", 1, "c: 1 impostors classed as authenticated law enforcement"},
		{"b:accuracy=0,b:decision=0,b:reasons=0,c:sender.class=0,c:max_impostors=1", 0, ""},
		{"b:nosuch=0", 2, "subset:field=number"},
	} {
		_, stderr, code := lerd(t, dir, "eval", "-min-accuracy", "0.9", "-floors", tt.floors, dir)
		if code != tt.code || !strings.Contains(stderr, tt.say) {
			t.Errorf("eval -floors %q: exit %d, stderr %q; want %d and %q", tt.floors, code, stderr, tt.code, tt.say)
		}
	}
}

// TestEvalGolden: -golden compares each case's reading with its golden
// file: the same reading passes, a moved one or a missing file fails the
// gate and names the case.
func TestEvalGolden(t *testing.T) {
	dir := t.TempDir()
	corpus, golden := filepath.Join(dir, "corpus"), filepath.Join(dir, "golden")
	for _, d := range []string{corpus, golden} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, ext := range []string{".eml", ".json"} {
		b, err := os.ReadFile("../../testdata/corpus/008-out-of-office" + ext)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpus, "x"+ext), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := lerd(t, dir, "eval", "-predictions", golden, corpus); code != 0 {
		t.Fatalf("eval -predictions: exit %d, %s", code, stderr)
	}
	if _, stderr, code := lerd(t, dir, "eval", "-golden", golden, corpus); code != 0 {
		t.Fatalf("eval -golden with its own predictions: exit %d, %s", code, stderr)
	}
	g := filepath.Join(golden, "x.json")
	b, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(g, []byte(strings.Replace(string(b), `"decision": "ignore"`, `"decision": "reject"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := lerd(t, dir, "eval", "-golden", golden, corpus); code != 1 || !strings.Contains(stderr, "x: triage moved") {
		t.Errorf("eval -golden with a moved reading: exit %d, stderr %q; want 1 and the case named", code, stderr)
	}
	if err := os.Remove(g); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := lerd(t, dir, "eval", "-golden", golden, corpus); code != 1 || !strings.Contains(stderr, "no golden file") {
		t.Errorf("eval -golden without the file: exit %d, stderr %q", code, stderr)
	}
}

// TestEvalJobs: subsets triaged side by side (-j) give the very report of
// one at a time, follow-ups still joining the request of their own subset;
// -j below 1 is a usage error.
func TestEvalJobs(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	for sub, cases := range map[string][]string{
		"a": {"004-", "011-"}, "b": {"001-", "008-"}, "c": {"016-", "049-"},
	} {
		if err := os.MkdirAll(filepath.Join(corpus, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, prefix := range cases {
			emls, _ := filepath.Glob("../../testdata/corpus/" + prefix + "*.eml")
			if len(emls) != 1 {
				t.Fatalf("vendored case %s*: found %v", prefix, emls)
			}
			for _, ext := range []string{".eml", ".json"} {
				src := strings.TrimSuffix(emls[0], ".eml") + ext
				b, err := os.ReadFile(src)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(corpus, sub, filepath.Base(src)), b, 0o600); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	one, stderr, code := lerd(t, dir, "eval", "-j", "1", corpus)
	if code != 0 {
		t.Fatalf("eval -j 1: exit %d, %s", code, stderr)
	}
	three, stderr, code := lerd(t, dir, "eval", "-j", "3", corpus)
	if code != 0 {
		t.Fatalf("eval -j 3: exit %d, %s", code, stderr)
	}
	if one != three {
		t.Errorf("eval -j 3 printed another report than -j 1:\n%s\n---\n%s", three, one)
	}
	// Both follow-ups joined their requests: 2 true positives over all.
	if !strings.Contains(one, "== all subsets: 6 cases") || !regexp.MustCompile(`follow_up_to\s+1\.000\s+1\.000\s+1\.000\s+2\s+0\s+0\n`).MatchString(one) {
		t.Errorf("eval report lacks the six cases or the two joined follow-ups:\n%s", one)
	}
	if _, _, code := lerd(t, dir, "eval", "-j", "0", corpus); code != 2 {
		t.Errorf("eval -j 0: exit %d, want 2", code)
	}
}
