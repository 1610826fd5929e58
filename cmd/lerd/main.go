// Command lerd is the law-enforcement request daemon: it watches the
// law-enforcement mailbox over IMAP, stores every request with its raw bytes
// in SQLite, triages the sender and the request, applies the provider's
// policy and keeps the compliance team's queue.
//
// Usage: lerd <command> [flags]; `lerd help` lists the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

var version = "dev"

// command is one subcommand.
type command struct {
	name     string
	synopsis string
	run      func(args []string) error
}

// errUsage marks a command-line mistake; lerd exits 2 on it, as systemd's
// RestartPreventExitStatus expects for errors a restart cannot fix.
var errUsage = errors.New("usage")

func commands() []command {
	return []command{
		{"serve", "watch the IMAP mailbox and process requests until stopped", cmdServe},
		{"ingest", "ingest .eml files, directories and mbox files through the pipeline", cmdIngest},
		{"queue", "list, show and decide requests in the compliance queue", cmdQueue},
		{"export", "write a request's raw messages, attachments, replies and audit trail to a directory", cmdExport},
		{"status", "show intake, triage, reply and timer state (is intake still fetching?)", cmdStatus},
		{"triage", "triage one .eml file and print the result in the label schema", cmdTriage},
		{"eval", "score triage and policy on a directory of labelled cases", cmdEval},
		{"config", "check the configuration file (lerd config check)", cmdConfig},
		{"templates", "render every reply template against sample data (lerd templates check)", cmdTemplates},
		{"web", "make a login for the review page (lerd web passwd NAME < password)", cmdWeb},
		{"backup", "copy the database and the raw files it references into a directory, with a checked manifest", cmdBackup},
		{"restore", "restore a backup into a new, empty store and verify it", cmdRestore},
		{"verify", "check that every stored message's raw bytes are present and match their SHA-256", cmdVerify},
		{"migrate", "upgrade the database to this lerd's schema, after backing the store up", cmdMigrate},
		{"demo", "run lerd against an in-process IMAP server with sample requests", cmdDemo},
		{"version", "print the version", func([]string) error { fmt.Println("lerd", version); return nil }},
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: lerd <command> [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(os.Stderr, "  %-8s %s\n", c.name, c.synopsis)
	}
	fmt.Fprintln(os.Stderr, "\nRun 'lerd <command> -h' for a command's flags.")
}

func main() {
	if len(os.Args) < 2 || os.Args[1] == "help" || os.Args[1] == "-h" || os.Args[1] == "--help" {
		usage()
		if len(os.Args) < 2 {
			os.Exit(2)
		}
		return
	}
	for _, c := range commands() {
		if c.name != os.Args[1] {
			continue
		}
		err := c.run(os.Args[2:])
		switch {
		case err == nil:
			return
		case errors.Is(err, flag.ErrHelp):
			return
		case errors.Is(err, errUsage):
			fmt.Fprintln(os.Stderr, "lerd:", err)
			os.Exit(2)
		default:
			fmt.Fprintln(os.Stderr, "lerd:", err)
			os.Exit(1)
		}
	}
	fmt.Fprintf(os.Stderr, "lerd: unknown command %q\n", os.Args[1])
	usage()
	os.Exit(2)
}
