package responder_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"lerd/internal/demo"
	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

// setup ingests corpus cases (by default 001, a complete FBI subpoena, so
// the outbox holds one acknowledgement) and returns a Sender aimed at a
// local sink, with a clock the test moves.
func setup(t *testing.T, cases ...string) (*responder.Sender, *store.Store, *demo.SMTPSink, *time.Time) {
	t.Helper()
	if len(cases) == 0 {
		cases = []string{"001-fbi-subpoena-pdf"}
	}
	var raws [][]byte
	for _, c := range cases {
		raws = append(raws, corpusCase(t, c))
	}
	return setupRaw(t, raws...)
}

func corpusCase(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/corpus/" + name + ".eml")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// setupRaw is setup with the messages given.
func setupRaw(t *testing.T, raws ...[]byte) (*responder.Sender, *store.Store, *demo.SMTPSink, *time.Time) {
	t.Helper()
	s, _, sink, now := setupPipeline(t, raws...)
	return s, s.Outbox.(*store.Store), sink, now
}

// setupPipeline is setupRaw that returns the pipeline, for more messages.
func setupPipeline(t *testing.T, raws ...[]byte) (*responder.Sender, *pipeline.Pipeline, *demo.SMTPSink, *time.Time) {
	t.Helper()
	p := pipelinetest.New(t, 50<<20, nil)
	pipelinetest.WithReplies(t, p, nil)
	st := p.Store
	ingestBatch(t, p, raws)
	sink, err := demo.StartSMTP()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	now := time.Now().Add(time.Second)
	s := &responder.Sender{Outbox: st, SMTP: responder.SMTPConfig{Address: sink.Addr, Security: "plain"},
		From: "law-enforcement@provider.test", FromName: "Provider LERT", BackoffMin: time.Minute, BackoffMax: time.Hour,
		PerRecipientPerHour: 10, GlobalPerMinute: 30,
		Now: func() time.Time { return now }, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	return s, p, sink, &now
}

// ingestBatch commits messages in one batch, as intake does, and triages
// them: one sync for all, where Ingest syncs each.
func ingestBatch(t *testing.T, p *pipeline.Pipeline, raws [][]byte) {
	t.Helper()
	ctx := context.Background()
	var batch []store.NewMessage
	for _, raw := range raws {
		nm, err := p.Stage(ctx, bytes.NewReader(raw), store.Origin{Source: "test"})
		if err != nil {
			t.Fatal(err)
		}
		batch = append(batch, nm)
	}
	if len(batch) == 0 {
		return
	}
	if _, err := p.Commit(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if _, err := p.TriagePending(ctx); err != nil {
		t.Fatal(err)
	}
}

func ingest(t *testing.T, p *pipeline.Pipeline, raw []byte) {
	t.Helper()
	if _, err := p.Ingest(context.Background(), bytes.NewReader(raw), store.Origin{Source: "test"}); err != nil {
		t.Fatal(err)
	}
}

func header(raw []byte, key string) string {
	for _, l := range strings.Split(string(raw), "\r\n") {
		if k, v, ok := strings.Cut(l, ": "); ok && strings.EqualFold(k, key) {
			return v
		}
	}
	return ""
}

func TestSendOnceThreaded(t *testing.T) {
	s, st, sink, _ := setup(t)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, err := s.SendDue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	msgs := sink.Messages()
	if len(msgs) != 1 {
		t.Fatalf("sink got %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.To[0] != "rthornton@fbi.gov" || header(m.Data, "In-Reply-To") != "<8b2opxv56iaj898p@fbi.gov>" ||
		header(m.Data, "Auto-Submitted") != "auto-replied" || !strings.Contains(header(m.Data, "Subject"), "[LER-") {
		t.Fatalf("reply not threaded or not marked:\n%s", m.Data)
	}
	rows, _ := st.Replies(ctx, "")
	if len(rows) != 1 || rows[0].State != store.ReplySent || header(m.Data, "Message-ID") != "<"+rows[0].MessageID+">" {
		t.Fatalf("outbox = %+v", rows)
	}
}

func TestTransientThenPermanent(t *testing.T) {
	s, p, sink, now := setupPipeline(t, corpusCase(t, "001-fbi-subpoena-pdf"))
	st := p.Store
	var failures []string
	s.Failed = func(reason string) { failures = append(failures, reason) }
	ctx := context.Background()
	sink.FailWith(func(demo.Sent) error { return &smtp.SMTPError{Code: 451, Message: "try later"} })
	s.SendDue(ctx)
	rows, _ := st.Replies(ctx, "")
	if rows[0].State != store.ReplyPending || rows[0].Attempts != 1 {
		t.Fatalf("after 451: %+v", rows[0])
	}
	// Not due again until the backoff has passed.
	if n, _ := s.SendDue(ctx); n != 0 {
		t.Fatal("retried before the backoff")
	}
	*now = now.Add(2 * time.Minute)
	sink.FailWith(func(demo.Sent) error { return &smtp.SMTPError{Code: 550, Message: "no such user"} })
	s.SendDue(ctx)
	rows, _ = st.Replies(ctx, "")
	if rows[0].State != store.ReplyFailed {
		t.Fatalf("after 550: %+v", rows[0])
	}
	d, _ := st.GetRequest(ctx, rows[0].RequestRef)
	if d.State != "needs_review" || !strings.Contains(strings.Join(d.Flags, " "), "reply_failed") {
		t.Fatalf("request not flagged for review: %s %v", d.State, d.Flags)
	}
	if len(sink.Messages()) != 0 {
		t.Fatal("a refused reply was recorded as delivered")
	}
	// Another request, and the server is gone.
	ingest(t, p, corpusCase(t, "003-dea-admin-subpoena-html"))
	sink.Close()
	if n, err := s.SendDue(ctx); n != 0 || err != nil {
		t.Fatalf("with the server gone: %d sent, %v", n, err)
	}
	// Each failure reported once, for /metrics, by its kind.
	if got := strings.Join(failures, " "); got != "transient refused unavailable" {
		t.Fatalf("failures reported: %q", got)
	}
}

func TestDryRunSendsNothing(t *testing.T) {
	s, st, sink, _ := setup(t)
	s.DryRun = true
	s.SendDue(context.Background())
	rows, _ := st.Replies(context.Background(), "")
	if len(sink.Messages()) != 0 || rows[0].State != store.ReplyDryRun {
		t.Fatalf("dry run sent %d, state %s", len(sink.Messages()), rows[0].State)
	}
}

func TestRateLimitDefers(t *testing.T) {
	s, st, sink, now := setup(t, "001-fbi-subpoena-pdf", "003-dea-admin-subpoena-html")
	s.PerRecipientPerHour = 0
	s.GlobalPerMinute = 1
	ctx := context.Background()
	if n, err := s.SendDue(ctx); err != nil || n != 1 {
		t.Fatalf("first pass sent %d, %v; want 1 under a limit of 1 a minute", n, err)
	}
	rows, _ := st.Replies(ctx, "")
	if len(rows) != 2 || rows[1].State != store.ReplyPending || rows[1].LastError != "rate limited" {
		t.Fatalf("second reply not deferred: %+v", rows)
	}
	*now = now.Add(2 * time.Minute)
	if n, _ := s.SendDue(ctx); n != 1 || len(sink.Messages()) != 2 {
		t.Fatalf("deferred reply not sent later (%d sent)", len(sink.Messages()))
	}
}

// TestComposeNoHeaderInjection checks that a subject the agency wrote with a
// line break (decoded from an encoded word) cannot add a header.
func TestComposeNoHeaderInjection(t *testing.T) {
	s := &responder.Sender{From: "law-enforcement@provider.test", FromName: "Provider"}
	raw := s.Compose(store.OutboxRow{To: "a@fbi.gov", Subject: "Re: x\r\nBcc: victim@example.com", MessageID: "m@provider.test", Body: "b\n"}, time.Now())
	for _, l := range strings.Split(string(raw), "\r\n") {
		if strings.HasPrefix(l, "Bcc:") {
			t.Fatalf("injected header:\n%s", raw)
		}
	}
}

func testCert(t *testing.T) tls.Certificate {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tpl := &x509.Certificate{SerialNumber: big.NewInt(1), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// TestStartTLSAndAuth sends through a server that requires STARTTLS and
// AUTH. A wrong password is the operator's error, not the reply's: the reply
// waits to be retried.
func TestStartTLSAndAuth(t *testing.T) {
	for _, tt := range []struct {
		name, pass, state string
	}{
		{"right password", "s3cret", store.ReplySent},
		{"wrong password", "guess", store.ReplyPending},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, st, _, _ := setup(t)
			sink, err := demo.StartSMTPTLS(testCert(t))
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			sink.RequireAuth("lerd", "s3cret")
			s.SMTP = responder.SMTPConfig{Address: sink.Addr, Security: "starttls", InsecureSkipVerify: true, Username: "lerd", Password: tt.pass}
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Fatal(err)
			}
			rows, _ := st.Replies(context.Background(), "")
			if rows[0].State != tt.state {
				t.Fatalf("state = %s (%s), want %s", rows[0].State, rows[0].LastError, tt.state)
			}
			if tt.state == store.ReplySent && (len(sink.Messages()) != 1 || len(sink.Authenticated()) != 1) {
				t.Fatalf("sink got %d messages, %v logins", len(sink.Messages()), sink.Authenticated())
			}
		})
	}
}

// TestPlainRefusedByTLSServer checks that a sender configured for plain
// SMTP cannot deliver to a server that demands STARTTLS: nothing goes out
// unencrypted by accident.
func TestPlainRefusedByTLSServer(t *testing.T) {
	s, st, _, _ := setup(t)
	sink, err := demo.StartSMTPTLS(testCert(t))
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	s.SMTP = responder.SMTPConfig{Address: sink.Addr, Security: "plain"}
	s.SendDue(context.Background())
	rows, _ := st.Replies(context.Background(), "")
	if rows[0].State == store.ReplySent || len(sink.Messages()) != 0 {
		t.Fatal("a reply went out without TLS")
	}
}
