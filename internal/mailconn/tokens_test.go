package mailconn

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/config"
	"lerd/internal/mailconn/mailconntest"
)

const testSecret = "client-secret-Zq81vX"

// clock is a settable time for Tokens.now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func logTo(buf *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: LevelTrace}))
}

// TestClientCredentialsCachedAndRenewedEarly: Microsoft 365's flow against
// a local endpoint. One fetch serves every sign-in while the token is
// fresh; the next is made five minutes before it expires, not after; the
// secret goes to the endpoint and nowhere into the log.
func TestClientCredentialsCachedAndRenewedEarly(t *testing.T) {
	e := mailconntest.NewTokenEndpoint(t, "law-enforcement@provider.test")
	var logs bytes.Buffer
	tk, err := NewTokens(config.OAuth2{Provider: config.ProviderMicrosoft, Tenant: "contoso.onmicrosoft.com", ClientID: "app-id",
		ClientSecret: testSecret, TokenURL: e.TokenURL()}, "law-enforcement@provider.test", logTo(&logs))
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Now()}
	tk.now = c.now
	ctx := context.Background()
	steps := []struct {
		after       time.Duration // since the first fetch
		wantToken   string
		wantFetches int
	}{
		{0, "token-1", 1},
		{time.Second, "token-1", 1},
		{54 * time.Minute, "token-1", 1},
		{55*time.Minute + time.Second, "token-2", 2}, // five minutes before expiry: renewed
		{56 * time.Minute, "token-2", 2},
	}
	start := c.t
	for _, s := range steps {
		c.t = start.Add(s.after)
		got, err := tk.Token(ctx)
		if err != nil {
			t.Fatalf("after %v: %v", s.after, err)
		}
		if got != s.wantToken || e.Fetches() != s.wantFetches {
			t.Fatalf("after %v: token %q after %d fetches, want %q after %d", s.after, got, e.Fetches(), s.wantToken, s.wantFetches)
		}
	}
	f := e.LastForm()
	if f.Get("grant_type") != "client_credentials" || f.Get("client_id") != "app-id" || f.Get("client_secret") != testSecret ||
		f.Get("scope") != "https://outlook.office365.com/.default" {
		t.Fatalf("token request form = %v", f)
	}
	if strings.Contains(logs.String(), testSecret) || strings.Contains(logs.String(), "token-1") {
		t.Fatalf("secret or token logged:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "oauth2 token fetched") {
		t.Fatalf("fetch not logged:\n%s", logs.String())
	}
}

// TestMicrosoftTokenURLFromTenant: without token_url the tenant names the
// endpoint.
func TestMicrosoftTokenURLFromTenant(t *testing.T) {
	tk, err := NewTokens(config.OAuth2{Provider: config.ProviderMicrosoft, Tenant: "contoso.onmicrosoft.com", ClientID: "a", ClientSecret: "s"}, "u", slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"; tk.URL != want {
		t.Fatalf("token URL = %s, want %s", tk.URL, want)
	}
}

// TestFailedFetch: an endpoint that fails while the token in hand is valid
// costs nothing (the token is used, the failure logged without the
// secret); once the token has expired it is an error that names the
// endpoint, and the next call tries again.
func TestFailedFetch(t *testing.T) {
	e := mailconntest.NewTokenEndpoint(t, "law-enforcement@provider.test")
	var logs bytes.Buffer
	t.Setenv("LERD_TEST_CLIENT_SECRET", testSecret)
	tk, err := NewTokens(config.OAuth2{Provider: config.ProviderGeneric, ClientID: "app-id", ClientSecretEnv: "LERD_TEST_CLIENT_SECRET",
		TokenURL: e.TokenURL()}, "u", logTo(&logs))
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Now()}
	tk.now = c.now
	ctx := context.Background()
	if _, err := tk.Token(ctx); err != nil {
		t.Fatal(err)
	}
	e.Fail(true)
	start := c.t
	c.t = start.Add(57 * time.Minute)
	if got, err := tk.Token(ctx); err != nil || got != "token-1" {
		t.Fatalf("during the outage, before expiry: %q, %v; want the token in hand", got, err)
	}
	c.t = start.Add(61 * time.Minute)
	_, err = tk.Token(ctx)
	if err == nil || !strings.Contains(err.Error(), "oauth2 token from "+e.TokenURL()) {
		t.Fatalf("after expiry: err = %v, want one naming the endpoint", err)
	}
	if strings.Contains(err.Error(), testSecret) || strings.Contains(logs.String(), testSecret) {
		t.Fatalf("secret in the error or log: %v\n%s", err, logs.String())
	}
	e.Fail(false)
	if got, err := tk.Token(ctx); err != nil || got != "token-2" {
		t.Fatalf("after the outage: %q, %v", got, err)
	}
}

// TestRefreshTokenGrant: Google's (or anyone's) refresh token, with the
// rotated refresh token used for the next fetch; Forget makes the next
// call fetch at once.
func TestRefreshTokenGrant(t *testing.T) {
	e := mailconntest.NewTokenEndpoint(t, "law-enforcement@provider.test")
	e.SetRefresh("refresh-2")
	dir := t.TempDir()
	rtFile := filepath.Join(dir, "refresh")
	os.WriteFile(rtFile, []byte("refresh-1\n"), 0o600)
	tk, err := NewTokens(config.OAuth2{Provider: config.ProviderGoogle, ClientID: "cid", ClientSecret: testSecret,
		RefreshTokenFile: rtFile, TokenURL: e.TokenURL()}, "u", slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := tk.Token(ctx); err != nil {
		t.Fatal(err)
	}
	if f := e.LastForm(); f.Get("grant_type") != "refresh_token" || f.Get("refresh_token") != "refresh-1" || f.Get("client_id") != "cid" {
		t.Fatalf("first form = %v", f)
	}
	tk.Forget()
	if got, _ := tk.Token(ctx); got != "token-2" {
		t.Fatalf("after Forget: %q, want a new token", got)
	}
	if f := e.LastForm(); f.Get("refresh_token") != "refresh-2" {
		t.Fatalf("rotated refresh token not used: %v", f)
	}
}

// TestServiceAccountDelegation: a Google service account signs a JWT
// whose subject is the mailbox (domain-wide delegation) and scope is
// Gmail's.
func TestServiceAccountDelegation(t *testing.T) {
	e := mailconntest.NewTokenEndpoint(t, "law-enforcement@provider.test")
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pemKey := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	sa, _ := json.Marshal(map[string]string{"type": "service_account", "client_email": "lerd@project.iam.gserviceaccount.com",
		"private_key": string(pemKey), "private_key_id": "kid1", "token_uri": e.TokenURL()})
	file := filepath.Join(t.TempDir(), "sa.json")
	os.WriteFile(file, sa, 0o600)
	tk, err := NewTokens(config.OAuth2{Provider: config.ProviderGoogle, ServiceAccountFile: file}, "law-enforcement@provider.test", slog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tk.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	f := e.LastForm()
	if f.Get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer" {
		t.Fatalf("form = %v", f)
	}
	parts := strings.Split(f.Get("assertion"), ".")
	if len(parts) != 3 {
		t.Fatalf("assertion %q is no JWT", f.Get("assertion"))
	}
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var claims map[string]any
	json.Unmarshal(payload, &claims)
	if claims["sub"] != "law-enforcement@provider.test" || claims["iss"] != "lerd@project.iam.gserviceaccount.com" || claims["scope"] != "https://mail.google.com/" {
		t.Fatalf("claims = %v", claims)
	}
}

// TestMissingSecret: a secret that is not where the configuration says is
// an error naming the variable, before any fetch.
func TestMissingSecret(t *testing.T) {
	_, err := NewTokens(config.OAuth2{Provider: config.ProviderGeneric, ClientID: "a", ClientSecretEnv: "LERD_TEST_UNSET_SECRET", TokenURL: "http://127.0.0.1:1"}, "u", slog.Default())
	if err == nil || !strings.Contains(err.Error(), "LERD_TEST_UNSET_SECRET") {
		t.Fatalf("err = %v", err)
	}
}
