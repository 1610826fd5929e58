// Package mailconntest provides what tests of signing in need: a local
// OAuth2 token endpoint that also answers token introspection (RFC 7662,
// as Dovecot's oauth2 passdb asks it), and a throwaway CA that signs
// server certificates.
package mailconntest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TokenEndpoint is a local token endpoint. POST /token (any grant) issues
// token-1, token-2, … valid for ExpiresIn seconds; POST /introspect
// (form field token) answers {"active": true, "username": User} for the
// latest token issued, {"active": false} for any other.
type TokenEndpoint struct {
	*httptest.Server
	// User is the mailbox introspection vouches for.
	User string

	mu        sync.Mutex
	forms     []url.Values
	fetches   int
	expiresIn int
	fail      bool
	refresh   string
	latest    string
	checked   int
}

// NewTokenEndpoint starts an endpoint for user's tokens; it stops with the test.
func NewTokenEndpoint(t testing.TB, user string) *TokenEndpoint {
	e := &TokenEndpoint{User: user, expiresIn: 3600}
	e.Server = httptest.NewServer(http.HandlerFunc(e.serve))
	t.Cleanup(e.Close)
	return e
}

func (e *TokenEndpoint) serve(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if r.URL.Path == "/introspect" {
		e.checked++
		tok := r.PostForm.Get("token")
		if tok != "" && tok == e.latest {
			json.NewEncoder(w).Encode(map[string]any{"active": true, "username": e.User})
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"active": false})
		return
	}
	e.forms = append(e.forms, r.PostForm)
	if e.fail {
		http.Error(w, `{"error":"temporarily_unavailable"}`, http.StatusInternalServerError)
		return
	}
	e.fetches++
	e.latest = fmt.Sprintf("token-%d", e.fetches)
	ans := map[string]any{"access_token": e.latest, "token_type": "Bearer", "expires_in": e.expiresIn}
	if e.refresh != "" {
		ans["refresh_token"] = e.refresh
	}
	json.NewEncoder(w).Encode(ans)
}

// TokenURL is the endpoint's token URL.
func (e *TokenEndpoint) TokenURL() string { return e.URL + "/token" }

// IntrospectURL is the endpoint's introspection URL.
func (e *TokenEndpoint) IntrospectURL() string { return e.URL + "/introspect" }

// Fetches is how many tokens were issued.
func (e *TokenEndpoint) Fetches() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.fetches
}

// Introspections is how many introspection requests were answered.
func (e *TokenEndpoint) Introspections() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.checked
}

// LastForm is the form of the last token request.
func (e *TokenEndpoint) LastForm() url.Values {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.forms) == 0 {
		return nil
	}
	return e.forms[len(e.forms)-1]
}

// Latest is the token that is valid now ("" before the first).
func (e *TokenEndpoint) Latest() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.latest
}

// Revoke makes every token issued so far invalid.
func (e *TokenEndpoint) Revoke() {
	e.mu.Lock()
	e.latest = "revoked"
	e.mu.Unlock()
}

// Fail makes token requests fail with 500 (or succeed again).
func (e *TokenEndpoint) Fail(v bool) {
	e.mu.Lock()
	e.fail = v
	e.mu.Unlock()
}

// SetRefresh makes answers carry refresh_token r (a rotated one).
func (e *TokenEndpoint) SetRefresh(r string) {
	e.mu.Lock()
	e.refresh = r
	e.mu.Unlock()
}

// CA is a throwaway certificate authority.
type CA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	// PEM is the CA certificate, PEM-encoded.
	PEM []byte
}

// NewCA makes a CA valid for a day.
func NewCA(t testing.TB) *CA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: "lerd test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return &CA{cert: cert, key: key, PEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

// ServerCert issues a certificate for 127.0.0.1 and localhost, signed by ca.
func (ca *CA) ServerCert(t testing.TB) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// WriteFile writes the CA certificate into dir and returns its path.
func (ca *CA) WriteFile(t testing.TB, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(p, ca.PEM, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Pool is a pool holding only the CA.
func (ca *CA) Pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(ca.cert)
	return p
}
