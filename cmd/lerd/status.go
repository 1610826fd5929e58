package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"lerd/internal/config"
	"lerd/internal/store"
)

// errUnhealthy makes `lerd status` exit 1 when it found a problem, so that
// monitoring can run it.
var errUnhealthy = errors.New("unhealthy")

// statusReport is `lerd status -json`.
type statusReport struct {
	Healthy  bool     `json:"healthy"`
	Problems []string `json:"problems"`
	store.Status
	store.Segments
	store.Health
	NotificationStatus
}

func cmdStatus(args []string) error {
	f := newFlags("status", "[-config FILE] [-db FILE] [-json]",
		"Say what is wrong, if anything: the last error of each component (imap, triage,\n"+
			"smtp), triage stuck on a message, intake stalled (last IMAP pass older than\n"+
			"imap.stalled_after_polls poll intervals, 2 by default), triage behind. Then the\n"+
			"last IMAP pass per mailbox, messages waiting for triage, requests and replies by\n"+
			"state, pending timers, spool files a crash left, raw segments and the team's\n"+
			"notifications (by state, and the last ten). Exits 1 when unhealthy, for monitoring.")
	cfgPath, db := storeFlags(f.FlagSet)
	asJSON := f.Bool("json", false, "print JSON")
	_, a, err := f.parseOpen(args, 0, 0, cfgPath, db)
	if err != nil {
		return err
	}
	defer a.Close()
	ctx := context.Background()
	var rep statusReport
	if rep.Status, err = a.store.Status(ctx); err != nil {
		return err
	}
	if rep.Segments, err = a.store.Segments(ctx); err != nil {
		return err
	}
	if rep.Health, err = a.store.Health(); err != nil {
		return err
	}
	if rep.NotificationStatus, err = readNotificationStatus(ctx, a.store); err != nil {
		return err
	}
	rep.Problems = diagnose(a.cfg, rep.Status, rep.Health, time.Now())
	rep.Healthy = len(rep.Problems) == 0
	if *asJSON {
		if err := printJSON(rep); err != nil {
			return err
		}
	} else {
		printStatus(rep)
	}
	if !rep.Healthy {
		return fmt.Errorf("%w: %s", errUnhealthy, strings.Join(rep.Problems, "; "))
	}
	return nil
}

// diagnose lists what is wrong, each as one line an operator can act on.
func diagnose(cfg config.Config, st store.Status, h store.Health, now time.Time) []string {
	var out []string
	names := make([]string, 0, len(h.Components))
	for name := range h.Components {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c := h.Components[name]
		if c.Failing() {
			out = append(out, fmt.Sprintf("%s: %s since %s: %s", name, problemOf(name, c.LastError), c.LastErrorAt, c.LastError))
		}
		if c.Busy != "" {
			out = append(out, fmt.Sprintf("%s stuck on %s since %s", name, c.Busy, c.BusySince))
		}
	}
	for _, mailbox := range cfg.IMAP.Watched() {
		if cfg.IMAP.Address == "" {
			break
		}
		limit := cfg.IMAP.StalledAfter()
		var last *store.MailboxStatus
		for i := range st.Mailboxes {
			if st.Mailboxes[i].Mailbox == mailbox {
				last = &st.Mailboxes[i]
			}
		}
		switch {
		case last == nil:
			out = append(out, fmt.Sprintf("intake stalled: no IMAP pass over %s recorded", mailbox))
		default:
			at, err := time.Parse(time.RFC3339Nano, last.LastPass)
			if err != nil || now.Sub(at) > limit {
				out = append(out, fmt.Sprintf("intake stalled: last IMAP pass over %s at %s, more than %v ago (%d poll intervals)", last.Mailbox, last.LastPass, limit, cfg.IMAP.StalledAfterPolls))
			}
		}
	}
	if st.Stats.Pending > 0 {
		limit := 2 * cfg.IMAP.PollInterval.Duration
		if at, err := time.Parse(time.RFC3339Nano, st.Stats.OldestPending); err == nil && now.Sub(at) > limit {
			out = append(out, fmt.Sprintf("triage behind: %d messages waiting, the oldest stored at %s", st.Stats.Pending, st.Stats.OldestPending))
		}
	}
	return out
}

// problemOf names a component's error the way an operator thinks of it.
func problemOf(component, err string) string {
	e := strings.ToLower(err)
	switch {
	case strings.Contains(e, "no space left"):
		return "disk full"
	case strings.Contains(e, "database is locked") || strings.Contains(e, "database table is locked"):
		return "database locked"
	case strings.Contains(e, "read-only") || strings.Contains(e, "permission denied"):
		return "cannot write"
	case component == store.ComponentIMAP && (strings.Contains(e, "login") || strings.Contains(e, "authenticat")):
		return "IMAP login failing"
	case component == store.ComponentIMAP && (strings.Contains(e, "not answering") || strings.Contains(e, "timeout") || strings.Contains(e, "silent")):
		return "IMAP server not answering"
	case component == store.ComponentIMAP && strings.Contains(e, "dial"):
		return "IMAP server unreachable"
	case component == store.ComponentSMTP:
		return "SMTP failing"
	}
	return "failing"
}

func printStatus(rep statusReport) {
	st, segs := rep.Status, rep.Segments
	if rep.Healthy {
		fmt.Println("healthy")
	} else {
		fmt.Println("UNHEALTHY:")
		for _, p := range rep.Problems {
			fmt.Println("  " + oneLine(p))
		}
	}
	for _, m := range st.Mailboxes {
		fmt.Printf("mailbox %s: last pass %s, last UID %d (UIDVALIDITY %d)\n", m.Mailbox, m.LastPass, m.LastUID, m.UIDValidity)
	}
	if len(st.Mailboxes) == 0 {
		fmt.Println("no IMAP pass recorded yet")
	}
	fmt.Printf("messages: %d (%d duplicates, %d malformed, %d oversize), %d waiting for triage\n",
		st.Stats.Messages, st.Stats.Duplicates, st.Stats.Malformed, st.Stats.Oversize, st.Stats.Pending)
	fmt.Printf("requests: %d%s; emergencies not decided: %d\n", st.Stats.Requests, byState(st.RequestsBy), st.EmergencyOpen)
	fmt.Printf("replies: %d%s; pending timers: %d\n", sum(st.RepliesBy), byState(st.RepliesBy), st.PendingTimers)
	for _, name := range []string{store.ComponentIMAP, store.ComponentTriage, store.ComponentSMTP} {
		c, ok := rep.Components[name]
		if !ok {
			continue
		}
		line := fmt.Sprintf("%s: last ok %s", name, orDash(c.LastOKAt))
		if c.LastError != "" {
			line += fmt.Sprintf(", last error %s: %s", c.LastErrorAt, c.LastError)
		}
		fmt.Println(oneLine(line))
	}
	if c := rep.SpoolCleanup; c != nil {
		fmt.Printf("spool files left by a crash in raw/tmp: %d (%d bytes) removed at %s\n", c.Files, c.Bytes, c.At)
	}
	fmt.Printf("raw segments: %d, %d unreferenced\n", segs.Count, len(segs.Unreferenced))
	for _, f := range segs.Unreferenced {
		fmt.Printf("  unreferenced (left by a crash before its commit; the messages were stored again, safe to delete): %s\n", f)
	}
	rep.NotificationStatus.print(os.Stdout)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
