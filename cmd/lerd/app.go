package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"lerd/internal/triage"
	"log/slog"
	"net"
	"os"
	"time"

	"lerd/internal/config"
	"lerd/internal/logkey"
	"lerd/internal/mailconn"
	"lerd/internal/mailparse"
	"lerd/internal/pipeline"
	"lerd/internal/responder"
	"lerd/internal/store"
	"lerd/rules"
	"lerd/templates"
)

// app is what most commands share: configuration, logger, store and pipeline.
type app struct {
	cfg   config.Config
	log   *slog.Logger
	store *store.Store
	pipe  *pipeline.Pipeline
}

// configFlag registers -config with its default from LERD_CONFIG.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", os.Getenv("LERD_CONFIG"), "configuration file (default: $LERD_CONFIG, else built-in defaults)")
}

// levelTrace is below Debug, for protocol transcripts.
const levelTrace = mailconn.LevelTrace

func newLogger(c config.Log, w io.Writer) *slog.Logger {
	var lvl slog.Level
	switch c.Level {
	case "trace":
		lvl = levelTrace
	case "debug":
		lvl = slog.LevelDebug
	case "warn":
		lvl = slog.LevelWarn
	case "error":
		lvl = slog.LevelError
	}
	opts := &slog.HandlerOptions{Level: lvl, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if lv, ok := a.Value.Any().(slog.Level); ok && a.Key == slog.LevelKey && lv == levelTrace {
			a.Value = slog.StringValue("TRACE")
		}
		return a
	}}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openApp loads the configuration and opens the store and pipeline; o says
// whether the store may be created or migrated. A configuration that does
// not load, or rules and templates it names that do not, is a usage error
// (exit 2); a store that cannot be opened is not.
func openApp(path string, dbOverride string, o store.OpenOptions) (*app, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	if dbOverride != "" {
		cfg.Store.Path = dbOverride
		cfg.Store.RawDir = ""
	}
	return openWith(cfg, newLogger(cfg.Log, os.Stderr), o)
}

func openWith(cfg config.Config, log *slog.Logger, o store.OpenOptions) (*app, error) {
	pipe, err := newPipeline(cfg, log)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	o.LerdVersion = version
	st, err := store.OpenWith(cfg.Store.Path, cfg.Store.RawDirPath(), o)
	if err != nil {
		return nil, err
	}
	pipe.Store = st
	if c := st.Cleaned; c.Files > 0 {
		log.Warn("removed spool files a crash left in raw/tmp (their messages are fetched again)", logkey.Component, "store",
			logkey.Files, c.Files, logkey.Bytes, c.Bytes)
	}
	return &app{cfg: cfg, log: log, store: st, pipe: pipe}, nil
}

// Which commands may do what to the store: serve creates and migrates it,
// ingest creates a new one, the rest need it to exist with this lerd's
// schema.
var (
	openServe    = store.OpenOptions{Create: true, Migrate: true}
	openIngest   = store.OpenOptions{Create: true}
	openExisting = store.OpenOptions{}
)

// newPipeline loads rules, policy and reply templates; the caller sets the
// store.
func newPipeline(cfg config.Config, log *slog.Logger) (*pipeline.Pipeline, error) {
	p, err := pipeline.New(nil, rules.FS(cfg.Triage.RulesDir), pipeline.Options{
		Triage: triage.Options{
			AuthservID: cfg.Triage.AuthservID, AuthservIDs: cfg.Triage.TrustedAuthservIDs, Mailbox: cfg.Triage.Mailbox,
			TrustMicrosoft365: cfg.Triage.TrustMicrosoft365, TrustGoogle: cfg.Triage.TrustGoogleWorkspace,
			ProviderName: cfg.SMTP.ProviderName,
			VerifyDKIM:   cfg.Triage.VerifyDKIM, Resolver: resolver(cfg.Triage.DNSResolver),
		},
		MaxBytes: cfg.IMAP.MaxMessageBytes, Log: componentLog(log, store.ComponentTriage)})
	if err != nil {
		return nil, err
	}
	tpl, err := responder.LoadTemplates(templates.FS(cfg.SMTP.TemplatesDir))
	if err != nil {
		return nil, err
	}
	p.Extract, p.ExtractBudget = extractor(cfg.Triage.ExtractTimeout.Duration, p.Log), 3*cfg.Triage.ExtractTimeout.Duration
	p.Replies = &responder.Planner{Templates: tpl, Provider: cfg.SMTP.ProviderName, From: cfg.ReplyFrom(),
		PreservationDays: p.Policy.PreservationDays, Now: time.Now}
	return p, nil
}

// extractor reads attachments' text in a child process of this binary
// (`lerd extract`, see mailparse.Sandbox for why a process). If the
// binary cannot be found, it falls back to reading in process, and says so
// on log (nil: slog's default logger).
func extractor(timeout time.Duration, log *slog.Logger) mailparse.Extractor {
	lim := mailparse.DefaultLimits
	lim.Timeout = timeout
	exe, err := os.Executable()
	if err != nil {
		if log == nil {
			log = slog.Default()
		}
		log.Warn("cannot find lerd's own binary; PDF and DOCX text is read in process, without a time limit", logkey.Err, err)
		return mailparse.InProcess{Limits: lim}
	}
	return mailparse.Sandbox{Command: []string{exe, "extract"}, Limits: lim}
}

// cmdExtract is the child side of mailparse.Sandbox.
func cmdExtract(args []string) error {
	if code := mailparse.ExtractMain(args, os.Stdin, os.Stdout, os.Stderr); code != 0 {
		os.Exit(code)
	}
	return nil
}

// newSender returns the SMTP responder for the configuration.
func newSender(a *app) (*responder.Sender, error) {
	pw, err := config.Secret(a.cfg.SMTP.Password, a.cfg.SMTP.PasswordFile, a.cfg.SMTP.PasswordEnv)
	if err != nil {
		return nil, err
	}
	c := a.cfg.SMTP
	si, err := newSignin("smtp", c.CAFile, c.Auth, c.OAuth2Config(a.cfg.IMAP.OAuth2), c.OAuth2Section(), c.Username, a.log)
	if err != nil {
		return nil, err
	}
	return &responder.Sender{
		Outbox: a.store, From: a.cfg.ReplyFrom(), FromName: c.ProviderName + " Law Enforcement Response Team",
		SMTP: responder.SMTPConfig{Address: c.Address, Security: c.Security, InsecureSkipVerify: c.InsecureSkipVerify, RootCAs: si.rootCAs,
			Username: c.Username, Password: pw, Auth: c.Auth, Tokens: si.tokens, Trace: si.trace},
		DryRun: c.DryRun, PerRecipientPerHour: c.PerRecipientPerHour, GlobalPerMinute: c.GlobalPerMinute,
		BackoffMin: c.RetryMin.Duration, BackoffMax: c.RetryMax.Duration, Now: time.Now, Log: a.log.With(logkey.Component, store.ComponentSMTP),
	}, nil
}

func (a *app) Close() { a.store.Close() }

// componentLog is log for one component of lerd, nil for nil (the
// commands that log nothing).
func componentLog(log *slog.Logger, name string) *slog.Logger {
	if log == nil {
		return nil
	}
	return log.With(logkey.Component, name)
}

// newLookup opens the configured account-holder lookup, or returns nil.
func newLookup(c config.Notices) (responder.Lookup, func(), error) {
	switch c.Lookup {
	case "csv":
		return responder.CSVLookup{Path: c.CSVPath}, func() {}, nil
	case "sql":
		db, err := sql.Open(c.SQLDriver, c.SQLDSN)
		if err != nil {
			return nil, nil, fmt.Errorf("notices: %w", err)
		}
		return responder.SQLLookup{DB: db, Query: c.SQLQuery}, func() { db.Close() }, nil
	}
	return nil, func() {}, nil
}

// resolver is the system's resolver, or one that asks only addr.
func resolver(addr string) *net.Resolver {
	if addr == "" {
		return net.DefaultResolver
	}
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
}
