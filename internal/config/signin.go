package config

import (
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
)

// How lerd signs in to the IMAP and SMTP servers (imap.auth, smtp.auth).
const (
	AuthPassword    = "password"
	AuthXOAuth2     = "xoauth2"
	AuthOAuthBearer = "oauthbearer"
)

// OAuth2 providers (imap.oauth2.provider).
const (
	ProviderMicrosoft = "microsoft"
	ProviderGoogle    = "google"
	ProviderGeneric   = "generic"
)

// OAuth2 is where the bearer tokens for XOAUTH2 and OAUTHBEARER come from.
// Which grant is used follows from the secret given: service_account_file
// (Google, domain-wide delegation for the username), a refresh token, or
// else the client secret (client credentials, Microsoft 365's
// app-only access).
type OAuth2 struct {
	// Provider is microsoft, google or generic (token_url required).
	Provider string `toml:"provider"`
	// Tenant is the Microsoft Entra tenant (its ID or a domain); it names
	// the token URL.
	Tenant   string `toml:"tenant"`
	ClientID string `toml:"client_id"`
	// ClientSecret, ClientSecretFile and ClientSecretEnv are alternatives.
	ClientSecret     string `toml:"client_secret"`
	ClientSecretFile string `toml:"client_secret_file"`
	ClientSecretEnv  string `toml:"client_secret_env"`
	// RefreshToken, RefreshTokenFile and RefreshTokenEnv are alternatives.
	RefreshToken     string `toml:"refresh_token"`
	RefreshTokenFile string `toml:"refresh_token_file"`
	RefreshTokenEnv  string `toml:"refresh_token_env"`
	// ServiceAccountFile is a Google service account's JSON key; the token
	// is for the mailbox user (domain-wide delegation).
	ServiceAccountFile string `toml:"service_account_file"`
	// Scopes default to the provider's mail scope.
	Scopes []string `toml:"scopes"`
	// TokenURL overrides the provider's token endpoint.
	TokenURL string `toml:"token_url"`
}

// Set tells whether the table names a provider.
func (o OAuth2) Set() bool { return o.Provider != "" }

// Grant is the OAuth2 grant the table asks for: "service_account",
// "refresh_token" or "client_credentials".
func (o OAuth2) Grant() string {
	switch {
	case o.ServiceAccountFile != "":
		return "service_account"
	case o.RefreshToken != "" || o.RefreshTokenFile != "" || o.RefreshTokenEnv != "":
		return "refresh_token"
	}
	return "client_credentials"
}

// OAuth2Config is smtp.oauth2, or imap.oauth2 when smtp.oauth2 names no
// provider: one app registration usually serves both.
func (s SMTP) OAuth2Config(imap OAuth2) OAuth2 {
	if s.OAuth2.Set() {
		return s.OAuth2
	}
	return imap
}

// OAuth2Section is the table OAuth2Config reads, for error messages.
func (s SMTP) OAuth2Section() string {
	if s.OAuth2.Set() {
		return "smtp.oauth2"
	}
	return "imap.oauth2"
}

// Watched is the list of mailboxes intake watches: imap.mailboxes, else
// imap.mailbox.
func (i IMAP) Watched() []string {
	if len(i.Mailboxes) > 0 {
		return i.Mailboxes
	}
	return []string{i.Mailbox}
}

func checkMailboxes(bad func(string, string, ...any), i IMAP) {
	if len(i.Mailboxes) == 0 && i.Mailbox == "" {
		bad("imap.mailbox", "must not be empty")
	}
	seen := map[string]bool{}
	for _, m := range i.Watched() {
		switch {
		case m == "" && len(i.Mailboxes) > 0:
			bad("imap.mailboxes", "a mailbox name must not be empty")
		case seen[m]:
			bad("imap.mailboxes", "%q is listed twice", m)
		}
		seen[m] = true
	}
	if i.ProcessedMailbox == "" || seen[i.ProcessedMailbox] {
		bad("imap.processed_mailbox", "must be set and differ from every watched mailbox")
	}
}

// checkSignin checks section.auth, its OAuth2 table (named oauthSection)
// and the TLS trust; files and secrets are read later, by CheckSignin.
func checkSignin(bad func(string, string, ...any), section, addr, user, auth, oauthSection string, o OAuth2, caFile string, insecure bool) {
	if caFile != "" && insecure {
		bad(section+".ca_file", "set ca_file or insecure_skip_verify, not both")
	}
	switch auth {
	case AuthPassword:
		return
	case AuthXOAuth2, AuthOAuthBearer:
	default:
		bad(section+".auth", "want password, xoauth2 or oauthbearer, got %q", auth)
		return
	}
	if addr != "" && user == "" {
		bad(section+".username", "must be set for %s: it names the mailbox the token is for", auth)
	}
	key := func(k string) string { return oauthSection + "." + k }
	switch o.Provider {
	case ProviderMicrosoft:
		if o.Tenant == "" && o.TokenURL == "" {
			bad(key("tenant"), "must be set for provider microsoft (it names the token URL), or give token_url")
		}
		if o.ServiceAccountFile != "" {
			bad(key("service_account_file"), "is for provider google")
		}
	case ProviderGoogle:
		if o.Grant() == "client_credentials" {
			bad(key("provider"), "google needs service_account_file or a refresh token")
		}
	case ProviderGeneric:
		if o.TokenURL == "" {
			bad(key("token_url"), "must be set for provider generic")
		}
	case "":
		bad(key("provider"), "must be set when %s.auth is %s: microsoft, google or generic", section, auth)
		return
	default:
		bad(key("provider"), "want microsoft, google or generic, got %q", o.Provider)
		return
	}
	if o.TokenURL != "" {
		u, err := url.Parse(o.TokenURL)
		if err != nil || (u.Scheme != "https" && !(u.Scheme == "http" && IsLoopback(u.Hostname()))) || u.Host == "" {
			bad(key("token_url"), "want an https:// URL (http:// only on loopback), got %q", o.TokenURL)
		}
	}
	n := checkSecret(bad, oauthSection, "client_secret", o.ClientSecret, o.ClientSecretFile, o.ClientSecretEnv)
	m := checkSecret(bad, oauthSection, "refresh_token", o.RefreshToken, o.RefreshTokenFile, o.RefreshTokenEnv)
	switch o.Grant() {
	case "service_account":
		if m > 0 || n > 0 {
			bad(key("service_account_file"), "a service account needs no client secret or refresh token")
		}
	case "refresh_token":
		if o.ClientID == "" {
			bad(key("client_id"), "must be set with a refresh token")
		}
	case "client_credentials":
		if o.ClientID == "" {
			bad(key("client_id"), "must be set")
		}
		if n == 0 {
			bad(key("client_secret"), "set client_secret, client_secret_file or client_secret_env (or a refresh token)")
		}
	}
	if slices.Contains(o.Scopes, "") {
		bad(key("scopes"), "a scope must not be empty")
	}
}

// CheckSignin reads what signing in to the servers needs, as lerd serve
// will: the passwords or OAuth2 secrets from their files or variables, the
// service account key and the CA files. Errors name the line and key.
func (c Config) CheckSignin() error {
	var errs []error
	bad := func(field string, err error) {
		errs = append(errs, &FieldError{Field: field, Line: lineOf(c.src, field), Err: err})
	}
	type side struct {
		section, addr, auth, caFile string
		pw                          [3]string
		oauthSection                string
		o                           OAuth2
	}
	sides := []side{
		{"imap", c.IMAP.Address, c.IMAP.Auth, c.IMAP.CAFile, [3]string{c.IMAP.Password, c.IMAP.PasswordFile, c.IMAP.PasswordEnv}, "imap.oauth2", c.IMAP.OAuth2},
		{"smtp", c.SMTP.Address, c.SMTP.Auth, c.SMTP.CAFile, [3]string{c.SMTP.Password, c.SMTP.PasswordFile, c.SMTP.PasswordEnv}, c.SMTP.OAuth2Section(), c.SMTP.OAuth2Config(c.IMAP.OAuth2)},
	}
	for _, s := range sides {
		if s.addr == "" {
			continue
		}
		if s.caFile != "" {
			if _, err := CertPool(s.caFile); err != nil {
				bad(s.section+".ca_file", err)
			}
		}
		if s.auth == AuthPassword {
			if _, err := Secret(s.pw[0], s.pw[1], s.pw[2]); err != nil {
				bad(secretKey(s.section, "password", s.pw), err)
			}
			continue
		}
		o := s.o
		key := func(k string) string { return s.oauthSection + "." + k }
		switch o.Grant() {
		case "service_account":
			if _, err := ReadServiceAccount(o.ServiceAccountFile); err != nil {
				bad(key("service_account_file"), err)
			}
		case "refresh_token":
			ref := [3]string{o.RefreshToken, o.RefreshTokenFile, o.RefreshTokenEnv}
			if _, err := Secret(ref[0], ref[1], ref[2]); err != nil {
				bad(secretKey(s.oauthSection, "refresh_token", ref), err)
			}
		}
		if sec := [3]string{o.ClientSecret, o.ClientSecretFile, o.ClientSecretEnv}; sec != [3]string{} {
			if _, err := Secret(sec[0], sec[1], sec[2]); err != nil {
				bad(secretKey(s.oauthSection, "client_secret", sec), err)
			}
		}
	}
	return errors.Join(errs...)
}

// secretKey is the key a secret was given by: name, name_file or name_env.
func secretKey(section, name string, v [3]string) string {
	switch {
	case v[1] != "":
		return section + "." + name + "_file"
	case v[2] != "":
		return section + "." + name + "_env"
	}
	return section + "." + name
}

// CertPool reads the PEM certificates in file into a pool of their own.
func CertPool(file string) (*x509.CertPool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	n := 0
	for rest := b; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		cert, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%s: certificate %d: %w", file, n+1, err)
		}
		pool.AddCert(cert)
		n++
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: no PEM certificate in it", file)
	}
	return pool, nil
}

// ServiceAccount is the part of a Google service account's JSON key that
// signs the token request.
type ServiceAccount struct {
	Type         string `json:"type"`
	ClientEmail  string `json:"client_email"`
	PrivateKey   string `json:"private_key"`
	PrivateKeyID string `json:"private_key_id"`
	TokenURI     string `json:"token_uri"`
}

// ReadServiceAccount reads and checks a service account key file.
func ReadServiceAccount(file string) (ServiceAccount, error) {
	var sa ServiceAccount
	b, err := os.ReadFile(file)
	if err != nil {
		return sa, err
	}
	if err := json.Unmarshal(b, &sa); err != nil {
		return sa, fmt.Errorf("%s: not a service account key: %w", file, err)
	}
	if sa.Type != "service_account" || sa.ClientEmail == "" || !strings.Contains(sa.PrivateKey, "PRIVATE KEY") {
		return sa, fmt.Errorf("%s: not a service account key (want type service_account, client_email and private_key)", file)
	}
	return sa, nil
}
