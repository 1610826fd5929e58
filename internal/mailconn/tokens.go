// Package mailconn is how lerd signs in to its mail servers and what it
// may show of the conversation: OAuth2 bearer tokens (Microsoft 365's
// client credentials, a Google service account with domain-wide
// delegation, a refresh token, or any token endpoint) for the SASL
// mechanisms XOAUTH2 and OAUTHBEARER, the TLS trust of a private CA, and
// a protocol trace with every credential redacted. The IMAP watcher and
// the SMTP sender share it.
package mailconn

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
	"golang.org/x/oauth2/jwt"

	"lerd/internal/config"
	"lerd/internal/logkey"
)

// Token endpoints and scopes of the providers lerd knows.
const (
	microsoftTokenURL = "https://login.microsoftonline.com/%s/oauth2/v2.0/token"
	microsoftScope    = "https://outlook.office365.com/.default"
	googleTokenURL    = "https://oauth2.googleapis.com/token"
	googleScope       = "https://mail.google.com/"
)

// RefreshBefore is how long before its expiry a token is replaced (at
// most half its lifetime): a connection signs in with a token that stays
// valid while it does, and a token endpoint that fails for a while is
// tried again before the token in hand runs out.
const RefreshBefore = 5 * time.Minute

// Tokens hands out the bearer token for one mailbox: the cached one while
// it is fresh, else a new one from the token endpoint. It is safe for
// concurrent use; one fetch serves everyone waiting for it.
type Tokens struct {
	// URL is the token endpoint, for messages.
	URL   string
	fetch func(ctx context.Context) (*oauth2.Token, error)
	log   *slog.Logger
	now   func() time.Time

	mu    sync.Mutex
	tok   *oauth2.Token
	renew time.Time
}

// NewTokens returns the token source the table o describes, for the
// mailbox username. Secrets are read now, from the configuration, their
// files or their environment variables; an error names what is missing
// but never a secret's value.
func NewTokens(o config.OAuth2, username string, log *slog.Logger) (*Tokens, error) {
	hc := &http.Client{Timeout: 30 * time.Second}
	scopes := o.Scopes
	tokenURL := o.TokenURL
	switch o.Provider {
	case config.ProviderMicrosoft:
		if len(scopes) == 0 {
			scopes = []string{microsoftScope}
		}
		if tokenURL == "" {
			tokenURL = fmt.Sprintf(microsoftTokenURL, url.PathEscape(o.Tenant))
		}
	case config.ProviderGoogle:
		if len(scopes) == 0 {
			scopes = []string{googleScope}
		}
	}
	t := &Tokens{log: log, now: time.Now}
	var fetch func(ctx context.Context) (*oauth2.Token, error)
	switch o.Grant() {
	case "service_account":
		sa, err := config.ReadServiceAccount(o.ServiceAccountFile)
		if err != nil {
			return nil, err
		}
		if tokenURL == "" {
			tokenURL = sa.TokenURI
		}
		if tokenURL == "" {
			tokenURL = googleTokenURL
		}
		jc := &jwt.Config{Email: sa.ClientEmail, PrivateKey: []byte(sa.PrivateKey), PrivateKeyID: sa.PrivateKeyID,
			Subject: username, Scopes: scopes, TokenURL: tokenURL}
		fetch = func(ctx context.Context) (*oauth2.Token, error) { return jc.TokenSource(ctx).Token() }
	case "refresh_token":
		refresh, err := config.Secret(o.RefreshToken, o.RefreshTokenFile, o.RefreshTokenEnv)
		if err != nil {
			return nil, err
		}
		secret, err := optionalSecret(o)
		if err != nil {
			return nil, err
		}
		if tokenURL == "" {
			tokenURL = googleTokenURL
		}
		oc := &oauth2.Config{ClientID: o.ClientID, ClientSecret: secret, Scopes: scopes,
			Endpoint: oauth2.Endpoint{TokenURL: tokenURL, AuthStyle: oauth2.AuthStyleInParams}}
		fetch = func(ctx context.Context) (*oauth2.Token, error) {
			tok, err := oc.TokenSource(ctx, &oauth2.Token{RefreshToken: refresh}).Token()
			if err == nil && tok.RefreshToken != "" {
				refresh = tok.RefreshToken // rotated by the provider; fetch holds t.mu
			}
			return tok, err
		}
	default:
		secret, err := optionalSecret(o)
		if err != nil {
			return nil, err
		}
		cc := &clientcredentials.Config{ClientID: o.ClientID, ClientSecret: secret, TokenURL: tokenURL, Scopes: scopes,
			AuthStyle: oauth2.AuthStyleInParams}
		fetch = cc.Token
	}
	t.URL = tokenURL
	t.fetch = func(ctx context.Context) (*oauth2.Token, error) {
		return fetch(context.WithValue(ctx, oauth2.HTTPClient, hc))
	}
	return t, nil
}

func optionalSecret(o config.OAuth2) (string, error) {
	return config.Secret(o.ClientSecret, o.ClientSecretFile, o.ClientSecretEnv)
}

// Token returns an access token valid for a while yet. When the cached
// one is due for renewal and the endpoint fails, the cached one is used
// as long as it is valid for another minute; after that the error is
// returned, and the caller's next attempt tries again.
func (t *Tokens) Token(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if t.tok != nil && now.Before(t.renew) {
		return t.tok.AccessToken, nil
	}
	tok, err := t.fetch(ctx)
	if err == nil && tok.AccessToken == "" {
		err = errors.New("the answer holds no access_token")
	}
	if err != nil {
		err = fmt.Errorf("oauth2 token from %s: %w", t.URL, err)
		if t.tok != nil && !t.tok.Expiry.IsZero() && now.Add(time.Minute).Before(t.tok.Expiry) {
			t.log.Warn("oauth2 token not renewed; using the current one until it expires", logkey.Err, err, logkey.Expires, t.tok.Expiry)
			return t.tok.AccessToken, nil
		}
		return "", err
	}
	t.tok = tok
	if tok.Expiry.IsZero() {
		// No expires_in: renewed hourly, and whenever signing in fails.
		t.renew = now.Add(time.Hour)
	} else {
		t.renew = tok.Expiry.Add(-min(RefreshBefore, tok.Expiry.Sub(now)/2))
	}
	t.log.Debug("oauth2 token fetched", logkey.TokenURL, t.URL, logkey.Expires, tok.Expiry)
	return tok.AccessToken, nil
}

// Forget drops the cached token, so that the next Token fetches a new one:
// for a server that refused it.
func (t *Tokens) Forget() {
	t.mu.Lock()
	t.tok = nil
	t.mu.Unlock()
}
