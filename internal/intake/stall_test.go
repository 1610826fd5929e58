package intake_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"lerd/internal/demo"
	"lerd/internal/intake"
)

// proxy forwards connections to an IMAP server and can fail them the ways
// a server does: refuse new ones, freeze the open ones (the server process
// stopped: the socket stays open, nothing moves), or drop them.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	refuse bool
	conns  []*proxied
}

type proxied struct {
	client, server net.Conn
	frozen         chan struct{}
}

func startProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.drop() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			refuse := p.refuse
			p.mu.Unlock()
			if refuse {
				c.Close()
				continue
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			pc := &proxied{client: c, server: s, frozen: make(chan struct{})}
			p.mu.Lock()
			p.conns = append(p.conns, pc)
			p.mu.Unlock()
			go pc.pipe(c, s)
			go pc.pipe(s, c)
		}
	}()
	return p
}

// pipe copies src to dst until either closes or the connection freezes;
// a frozen connection holds what it reads and forwards nothing.
func (pc *proxied) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		select {
		case <-pc.frozen:
			<-make(chan struct{}) // stopped, like the process
		default:
		}
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			dst.Close()
			return
		}
	}
}

func (p *proxy) setRefuse(v bool) { p.mu.Lock(); p.refuse = v; p.mu.Unlock() }

// freeze stops every open connection; new ones work.
func (p *proxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, pc := range p.conns {
		close(pc.frozen)
	}
	p.conns = nil
}

// drop closes every open connection.
func (p *proxy) drop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, pc := range p.conns {
		pc.client.Close()
		pc.server.Close()
	}
	p.conns = nil
}

// logRecorder keeps the watcher's log records for assertions.
type logRecorder struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logRecorder) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// records returns the JSON log lines whose msg contains substr.
func (l *logRecorder) records(substr string) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(l.buf.String(), "\n") {
		var r map[string]any
		if json.Unmarshal([]byte(line), &r) == nil && strings.Contains(r["msg"].(string), substr) {
			out = append(out, r)
		}
	}
	return out
}

func proxiedWatcher(t *testing.T, px *proxy, rec io.Writer) *intake.Watcher {
	p, _ := newPipeline(t)
	return intake.NewWatcher(intake.IMAPConfig{Address: px.ln.Addr().String(), Security: "plain", Username: demo.Username, Password: demo.Password,
		Mailbox: "watched", ProcessedMailbox: "processed", Idle: true, PollInterval: 300 * time.Millisecond, Timeout: 300 * time.Millisecond,
		BackoffMin: 5 * time.Millisecond, BackoffMax: time.Second},
		p, p.Store, slog.New(slog.NewJSONHandler(rec, nil)))
}

// TestStalledServer: a server that stops answering in the middle of a
// session (here during IDLE, so DONE gets no answer) is noticed, logged as
// an error and replaced by a new connection, which stores the mail that
// arrived meanwhile. Without deadlines the watcher waited for ever.
func TestStalledServer(t *testing.T) {
	srv, c := memServer(t)
	appendN(t, c, "watched", 2, "before")
	px := startProxy(t, srv.Addr)
	rec := &logRecorder{}
	w := proxiedWatcher(t, px, rec)
	stored := make(chan int, 64)
	w.Synced = func(k int) { stored <- k }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.Run(ctx)
	wait := func(want int) {
		t.Helper()
		got := 0
		timeout := time.After(30 * time.Second)
		for got < want {
			select {
			case k := <-stored:
				got += k
			case <-timeout:
				t.Fatalf("stored %d of %d; log:\n%s", got, want, rec.buf.String())
			}
		}
	}
	wait(2)
	px.freeze()
	b := []byte("From: agent@fbi.gov\r\nSubject: during the stall\r\nMessage-ID: <stall@fbi.gov>\r\n\r\nPreservation request.\r\n")
	cmd := c.Append("watched", int64(len(b)), nil)
	cmd.Write(b)
	cmd.Close()
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	wait(1)
	errs := rec.records("not answering")
	if len(errs) == 0 || errs[0]["level"] != "ERROR" {
		t.Fatalf("no error logged for the stalled server:\n%s", rec.buf.String())
	}
}

// TestBackoffResetsAfterGoodSession: after a run of refused connections a
// good session, once dropped, is retried after the shortest backoff, not
// after the outage's grown one.
func TestBackoffResetsAfterGoodSession(t *testing.T) {
	srv, c := memServer(t)
	appendN(t, c, "watched", 1, "x")
	px := startProxy(t, srv.Addr)
	px.setRefuse(true)
	rec := &logRecorder{}
	w := proxiedWatcher(t, px, rec)
	synced := make(chan int, 64)
	w.Synced = func(k int) { synced <- k }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.Run(ctx)
	deadline := time.Now().Add(30 * time.Second)
	for len(rec.records("reconnecting")) < 6 {
		if time.Now().After(deadline) {
			t.Fatalf("too few failures:\n%s", rec.buf.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	px.setRefuse(false)
	select {
	case <-synced:
	case <-time.After(30 * time.Second):
		t.Fatalf("no pass after the outage:\n%s", rec.buf.String())
	}
	before := len(rec.records("reconnecting"))
	px.drop()
	for len(rec.records("reconnecting")) == before {
		if time.Now().After(deadline) {
			t.Fatalf("drop not noticed:\n%s", rec.buf.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	r := rec.records("reconnecting")[before]
	if r["failures"] != 1.0 {
		t.Fatalf("after a good session the drop counts as failure %v (retry in %v), want 1", r["failures"], r["retry_in"])
	}
}
