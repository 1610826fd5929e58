package main

import (
	"flag"
	"fmt"

	"lerd/internal/config"
	"lerd/internal/store"
)

// storeFlags registers -config and -db, the flags of the commands that
// work on the store alone.
func storeFlags(fs *flag.FlagSet) (cfgPath, db *string) {
	return configFlag(fs), fs.String("db", "", "database file (overrides store.path; raw files beside it)")
}

// storePaths loads the configuration and returns the database and raw
// directory it names, or -db and the raw directory beside it.
func storePaths(cfgPath, db string) (string, string, error) {
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return "", "", fmt.Errorf("%w: %v", errUsage, err)
	}
	if db != "" {
		cfg.Store.Path, cfg.Store.RawDir = db, ""
	}
	return cfg.Store.Path, cfg.Store.RawDirPath(), nil
}

// openStore opens a store, without the pipeline.
func openStore(cfgPath, db string, o store.OpenOptions) (*store.Store, error) {
	path, raw, err := storePaths(cfgPath, db)
	if err != nil {
		return nil, err
	}
	o.LerdVersion = version
	return store.OpenWith(path, raw, o)
}

func cmdMigrate(args []string) error {
	f := newFlags("migrate", "[-config FILE] [-db FILE]",
		"Upgrade the database to this lerd's schema. The store is first backed up beside the\n"+
			"database (DB.backup-vOLD-to-vNEW-TIME, raw files hard-linked where they can be); a\n"+
			"backup that fails or finds a damaged message stops the migration. lerd serve does\n"+
			"the same at start; no other command migrates. A database newer than this lerd is\n"+
			"refused.")
	cfgPath, db := storeFlags(f.FlagSet)
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	st, err := openStore(*cfgPath, *db, store.OpenOptions{Migrate: true})
	if err != nil {
		return err
	}
	defer st.Close()
	if up := st.Upgraded(); up != nil {
		fmt.Printf("%s: migrated from schema %d to %d; the store as it was is backed up in %s\n", st.Path(), up.From, up.To, up.Backup)
		return nil
	}
	v, err := st.SchemaVersion()
	if err != nil {
		return err
	}
	fmt.Printf("%s: schema %d is current; nothing to migrate\n", st.Path(), v)
	return nil
}

func cmdBackup(args []string) error {
	f := newFlags("backup", "[-config FILE] [-db FILE] DIR",
		"Copy the database (SQLite's online backup: one consistent snapshot, while lerd serve runs)\n"+
			"and the raw files its messages point at into DIR, a new or empty directory, with\n"+
			"manifest.json listing every file's SHA-256; every file is read back and every\n"+
			"message verified. Exit 1 names any message whose raw bytes are missing or damaged.")
	cfgPath, db := storeFlags(f.FlagSet)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	st, err := openStore(*cfgPath, *db, store.OpenOptions{ReadOlder: true})
	if err != nil {
		return err
	}
	defer st.Close()
	ctx, cancel := signalContext()
	defer cancel()
	m, rep, err := st.Backup(ctx, pos[0], store.BackupOptions{LerdVersion: version})
	if err != nil {
		return err
	}
	var bytes int64
	for _, f := range m.Files {
		bytes += f.Size
	}
	fmt.Printf("backup written to %s: database (schema %d) and %d raw files, %d bytes, read back and checked\n",
		pos[0], m.SchemaVersion, len(m.Files)-1, bytes)
	return reportVerify(rep, "in the backup (and the store)")
}

func cmdRestore(args []string) error {
	f := newFlags("restore", "[-config FILE] [-db NEW.db] BACKUP_DIR",
		"Restore a backup made by lerd backup into a new store: the database to -db (else\n"+
			"store.path), which must not exist, the raw files into the raw directory beside it\n"+
			"(else store.raw_dir), which must be empty. Every file is checked against the\n"+
			"manifest and every message verified; on a mismatch nothing is left behind.")
	cfgPath, db := storeFlags(f.FlagSet)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	path, raw, err := storePaths(*cfgPath, *db)
	if err != nil {
		return err
	}
	ctx, cancel := signalContext()
	defer cancel()
	rep, err := store.Restore(ctx, pos[0], path, raw)
	if err != nil {
		return err
	}
	fmt.Printf("restored %s into %s (raw files in %s)\n", pos[0], path, raw)
	return reportVerify(rep, "in the restored store (the backup lacks them)")
}

func cmdVerify(args []string) error {
	f := newFlags("verify", "[-config FILE] [-db FILE] [-json]",
		"Check the database file (SQLite's integrity check) and read every stored message's\n"+
			"raw bytes, wherever they are kept, against the SHA-256 recorded at intake.\n"+
			"Exit 1 names every message whose bytes are missing or differ.")
	cfgPath, db := storeFlags(f.FlagSet)
	asJSON := f.Bool("json", false, "print JSON")
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	st, err := openStore(*cfgPath, *db, store.OpenOptions{ReadOlder: true})
	if err != nil {
		return err
	}
	defer st.Close()
	ctx, cancel := signalContext()
	defer cancel()
	rep, err := st.Verify(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := printJSON(rep); err != nil {
			return err
		}
		return verifyError(rep, "")
	}
	return reportVerify(rep, "")
}

// reportVerify prints what Verify found and returns an error (exit 1) if
// anything was wrong.
func reportVerify(rep store.VerifyReport, where string) error {
	for _, line := range rep.Database {
		fmt.Printf("database: %s\n", line)
	}
	for _, d := range rep.Damaged {
		fmt.Println(d)
	}
	if rep.OK() {
		fmt.Printf("verified %d messages (%d bytes): every raw message present and matching its SHA-256\n", rep.Messages, rep.Bytes)
	}
	return verifyError(rep, where)
}

// verifyError is the error (exit 1) for a report that found something
// wrong, nil for a clean one.
func verifyError(rep store.VerifyReport, where string) error {
	if rep.OK() {
		return nil
	}
	if where != "" {
		where = " " + where
	}
	return fmt.Errorf("%d of %d messages missing or damaged%s, %d database problems", len(rep.Damaged), rep.Messages, where, len(rep.Database))
}
