package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"log/slog"
	"sync"

	"lerd/internal/config"
	"lerd/internal/intake"
	"lerd/internal/logkey"
	"lerd/internal/mailconn"
	"lerd/internal/store"
)

// signin is what a client of one server needs besides its address: the
// CA pool (nil: the system's), the token source for the OAuth2
// mechanisms, and the trace logger at log.level = "trace" (else nil).
type signin struct {
	rootCAs *x509.CertPool
	tokens  *mailconn.Tokens
	trace   *slog.Logger
}

// newSignin reads section's CA file and makes its token source; errors
// name the key.
func newSignin(section, caFile, auth string, o config.OAuth2, oauthSection, username string, log *slog.Logger) (signin, error) {
	var s signin
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if caFile != "" {
		pool, err := config.CertPool(caFile)
		if err != nil {
			return s, fmt.Errorf("%s.ca_file: %w", section, err)
		}
		s.rootCAs = pool
	}
	if auth == config.AuthXOAuth2 || auth == config.AuthOAuthBearer {
		t, err := mailconn.NewTokens(o, username, componentLog(log, section))
		if err != nil {
			return s, fmt.Errorf("%s: %w", oauthSection, err)
		}
		s.tokens = t
	}
	if log.Enabled(context.Background(), mailconn.LevelTrace) {
		s.trace = componentLog(log, section)
	}
	return s, nil
}

// imapConfig is intake's view of imap.* for one watched mailbox.
func imapConfig(c config.IMAP, mailbox, password string, s signin) intake.IMAPConfig {
	return intake.IMAPConfig{
		Address: c.Address, Security: c.Security, InsecureSkipVerify: c.InsecureSkipVerify, RootCAs: s.rootCAs,
		Username: c.Username, Password: password, Auth: c.Auth, Tokens: s.tokens,
		Mailbox: mailbox, ProcessedMailbox: c.ProcessedMailbox,
		Idle: c.Idle, PollInterval: c.PollInterval.Duration, BackoffMin: c.BackoffMin.Duration, BackoffMax: c.BackoffMax.Duration,
		Timeout: c.Timeout.Duration, Trace: s.trace,
	}
}

// watchers returns one Watcher per watched mailbox, each on its own
// connection with its own IDLE: IDLE watches the selected mailbox only, and
// a request the server filed in Junk must arrive as soon as one in INBOX.
// They share the token source, and report to lerd status as one: intake is
// failing while any mailbox's last session failed.
func watchers(a *app, password string, sink intake.Sink) ([]*intake.Watcher, error) {
	c := a.cfg.IMAP
	s, err := newSignin("imap", c.CAFile, c.Auth, c.OAuth2, "imap.oauth2", c.Username, a.log)
	if err != nil {
		return nil, err
	}
	h := &intakeHealth{failing: map[string]error{}, named: len(c.Watched()) > 1}
	var out []*intake.Watcher
	for _, m := range c.Watched() {
		w := intake.NewWatcher(imapConfig(c, m, password, s), sink, a.store, a.log)
		w.Health = func(err error) {
			if rerr := a.store.Report(store.ComponentIMAP, h.fold(m, err)); rerr != nil {
				componentLog(a.log, "serve").Warn("health record not written", logkey.Err, rerr)
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// intakeHealth folds the watched mailboxes' session results into the one
// IMAP health lerd status shows: failing while any mailbox's last session
// failed, even when another's just succeeded.
type intakeHealth struct {
	mu      sync.Mutex
	failing map[string]error
	// named prefixes errors with their mailbox (when there are several).
	named bool
}

// fold records mailbox's result and returns what to report.
func (h *intakeHealth) fold(mailbox string, err error) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		if h.named {
			err = fmt.Errorf("%s: %w", mailbox, err)
		}
		h.failing[mailbox] = err
		return err
	}
	delete(h.failing, mailbox)
	for _, e := range h.failing {
		return e
	}
	return nil
}
