// Command lerd is the law-enforcement request daemon: it watches the
// law-enforcement mailbox over IMAP, stores every request with its raw bytes
// in SQLite, triages the sender and the request, applies the provider's
// policy and keeps the compliance team's queue.
//
// Usage: lerd <command> [flags]; `lerd help` lists the commands.
package main

import "os"

var version = "dev"

func commands() []command {
	return []command{
		{name: "serve", synopsis: "watch the IMAP mailbox and process requests until stopped", run: cmdServe},
		{name: "ingest", synopsis: "ingest .eml files, directories and mbox files through the pipeline", run: cmdIngest},
		{name: "queue", synopsis: "list, show and decide requests in the compliance queue", subs: queueCommands()},
		{name: "export", synopsis: "write a request's raw messages, attachments, replies and audit trail to a directory", run: cmdExport},
		{name: "status", synopsis: "show intake, triage, reply and timer state (is intake still fetching?)", run: cmdStatus},
		{name: "report", synopsis: "transparency-report counts for a period (-from DATE -to DATE, text, csv or json)", run: cmdReport},
		{name: "triage", synopsis: "triage one .eml file and print the result in the label schema", run: cmdTriage},
		{name: "eval", synopsis: "score triage and policy on a directory of labelled cases", run: cmdEval},
		{name: "config", synopsis: "check the configuration file", subs: []command{
			{name: "check", synopsis: "validate the configuration and the rules; print the effective configuration", run: cmdConfigCheck}}},
		{name: "templates", synopsis: "check the reply templates", subs: []command{
			{name: "check", synopsis: "render every reply template against sample data", run: cmdTemplatesCheck}}},
		{name: "web", synopsis: "logins for the review page", subs: []command{
			{name: "passwd", synopsis: "read a password on standard input and print the users_file line for NAME", run: cmdWebPasswd}}},
		{name: "backup", synopsis: "copy the database and the raw files it references into a directory, with a checked manifest", run: cmdBackup},
		{name: "restore", synopsis: "restore a backup into a new, empty store and verify it", run: cmdRestore},
		{name: "verify", synopsis: "check that every stored message's raw bytes are present and match their SHA-256", run: cmdVerify},
		{name: "migrate", synopsis: "upgrade the database to this lerd's schema, after backing the store up", run: cmdMigrate},
		{name: "demo", synopsis: "run lerd against an in-process IMAP server with sample requests", run: cmdDemo},
		{name: "version", synopsis: "print the version (also lerd --version)", run: cmdVersion},
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "extract" {
		// lerd's own plumbing (mailparse.Sandbox's child), not listed.
		cmdExtract(os.Args[2:])
		return
	}
	os.Exit(runMain(os.Args[1:]))
}
