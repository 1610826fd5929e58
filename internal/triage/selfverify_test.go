package triage

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"

	"lerd/internal/mailparse"
	"lerd/rules"
)

// txtZone is an offline DNS: name -> TXT records.
type txtZone map[string][]string

func (z txtZone) LookupTXT(_ context.Context, name string) ([]string, error) {
	if v, ok := z[strings.TrimSuffix(name, ".")]; ok {
		return v, nil
	}
	return nil, errors.New("no such host")
}

// TestSelfVerifyDKIM signs messages with a real key and checks lerd's own
// DKIM verification and DMARC alignment against an offline zone, for a
// deployment where no receiver's verdict is trusted.
func TestSelfVerifyDKIM(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key := "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub)
	sign := func(domain, from, body string) []byte {
		msg := "From: Agent <" + from + ">\r\nTo: law-enforcement@provider.test\r\nSubject: subpoena\r\nDate: Mon, 02 Nov 2026 10:00:00 -0500\r\nMessage-ID: <1@x>\r\n\r\n" + body + "\r\n"
		var out bytes.Buffer
		if err := dkim.Sign(&out, strings.NewReader(msg), &dkim.SignOptions{Domain: domain, Selector: "s1", Signer: priv}); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	zone := txtZone{
		"s1._domainkey.fbi.gov":      {key},
		"s1._domainkey.mail.fbi.gov": {key},
		"s1._domainkey.evil.example": {key},
		"s1._domainkey.usss.dhs.gov": {key},
		"_dmarc.fbi.gov":             {"v=DMARC1; p=reject"},
		"_dmarc.dhs.gov":             {"v=DMARC1; p=reject; adkim=s"},
	}
	tests := []struct {
		name string
		raw  []byte
		want bool
	}{
		{"signed by the From domain", sign("fbi.gov", "a@fbi.gov", "Attached subpoena."), true},
		{"signed by a subdomain, relaxed alignment", sign("mail.fbi.gov", "a@fbi.gov", "Attached subpoena."), true},
		{"signed by another domain", sign("evil.example", "a@fbi.gov", "Attached subpoena."), false},
		{"body changed after signing", bytes.Replace(sign("fbi.gov", "a@fbi.gov", "Attached subpoena."), []byte("subpoena."), []byte("warrant!!"), 1), false},
		{"strict alignment refuses the parent's signature", sign("usss.dhs.gov", "a@ice.dhs.gov", "Attached subpoena."), false},
		{"unsigned", []byte("From: a@fbi.gov\r\nSubject: x\r\n\r\nbody\r\n"), false},
	}
	a, err := New(rules.FS(""), Options{AuthservID: "mx.provider.test", Mailbox: "law-enforcement@provider.test", VerifyDKIM: true, Resolver: zone})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := mailparse.Parse(bytes.NewReader(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			r := a.AnalyzeRaw(m, tt.raw)
			if r.Sender.Authenticated != tt.want {
				t.Fatalf("authenticated = %v, want %v; evidence %+v", r.Sender.Authenticated, tt.want, r.Evidence)
			}
			// Without self-verification nothing here is authenticated:
			// there is no trusted receiver's verdict.
			if r := a.Analyze(m); r.Sender.Authenticated {
				t.Fatal("authenticated without the raw bytes")
			}
		})
	}
	// A verdict of our own MTA, when present, is what counts.
	raw := append([]byte("Authentication-Results: mx.provider.test; dmarc=fail header.from=fbi.gov\r\n"), sign("fbi.gov", "a@fbi.gov", "x")...)
	m, _ := mailparse.Parse(bytes.NewReader(raw))
	if r := a.AnalyzeRaw(m, raw); r.Sender.Authenticated {
		t.Fatal("self-verification overrode our MTA's failing verdict")
	}
}
