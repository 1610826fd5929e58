package intake_test

import (
	"context"
	"encoding/base64"
	"log/slog"
	"strings"
	"testing"
	"time"

	"lerd/internal/config"
	"lerd/internal/demo"
	"lerd/internal/intake"
	"lerd/internal/mailconn"
	"lerd/internal/mailconn/mailconntest"
)

// TestIMAPCustomCA: over IMAPS to a server whose certificate a private CA
// signed, the watcher ingests with that CA's file and refuses to sign in
// (health error naming the certificate) with another CA's or the
// system's.
func TestIMAPCustomCA(t *testing.T) {
	ca, other := mailconntest.NewCA(t), mailconntest.NewCA(t)
	right, err := config.CertPool(ca.WriteFile(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		pool   func() *mailconntest.CA
		ingest bool
	}{
		{"its CA", func() *mailconntest.CA { return ca }, true},
		{"another CA", func() *mailconntest.CA { return other }, false},
		{"system CAs", func() *mailconntest.CA { return nil }, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv, err := demo.StartIMAPTLS(ca.ServerCert(t))
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			if err := srv.Deliver([]byte("From: a@fbi.gov\r\nSubject: subpoena\r\nMessage-ID: <ca-1@fbi.gov>\r\n\r\nhello\r\n")); err != nil {
				t.Fatal(err)
			}
			p, _ := newPipeline(t)
			cfg := intake.IMAPConfig{Address: srv.Addr, Security: "tls", Username: demo.Username, Password: demo.Password,
				Mailbox: "INBOX", ProcessedMailbox: "processed", PollInterval: time.Minute, BackoffMin: 10 * time.Millisecond, BackoffMax: 50 * time.Millisecond}
			switch c := tt.pool(); c {
			case ca:
				cfg.RootCAs = right
			case nil:
			default:
				cfg.RootCAs = c.Pool()
			}
			w := intake.NewWatcher(cfg, p, p.Store, slog.New(slog.DiscardHandler))
			if tt.ingest {
				runUntil(t, w, 1)
				return
			}
			errs := make(chan error, 4)
			w.Health = func(err error) {
				select {
				case errs <- err:
				default:
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go w.Run(ctx)
			select {
			case err := <-errs:
				if err == nil || !strings.Contains(err.Error(), "certificate") {
					t.Fatalf("health = %v, want a certificate error", err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("no health report")
			}
		})
	}
}

// TestIMAPTrace: at log.level trace every line of the conversation is
// logged, the password never, neither as typed nor inside AUTHENTICATE
// PLAIN's base64.
func TestIMAPTrace(t *testing.T) {
	srv, err := demo.StartIMAP()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	srv.Deliver([]byte("From: a@fbi.gov\r\nSubject: trace\r\nMessage-ID: <trace-1@fbi.gov>\r\n\r\nhello\r\n"))
	rec := &logRecorder{}
	log := slog.New(slog.NewTextHandler(rec, &slog.HandlerOptions{Level: mailconn.LevelTrace}))
	p, _ := newPipeline(t)
	w := intake.NewWatcher(intake.IMAPConfig{Address: srv.Addr, Security: "plain", Username: demo.Username, Password: demo.Password,
		Mailbox: "INBOX", ProcessedMailbox: "processed", PollInterval: time.Minute, BackoffMin: 10 * time.Millisecond, BackoffMax: time.Second,
		Trace: log.With("component", "imap")}, p, p.Store, log)
	runUntil(t, w, 1)
	rec.mu.Lock()
	out := rec.buf.String()
	rec.mu.Unlock()
	if !strings.Contains(out, `msg="imap trace"`) || !strings.Contains(out, "SELECT INBOX") || !strings.Contains(out, "(redacted)") {
		t.Fatalf("no trace of the session:\n%s", out)
	}
	plain := base64.StdEncoding.EncodeToString([]byte("\x00" + demo.Username + "\x00" + demo.Password))
	for _, bad := range []string{demo.Password, plain} {
		if strings.Contains(out, bad) {
			t.Fatalf("trace shows %q:\n%s", bad, out)
		}
	}
}
