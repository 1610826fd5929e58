package mailconn

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"

	"lerd/internal/config"
)

// XOAuth2 is the SASL name of Google's and Microsoft's bearer-token
// mechanism, which go-sasl does not implement.
const XOAuth2 = "XOAUTH2"

// Login is how a client signs in: with a password (the caller picks PLAIN
// or LOGIN), or with a bearer token over XOAUTH2 or OAUTHBEARER.
type Login struct {
	// Mechanism is config.AuthPassword (or empty), AuthXOAuth2 or
	// AuthOAuthBearer.
	Mechanism string
	Username  string
	Password  string
	// Tokens supplies the bearer token for the OAuth2 mechanisms.
	Tokens *Tokens
}

// OAuth tells whether l signs in with a bearer token.
func (l Login) OAuth() bool {
	return l.Mechanism == config.AuthXOAuth2 || l.Mechanism == config.AuthOAuthBearer
}

// Bearer returns the SASL client for l's OAuth2 mechanism with a current
// token, and the strings a protocol trace must never show (the token and
// the encoded response that carries it). The client's Failure holds what
// the server said when it refused the token.
func (l Login) Bearer(ctx context.Context) (*BearerClient, []string, error) {
	if l.Tokens == nil {
		return nil, nil, fmt.Errorf("%s: no token source", l.Mechanism)
	}
	tok, err := l.Tokens.Token(ctx)
	if err != nil {
		return nil, nil, err
	}
	c := &BearerClient{}
	switch l.Mechanism {
	case config.AuthXOAuth2:
		c.mech, c.ir = XOAuth2, []byte("user="+l.Username+"\x01auth=Bearer "+tok+"\x01\x01")
	case config.AuthOAuthBearer:
		var err error
		c.mech, c.ir, err = sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: l.Username, Token: tok}).Start()
		if err != nil {
			return nil, nil, err
		}
	default:
		return nil, nil, fmt.Errorf("no bearer mechanism %q", l.Mechanism)
	}
	return c, []string{tok, base64.StdEncoding.EncodeToString(c.ir)}, nil
}

// BearerClient is a sasl.Client for XOAUTH2 and OAUTHBEARER. A server
// that refuses the token sends a challenge with its reason (JSON); the
// client keeps it in Failure and answers as both mechanisms prescribe
// (XOAUTH2: an empty response, OAUTHBEARER: %x01), so that the server ends
// the exchange with its own error instead of the connection hanging.
type BearerClient struct {
	mech    string
	ir      []byte
	Failure string
}

// Start implements sasl.Client.
func (c *BearerClient) Start() (string, []byte, error) { return c.mech, c.ir, nil }

// Next implements sasl.Client.
func (c *BearerClient) Next(challenge []byte) ([]byte, error) {
	c.Failure = strings.TrimSpace(string(challenge))
	if len(c.Failure) > 300 {
		c.Failure = c.Failure[:300] + "…"
	}
	if c.mech == XOAuth2 {
		return []byte{}, nil
	}
	return []byte{0x01}, nil
}

// Explain adds what the server said about the token to err.
func (c *BearerClient) Explain(err error) error {
	if c.Failure == "" {
		return err
	}
	return fmt.Errorf("%w (server: %s)", err, c.Failure)
}
