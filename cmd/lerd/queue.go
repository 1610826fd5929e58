package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"slices"
	"strings"

	"lerd/internal/callback"
	"lerd/internal/policy"
	"lerd/internal/store"
)

func queueCommands() []command {
	return []command{
		{name: "list", synopsis: "open work by urgency then age, or closed work; search and filters", run: cmdQueueList},
		{name: "show", synopsis: "one request: triage, reasons, evidence, messages, replies, timers, audit trail", run: cmdQueueShow},
		{name: "decide", synopsis: "record the compliance team's decision, which closes the request", run: cmdQueueDecide},
		{name: "verify", synopsis: "record a call-back to the agency on a number not taken from the e-mail", run: cmdQueueVerify},
		{name: "release", synopsis: "send a request's replies held for review", run: func(args []string) error { return cmdQueueHeld(args, true) }},
		{name: "discard", synopsis: "never send a request's replies held for review", run: func(args []string) error { return cmdQueueHeld(args, false) }},
		{name: "note", synopsis: "add an internal note to a request's audit trail (never sent)", run: cmdQueueNote},
		{name: "assign", synopsis: "assign a request to a reviewer (- for nobody)", run: cmdQueueAssign},
		{name: "reply", synopsis: "write a reply to the agency through the outbox, threaded, once, to its verified address", run: cmdQueueReply},
		{name: "add-sender", synopsis: "let authenticated mail from ADDRESS join the request", run: cmdQueueAddSender},
	}
}

// queueFlags starts a queue subcommand's flags with -config and -db.
func queueFlags(name, args, about string) (f *flags, cfgPath, db *string) {
	f = newFlags("queue "+name, "[-config FILE] [-db FILE] "+args, about)
	cfgPath, db = storeFlags(f.FlagSet)
	return f, cfgPath, db
}

// actorFlag is who records a change in the audit trail.
func actorFlag(f *flags) *string {
	return f.String("actor", defaultActor(), "who records the change in the audit trail (default: $SUDO_USER, else $USER; required)")
}

// checkActor refuses a change nobody would answer for in the audit trail.
func checkActor(name, actor string) error {
	if strings.TrimSpace(actor) == "" {
		return fmt.Errorf("%w: lerd queue %s: who does this? -actor is empty and neither $SUDO_USER nor $USER is set", errUsage, name)
	}
	return nil
}

func cmdQueueShow(args []string) error {
	f, cfgPath, db := queueFlags("show", "[-json] REF",
		"Print one request: its triage with evidence, reasons with their rules, messages with\n"+
			"attachments, replies, timers and audit trail.")
	asJSON := f.Bool("json", false, "print JSON")
	pos, a, err := f.parseOpen(args, 1, 1, cfgPath, db)
	if err != nil {
		return err
	}
	defer a.Close()
	ctx := context.Background()
	d, err := a.store.GetRequest(ctx, pos[0])
	if err != nil {
		return err
	}
	var rec policy.Record
	_ = json.Unmarshal([]byte(d.TriageJSON), &rec)
	replies, err := a.store.Replies(ctx, d.Ref)
	if err != nil {
		return err
	}
	timers, err := a.store.Deadlines(ctx, d.Ref)
	if err != nil {
		return err
	}
	dir, err := agencies(a)
	if err != nil {
		return err
	}
	calls, err := a.store.Verifications(ctx, d.Ref)
	if err != nil {
		return err
	}
	check := callbackCheck(dir, d)
	if *asJSON {
		return printJSON(struct {
			*store.RequestDetail
			Triage        *policy.Record       `json:"triage,omitempty"`
			Replies       []store.OutboxRow    `json:"replies"`
			Deadlines     []store.Deadline     `json:"deadlines"`
			Callback      callback.Check       `json:"callback"`
			Verifications []store.Verification `json:"verifications"`
		}{d, recOrNil(d.TriageJSON, &rec), replies, timers, check, calls})
	}
	printRequest(os.Stdout, d, &rec, replies, timers)
	printCallback(os.Stdout, check, store.NeedsCallback(&d.Request), calls)
	return nil
}

func cmdQueueDecide(args []string) error {
	f, cfgPath, db := queueFlags("decide", "[-note TEXT] [-actor NAME] REF produced|partially_produced|no_records|declined|withdrawn|not_a_request",
		"Record the compliance team's decision on a request, which closes it. produced and\n"+
			"partially_produced look up the account holder and send, schedule or hold the subscriber\n"+
			"notice, and need a confirmed call-back for an emergency or a first-time sender.\n"+
			"declined needs -note, the reason the agency is told in a decline letter (threaded, to the\n"+
			"verified address, held where its replies are held); changing a decision needs a note too.")
	note := f.String("note", "", "note recorded with the decision")
	actor := actorFlag(f)
	pos, err := f.parse(args, 2, 2)
	if err != nil {
		return err
	}
	if !slices.Contains(store.Outcomes, pos[1]) {
		return fmt.Errorf("%w: lerd queue decide: the decision is one of %s, not %q", errUsage, strings.Join(store.Outcomes, ", "), pos[1])
	}
	if err := checkActor("decide", *actor); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	planned, err := decide(context.Background(), a, pos[0], *actor, pos[1], *note)
	if err != nil {
		return err
	}
	fmt.Printf("%s: recorded %s", pos[0], pos[1])
	if planned != "" {
		fmt.Printf("; %s", planned)
	}
	fmt.Println()
	return nil
}

// cmdQueueHeld releases (sends) or discards a request's held replies.
func cmdQueueHeld(args []string, release bool) error {
	name, about := "discard", "Never send the request's replies held for review."
	if release {
		name, about = "release", "Send the request's replies held for review, after the sender was verified out of band."
	}
	f, cfgPath, db := queueFlags(name, "[-actor NAME] REF", about)
	actor := actorFlag(f)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if err := checkActor(name, *actor); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	n, err := a.store.ReleaseHeld(context.Background(), pos[0], *actor, release)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d held replies %sd\n", pos[0], n, name)
	return nil
}

func cmdQueueAddSender(args []string) error {
	f, cfgPath, db := queueFlags("add-sender", "[-actor NAME] REF ADDRESS",
		"Record ADDRESS, verified out of band, as a sender of the request: its authenticated\n"+
			"mail then joins the request.")
	actor := actorFlag(f)
	pos, err := f.parse(args, 2, 2)
	if err != nil {
		return err
	}
	if err := checkActor("add-sender", *actor); err != nil {
		return err
	}
	if a, err := mail.ParseAddress(pos[1]); err != nil || a.Address != strings.TrimSpace(pos[1]) {
		return fmt.Errorf("%w: lerd queue add-sender REF ADDRESS: %q is not a bare e-mail address", errUsage, pos[1])
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.store.AddSender(context.Background(), pos[0], pos[1], *actor); err != nil {
		return err
	}
	fmt.Printf("%s: authenticated mail from %s now joins this request\n", pos[0], oneLine(strings.ToLower(strings.TrimSpace(pos[1]))))
	return nil
}
