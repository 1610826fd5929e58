package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"lerd/internal/responder"
)

func cmdQueueNote(args []string) error {
	f, cfgPath, db := queueFlags("note", "-text TEXT [-actor NAME] REF",
		"Add an internal note to a request's audit trail (event note). Notes are for the team\n"+
			"and never sent; the review page shows them too.")
	text := f.String("text", "", "the note (required)")
	actor := actorFlag(f)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*text) == "" {
		return fmt.Errorf("%w: lerd queue note: -text is required: the note", errUsage)
	}
	if err := checkActor("note", *actor); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.store.AddNote(context.Background(), pos[0], *actor, *text); err != nil {
		return err
	}
	fmt.Printf("%s: note added by %s\n", pos[0], oneLine(*actor))
	return nil
}

func cmdQueueAssign(args []string) error {
	f, cfgPath, db := queueFlags("assign", "[-actor NAME] REF NAME|-",
		"Assign a request to a reviewer (- for nobody), recorded in its audit trail (event\n"+
			"assigned). With web.users_file set, NAME must be one of its reviewers.")
	actor := actorFlag(f)
	pos, err := f.parse(args, 2, 2)
	if err != nil {
		return err
	}
	to := strings.TrimSpace(pos[1])
	if to == "-" {
		to = ""
	}
	if to == "" && pos[1] != "-" || strings.ContainsFunc(to, func(r rune) bool { return r <= ' ' || r == ':' || r == 0x7f }) {
		return fmt.Errorf("%w: lerd queue assign: NAME %q is no reviewer's name (use - for nobody)", errUsage, pos[1])
	}
	if err := checkActor("assign", *actor); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	if a.cfg.Web.UsersFile != "" && to != "" {
		users, err := loadUsers(a.cfg.Web.UsersFile)
		if err != nil {
			return err
		}
		if _, ok := users[to]; !ok {
			return fmt.Errorf("%w: lerd queue assign: no reviewer %q in %s", errUsage, to, a.cfg.Web.UsersFile)
		}
	}
	if err := a.store.Assign(context.Background(), pos[0], *actor, to); err != nil {
		return err
	}
	if to == "" {
		fmt.Printf("%s: unassigned\n", pos[0])
		return nil
	}
	fmt.Printf("%s: assigned to %s\n", pos[0], to)
	return nil
}

func cmdQueueReply(args []string) error {
	f, cfgPath, db := queueFlags("reply", "-body-file FILE [-key KEY] [-actor NAME] REF",
		"Write a reply in your own words to the agency of a request, through the outbox: to the\n"+
			"sender's verified (authenticated From) address only, never a Reply-To, threaded to its\n"+
			"latest message, held for review like its other replies when the sender is not verified.\n"+
			"The same text (or -key) to the same request is written once: running the command again\n"+
			"sends nothing more.")
	bodyFile := f.String("body-file", "", "file holding the reply's text, UTF-8 (- for standard input; required)")
	key := f.String("key", "", "idempotency key (default: the text's SHA-256, so the same text is sent once)")
	actor := actorFlag(f)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if *bodyFile == "" {
		return fmt.Errorf("%w: lerd queue reply: -body-file is required: the file with the reply's text", errUsage)
	}
	if err := checkActor("reply", *actor); err != nil {
		return err
	}
	var text []byte
	if *bodyFile == "-" {
		text, err = io.ReadAll(io.LimitReader(os.Stdin, 1<<20))
	} else {
		text, err = os.ReadFile(*bodyFile)
	}
	if err != nil {
		return fmt.Errorf("%w: lerd queue reply: %v", errUsage, err)
	}
	k := strings.TrimSpace(*key)
	if k == "" {
		k = responder.TextKey(string(text))
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	w, err := a.pipe.Replies.Reply(context.Background(), a.store, pos[0], *actor, string(text), k, true)
	if errors.Is(err, responder.ErrBadText) {
		return fmt.Errorf("%w: lerd queue reply: %v", errUsage, err)
	}
	if err != nil {
		return err
	}
	if !w.New {
		fmt.Printf("%s: this reply was written before <%s>; nothing written again\n", pos[0], w.MessageID)
		return nil
	}
	fmt.Printf("%s: %s <%s>\n", pos[0], responder.LetterEvent("reply", w.Reply), w.MessageID)
	return nil
}
