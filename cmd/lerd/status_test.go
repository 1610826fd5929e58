package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/store"
)

// TestStatusSaysWhatIsWrong runs `lerd status` on a real database after
// what the running lerd would have recorded: each fault is named, and the
// command fails (exit 1) exactly when something is wrong.
func TestStatusSaysWhatIsWrong(t *testing.T) {
	for _, tt := range []struct {
		name string
		// passAge is how long ago the last IMAP pass was; negative: none.
		passAge time.Duration
		setup   func(s *store.Store)
		want    []string // problems, by substring; none: healthy
	}{
		{"healthy", time.Second, nil, nil},
		{"intake stalled", 3 * time.Minute, nil, []string{"intake stalled"}},
		{"never ran", -1, nil, []string{"intake stalled: no IMAP pass"}},
		{"imap login", time.Second, func(s *store.Store) {
			s.Report(store.ComponentIMAP, errors.New("imap: login as law-enforcement@provider.test: NO [AUTHENTICATIONFAILED] Authentication failed."))
		}, []string{"imap: IMAP login failing"}},
		{"disk full", time.Second, func(s *store.Store) {
			s.Report(store.ComponentIMAP, errors.New("imap: commit 3 messages: store: write segment: no space left on device"))
		}, []string{"imap: disk full"}},
		{"database locked", time.Second, func(s *store.Store) {
			s.Report(store.ComponentTriage, errors.New("pipeline: message 7: database is locked"))
		}, []string{"triage: database locked", "message 7"}},
		{"smtp refusing", time.Second, func(s *store.Store) {
			s.Report(store.ComponentSMTP, errors.New("reply 4: 554 5.7.1 relay denied"))
		}, []string{"smtp: SMTP failing", "554 5.7.1"}},
		{"triage stuck", time.Second, func(s *store.Store) { s.Busy(store.ComponentTriage, "message 42") }, []string{"triage stuck on message 42"}},
		{"error cleared", time.Second, func(s *store.Store) {
			s.Report(store.ComponentIMAP, errors.New("imap: dial: connection refused"))
			time.Sleep(10 * time.Millisecond)
			s.Report(store.ComponentIMAP, nil)
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "lerd.db")
			cfg := filepath.Join(dir, "lerd.toml")
			os.WriteFile(cfg, []byte("[imap]\naddress = \"imap.provider.test:993\"\nusername = \"u\"\npoll_interval = \"1m\"\n"), 0o600)
			s, err := store.Open(db, filepath.Join(dir, "raw"))
			if err != nil {
				t.Fatal(err)
			}
			if tt.passAge >= 0 {
				s.SetClock(func() time.Time { return time.Now().Add(-tt.passAge) })
				if err := s.SetCheckpoint(context.Background(), "INBOX", store.Checkpoint{UIDValidity: 1, LastUID: 3}); err != nil {
					t.Fatal(err)
				}
				s.SetClock(time.Now)
			}
			if tt.setup != nil {
				tt.setup(s)
			}
			s.Close()
			err = cmdStatus([]string{"-config", cfg, "-db", db, "-json"})
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("healthy store reported %v", err)
				}
				return
			}
			if !errors.Is(err, errUnhealthy) {
				t.Fatalf("status returned %v, want unhealthy", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("problems %q lack %q", err, w)
				}
			}
		})
	}
}

// TestStatusStalledAfterPolls: intake counts as stalled after
// imap.stalled_after_polls poll intervals without a pass, as /healthz
// does, not after a fixed two.
func TestStatusStalledAfterPolls(t *testing.T) {
	for _, tt := range []struct {
		polls   int
		stalled bool
	}{{2, true}, {4, false}} {
		dir := t.TempDir()
		db, cfg := filepath.Join(dir, "lerd.db"), filepath.Join(dir, "lerd.toml")
		os.WriteFile(cfg, []byte(fmt.Sprintf("[imap]\naddress = \"imap.provider.test:993\"\nusername = \"u\"\npoll_interval = \"1m\"\nstalled_after_polls = %d\n", tt.polls)), 0o600)
		s, err := store.Open(db, filepath.Join(dir, "raw"))
		if err != nil {
			t.Fatal(err)
		}
		s.SetClock(func() time.Time { return time.Now().Add(-3 * time.Minute) })
		if err := s.SetCheckpoint(context.Background(), "INBOX", store.Checkpoint{UIDValidity: 1, LastUID: 3}); err != nil {
			t.Fatal(err)
		}
		s.Close()
		err = cmdStatus([]string{"-config", cfg, "-db", db, "-json"})
		if got := err != nil && strings.Contains(err.Error(), "intake stalled"); got != tt.stalled {
			t.Errorf("stalled_after_polls = %d, last pass 3 minutes ago: status says %v, want stalled %v", tt.polls, err, tt.stalled)
		}
	}
}
