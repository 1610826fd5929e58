package responder_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"lerd/internal/config"
	"lerd/internal/demo"
	"lerd/internal/mailconn"
	"lerd/internal/mailconn/mailconntest"
	"lerd/internal/responder"
	"lerd/internal/store"
)

const bearerUser = "law-enforcement@provider.test"

// TestBearerSignIn sends through an SMTP server that takes only a bearer
// token (XOAUTH2 or OAUTHBEARER) from a local token endpoint. A token the
// server refuses leaves the reply pending with the server's word in the
// error, and is forgotten: the next attempt fetches a new one and sends.
// At log.level trace the conversation is logged, the token and the client
// secret never.
func TestBearerSignIn(t *testing.T) {
	const secret = "client-secret-Q7wKp2"
	for _, mech := range []string{config.AuthXOAuth2, config.AuthOAuthBearer} {
		t.Run(mech, func(t *testing.T) {
			s, st, _, now := setup(t)
			ep := mailconntest.NewTokenEndpoint(t, bearerUser)
			sink, err := demo.StartSMTP()
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			sink.RequireToken(bearerUser, ep.Latest)
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: mailconn.LevelTrace}))
			tokens, err := mailconn.NewTokens(config.OAuth2{Provider: config.ProviderGeneric, ClientID: "app", ClientSecret: secret,
				TokenURL: ep.TokenURL()}, bearerUser, log)
			if err != nil {
				t.Fatal(err)
			}
			s.SMTP = responder.SMTPConfig{Address: sink.Addr, Security: "plain", Username: bearerUser, Auth: mech, Tokens: tokens, Trace: log}
			s.Log = log

			// The first token, cached, is revoked before it is used.
			if _, err := tokens.Token(context.Background()); err != nil {
				t.Fatal(err)
			}
			ep.Revoke()
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Fatal(err)
			}
			rows, _ := st.Replies(context.Background(), "")
			if rows[0].State != store.ReplyPending || !strings.Contains(rows[0].LastError, strings.ToUpper(mech)) {
				t.Fatalf("after a refused token: %s (%s), want pending naming %s", rows[0].State, rows[0].LastError, mech)
			}
			*now = now.Add(2 * time.Hour) // past the session backoff
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Fatal(err)
			}
			rows, _ = st.Replies(context.Background(), "")
			if rows[0].State != store.ReplySent || len(sink.Messages()) != 1 || ep.Fetches() != 2 {
				t.Fatalf("second attempt: %s (%s), %d sent, %d tokens fetched; want sent with a new token", rows[0].State, rows[0].LastError, len(sink.Messages()), ep.Fetches())
			}
			out := logs.String()
			if !strings.Contains(out, `msg="smtp trace"`) || !strings.Contains(out, "AUTH "+strings.ToUpper(mech)+" (redacted)") {
				t.Fatalf("no trace of the AUTH command:\n%s", out)
			}
			for _, bad := range []string{"token-1", "token-2", secret} {
				if strings.Contains(out, bad) {
					t.Fatalf("log shows %q:\n%s", bad, out)
				}
			}
		})
	}
}

// TestCustomCA sends over STARTTLS to a server whose certificate a
// private CA signed: trusted with that CA's file, refused with another
// CA's or with only the system's.
func TestCustomCA(t *testing.T) {
	ca, other := mailconntest.NewCA(t), mailconntest.NewCA(t)
	dir := t.TempDir()
	right, err := config.CertPool(ca.WriteFile(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		pool  *mailconntest.CA
		state string
	}{
		{"its CA", ca, store.ReplySent},
		{"another CA", other, store.ReplyPending},
		{"system CAs", nil, store.ReplyPending},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, st, _, _ := setup(t)
			sink, err := demo.StartSMTPTLS(ca.ServerCert(t))
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			s.SMTP = responder.SMTPConfig{Address: sink.Addr, Security: "starttls"}
			if tt.pool == ca {
				s.SMTP.RootCAs = right
			} else if tt.pool != nil {
				s.SMTP.RootCAs = tt.pool.Pool()
			}
			if _, err := s.SendDue(context.Background()); err != nil {
				t.Fatal(err)
			}
			rows, _ := st.Replies(context.Background(), "")
			if rows[0].State != tt.state {
				t.Fatalf("state = %s (%s), want %s", rows[0].State, rows[0].LastError, tt.state)
			}
			if tt.state == store.ReplyPending && !strings.Contains(rows[0].LastError, "certificate") {
				t.Fatalf("error %q does not name the certificate", rows[0].LastError)
			}
		})
	}
}
