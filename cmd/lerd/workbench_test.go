package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lerdEnv runs the binary with extra environment variables (later ones
// win), as an operator's shell would have them.
func lerdEnv(t *testing.T, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(lerdBin, args...)
	cmd.Env = append(append(os.Environ(), "LERD_CONFIG="), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return out.String(), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), 0
}

// rulesWithAgencies copies the embedded rules into a directory and adds an
// agency directory listing seattle.gov at a fictional number.
func rulesWithAgencies(t *testing.T, dir string) {
	t.Helper()
	files, _ := filepath.Glob("../../rules/*.t*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "agencies.csv"), []byte("agency,domains,phone,source\nSeattle Police Department (test entry),seattle.gov,+1 206 555 0199,test fixture\n"), 0o644)
}

// TestQueueVerifyCLI: an emergency from a first-time sender, with its reply
// held, goes nowhere until a call-back on a number not from the e-mail is
// recorded; every change needs an actor.
func TestQueueVerifyCLI(t *testing.T) {
	tmp := t.TempDir()
	rulesDir := filepath.Join(tmp, "rules")
	os.MkdirAll(rulesDir, 0o755)
	rulesWithAgencies(t, rulesDir)
	cfg := filepath.Join(tmp, "lerd.toml")
	os.WriteFile(cfg, []byte("[store]\npath = \""+filepath.Join(tmp, "lerd.db")+"\"\n[triage]\nrules_dir = \""+rulesDir+"\"\nauthserv_id = \"mx.provider.test\"\n"), 0o644)
	if out, code := lerdEnv(t, nil, "ingest", "-config", cfg, "../../testdata/corpus/new/208-seattle-pd-swatting-next-target-tonight.eml"); code != 0 {
		t.Fatalf("ingest: %d %s", code, out)
	}
	const ref = "LER-2026-000001"
	ann := []string{"SUDO_USER=ann", "USER=root"}
	nobody := []string{"SUDO_USER=", "USER="}
	steps := []struct {
		name string
		env  []string
		args []string
		code int
		want string
	}{
		{"release without an actor", nobody, []string{"queue", "release", ref}, 2, "-actor is empty"},
		{"verify without an actor", nobody, []string{"queue", "verify", ref, "-number", "206 555 0199", "-outcome", "confirmed"}, 2, "-actor is empty"},
		{"release before a call", ann, []string{"queue", "release", ref}, 1, "no confirmed call-back"},
		{"produced before a call", ann, []string{"queue", "decide", ref, "produced"}, 1, "no confirmed call-back"},
		{"a call on the e-mail's number", ann, []string{"queue", "verify", ref, "-number", "(206) 555-0129", "-outcome", "confirmed"}, 2, "comes from the e-mail"},
		{"no outcome", ann, []string{"queue", "verify", ref, "-number", "206 555 0199"}, 2, "-outcome"},
		{"bad time", ann, []string{"queue", "verify", ref, "-number", "206 555 0199", "-outcome", "confirmed", "-at", "yesterday"}, 2, "-at"},
		{"the call", ann, []string{"queue", "verify", ref, "-number", "206 555 0199", "-outcome", "confirmed", "-at", "2026-12-04T09:30:00-08:00", "-note", "Sgt. on duty confirmed"}, 0, "recorded: confirmed"},
		{"show", ann, []string{"queue", "show", ref}, 0, "call back at: +1 206 555 0199 (Seattle Police Department (test entry)"},
		{"release", ann, []string{"queue", "release", ref}, 0, "released"},
		{"produced", nil, []string{"queue", "decide", ref, "produced", "-actor", "bob"}, 0, "recorded produced"},
	}
	for _, st := range steps {
		out, code := lerdEnv(t, st.env, append(st.args, "-config", cfg)...)
		if code != st.code || !strings.Contains(out, st.want) {
			t.Fatalf("%s: exit %d, want %d and %q:\n%s", st.name, code, st.code, st.want, out)
		}
	}
	out, _ := lerdEnv(t, nil, "queue", "show", ref, "-config", cfg)
	for _, want := range []string{"DIFFER FROM THE DIRECTORY", "called 206 555 0199 at 2026-12-04T17:30:00Z by ann: confirmed Sgt. on duty confirmed",
		"callback_confirmed by ann", "reply_released by ann", "review_produced by bob"} {
		if !strings.Contains(out, want) {
			t.Errorf("queue show lacks %q:\n%s", want, out)
		}
	}
}

// TestQueueTeamworkCLI: internal notes, assignment, a reviewer's reply and
// the decline letter from the command line, as on the review page: an
// actor is required, an empty note or reply and a name that is no
// reviewer (web.users_file) are usage errors, an unknown request a runtime
// failure; everything lands in the audit trail with the actor, the
// assignment in queue show and queue list -assignee, the reply and the
// decline letter in the outbox once, to the verified sender.
func TestQueueTeamworkCLI(t *testing.T) {
	tmp := t.TempDir()
	users := filepath.Join(tmp, "users")
	os.WriteFile(users, []byte("alice:pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"), 0o600)
	cfg := filepath.Join(tmp, "lerd.toml")
	os.WriteFile(cfg, []byte("[store]\npath = \""+filepath.Join(tmp, "lerd.db")+"\"\n[web]\nusers_file = \""+users+"\"\n"), 0o644)
	if out, code := lerdEnv(t, nil, "ingest", "-config", cfg, "../../testdata/corpus/001-fbi-subpoena-pdf.eml"); code != 0 {
		t.Fatalf("ingest: %d %s", code, out)
	}
	const ref = "LER-2026-000001"
	ann := []string{"SUDO_USER=ann", "USER=root"}
	nobody := []string{"SUDO_USER=", "USER="}
	reply, blank := filepath.Join(tmp, "reply.txt"), filepath.Join(tmp, "blank.txt")
	os.WriteFile(reply, []byte("Please send the signed copy of the subpoena.\n"), 0o644)
	os.WriteFile(blank, []byte(" \n"), 0o644)
	for _, st := range []struct {
		name string
		env  []string
		args []string
		code int
		want string
	}{
		{"reply without an actor", nobody, []string{"queue", "reply", ref, "-body-file", reply}, 2, "-actor is empty"},
		{"reply without a file", ann, []string{"queue", "reply", ref}, 2, "-body-file is required"},
		{"reply with a missing file", ann, []string{"queue", "reply", ref, "-body-file", filepath.Join(tmp, "nosuch")}, 2, "no such file"},
		{"reply with a blank text", ann, []string{"queue", "reply", ref, "-body-file", blank}, 2, "empty"},
		{"reply to no request", ann, []string{"queue", "reply", "LER-2026-999999", "-body-file", reply}, 1, "not found"},
		{"reply", ann, []string{"queue", "reply", ref, "-body-file", reply}, 0, ref + ": reply to rthornton@fbi.gov <"},
		{"the same reply again", ann, []string{"queue", "reply", ref, "-body-file", reply}, 0, "nothing written again"},
		{"note without an actor", nobody, []string{"queue", "note", ref, "-text", "asked counsel"}, 2, "-actor is empty"},
		{"note with a blank actor", ann, []string{"queue", "note", ref, "-text", "asked counsel", "-actor", " "}, 2, "-actor is empty"},
		{"note without text", ann, []string{"queue", "note", ref}, 2, "-text is required"},
		{"note with blank text", ann, []string{"queue", "note", ref, "-text", "  "}, 2, "-text is required"},
		{"note on no request", ann, []string{"queue", "note", "LER-2026-999999", "-text", "x"}, 1, "not found"},
		{"note", ann, []string{"queue", "note", ref, "-text", "asked counsel about the date range"}, 0, ref + ": note added by ann"},
		{"assign without an actor", nobody, []string{"queue", "assign", ref, "alice"}, 2, "-actor is empty"},
		{"assign without a name", ann, []string{"queue", "assign", ref}, 2, "want"},
		{"assign to no reviewer", ann, []string{"queue", "assign", ref, "mallory"}, 2, "no reviewer \"mallory\""},
		{"assign to a blank name", ann, []string{"queue", "assign", ref, " "}, 2, "no reviewer's name"},
		{"assign no request", ann, []string{"queue", "assign", "LER-2026-999999", "alice"}, 1, "not found"},
		{"assign", ann, []string{"queue", "assign", ref, "alice"}, 0, ref + ": assigned to alice"},
		{"listed for alice", ann, []string{"queue", "list", "-assignee", "alice"}, 0, ref},
		{"shown", ann, []string{"queue", "show", ref}, 0, "assigned to: alice"},
		{"decline without a reason", ann, []string{"queue", "decide", ref, "declined"}, 1, "a note is required"},
		{"decline", ann, []string{"queue", "decide", ref, "declined", "-note", "The account named does not exist."}, 0, "decline letter to rthornton@fbi.gov"},
	} {
		out, code := lerdEnv(t, st.env, append(st.args, "-config", cfg)...)
		if code != st.code || !strings.Contains(out, st.want) {
			t.Fatalf("%s: exit %d, want %d and %q:\n%s", st.name, code, st.code, st.want, out)
		}
	}
	out, _ := lerdEnv(t, nil, "queue", "show", ref, "-config", cfg)
	for _, want := range []string{"note by ann: asked counsel about the date range", "assigned by ann: assigned to alice",
		"reply_pending by ann: reviewer_reply to rthornton@fbi.gov", "reply_pending by ann: decline to rthornton@fbi.gov"} {
		if !strings.Contains(out, want) {
			t.Errorf("queue show lacks %q:\n%s", want, out)
		}
	}
	if out, code := lerdEnv(t, ann, "queue", "assign", ref, "-", "-config", cfg); code != 0 || !strings.Contains(out, "unassigned") {
		t.Errorf("unassign: exit %d %s", code, out)
	}
	if out, _ := lerdEnv(t, nil, "queue", "list", "-closed", "-assignee", "-", "-config", cfg); !strings.Contains(out, ref) || !strings.Contains(out, "declined (lerd: acknowledge)") {
		t.Errorf("unassigned request not listed as unassigned with the team's outcome:\n%s", out)
	}
}
