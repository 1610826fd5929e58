package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/BurntSushi/toml"

	"lerd/internal/config"
	"lerd/internal/demo"
	"lerd/internal/intake"
)

func cmdServe(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfgPath := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, "")
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	defer a.Close()
	if a.cfg.IMAP.Address == "" {
		return fmt.Errorf("%w: imap.address is not set: nothing to watch", errUsage)
	}
	pw, err := config.Secret(a.cfg.IMAP.Password, a.cfg.IMAP.PasswordFile, a.cfg.IMAP.PasswordEnv)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	ctx, cancel := signalContext()
	defer cancel()
	a.log.Info("lerd starting", "version", version, "db", a.cfg.Store.Path, "imap", a.cfg.IMAP.Address,
		"mailbox", a.cfg.IMAP.Mailbox, "user", a.cfg.IMAP.Username, "idle", a.cfg.IMAP.Idle)
	w := intake.NewWatcher(imapConfig(a.cfg.IMAP, pw), a.pipe, a.store, a.log)
	wake := make(chan struct{}, 1)
	w.Synced = func(n int) {
		if n > 0 {
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	}
	triaged := make(chan struct{})
	go func() {
		defer close(triaged)
		a.pipe.RunTriage(ctx, wake, a.cfg.IMAP.PollInterval.Duration)
	}()
	err = w.Run(ctx)
	<-triaged
	return err
}

func imapConfig(c config.IMAP, password string) intake.IMAPConfig {
	return intake.IMAPConfig{
		Address: c.Address, Security: c.Security, InsecureSkipVerify: c.InsecureSkipVerify,
		Username: c.Username, Password: password, Mailbox: c.Mailbox, ProcessedMailbox: c.ProcessedMailbox,
		Idle: c.Idle, PollInterval: c.PollInterval.Duration, BackoffMin: c.BackoffMin.Duration, BackoffMax: c.BackoffMax.Duration,
	}
}

// printEffective prints the configuration in force, secrets redacted.
func printEffective(w io.Writer, c config.Config) error {
	for _, p := range []*string{&c.IMAP.Password, &c.SMTP.Password} {
		if *p != "" {
			*p = "(redacted)"
		}
	}
	return toml.NewEncoder(w).Encode(c)
}

func cmdDemo(args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	dir := fs.String("dir", "demo-data", "directory for the demo database and raw messages")
	stay := fs.Bool("stay", false, "keep running (IMAP on loopback) after the samples are processed")
	if err := parseFlags(fs, args); err != nil {
		return err
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
	cfg.Log.Level = "warn"
	a, err := openWith(cfg, newLogger(cfg.Log, os.Stderr))
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
	w := intake.NewWatcher(imapConfig(cfg.IMAP, demo.Password), a.pipe, a.store, a.log)
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
	if err := cmdQueue([]string{"list", "-db", cfg.Store.Path}); err != nil {
		return err
	}
	fmt.Printf("\nSMTP sink received %d messages.\n", len(sink.Messages()))
	fmt.Printf("\nLook closer:\n  go run ./cmd/lerd queue show %s -db %s\n  go run ./cmd/lerd queue list -db %s -json\n",
		reqs[0].Ref, cfg.Store.Path, cfg.Store.Path)
	if *stay {
		fmt.Printf("\nlerd keeps watching %s (user %s, password %s); Ctrl-C to stop.\n", imapSrv.Addr, demo.Username, demo.Password)
		<-ctx.Done()
	}
	cancel()
	return <-done
}
