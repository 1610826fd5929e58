package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"lerd/internal/callback"
	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/rules"
)

// defaultActor is who records a decision from the command line: the user
// behind sudo, else the login user.
func defaultActor() string {
	if u := os.Getenv("SUDO_USER"); u != "" {
		return u
	}
	return os.Getenv("USER")
}

// agencies loads the call-back directory from the rules directory.
func agencies(a *app) (*callback.Directory, error) {
	d, err := callback.Load(rules.FS(a.cfg.Triage.RulesDir))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return d, nil
}

// callbackCheck compares the request's numbers with the directory's.
func callbackCheck(dir *callback.Directory, d *store.RequestDetail) callback.Check {
	var phones []string
	var rec policy.Record
	if d.TriageJSON != "" && json.Unmarshal([]byte(d.TriageJSON), &rec) == nil {
		phones = rec.Phones
	}
	_, dom, _ := strings.Cut(d.Sender, "@")
	return dir.Check(dom, phones)
}

// printCallback prints the call-back box of lerd queue show, every field
// on one printable line.
func printCallback(w io.Writer, c callback.Check, needed bool, vs []store.Verification) {
	o := oneLine
	if needed {
		fmt.Fprintln(w, "call-back: required before data or a held reply leaves (emergency, first-time sender or held reply)")
	}
	if c.Agency != nil {
		fmt.Fprintf(w, "call back at: %s (%s; directory source: %s)\n", o(c.Agency.Phone), o(c.Agency.Name), o(c.Agency.Source))
	} else {
		fmt.Fprintln(w, "call back at: AGENCY NOT IN THE DIRECTORY (rules/agencies.csv): look up its published number; never use the e-mail's")
	}
	fmt.Fprintf(w, "numbers in the e-mail: %s", o(strings.Join(c.EmailNumbers, ", ")))
	if c.Agency != nil && c.Differs {
		fmt.Fprint(w, "  DIFFER FROM THE DIRECTORY")
	}
	fmt.Fprintln(w)
	for _, v := range vs {
		fmt.Fprintf(w, "  called %s at %s by %s: %s %s\n", o(v.Number), o(v.CalledAt), o(v.Actor), o(v.Outcome), o(v.Note))
	}
}

// cmdQueueVerify records a call-back: lerd queue verify REF -number N
// -outcome confirmed|failed [-at TIME] [-note TEXT].
func cmdQueueVerify(args []string) error {
	f, cfgPath, db := queueFlags("verify", "-number N -outcome confirmed|failed [-at TIME] [-note TEXT] [-actor NAME] REF",
		"Record a call-back to the agency on a number not taken from the e-mail (its published\n"+
			"number, as in rules/agencies.csv). Releasing held replies, and recording produced for an\n"+
			"emergency or a first-time sender, need the latest call-back to be confirmed.")
	number := f.String("number", "", "the number called (required)")
	outcome := f.String("outcome", "", "confirmed or failed (required)")
	at := f.String("at", "", "when the call was made, RFC 3339 (default: now)")
	note := f.String("note", "", "whom you spoke to, what they said")
	actor := actorFlag(f)
	pos, err := f.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if *outcome != store.CallbackConfirmed && *outcome != store.CallbackFailed {
		return fmt.Errorf("%w: lerd queue verify: -outcome must be confirmed or failed", errUsage)
	}
	if strings.TrimSpace(*number) == "" {
		return fmt.Errorf("%w: lerd queue verify: -number is required: the number you called", errUsage)
	}
	if err := checkActor("verify", *actor); err != nil {
		return err
	}
	var calledAt time.Time
	if *at != "" {
		if calledAt, err = time.Parse(time.RFC3339, *at); err != nil {
			return fmt.Errorf("%w: lerd queue verify: -at: want RFC 3339 (2026-12-04T09:30:00-05:00): %v", errUsage, err)
		}
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	ctx := context.Background()
	dir, err := agencies(a)
	if err != nil {
		return err
	}
	ref := pos[0]
	d, err := a.store.GetRequest(ctx, ref)
	if err != nil {
		return err
	}
	if err := callbackCheck(dir, d).Validate(*number); err != nil {
		return fmt.Errorf("%w: lerd queue verify: refused: %v", errUsage, err)
	}
	if err := a.store.AddVerification(ctx, ref, store.Verification{Actor: *actor, Number: *number, Outcome: *outcome, Note: *note}, calledAt); err != nil {
		return err
	}
	fmt.Printf("%s: call-back on %s recorded: %s\n", ref, oneLine(*number), *outcome)
	return nil
}
