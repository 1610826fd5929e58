package main

import (
	"cmp"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"slices"
	"strings"

	"lerd/internal/config"
	"lerd/internal/pipeline"
	"lerd/internal/responder"
	"lerd/templates"
)

// configError is every problem of a configuration that lerd serve would
// not start with, each naming its line and key; exit 2.
type configError struct {
	path string
	errs []error
}

func (e *configError) Error() string {
	src := e.path
	if src == "" {
		src = "built-in defaults"
	}
	var b strings.Builder
	if len(e.errs) == 1 {
		fmt.Fprintf(&b, "config %s: %v", src, e.errs[0])
		return b.String()
	}
	fmt.Fprintf(&b, "config %s: %d problems:", src, len(e.errs))
	for _, err := range e.errs {
		fmt.Fprintf(&b, "\n  %v", err)
	}
	return b.String()
}

// Is makes a configuration error a usage error (exit 2).
func (e *configError) Is(target error) bool { return target == errUsage }

// checkConfig loads the configuration at path and checks everything lerd
// serve needs from it: the file's keys and values, the sign-in secrets and
// the files it names (config.CheckServe), the users file, the metrics
// token, the TLS key pair, the notices CSV, the rules, and the reply
// templates, each rendered with sample data. Every problem is reported at once, by line, as a
// *configError.
func checkConfig(path string) (config.Config, error) {
	cfg, ok, err := config.LoadAll(path)
	if !ok {
		// Not decoded: a syntax error, a wrong type, no such file.
		return cfg, fmt.Errorf("%w: %v", errUsage, err)
	}
	errs := flatten(err)
	errs = append(errs, cfg.CheckServe()...)
	failed := func(key string) bool {
		return slices.ContainsFunc(errs, func(e error) bool {
			var fe *config.FieldError
			return errors.As(e, &fe) && fe.Field == key
		})
	}
	if c := cfg.Web; c.Listen != "" && c.UsersFile != "" && !failed("web.users_file") {
		if _, err := loadUsers(c.UsersFile); err != nil {
			errs = append(errs, cfg.KeyError("web.users_file", err))
		}
	}
	if c := cfg.Web; c.MetricsListen != "" && c.MetricsTokenFile != "" && !failed("web.metrics_token_file") {
		if _, err := readToken(c.MetricsTokenFile); err != nil {
			errs = append(errs, cfg.KeyError("web.metrics_token_file", err))
		}
	}
	if c := cfg.Web; (c.Listen != "" || c.MetricsListen != "") && c.TLSCert != "" && c.TLSKey != "" && !failed("web.tls_cert") && !failed("web.tls_key") {
		if _, err := tls.LoadX509KeyPair(c.TLSCert, c.TLSKey); err != nil {
			errs = append(errs, cfg.KeyError("web.tls_cert", err))
		}
	}
	if c := cfg.Notices; c.Lookup == "csv" && c.CSVPath != "" && !failed("notices.csv_path") {
		if _, err := (responder.CSVLookup{Path: c.CSVPath}).Holders(context.Background(), ""); err != nil {
			errs = append(errs, cfg.KeyError("notices.csv_path", err))
		}
	}
	var p *pipeline.Pipeline
	if !failed("triage.rules_dir") {
		if p, err = newPipeline(withTemplates(cfg, ""), nil); err != nil {
			errs = append(errs, cfg.KeyError("triage.rules_dir", err))
		}
	}
	if !failed("smtp.templates_dir") {
		tpl, err := responder.LoadTemplates(templates.FS(cfg.SMTP.TemplatesDir))
		errs = append(errs, flattenAs(cfg, "smtp.templates_dir", err)...)
		if tpl != nil && p == nil {
			// The rules did not load: render with the embedded policy.
			if p, err = newPipeline(config.Default(), nil); err != nil {
				return cfg, err
			}
		}
		if tpl != nil {
			_, err := tpl.RenderSamples(p.Policy, nil)
			errs = append(errs, flattenAs(cfg, "smtp.templates_dir", err)...)
		}
	}
	if len(errs) == 0 {
		return cfg, nil
	}
	// By line; those without one (a key not in the file) last.
	slices.SortStableFunc(errs, func(a, b error) int {
		return cmp.Compare(lineKey(a), lineKey(b))
	})
	return cfg, &configError{path: path, errs: errs}
}

// withTemplates is cfg reading its templates from dir ("" embedded), so
// that the rules are checked apart from the templates.
func withTemplates(cfg config.Config, dir string) config.Config {
	cfg.SMTP.TemplatesDir = dir
	return cfg
}

// flatten undoes errors.Join.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// flattenAs is flatten with every error tied to key.
func flattenAs(cfg config.Config, key string, err error) []error {
	var out []error
	for _, e := range flatten(err) {
		out = append(out, cfg.KeyError(key, e))
	}
	return out
}

func lineKey(err error) int {
	var fe *config.FieldError
	if errors.As(err, &fe) && fe.Line > 0 {
		return fe.Line
	}
	return 1 << 30
}
