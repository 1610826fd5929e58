package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"
	_ "time/tzdata" // web.time_zone works without the system's zone files

	"lerd/internal/deadline"
	"lerd/internal/store"
)

// cmdQueueList is `lerd queue list`: open work by urgency then age, or
// closed work, searched and filtered.
func cmdQueueList(args []string) error {
	f, cfgPath, db := queueFlags("list", "[-q TEXT] [-state S] [-decision D] [-process P] [-emergency] [-closed] [-view overdue|due_soon] [-page N] [-limit N] [-json]",
		"List open work, most urgent first (emergencies, overdue, due soon, due later, no due date), oldest first within each; or closed work with -closed. Times are in web.time_zone.")
	lf := listFlags(f.FlagSet)
	if _, err := f.parse(args, 0, 0); err != nil {
		return err
	}
	a, err := openApp(*cfgPath, *db, openExisting)
	if err != nil {
		return err
	}
	defer a.Close()
	return lf.run(context.Background(), os.Stdout, a, time.Now())
}

type queueListFlags struct {
	text, state, decision, process, view, assignee *string
	emergency, closed, json                        *bool
	page, limit                                    *int
}

func listFlags(fs *flag.FlagSet) *queueListFlags {
	return &queueListFlags{
		text:      fs.String("q", "", "search sender, agency, reference, case number, identifiers and text"),
		state:     fs.String("state", "", "only this state (open, needs_review, decided, closed)"),
		decision:  fs.String("decision", "", "only lerd's decision (acknowledge, needs_info, reject, ignore)"),
		process:   fs.String("process", "", "only requests with this legal process (subpoena, court_order, search_warrant, preservation, …)"),
		view:      fs.String("view", "", "overdue, or due_soon (within notify.due_soon)"),
		assignee:  fs.String("assignee", "", "only requests assigned to this reviewer (- for the unassigned)"),
		emergency: fs.Bool("emergency", false, "only emergencies"),
		closed:    fs.Bool("closed", false, "closed work (decided or closed) instead of open work"),
		json:      fs.Bool("json", false, "print JSON"),
		page:      fs.Int("page", 1, "page number"),
		limit:     fs.Int("limit", 50, "requests per page"),
	}
}

func (f *queueListFlags) run(ctx context.Context, w io.Writer, a *app, now time.Time) error {
	if *f.view != "" && *f.view != store.ViewOverdue && *f.view != store.ViewDueSoon {
		return fmt.Errorf("%w: -view %q: want overdue or due_soon", errUsage, *f.view)
	}
	if *f.page < 1 || *f.limit < 1 {
		return fmt.Errorf("%w: -page and -limit must be at least 1", errUsage)
	}
	loc, err := a.cfg.Web.Location()
	if err != nil {
		return fmt.Errorf("%w: web.time_zone: %v", errUsage, err)
	}
	q := store.QueueQuery{Text: *f.text, Closed: *f.closed, State: *f.state, Decision: *f.decision, Process: *f.process, Assignee: *f.assignee,
		View: *f.view, Now: now, DueSoon: a.cfg.Notify.DueSoon.Duration, Limit: *f.limit, Offset: (*f.page - 1) * *f.limit}
	if *f.emergency {
		q.Emergency = f.emergency
	}
	if err := deadline.Refresh(ctx, a.store, loc); err != nil {
		return err
	}
	page, err := a.store.Queue(ctx, q)
	if err != nil {
		return err
	}
	if *f.json {
		// One page of requests, as a list (the count is in the text
		// output; a script pages with -page until a page is empty).
		return printJSONTo(w, page.Items)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "REF\tRECEIVED (%s)\tAGE\tDUE\tSTATE\tDECISION\tSENDER\tSUBJECT\n", loc)
	for _, it := range page.Items {
		dec := it.Decision
		if it.Outcome != "" {
			dec = it.Outcome + " (lerd: " + it.Decision + ")"
		}
		if it.Emergency {
			dec = "EMERGENCY " + dec
		}
		if it.Notice != "" {
			dec += ", notice " + it.Notice
		}
		due := deadline.Local(it.Due, loc)
		switch {
		case it.DueKind == store.DueEmergency:
			due = "now (emergency)"
		case due == "":
			due = "-"
		case !*f.closed && it.Urgency == store.UrgencyOverdue:
			due += " OVERDUE"
		case !*f.closed && it.Urgency == store.UrgencyDueSoon:
			due += " due soon"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.Ref, deadline.Local(it.CreatedAt, loc), deadline.Age(it.CreatedAt, now),
			due, oneLine(it.State), oneLine(dec), oneLine(it.Sender), truncate(it.Subject, 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	kind := "open"
	if *f.closed {
		kind = "closed"
	}
	fmt.Fprintf(w, "%d–%d of %d %s requests\n", min(q.Offset+1, page.Total), q.Offset+len(page.Items), page.Total, kind)
	return nil
}
