package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"lerd/internal/logkey"
	teamnotify "lerd/internal/notify"
	"lerd/internal/store"
)

// newNotifier builds the team's notifier from notify.* (nil when neither
// a team address nor a webhook is configured). E-mail goes through smtp.*,
// and not in dry-run mode, which is for replies to agencies.
func newNotifier(a *app) (*teamnotify.Notifier, error) {
	c := a.cfg.Notify
	if c.TeamAddress == "" && c.WebhookURL == "" {
		return nil, nil
	}
	loc, err := a.cfg.Web.Location()
	if err != nil {
		return nil, fmt.Errorf("web.time_zone: %w", err)
	}
	n := &teamnotify.Notifier{Store: a.store, TeamAddress: c.TeamAddress, From: a.cfg.ReplyFrom(), WebhookURL: c.WebhookURL,
		HTTP: &http.Client{Timeout: 10 * time.Second}, DueSoon: c.DueSoon.Duration, StalledAfter: c.StalledAfter.Duration,
		Loc: loc, Now: time.Now, Log: a.log.With(logkey.Component, "notify")}
	if c.TeamAddress != "" {
		if a.cfg.SMTP.Address == "" {
			return nil, fmt.Errorf("notify.team_address is set but smtp.address is not: the notices could not be sent")
		}
		s, err := newSender(a)
		if err != nil {
			return nil, err
		}
		n.Mail = s
	}
	return n, nil
}

// startNotifier runs the notifier in workers, woken by each triaged
// message (then = the hook it chains to); it returns the new hook.
func startNotifier(ctx context.Context, a *app, workers *sync.WaitGroup, then func(int)) (func(int), error) {
	n, err := newNotifier(a)
	if err != nil || n == nil {
		return then, err
	}
	wake := make(chan struct{}, 1)
	workers.Go(func() { n.Run(ctx, wake, time.Minute) })
	componentLog(a.log, "serve").Info("notifications on", logkey.TeamAddress, a.cfg.Notify.TeamAddress, logkey.Webhook, a.cfg.Notify.WebhookURL != "")
	return func(k int) {
		if then != nil {
			then(k)
		}
		notify(wake)
	}, nil
}

// NotificationStatus (exported, so that the JSON contract reaches its
// fields when embedded) is what `lerd status` shows of the team's notices.
type NotificationStatus struct {
	ByState map[string]int `json:"notifications_by_state"`
	// Recent are the last ten, newest first.
	Recent []store.Notification `json:"recent_notifications"`
}

func readNotificationStatus(ctx context.Context, st *store.Store) (NotificationStatus, error) {
	by, err := st.NotificationsByState(ctx)
	if err != nil {
		return NotificationStatus{}, err
	}
	recent, err := st.Notifications(ctx, 10)
	return NotificationStatus{ByState: by, Recent: recent}, err
}

func (ns NotificationStatus) print(w io.Writer) {
	fmt.Fprintf(w, "notifications: %d%s\n", sum(ns.ByState), byState(ns.ByState))
	for _, n := range ns.Recent {
		at := n.SentAt
		if at == "" {
			at = n.CreatedAt
		}
		line := fmt.Sprintf("  %s %s %s by %s: %s", at, n.State, n.Kind, n.Channel, n.Summary)
		if n.LastError != "" && n.State != store.NotificationSent {
			line += " (" + n.LastError + ")"
		}
		fmt.Fprintln(w, truncate(line, 200))
	}
}
