package main

import (
	"context"
	"fmt"
	"time"

	"lerd/internal/evidence"
)

// cmdExport writes a request's evidence for counsel: raw messages,
// attachments, replies, decisions and audit trail, with a manifest of
// SHA-256s.
func cmdExport(args []string) error {
	f := newFlags("export", "[-config FILE] [-db FILE] REF DIR",
		"Write the request's raw messages (checked against their SHA-256), attachments, replies,\n"+
			"decisions and audit trail into DIR (new or empty), with manifest.json and SHA256SUMS.")
	cfgPath, db := storeFlags(f.FlagSet)
	pos, a, err := f.parseOpen(args, 2, 2, cfgPath, db)
	if err != nil {
		return err
	}
	defer a.Close()
	man, err := evidence.Export(context.Background(), a.store, pos[0], pos[1], time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d files written to %s (SHA-256s in manifest.json and SHA256SUMS)\n", pos[0], len(man.Files)+2, oneLine(pos[1]))
	return nil
}
