package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/term"

	"lerd/internal/config"
	"lerd/internal/demo"
	"lerd/internal/intake"
	"lerd/internal/logkey"
	teamnotify "lerd/internal/notify"
	"lerd/internal/responder"
	"lerd/internal/review"
	"lerd/internal/store"
)

func cmdServe(args []string) error {
	f := newFlags("serve", "[-config FILE]",
		"Watch the IMAP mailbox and process requests until SIGTERM or SIGINT: intake, triage,\n"+
			"replies, timers, and the review page when web.listen is set. Creates the database if\n"+
			"there is none and migrates an older one, after a backup (see lerd migrate -h).")
	cfgPath := configFlag(f.FlagSet)
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	// Signals first: a SIGTERM while the rules load is a clean stop too.
	ctx, cancel := signalContext()
	defer cancel()
	// Configuration mistakes first (exit 2), all of them, before anything
	// is created: what lerd config check reports.
	cfg, err := checkConfig(*cfgPath)
	if err != nil {
		return err
	}
	pw, err := config.Secret(cfg.IMAP.Password, cfg.IMAP.PasswordFile, cfg.IMAP.PasswordEnv)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := newLogger(cfg.Log, os.Stderr)
	return serve(ctx, cfg, *cfgPath, pw, log)
}

// serve runs lerd serve between its start and stop lines: the stop line
// says why it stopped (the signal, or the error) and after how long.
func serve(ctx context.Context, cfg config.Config, cfgPath, imapPassword string, log *slog.Logger) (err error) {
	serveLog := componentLog(log, "serve")
	started := time.Now()
	if abs, aerr := filepath.Abs(cfgPath); aerr == nil && cfgPath != "" {
		cfgPath = abs
	}
	serveLog.Info("lerd starting", logkey.Version, version, logkey.Config, cfgPath, logkey.DB, cfg.Store.Path,
		logkey.RawDir, cfg.Store.RawDirPath(), logkey.Mailboxes, cfg.IMAP.Watched(),
		logkey.IMAPAddress, cfg.IMAP.Address, logkey.IMAPUsername, cfg.IMAP.Username, logkey.IMAPAuth, cfg.IMAP.Auth, logkey.Idle, cfg.IMAP.Idle,
		logkey.SMTPAddress, cfg.SMTP.Address, logkey.DryRun, cfg.SMTP.DryRun, logkey.Web, cfg.Web.Listen)
	defer func() {
		if err != nil {
			serveLog.Error("lerd stopped", logkey.Reason, err.Error(), logkey.Uptime, time.Since(started))
			return
		}
		reason := "stopped"
		if cause := context.Cause(ctx); cause != nil {
			reason = cause.Error() // "terminated signal received"
		}
		serveLog.Info("lerd stopped", logkey.Reason, reason, logkey.Uptime, time.Since(started))
	}()
	// One serve per database: a second one would move the same messages
	// and send the same replies.
	unlock, err := store.Lock(cfg.Store.Path)
	if err != nil {
		if errors.Is(err, store.ErrLocked) {
			return fmt.Errorf("another lerd serve is running on this database; refusing to start: %w", err)
		}
		return err
	}
	defer unlock()
	a, err := openWith(cfg, log, openServe)
	if err != nil {
		return err
	}
	defer a.Close()
	if up := a.store.Upgraded(); up != nil {
		serveLog.Info("database migrated", logkey.FromSchema, up.From, logkey.ToSchema, up.To, logkey.Backup, up.Backup)
	}
	// Holding the lock, this process is the only responder: replies a
	// stopped one left claimed are sent again (under their Message-IDs).
	if n, err := a.store.RecoverSending(context.WithoutCancel(ctx)); err != nil {
		return err
	} else if n > 0 {
		serveLog.Warn("replies interrupted while sending will be sent again", logkey.Count, n)
	}
	if ctx.Err() != nil {
		return nil // stopped while starting
	}
	mon := newMonitor(a)
	ws, err := watchers(a, imapPassword, mon.sink(a.pipe))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	a.pipe.Triaged = mon.metrics.Triaged
	wake := make(chan struct{}, 1)
	for i, w := range ws {
		mon.watch(i, w)
		w.Synced = func(n int) {
			if n > 0 {
				notify(wake)
			}
		}
	}
	var workers sync.WaitGroup
	if a.cfg.SMTP.Address != "" {
		sender, err := newSender(a)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		sender.Failed = mon.metrics.SendFailed
		replies := make(chan struct{}, 1)
		a.pipe.OnTriaged = func(int) { notify(replies) }
		workers.Go(func() { sender.Run(ctx, replies, 30*time.Second) })
	} else {
		serveLog.Warn("smtp.address is not set: replies stay in the outbox")
	}
	if a.cfg.Web.Listen != "" {
		users, err := loadUsers(a.cfg.Web.UsersFile)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		addr, stop, err := startWeb(ctx, a, users, a.cfg.Web, mon.checker)
		if err != nil {
			return err
		}
		defer stop()
		serveLog.Info("review page on", logkey.Listen, addr, logkey.TLS, a.cfg.Web.TLSCert != "")
	}
	if a.cfg.Web.MetricsListen != "" {
		addr, err := startMetrics(ctx, a, mon)
		if err != nil {
			return err
		}
		serveLog.Info("metrics and health on", logkey.Listen, addr, logkey.TLS, a.cfg.Web.TLSCert != "", logkey.Token, a.cfg.Web.MetricsTokenFile != "")
	}
	mon.notify(ctx)
	if a.pipe.OnTriaged, err = startNotifier(ctx, a, &workers, a.pipe.OnTriaged); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	workers.Go(func() { a.pipe.RunTriage(ctx, wake, a.cfg.IMAP.PollInterval.Duration) })
	sched := &responder.Scheduler{Store: a.store, Planner: a.pipe.Replies, Now: time.Now, Log: componentLog(a.log, "timers")}
	workers.Go(func() { sched.Run(ctx, 10*time.Minute) })
	for _, w := range ws {
		workers.Go(func() { w.Run(ctx) })
	}
	workers.Wait()
	return nil
}

// notify wakes a worker without blocking; a wake-up already pending is
// enough.
func notify(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// printEffective prints the configuration in force, secrets redacted.
func printEffective(w io.Writer, c config.Config) error {
	for _, p := range []*string{&c.IMAP.Password, &c.SMTP.Password, &c.IMAP.OAuth2.ClientSecret, &c.IMAP.OAuth2.RefreshToken,
		&c.SMTP.OAuth2.ClientSecret, &c.SMTP.OAuth2.RefreshToken} {
		if *p != "" {
			*p = "(redacted)"
		}
	}
	if c.Notify.WebhookURL != "" {
		c.Notify.WebhookURL = teamnotify.RedactURL(c.Notify.WebhookURL)
	}
	return toml.NewEncoder(w).Encode(c)
}

func cmdDemo(args []string) error {
	f := newFlags("demo", "[-dir DIR] [-stay] [-web 127.0.0.1:PORT]",
		"Run lerd against an in-process IMAP server and SMTP sink with sample requests, then\n"+
			"(with -stay) keep the review page up until Ctrl-C. DIR is emptied first.")
	dir := f.String("dir", "demo-data", "directory for the demo database and raw messages")
	stay := f.Bool("stay", stdinIsTerminal(), "keep running with the review page after the samples are processed (default: when run from a terminal)")
	webAddr := f.String("web", "127.0.0.1:8025", "address of the demo's review page (loopback only)")
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	// The demo's password is published: its page must not be reachable
	// from another machine.
	if host, _, err := net.SplitHostPort(*webAddr); err != nil || !config.IsLoopback(host) {
		return fmt.Errorf("%w: -web %q: the demo's review page has a published password and serves only on a loopback address (127.0.0.1:PORT, [::1]:PORT, localhost:PORT)", errUsage, *webAddr)
	}
	if err := os.RemoveAll(*dir); err != nil {
		return err
	}
	imapSrv, err := demo.StartIMAP()
	if err != nil {
		return err
	}
	defer imapSrv.Close()
	sink, err := demo.StartSMTP()
	if err != nil {
		return err
	}
	defer sink.Close()

	cfg := config.Default()
	cfg.Store.Path = filepath.Join(*dir, "lerd.db")
	cfg.IMAP.Address = imapSrv.Addr
	cfg.IMAP.Security = "plain"
	cfg.IMAP.Username = demo.Username
	cfg.IMAP.PollInterval = config.Duration{Duration: 5 * time.Second}
	cfg.SMTP.Address = sink.Addr
	cfg.SMTP.Security = "plain"
	cfg.SMTP.From = "law-enforcement@provider.test"
	// The demo's sink is ours, so replies go out for real.
	cfg.SMTP.DryRun = false
	cfg.Log.Level = "warn"
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	cfg.Notices.Lookup = "csv"
	cfg.Notices.CSVPath = filepath.Join(*dir, "accounts.csv")
	if err := os.WriteFile(cfg.Notices.CSVPath, demo.Accounts(), 0o644); err != nil {
		return err
	}
	a, err := openWith(cfg, newLogger(cfg.Log, os.Stderr), openServe)
	if err != nil {
		return err
	}
	defer a.Close()

	files, names, err := demo.Samples()
	if err != nil {
		return err
	}
	fmt.Printf("demo: IMAP server on %s, SMTP sink on %s, database %s\n", imapSrv.Addr, sink.Addr, cfg.Store.Path)
	ctx, cancel := signalContext()
	defer cancel()
	synced := make(chan int, 16)
	w := intake.NewWatcher(imapConfig(cfg.IMAP, cfg.IMAP.Mailbox, demo.Password, signin{}), a.pipe, a.store, a.log)
	w.Synced = func(n int) { synced <- n }
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	<-synced // first pass over the empty inbox
	// Deliver the samples one by one, as mail arrives: each one wakes the
	// watcher through IDLE.
	for _, n := range names {
		if err := imapSrv.Deliver(files[n]); err != nil {
			return err
		}
	}
	stored := 0
	deadline := time.After(30 * time.Second)
	for stored < len(names) {
		select {
		case n := <-synced:
			stored += n
		case <-deadline:
			return fmt.Errorf("demo: only %d of %d samples stored after 30s", stored, len(names))
		}
	}
	if _, err := a.pipe.TriagePending(ctx); err != nil {
		return err
	}
	reqs, err := a.store.ListRequests(ctx)
	if err != nil {
		return err
	}
	sort.Slice(reqs, func(i, j int) bool { return reqs[i].Ref < reqs[j].Ref })
	fmt.Printf("demo: delivered %d sample messages over IMAP; lerd stored them as %d requests:\n\n", len(names), len(reqs))
	if err := cmdQueueList([]string{"-db", cfg.Store.Path}); err != nil {
		return err
	}
	sender, err := newSender(a)
	if err != nil {
		return err
	}
	if _, err := sender.SendDue(ctx); err != nil {
		return err
	}
	sent := sink.Messages()
	fmt.Printf("\nThe responder sent %d replies to the SMTP sink:\n", len(sent))
	for _, m := range sent {
		fmt.Printf("  to %-36s %s\n", strings.Join(m.To, ","), headerValue(m.Data, "Subject"))
	}
	held, err := a.store.Replies(ctx, "")
	if err != nil {
		return err
	}
	for _, r := range held {
		if r.State == "held" {
			fmt.Printf("  held for review: %s to %s (%s)\n", r.Kind, r.To, r.RequestRef)
		}
	}
	if len(sent) > 0 {
		fmt.Printf("\nThe first reply as sent:\n\n%s\n", sent[0].Data)
	}
	// The compliance team produces data for the FBI subpoena: the account
	// holder is told, as the privacy policy promises.
	// A first-time sender: the team calls the agency back on its published
	// number first (a fictional one here) and records the call.
	first := reqs[0].Ref
	if err := a.store.AddVerification(ctx, first, store.Verification{Actor: "demo", Number: "+1 555 0100 000 (demo)", Outcome: store.CallbackConfirmed,
		Note: "demo: agency confirmed the subpoena"}, time.Time{}); err != nil {
		return err
	}
	planned, err := decide(ctx, a, first, "demo", "produced", "records produced (demo)")
	if err != nil {
		return err
	}
	fmt.Printf("Recorded that data was produced for %s: %s\n", first, planned)
	before := len(sink.Messages())
	if _, err := sender.SendDue(ctx); err != nil {
		return err
	}
	for _, m := range sink.Messages()[before:] {
		fmt.Printf("  subscriber notice to %s: %s\n", strings.Join(m.To, ","), headerValue(m.Data, "Subject"))
	}
	fmt.Printf("\nLook closer:\n  go run ./cmd/lerd queue show %s -db %s\n  go run ./cmd/lerd queue list -db %s -json\n",
		reqs[0].Ref, cfg.Store.Path, cfg.Store.Path)
	if *stay {
		hash, err := review.HashPassword(demoWebPassword)
		if err != nil {
			return err
		}
		web := cfg.Web
		web.Listen = *webAddr
		addr, stop, err := startWeb(ctx, a, review.Users{"demo": hash}, web, nil)
		if err != nil {
			web.Listen = "127.0.0.1:0"
			addr, stop, err = startWeb(ctx, a, review.Users{"demo": hash}, web, nil)
			if err != nil {
				return err
			}
		}
		defer stop()
		fmt.Printf("\nReview page: http://%s/ (user demo, password %s)\n", addr, demoWebPassword)
		fmt.Printf("lerd keeps watching the demo mailbox %s (user %s, password %s); Ctrl-C to stop.\n", imapSrv.Addr, demo.Username, demo.Password)
		<-ctx.Done()
	} else {
		fmt.Println("\nRun `go run ./cmd/lerd demo -stay` (or make demo from a terminal) to keep it running with the review page.")
	}
	cancel()
	return <-done
}

// headerValue returns one header field of a raw message, for display.
func headerValue(raw []byte, key string) string {
	for _, l := range strings.Split(string(raw), "\r\n") {
		if l == "" {
			break
		}
		if k, v, ok := strings.Cut(l, ": "); ok && strings.EqualFold(k, key) {
			if d, err := new(mime.WordDecoder).DecodeHeader(v); err == nil {
				return d
			}
			return v
		}
	}
	return ""
}

// demoWebPassword logs into the demo's review page; the demo serves only
// on loopback.
const demoWebPassword = "demo-password"

// stdinIsTerminal tells an interactive run from a script or CI; /dev/null
// is a character device too, so the file mode cannot tell them apart.
func stdinIsTerminal() bool {
	return term.IsTerminal(int(os.Stdin.Fd()))
}
