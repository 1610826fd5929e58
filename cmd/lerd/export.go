package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"lerd/internal/evidence"
)

// cmdExport writes a request's evidence for counsel: raw messages,
// attachments, replies, decisions and audit trail, with a manifest of
// SHA-256s.
func cmdExport(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	cfgPath := configFlag(fs)
	db := fs.String("db", "", "database file (overrides store.path)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: lerd export [-config FILE] [-db FILE] REF DIR\n\nWrites the request's raw messages, attachments, replies, decisions and audit trail\ninto DIR (new or empty), with manifest.json and SHA256SUMS.")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("%w: lerd export REF DIR", errUsage)
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	man, err := evidence.Export(context.Background(), a.store, pos[0], pos[1], time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d files written to %s (SHA-256s in manifest.json and SHA256SUMS)\n", pos[0], len(man.Files)+2, pos[1])
	return nil
}
