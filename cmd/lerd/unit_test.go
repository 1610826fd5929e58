package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSystemdUnit checks the shipped unit against what lerd serve does:
// it speaks sd_notify (Type=notify, the watchdog it feeds), its exit
// status 2 (configuration error) is not restarted while 1 is, and
// systemd-analyze rates its exposure 2.0 or better where the tool can
// rate a unit file offline (systemd 250 and later).
func TestSystemdUnit(t *testing.T) {
	f, err := os.Open("../../systemd/lerd.service")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && !strings.HasPrefix(k, "#") {
			got[k] = append(got[k], v)
		}
	}
	for k, want := range map[string]string{
		"Type": "notify", "NotifyAccess": "main", "WatchdogSec": "60s", "Restart": "on-failure",
		"RestartPreventExitStatus": "2", "ExecStart": "/usr/bin/lerd serve -config /etc/lerd/lerd.toml",
		"Documentation": "file:///usr/share/doc/lerd/README.md",
	} {
		if v := got[k]; len(v) != 1 || v[0] != want {
			t.Errorf("%s=%v, want %s", k, v, want)
		}
	}
	if _, err := exec.LookPath("systemd-analyze"); err != nil {
		t.Skip("systemd-analyze not installed: exposure not rated")
	}
	if help, _ := exec.Command("systemd-analyze", "security", "--help").Output(); !strings.Contains(string(help), "--offline") {
		t.Skip("systemd-analyze cannot rate a unit file offline (systemd before 250)")
	}
	out, err := exec.Command("systemd-analyze", "security", "--offline=true", "--threshold=20", "../../systemd/lerd.service").CombinedOutput()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if err != nil {
		t.Fatalf("systemd-analyze security: %v: %s", err, lines[len(lines)-1])
	}
	t.Log(lines[len(lines)-1])
}
