//go:build e2e

package e2e

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// notifySocket is the test's end of $NOTIFY_SOCKET: it keeps every
// datagram lerd sends, in order.
type notifySocket struct {
	conn *net.UnixConn
	mu   sync.Mutex
	got  []string
}

func listenNotify(t *testing.T, path string) *notifySocket {
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	n := &notifySocket{conn: conn}
	t.Cleanup(func() { conn.Close() })
	go func() {
		buf := make([]byte, 4096)
		for {
			k, err := conn.Read(buf)
			if err != nil {
				return
			}
			n.mu.Lock()
			n.got = append(n.got, string(buf[:k]))
			n.mu.Unlock()
		}
	}()
	return n
}

// count is how many datagrams so far start with prefix.
func (n *notifySocket) count(prefix string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	c := 0
	for _, g := range n.got {
		if strings.HasPrefix(g, prefix) {
			c++
		}
	}
	return c
}

func httpGet(url string) (int, string) {
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestHealthDovecot runs lerd serve as systemd would (a $NOTIFY_SOCKET and
// a watchdog) with /metrics and /healthz on a loopback port, against a
// real Dovecot: READY=1 after the first pass, WATCHDOG=1 while intake
// works, /healthz 200 and /metrics counting what was stored; with Dovecot
// stopped /healthz turns to 503 "intake stalled" (after two poll
// intervals without a pass) while the watchdog is still fed (intake keeps
// trying: a restart would not help); with Dovecot back, 200 again and the
// new mail stored; SIGTERM sends STOPPING=1 and exits 0.
func TestHealthDovecot(t *testing.T) {
	t.Parallel()
	first := genMessages("HEALTH1", 5, -1)
	d, c, dir, cfg, logf := setup(t, first)
	port := freePort(t)
	raw, _ := os.ReadFile(cfg)
	conf := string(raw) + fmt.Sprintf("\n[web]\nmetrics_listen = \"127.0.0.1:%d\"\n", port)
	os.WriteFile(cfg, []byte(conf), 0o644)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)

	notify := listenNotify(t, filepath.Join(dir, "notify"))
	lerd := exec.Command(lerdBin, "serve", "-config", cfg)
	lerd.Env = append(os.Environ(), "LERD_E2E_IMAP_PASSWORD="+imapPass,
		"NOTIFY_SOCKET="+filepath.Join(dir, "notify"), "WATCHDOG_USEC=600000") // fed every 200 ms
	lerd.Stdout, lerd.Stderr = logf, logf
	if err := lerd.Start(); err != nil {
		t.Fatal(err)
	}
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(first), time.Minute)
	waitFor(t, "READY=1", 30*time.Second, func() bool { return notify.count("READY=1") == 1 })
	waitFor(t, "WATCHDOG=1", 30*time.Second, func() bool { return notify.count("WATCHDOG=1") > 2 })

	if code, body := httpGet(base + "/healthz"); code != 200 || body != "ok\n" {
		t.Fatalf("/healthz with Dovecot up: %d %q", code, body)
	}
	code, body := httpGet(base + "/metrics")
	for _, line := range []string{"lerd_messages_fetched_total 5", "lerd_messages_stored_total 5", "lerd_messages_duplicate_total 0",
		"lerd_imap_pass_duration_seconds_count{mailbox=\"INBOX\"} ", "lerd_triage_duration_seconds_count 5", "lerd_queue_up 1", "lerd_requests{state="} {
		if code != 200 || !strings.Contains(body, "\n"+line) {
			t.Fatalf("/metrics (%d) lacks %q:\n%s", code, line, body)
		}
	}

	d.stop()
	t0 := time.Now()
	waitFor(t, "/healthz 503 with Dovecot stopped", time.Minute, func() bool {
		code, body := httpGet(base + "/healthz")
		return code == 503 && body == "intake stalled\n"
	})
	t.Logf("/healthz 503 %s after Dovecot stopped", time.Since(t0).Round(time.Millisecond))
	fed := notify.count("WATCHDOG=1")
	time.Sleep(time.Second)
	if notify.count("WATCHDOG=1") <= fed {
		t.Fatal("watchdog not fed while intake keeps reconnecting to a stopped server")
	}

	d.start(t)
	c = d.client(t)
	second := genMessages("HEALTH2", 3, -1)
	d.deliver(t, c, second)
	waitFor(t, "/healthz 200 with Dovecot back", time.Minute, func() bool {
		code, _ := httpGet(base + "/healthz")
		return code == 200
	})
	waitStored(t, dbPath, len(first)+len(second), time.Minute)
	waitFor(t, "8 stored in /metrics", 30*time.Second, func() bool {
		_, body := httpGet(base + "/metrics")
		return strings.Contains(body, "\nlerd_messages_stored_total 8\n")
	})

	lerd.Process.Signal(syscall.SIGTERM)
	if code := waitExit(t, lerd, 30*time.Second); code != 0 {
		t.Fatalf("lerd exited %d on SIGTERM", code)
	}
	if notify.count("STOPPING=1") != 1 || notify.count("READY=1") != 1 {
		t.Fatalf("notifications: %q", notify.got)
	}
}
