package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"lerd/internal/config"
	"lerd/internal/logkey"
	"lerd/internal/review"
)

func cmdWebPasswd(args []string) error {
	f := newFlags("web passwd", "NAME < PASSWORD",
		"Read a password (at least 12 characters) on standard input and print the users_file\n"+
			"line for NAME (PBKDF2-SHA256, 600,000 rounds).")
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if strings.ContainsAny(pos[0], ": \t") || pos[0] == "" {
		return fmt.Errorf("%w: lerd web passwd: NAME %q may not contain a colon or white space", errUsage, pos[0])
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("read password: %w", err)
	}
	pw := strings.TrimRight(line, "\r\n")
	if len(pw) < 12 {
		return fmt.Errorf("%w: use a password of at least 12 characters", errUsage)
	}
	hash, err := review.HashPassword(pw)
	if err != nil {
		return err
	}
	fmt.Printf("%s:%s\n", pos[0], hash)
	return nil
}

// startWeb serves the review page until ctx ends, and healthz (when not
// nil) on /healthz without a login; it returns the address it listens on.
func startWeb(ctx context.Context, a *app, users review.Users, web config.Web, healthz http.Handler) (string, func(), error) {
	cert, key := web.TLSCert, web.TLSKey
	proxies, err := web.ProxyPrefixes()
	if err != nil {
		return "", nil, fmt.Errorf("web: trusted_proxies: %w", err)
	}
	loc, err := web.Location()
	if err != nil {
		return "", nil, fmt.Errorf("web: time_zone: %w", err)
	}
	srv, err := review.New(review.Options{
		Store: a.store, Users: users, Log: a.log.With(logkey.Component, "review"), SecureCookie: cert != "",
		IdleTimeout: web.IdleTimeout.Duration, TrustedProxies: proxies, Location: loc, DueSoon: a.cfg.Notify.DueSoon.Duration,
		Decide: func(ctx context.Context, ref, actor, decision, note string) (string, error) {
			return decide(ctx, a, ref, actor, decision, note)
		},
		Letters: a.pipe.Replies,
	})
	if err != nil {
		return "", nil, err
	}
	var h http.Handler = srv
	if healthz != nil {
		mux := http.NewServeMux()
		mux.Handle("/healthz", healthz)
		mux.Handle("/", srv)
		h = mux
	}
	return listenAndServe(ctx, a, "web", web.Listen, h, cert, key)
}

// listenAndServe serves h on listen (HTTPS when cert is set) until ctx
// ends or stop is called; it returns the address it listens on.
func listenAndServe(ctx context.Context, a *app, name, listen string, h http.Handler, cert, key string) (string, func(), error) {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", name, err)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		var err error
		if cert != "" {
			err = hs.ServeTLS(ln, cert, key)
		} else {
			err = hs.Serve(ln)
		}
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("http server stopped", logkey.Server, name, logkey.Err, err)
		}
	}()
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
		<-done
	}
	go func() { <-ctx.Done(); stop() }()
	return ln.Addr().String(), stop, nil
}

// loadUsers reads the users file named in the configuration.
func loadUsers(path string) (review.Users, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	defer f.Close()
	return review.ParseUsers(f)
}
