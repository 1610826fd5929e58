// Package config loads and validates lerd's single configuration file.
//
// The file is TOML. Every option has a default (see Default), so an empty
// file is a valid configuration for local use. Validation errors name the
// offending key and, where it can be found, the line it sits on, so that an
// operator can fix a broken file without guessing; lerd refuses to start on
// any such error.
package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is the whole of lerd's configuration.
type Config struct {
	Store   Store   `toml:"store"`
	IMAP    IMAP    `toml:"imap"`
	SMTP    SMTP    `toml:"smtp"`
	Triage  Triage  `toml:"triage"`
	Notices Notices `toml:"notices"`
	Web     Web     `toml:"web"`
	Notify  Notify  `toml:"notify"`
	Log     Log     `toml:"log"`

	// src is the file's text, kept so that checks made after loading
	// (files, secrets) can name the line of their key.
	src []byte
}

// Notify configures the notices to the compliance team (see
// internal/notify): a new emergency, a first-time sender, a reply that
// failed, intake stalled, a deadline due soon.
type Notify struct {
	// TeamAddress receives them by e-mail (through smtp.*); empty: none.
	TeamAddress string `toml:"team_address"`
	// WebhookURL receives them as a JSON POST; empty: none.
	WebhookURL string `toml:"webhook_url"`
	// DueSoon is how long before a request falls due it is "due soon":
	// notified, and listed in the queue's due-soon view.
	DueSoon Duration `toml:"due_soon"`
	// StalledAfter is how long after intake's last completed IMAP pass
	// intake counts as stalled.
	StalledAfter Duration `toml:"stalled_after"`
}

// Notices configures how lerd finds the account holder to notify when data
// was produced.
type Notices struct {
	// Lookup is "" (no notices: a person handles them), "csv" or "sql".
	Lookup string `toml:"lookup"`
	// CSVPath is a CSV file with a header naming identifier and email.
	CSVPath string `toml:"csv_path"`
	// SQLDriver and SQLDSN open the operator's database; only "sqlite3"
	// is built in. SQLQuery takes the identifier as its one parameter and
	// returns e-mail addresses.
	SQLDriver string `toml:"sql_driver"`
	SQLDSN    string `toml:"sql_dsn"`
	SQLQuery  string `toml:"sql_query"`
}

// Store says where the SQLite database and the raw message files live.
type Store struct {
	// Path is the SQLite database file.
	Path string `toml:"path"`
	// RawDir holds the raw messages (segment files per batch, and a file
	// per message over 1 MiB); empty means a "raw" directory beside the
	// database.
	RawDir string `toml:"raw_dir"`
}

// IMAP configures intake from the law-enforcement mailbox.
type IMAP struct {
	// Address is host:port of the IMAP server; empty disables IMAP intake.
	Address string `toml:"address"`
	// Security is "tls" (implicit TLS), "starttls" or "plain"; plain is only
	// accepted for loopback addresses.
	Security string `toml:"security"`
	// InsecureSkipVerify disables certificate checks; for test servers only.
	InsecureSkipVerify bool `toml:"insecure_skip_verify"`
	// CAFile holds the PEM certificates of the CAs the server's
	// certificate must chain to, instead of the system's.
	CAFile   string `toml:"ca_file"`
	Username string `toml:"username"`
	// Auth is how lerd signs in: password, xoauth2 or oauthbearer.
	Auth string `toml:"auth"`
	// Password, PasswordFile and PasswordEnv are alternatives; at most one may be set.
	Password     string `toml:"password"`
	PasswordFile string `toml:"password_file"`
	PasswordEnv  string `toml:"password_env"`
	// OAuth2 says where the tokens for xoauth2 and oauthbearer come from.
	OAuth2 OAuth2 `toml:"oauth2"`
	// Mailbox is watched for new requests; Mailboxes, when set, replaces
	// it with several (see Watched).
	Mailbox   string   `toml:"mailbox"`
	Mailboxes []string `toml:"mailboxes"`
	// ProcessedMailbox receives messages after they are committed to the store.
	ProcessedMailbox string `toml:"processed_mailbox"`
	// Idle uses IMAP IDLE when the server offers it.
	Idle bool `toml:"idle"`
	// PollInterval is the polling period without IDLE, and the safety-net
	// rescan period with it.
	PollInterval Duration `toml:"poll_interval"`
	// BackoffMin and BackoffMax bound the reconnect delay.
	BackoffMin Duration `toml:"backoff_min"`
	BackoffMax Duration `toml:"backoff_max"`
	// Timeout is how long the server may take to answer (greeting, any
	// command, the end of IDLE) or a write may block before the
	// connection is dropped and reconnected.
	Timeout Duration `toml:"timeout"`
	// MaxMessageBytes caps the size of a message that is parsed; larger
	// messages are stored raw and flagged.
	MaxMessageBytes int64 `toml:"max_message_bytes"`
	// StalledAfterPolls is how many poll intervals may pass without a
	// completed pass before intake counts as stalled (/healthz answers
	// 503, lerd status reports it). With IDLE a pass still runs every
	// poll interval, so 2 leaves a whole interval for a pass to finish.
	StalledAfterPolls int `toml:"stalled_after_polls"`
}

// StalledAfter is how long intake may go without a completed pass before
// it counts as stalled.
func (c IMAP) StalledAfter() time.Duration {
	return time.Duration(c.StalledAfterPolls) * c.PollInterval.Duration
}

// SMTP configures the responder's outgoing mail.
type SMTP struct {
	// Address is host:port of the submission server; empty disables sending.
	Address  string `toml:"address"`
	Security string `toml:"security"`
	// InsecureSkipVerify disables certificate checks; for test servers only.
	InsecureSkipVerify bool `toml:"insecure_skip_verify"`
	// CAFile holds the PEM certificates of the CAs the server's
	// certificate must chain to, instead of the system's.
	CAFile   string `toml:"ca_file"`
	Username string `toml:"username"`
	// Auth is how lerd signs in: password, xoauth2 or oauthbearer.
	Auth string `toml:"auth"`
	// Password, PasswordFile and PasswordEnv are alternatives; at most one may be set.
	Password     string `toml:"password"`
	PasswordFile string `toml:"password_file"`
	PasswordEnv  string `toml:"password_env"`
	// OAuth2 says where the tokens for xoauth2 and oauthbearer come from;
	// without a provider, imap.oauth2 is used.
	OAuth2 OAuth2 `toml:"oauth2"`
	// From is the address replies are sent from; empty means triage.mailbox.
	From string `toml:"from"`
	// ProviderName is how the replies name us.
	ProviderName string `toml:"provider_name"`
	// DryRun records replies in the outbox without sending them; the default
	// until the operator turns replies on.
	DryRun bool `toml:"dry_run"`
	// PerRecipientPerHour and GlobalPerMinute limit sending; replies over
	// a limit wait. 0 means no limit.
	PerRecipientPerHour int `toml:"per_recipient_per_hour"`
	GlobalPerMinute     int `toml:"global_per_minute"`
	// RetryMin and RetryMax bound the delay between attempts after a
	// transient failure.
	RetryMin Duration `toml:"retry_min"`
	RetryMax Duration `toml:"retry_max"`
	// TemplatesDir points at the operator's copy of the reply templates;
	// empty uses the embedded ones.
	TemplatesDir string `toml:"templates_dir"`
}

// Triage configures sender verification and the policy.
type Triage struct {
	// AuthservID is the authserv-id our own MTA writes into
	// Authentication-Results; only those headers are trusted.
	AuthservID string `toml:"authserv_id"`
	// TrustedAuthservIDs are further receivers of ours whose
	// Authentication-Results are trusted (a second MX, a filtering relay).
	TrustedAuthservIDs []string `toml:"trusted_authserv_ids"`
	// TrustMicrosoft365 believes Exchange Online's verdict (written without
	// an authserv-id) when it is the topmost Authentication-Results and
	// Exchange's organization headers are present: for mailboxes hosted at
	// Microsoft 365.
	TrustMicrosoft365 bool `toml:"trust_microsoft_365"`
	// TrustGoogleWorkspace believes "mx.google.com" when it is the topmost
	// Authentication-Results: for mailboxes hosted at Google Workspace.
	TrustGoogleWorkspace bool `toml:"trust_google_workspace"`
	// VerifyDKIM checks DKIM signatures in the message itself (with DMARC's
	// alignment) when no trusted receiver's verdict is present.
	VerifyDKIM bool `toml:"verify_dkim"`
	// DNSResolver is the host:port of the name server VerifyDKIM asks;
	// empty uses the system's.
	DNSResolver string `toml:"dns_resolver"`
	// ExtractTimeout bounds the reading of one PDF or DOCX attachment's
	// text (wall clock and the extracting process's CPU); a message's
	// attachments together get three times this.
	ExtractTimeout Duration `toml:"extract_timeout"`
	// Mailbox is our own law-enforcement address, never taken as an identifier.
	Mailbox string `toml:"mailbox"`
	// RulesDir points at the operator's copy of the rules; empty uses the
	// rules embedded in the binary.
	RulesDir string `toml:"rules_dir"`
}

// Web configures the review web page.
type Web struct {
	// Listen is host:port; empty disables the page. Without TLS it must be
	// a loopback address (put a TLS proxy in front otherwise).
	Listen string `toml:"listen"`
	// UsersFile holds "name:hash" lines made by `lerd web passwd NAME`.
	UsersFile string `toml:"users_file"`
	// TLSCert and TLSKey serve HTTPS directly.
	TLSCert string `toml:"tls_cert"`
	TLSKey  string `toml:"tls_key"`
	// TrustedProxies are the addresses or CIDR prefixes of the reverse
	// proxies in front of the page. Only a request from one of them has
	// its X-Forwarded-For read for the client's address, which the login
	// limit counts; anyone else's X-Forwarded-For is ignored.
	TrustedProxies []string `toml:"trusted_proxies"`
	// IdleTimeout ends a session after this long without a request.
	IdleTimeout Duration `toml:"idle_timeout"`
	// TimeZone is the IANA zone (Europe/Berlin) the page and the CLI
	// show times in; deadlines that name a day end at its midnight.
	TimeZone string `toml:"time_zone"`
	// MetricsListen is host:port for /metrics and /healthz, apart from
	// the review page and without its login; empty: not served. Plain
	// HTTP only on loopback; elsewhere it serves HTTPS with web.tls_cert
	// and web.tls_key and needs MetricsTokenFile.
	MetricsListen string `toml:"metrics_listen"`
	// MetricsTokenFile holds a bearer token /metrics then requires
	// (Authorization: Bearer TOKEN); /healthz never needs it.
	MetricsTokenFile string `toml:"metrics_token_file"`
}

// Location is the operator's time zone (UTC if unset).
func (w Web) Location() (*time.Location, error) {
	if w.TimeZone == "" {
		return time.UTC, nil
	}
	return time.LoadLocation(w.TimeZone)
}

// ProxyPrefixes parses TrustedProxies; an address is a prefix of its full
// length.
func (w Web) ProxyPrefixes() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range w.TrustedProxies {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return nil, fmt.Errorf("%q is neither an address nor a CIDR prefix", s)
			}
			p = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// Log configures structured logging.
type Log struct {
	// Level is trace, debug, info, warn or error.
	Level string `toml:"level"`
	// Format is text or json.
	Format string `toml:"format"`
}

// Duration is a time.Duration written as a Go duration string ("90s", "5m").
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration as a Go duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Default returns the configuration used when a key is absent.
func Default() Config {
	return Config{
		Store: Store{Path: "/var/lib/lerd/lerd.db"},
		IMAP: IMAP{
			Security:         "tls",
			Auth:             AuthPassword,
			Mailbox:          "INBOX",
			ProcessedMailbox: "lerd-processed",
			Idle:             true,
			PollInterval:     Duration{60 * time.Second},
			BackoffMin:       Duration{time.Second},
			BackoffMax:       Duration{5 * time.Minute},
			Timeout:          Duration{time.Minute},
			MaxMessageBytes:  50 << 20,

			StalledAfterPolls: 2,
		},
		SMTP: SMTP{Security: "starttls", Auth: AuthPassword, DryRun: true, ProviderName: "Provider", PerRecipientPerHour: 10, GlobalPerMinute: 30,
			RetryMin: Duration{30 * time.Second}, RetryMax: Duration{time.Hour}},
		Triage: Triage{
			AuthservID: "mx.provider.test",
			Mailbox:    "law-enforcement@provider.test",
			// Both are safe wherever our own MTA stamps every message:
			// its header is then the topmost, and the provider's format
			// is never read.
			TrustMicrosoft365:    true,
			TrustGoogleWorkspace: true,
			ExtractTimeout:       Duration{5 * time.Second},
		},
		Web:    Web{IdleTimeout: Duration{30 * time.Minute}, TimeZone: "UTC"},
		Notify: Notify{DueSoon: Duration{24 * time.Hour}, StalledAfter: Duration{30 * time.Minute}},
		Log:    Log{Level: "info", Format: "text"},
	}
}

// FieldError is a validation error tied to one key of the file.
type FieldError struct {
	// Field is the dotted key, e.g. "imap.security".
	Field string
	// Line is the 1-based line of the key in the file, 0 if unknown.
	Line int
	Err  error
}

func (e *FieldError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// Load reads and validates the file at path. An empty path yields the defaults.
func Load(path string) (Config, error) {
	c, ok, err := LoadAll(path)
	switch {
	case err != nil && ok && path != "":
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	case err != nil:
		return Config{}, err
	}
	return c, nil
}

// LoadAll is Load for a check that reports every problem at once: when
// the file decodes but does not validate, the decoded configuration comes
// back with the problems (errors.Join of *FieldError, without the file's
// name); ok says whether it decoded.
func LoadAll(path string) (c Config, ok bool, err error) {
	if path == "" {
		c := Default()
		return c, true, c.Validate(nil)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, false, fmt.Errorf("config: %w", err)
	}
	c, ok, err = parse(b)
	if !ok {
		return Config{}, false, fmt.Errorf("config %s: %w", path, err)
	}
	// Relative paths are taken relative to the file, not the working
	// directory, so a unit file and a shell agree on what they mean.
	base := filepath.Dir(path)
	for _, p := range []*string{&c.Store.Path, &c.Store.RawDir, &c.IMAP.PasswordFile, &c.SMTP.PasswordFile,
		&c.IMAP.CAFile, &c.SMTP.CAFile, &c.IMAP.OAuth2.ClientSecretFile, &c.IMAP.OAuth2.RefreshTokenFile, &c.IMAP.OAuth2.ServiceAccountFile,
		&c.SMTP.OAuth2.ClientSecretFile, &c.SMTP.OAuth2.RefreshTokenFile, &c.SMTP.OAuth2.ServiceAccountFile, &c.Triage.RulesDir, &c.SMTP.TemplatesDir, &c.Notices.CSVPath, &c.Web.UsersFile, &c.Web.TLSCert, &c.Web.TLSKey, &c.Web.MetricsTokenFile} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
	return c, true, err
}

// Parse decodes and validates a configuration from TOML text. Every
// unknown key and every invalid value is reported (errors.Join of
// *FieldError).
func Parse(b []byte) (Config, error) {
	c, _, err := parse(b)
	return c, err
}

// parse is Parse that returns the configuration decoded (ok) even when it
// does not validate; a syntax or type error decodes nothing.
func parse(b []byte) (Config, bool, error) {
	c := Default()
	md, err := toml.Decode(string(b), &c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, false, fmt.Errorf("line %d: %s", pe.Position.Line, pe.Message)
		}
		return Config{}, false, err
	}
	c.src = b
	var errs []error
	for _, k := range md.Undecoded() {
		errs = append(errs, &FieldError{Field: k.String(), Line: lineOf(b, k.String()), Err: errors.New("unknown option")})
	}
	if err := c.Validate(b); err != nil {
		errs = append(errs, err)
	}
	return c, true, errors.Join(errs...)
}

// KeyError returns err as a *FieldError for the dotted key, with its line
// in the file the configuration was read from (the line of its table when
// the key is not written there).
func (c Config) KeyError(key string, err error) *FieldError {
	return &FieldError{Field: key, Line: lineOf(c.src, key), Err: err}
}

// Validate checks every option; src, when given, is used to report lines.
func (c Config) Validate(src []byte) error {
	var errs []error
	bad := func(field string, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Line: lineOf(src, field), Err: fmt.Errorf(format, args...)})
	}
	if c.Store.Path == "" {
		bad("store.path", "must not be empty")
	}
	if c.IMAP.Address != "" {
		if _, _, err := net.SplitHostPort(c.IMAP.Address); err != nil {
			bad("imap.address", "want host:port: %v", err)
		}
		if c.IMAP.Username == "" {
			bad("imap.username", "must be set when imap.address is set")
		}
	}
	checkSecurity(bad, "imap", c.IMAP.Address, c.IMAP.Security)
	checkSecurity(bad, "smtp", c.SMTP.Address, c.SMTP.Security)
	checkSecret(bad, "imap", "password", c.IMAP.Password, c.IMAP.PasswordFile, c.IMAP.PasswordEnv)
	checkSecret(bad, "smtp", "password", c.SMTP.Password, c.SMTP.PasswordFile, c.SMTP.PasswordEnv)
	checkMailboxes(bad, c.IMAP)
	checkSignin(bad, "imap", c.IMAP.Address, c.IMAP.Username, c.IMAP.Auth, "imap.oauth2", c.IMAP.OAuth2, c.IMAP.CAFile, c.IMAP.InsecureSkipVerify)
	checkSignin(bad, "smtp", c.SMTP.Address, c.SMTP.Username, c.SMTP.Auth, c.SMTP.OAuth2Section(), c.SMTP.OAuth2Config(c.IMAP.OAuth2), c.SMTP.CAFile, c.SMTP.InsecureSkipVerify)
	if c.IMAP.PollInterval.Duration < time.Second {
		bad("imap.poll_interval", "must be at least 1s")
	}
	if c.IMAP.BackoffMin.Duration <= 0 || c.IMAP.BackoffMax.Duration < c.IMAP.BackoffMin.Duration {
		bad("imap.backoff_max", "need 0 < backoff_min <= backoff_max")
	}
	if c.IMAP.Timeout.Duration < 100*time.Millisecond {
		bad("imap.timeout", "must be at least 100ms")
	}
	if c.IMAP.MaxMessageBytes < 1024 {
		bad("imap.max_message_bytes", "must be at least 1024")
	}
	if c.IMAP.StalledAfterPolls < 2 {
		bad("imap.stalled_after_polls", "must be at least 2: a pass runs once a poll interval, and needs time to finish")
	}
	if !c.SMTP.DryRun && c.SMTP.Address == "" {
		bad("smtp.dry_run", "false, but smtp.address is not set: no reply could be sent")
	}
	if c.SMTP.From != "" && !strings.Contains(c.SMTP.From, "@") {
		bad("smtp.from", "want an e-mail address, got %q", c.SMTP.From)
	}
	if c.SMTP.PerRecipientPerHour < 0 || c.SMTP.GlobalPerMinute < 0 {
		bad("smtp.per_recipient_per_hour", "rate limits must not be negative")
	}
	if c.SMTP.RetryMin.Duration <= 0 || c.SMTP.RetryMax.Duration < c.SMTP.RetryMin.Duration {
		bad("smtp.retry_max", "need 0 < retry_min <= retry_max")
	}
	if c.Triage.ExtractTimeout.Duration < 100*time.Millisecond {
		bad("triage.extract_timeout", "must be at least 100ms")
	}
	if c.Triage.AuthservID == "" {
		bad("triage.authserv_id", "must not be empty: it is how lerd tells its own MTA's verdicts from forged ones")
	}
	if c.Web.Listen != "" {
		host, _, err := net.SplitHostPort(c.Web.Listen)
		switch {
		case err != nil:
			bad("web.listen", "want host:port: %v", err)
		case c.Web.TLSCert == "" && !IsLoopback(host):
			bad("web.listen", "plain HTTP only on loopback; set web.tls_cert and web.tls_key, or listen on 127.0.0.1 behind a TLS proxy")
		}
		if c.Web.UsersFile == "" {
			bad("web.users_file", "must be set when web.listen is set: the page is never open without a login")
		}
		if _, err := c.Web.ProxyPrefixes(); err != nil {
			bad("web.trusted_proxies", "%v", err)
		}
		if c.Web.IdleTimeout.Duration <= 0 {
			bad("web.idle_timeout", "must be positive")
		}
		if (c.Web.TLSCert == "") != (c.Web.TLSKey == "") {
			bad("web.tls_key", "set both web.tls_cert and web.tls_key, or neither")
		}
	}
	if c.Web.MetricsListen != "" {
		host, _, err := net.SplitHostPort(c.Web.MetricsListen)
		switch {
		case err != nil:
			bad("web.metrics_listen", "want host:port: %v", err)
		case IsLoopback(host):
		case c.Web.TLSCert == "" || c.Web.TLSKey == "":
			bad("web.metrics_listen", "plain HTTP only on loopback; set web.tls_cert and web.tls_key, or listen on 127.0.0.1")
		case c.Web.MetricsTokenFile == "":
			bad("web.metrics_token_file", "must be set when web.metrics_listen is not on loopback: the queue's figures are not for anyone on the network")
		}
	}
	if _, err := c.Web.Location(); err != nil {
		bad("web.time_zone", "want an IANA time zone such as Europe/Berlin or UTC: %v", err)
	}
	if c.Notify.TeamAddress != "" && !strings.Contains(c.Notify.TeamAddress, "@") {
		bad("notify.team_address", "want an e-mail address, got %q", c.Notify.TeamAddress)
	} else if c.Notify.TeamAddress != "" && c.SMTP.Address == "" {
		bad("notify.team_address", "needs smtp.address to send the notices through")
	}
	if u := c.Notify.WebhookURL; u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		bad("notify.webhook_url", "want an http:// or https:// URL, got %q", u)
	}
	if c.Notify.DueSoon.Duration <= 0 || c.Notify.StalledAfter.Duration <= 0 {
		bad("notify.due_soon", "notify.due_soon and notify.stalled_after must be positive")
	}
	switch c.Notices.Lookup {
	case "":
	case "csv":
		if c.Notices.CSVPath == "" {
			bad("notices.csv_path", "must be set when notices.lookup is csv")
		}
	case "sql":
		if c.Notices.SQLDriver != "sqlite3" {
			bad("notices.sql_driver", "only sqlite3 is built in, got %q", c.Notices.SQLDriver)
		}
		if c.Notices.SQLDSN == "" || !strings.Contains(c.Notices.SQLQuery, "?") {
			bad("notices.sql_query", "sql_dsn and a query with one ? parameter are needed")
		}
	default:
		bad("notices.lookup", "want \"\", csv or sql, got %q", c.Notices.Lookup)
	}
	switch c.Log.Level {
	case "trace", "debug", "info", "warn", "error":
	default:
		bad("log.level", "want trace, debug, info, warn or error, got %q", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("log.format", "want text or json, got %q", c.Log.Format)
	}
	return errors.Join(errs...)
}

func checkSecurity(bad func(string, string, ...any), section, addr, sec string) {
	switch sec {
	case "tls", "starttls":
	case "plain":
		if addr == "" {
			return
		}
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return
		}
		if !IsLoopback(host) {
			bad(section+".security", "plain is only allowed on loopback, not %q", host)
		}
	default:
		bad(section+".security", "want tls, starttls or plain, got %q", sec)
	}
}

// IsLoopback tells whether host (a name or an address, as in host:port)
// is this machine only.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkSecret counts the ways a secret (name, name_file, name_env) is
// given in section; more than one is an error.
func checkSecret(bad func(string, string, ...any), section, name, inline, file, env string) int {
	n := 0
	for _, s := range []string{inline, file, env} {
		if s != "" {
			n++
		}
	}
	if n > 1 {
		bad(section+"."+name, "set only one of %[1]s, %[1]s_file, %[1]s_env", name)
	}
	return n
}

// Secret resolves a password or other secret given inline, in a file or in
// an environment variable. The value is never logged.
func Secret(inline, file, env string) (string, error) {
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("config: read secret file: %w", err)
		}
		v := strings.TrimRight(string(b), "\r\n")
		if v == "" {
			return "", fmt.Errorf("config: secret file %s is empty", file)
		}
		return v, nil
	case env != "":
		v, ok := os.LookupEnv(env)
		if !ok {
			return "", fmt.Errorf("config: variable %s is not set in this environment", env)
		}
		if v == "" {
			return "", fmt.Errorf("config: variable %s is empty", env)
		}
		return v, nil
	}
	return inline, nil
}

// CheckServe checks what lerd serve needs beyond a valid file, on the
// machine it runs on: an IMAP address, the sign-in secrets and CA files
// (CheckSignin), the files and directories the file names. It returns
// every problem, each a *FieldError naming the key and its line (lerd
// config check; the unit runs that before serve). What only other
// packages can read (the users file, the rules, the templates) the caller
// checks.
func (c Config) CheckServe() []error {
	var errs []error
	if c.IMAP.Address == "" {
		errs = append(errs, c.KeyError("imap.address", errors.New("not set: lerd serve has nothing to watch")))
	}
	if err := c.CheckSignin(); err != nil {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = append(errs, j.Unwrap()...)
		} else {
			errs = append(errs, err)
		}
	}
	check := func(key, path string, dir bool) {
		if path == "" {
			return
		}
		if err := readable(path, dir); err != nil {
			errs = append(errs, c.KeyError(key, err))
		}
	}
	if c.Web.Listen != "" {
		check("web.users_file", c.Web.UsersFile, false)
	}
	if c.Web.Listen != "" || c.Web.MetricsListen != "" {
		check("web.tls_cert", c.Web.TLSCert, false)
		check("web.tls_key", c.Web.TLSKey, false)
	}
	if c.Web.MetricsListen != "" {
		check("web.metrics_token_file", c.Web.MetricsTokenFile, false)
	}
	if c.Notices.Lookup == "csv" {
		check("notices.csv_path", c.Notices.CSVPath, false)
	}
	check("triage.rules_dir", c.Triage.RulesDir, true)
	check("smtp.templates_dir", c.SMTP.TemplatesDir, true)
	return errs
}

// readable tells why path is not a readable file (or directory, with dir).
func readable(path string, dir bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return err
	case dir && !fi.IsDir():
		return fmt.Errorf("%s is not a directory", path)
	case !dir && fi.IsDir():
		return fmt.Errorf("%s is a directory, not a file", path)
	}
	return nil
}

// ReplyFrom is the address replies come from: smtp.from, else our mailbox.
func (c Config) ReplyFrom() string {
	if c.SMTP.From != "" {
		return c.SMTP.From
	}
	return c.Triage.Mailbox
}

// RawDirPath returns the directory for raw message files: RawDir, or
// "raw" beside the database when RawDir is empty.
func (s Store) RawDirPath() string {
	if s.RawDir != "" {
		return s.RawDir
	}
	return filepath.Join(filepath.Dir(s.Path), "raw")
}

// lineOf finds the line of a dotted key ("imap.security") in TOML source:
// the key written in its [table], or dotted from an enclosing one
// ("imap.security = …" at the top); when the key is not written, the line
// of its table's header, where it would go. 0 when neither is there.
func lineOf(src []byte, dotted string) int {
	if src == nil {
		return 0
	}
	table := ""
	if i := strings.LastIndex(dotted, "."); i >= 0 {
		table = dotted[:i]
	}
	cur, header, inString := "", 0, ""
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if inString != "" {
			// Inside a multi-line string: a line there is no key.
			if strings.Count(line, inString)%2 == 1 {
				inString = ""
			}
			continue
		}
		if strings.HasPrefix(line, "[") {
			name, _, _ := strings.Cut(strings.Trim(strings.SplitN(line, "#", 2)[0], " \t"), "]")
			cur = joinKey(strings.TrimLeft(name, "["))
			if cur == dotted || cur == table && header == 0 {
				if cur == dotted {
					return n
				}
				header = n
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		full := joinKey(k)
		if cur != "" {
			full = cur + "." + full
		}
		if full == dotted {
			return n
		}
		for _, q := range []string{`"""`, "'''"} {
			if strings.Count(v, q)%2 == 1 {
				inString = q
			}
		}
	}
	return header
}

// joinKey normalises a TOML key as written ("a . \"b\"") to its dotted
// form ("a.b").
func joinKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}
