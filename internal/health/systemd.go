package health

import (
	"context"
	"log/slog"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"

	"lerd/internal/logkey"
)

// Notifier tells systemd how lerd serve is doing, for a unit of
// Type=notify (sd_notify: one datagram to $NOTIFY_SOCKET per message):
// READY=1 once it is ready, WATCHDOG=1 while it makes progress, STOPPING=1
// when it begins to stop. Without $NOTIFY_SOCKET (not started by systemd)
// it does nothing.
type Notifier struct {
	Log *slog.Logger
}

func (n Notifier) send(state string) {
	if _, err := daemon.SdNotify(false, state); err != nil && n.Log != nil {
		n.Log.Warn("systemd notification not sent", logkey.SdNotify, state, logkey.Err, err)
	}
}

// Ready says the service is up (READY=1), with status as its STATUS=.
func (n Notifier) Ready(status string) { n.send(daemon.SdNotifyReady + "\nSTATUS=" + status) }

// Status sets the status line systemctl status shows.
func (n Notifier) Status(status string) { n.send("STATUS=" + status) }

// Stopping says the service is stopping (STOPPING=1).
func (n Notifier) Stopping() { n.send(daemon.SdNotifyStopping + "\nSTATUS=stopping") }

// Watchdog feeds systemd's watchdog (WatchdogSec=, seen as $WATCHDOG_USEC)
// until ctx ends: WATCHDOG=1 every third of the watchdog period while
// alive says the process makes progress, nothing while it does not, so
// that systemd ends a hung lerd (with SIGABRT, which makes Go print every
// goroutine's stack to the journal) and restarts it. It returns at once
// when no watchdog is configured for this process.
func (n Notifier) Watchdog(ctx context.Context, alive func() error) {
	period, err := daemon.SdWatchdogEnabled(false)
	if err != nil && n.Log != nil {
		n.Log.Warn("systemd watchdog setting unreadable; not fed", logkey.Err, err)
	}
	if period <= 0 {
		return
	}
	t := time.NewTicker(max(period/3, 10*time.Millisecond))
	defer t.Stop()
	starved := false
	for {
		if err := alive(); err != nil {
			if !starved && n.Log != nil {
				n.Log.Error("no progress: systemd's watchdog is no longer fed and will restart lerd", logkey.Err, err, logkey.Watchdog, period)
			}
			starved = true
		} else {
			if starved && n.Log != nil {
				n.Log.Info("progress again: systemd's watchdog fed")
			}
			starved = false
			n.send(daemon.SdNotifyWatchdog)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
