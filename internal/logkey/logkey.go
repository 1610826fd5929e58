// Package logkey holds the keys of lerd's structured log lines (log/slog),
// one spelling per concept, so that an operator can follow a request
// through every component with one query (ref=LER-2026-000042) and a
// dashboard's queries do not break when a line is reworded.
//
// Every key a log call passes is one of these constants: the test in this
// package reads lerd's source and fails on a key written as a string.
// Values that are durations are passed as time.Duration (slog writes
// "1.5s" in text and nanoseconds in JSON), never as seconds or
// milliseconds.
package logkey

// Identifiers that tie a line to the records in the store.
const (
	// Component is the part of lerd that logs: serve, store, imap,
	// triage, smtp (the replies), timers, notify, review. imap, triage
	// and smtp are also the names `lerd status` reports errors under.
	Component = "component"
	// Ref is a request's reference, LER-YYYY-NNNNNN.
	Ref = "ref"
	// MsgID is a stored message's id (its row in the store; `lerd verify`
	// and `lerd status` name messages by it).
	MsgID = "msg_id"
	// OutboxID is a reply's id in the outbox.
	OutboxID = "outbox_id"
	// MessageIDHeader is the Message-ID header of a reply lerd sends, to
	// find it in the mail server's logs.
	MessageIDHeader = "message_id_header"
	// SHA256 is the hex SHA-256 of a message's raw bytes or an attachment.
	SHA256 = "sha256"
	// Err is the error; never "error".
	Err = "err"
)

// What happened to a message or a reply.
const (
	Status    = "status" // a message's intake status: parsed, malformed, oversize
	State     = "state"  // a request's or a reply's state
	Decision  = "decision"
	Reasons   = "reasons"
	Emergency = "emergency"
	Held      = "reply_held"
	Joined    = "joined"
	Claims    = "claims"
	Duplicate = "duplicate"
	Kind      = "kind" // of a reply, a timer or a notification
	Channel   = "channel"
	Outcome   = "outcome"
	Planned   = "planned"
	To        = "to"
	From      = "from"
	Due       = "due"
	Next      = "next" // when the next attempt is made
	Attempt   = "attempt"
	Final     = "final"
	Failures  = "failures"
)

// Durations, always time.Duration values.
const (
	Took    = "took"     // how long the operation the line reports took
	RetryIn = "retry_in" // the wait before the next try
	Silent  = "silent"   // how long a server has said nothing
	Limit   = "limit"    // the longest it may
	Uptime  = "uptime"   // how long lerd serve ran
)

// Counts.
const (
	Count    = "count"
	Messages = "messages"
	Bytes    = "bytes"
	Files    = "files"
	Stored   = "stored"
	Triaged  = "triaged"
	Asked    = "asked"
	Fetched  = "fetched"
)

// The mailbox.
const (
	Mailbox        = "mailbox"
	Mailboxes      = "mailboxes"
	UIDValidity    = "uidvalidity"
	OldUIDValidity = "old_uidvalidity"
	LastUID        = "last_uid"
	Idle           = "idle"
)

// The review page.
const (
	User       = "user" // a reviewer's login name as given
	RemoteAddr = "remote_addr"
	Path       = "path"
	Page       = "page"
	Listen     = "listen"
	TLS        = "tls"
	Server     = "server" // which of lerd's HTTP servers: web, metrics
	Token      = "token"  // whether a bearer token is required; never the token
)

// lerd serve's start and stop lines and its configuration.
const (
	Version      = "version"
	Config       = "config" // the configuration file
	DB           = "db"
	RawDir       = "raw_dir"
	IMAPAddress  = "imap_address"
	IMAPUsername = "imap_username"
	SMTPAddress  = "smtp_address"
	DryRun       = "dry_run"
	TeamAddress  = "team_address"
	Webhook      = "webhook"   // whether one is set; never its URL
	Web          = "web"       // the review page's address, empty when off
	Reason       = "reason"    // why serve stopped
	SdNotify     = "sd_notify" // a notification to systemd (READY=1, …)
	Watchdog     = "watchdog"  // systemd's watchdog period
	FromSchema   = "from_schema"
	ToSchema     = "to_schema"
	Backup       = "backup"
)

// Signing in to the mail servers (internal/mailconn).
const (
	Line     = "line"      // one line of the IMAP or SMTP protocol trace, credentials redacted
	TokenURL = "token_url" // an OAuth2 token endpoint
	Expires  = "expires"   // when an OAuth2 token expires
	IMAPAuth = "imap_auth" // password, xoauth2 or oauthbearer
)
