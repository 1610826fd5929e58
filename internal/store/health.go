package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"
)

// Component names for Report.
const (
	ComponentIMAP   = "imap"
	ComponentTriage = "triage"
	ComponentSMTP   = "smtp"
)

// ComponentHealth is the last error and the last success of one part of
// lerd, as the process running it reported them.
type ComponentHealth struct {
	LastError   string `json:"last_error,omitempty"`
	LastErrorAt string `json:"last_error_at,omitempty"`
	LastOKAt    string `json:"last_ok_at,omitempty"`
	// Busy says what the component has been working on for long (triage
	// on one message), and since when; empty when it is not.
	Busy      string `json:"busy,omitempty"`
	BusySince string `json:"busy_since,omitempty"`
}

// Failing reports whether the last report was an error.
func (c ComponentHealth) Failing() bool { return c.LastErrorAt != "" && c.LastErrorAt > c.LastOKAt }

// SpoolCleanup is what Open removed from raw/tmp: spool and segment files
// a crash left behind (their messages were fetched and stored again).
type SpoolCleanup struct {
	At    string `json:"at"`
	Files int    `json:"files"`
	Bytes int64  `json:"bytes"`
}

// Health is what `lerd status` reads of the running processes.
type Health struct {
	Components   map[string]ComponentHealth `json:"components"`
	SpoolCleanup *SpoolCleanup              `json:"spool_cleanup,omitempty"`
}

// healthSize is the fixed size of the health file. It is written in place,
// padded with spaces: once created it needs no new disk blocks, so the
// error "no space left on device" can itself be recorded, and a locked
// database does not stop it either.
const healthSize = 16 << 10

// healthFile is the health record beside the database.
func (s *Store) healthFile() string { return s.path + ".health" }

// healthMu serialises this process's writers; flock serialises processes.
var healthMu sync.Mutex

// Report records the outcome of a component's latest attempt: err, or
// success when err is nil. Successes are written at most every ten seconds
// per component unless they clear an error. The intake watcher, the triage
// worker and (for `lerd status`) the responder call it; a failure to write
// is returned but must not stop the caller.
func (s *Store) Report(component string, err error) error {
	now := s.now()
	if err == nil {
		s.reportMu.Lock()
		last, failing := s.lastOK[component], s.failing[component]
		if !failing && now.Sub(last) < 10*time.Second {
			s.reportMu.Unlock()
			return nil
		}
		s.lastOK[component] = now
		delete(s.failing, component)
		s.reportMu.Unlock()
	} else {
		s.reportMu.Lock()
		s.failing[component] = true
		s.reportMu.Unlock()
	}
	return s.updateHealth(func(h *Health) {
		c := h.Components[component]
		if err != nil {
			c.LastError, c.LastErrorAt = err.Error(), stampOf(now)
			if len(c.LastError) > 2000 {
				c.LastError = c.LastError[:2000]
			}
		} else {
			c.LastOKAt = stampOf(now)
		}
		h.Components[component] = c
	})
}

// Busy records that component is working on what (since now); Busy with
// an empty what clears it. The triage worker calls it for a message that
// takes long, so `lerd status` can say where it is stuck.
func (s *Store) Busy(component, what string) error {
	now := s.now()
	return s.updateHealth(func(h *Health) {
		c := h.Components[component]
		c.Busy, c.BusySince = what, ""
		if what != "" {
			c.BusySince = stampOf(now)
		}
		h.Components[component] = c
	})
}

func stampOf(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// Health reads the health record; an absent one is empty.
func (s *Store) Health() (Health, error) {
	f, err := os.Open(s.healthFile())
	if errors.Is(err, os.ErrNotExist) {
		return Health{Components: map[string]ComponentHealth{}}, nil
	}
	if err != nil {
		return Health{}, fmt.Errorf("store: health: %w", err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
		return Health{}, fmt.Errorf("store: health: lock: %w", err)
	}
	return readHealth(f)
}

func readHealth(f *os.File) (Health, error) {
	h := Health{Components: map[string]ComponentHealth{}}
	buf := make([]byte, healthSize)
	n, _ := f.ReadAt(buf, 0)
	if err := json.Unmarshal(buf[:n], &h); err != nil && n > 0 {
		return h, fmt.Errorf("store: health %s: %w", f.Name(), err)
	}
	if h.Components == nil {
		h.Components = map[string]ComponentHealth{}
	}
	return h, nil
}

// updateHealth changes the record under an exclusive lock and writes it
// back in place.
func (s *Store) updateHealth(change func(*Health)) error {
	healthMu.Lock()
	defer healthMu.Unlock()
	f, err := os.OpenFile(s.healthFile(), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("store: health: %w", err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("store: health: lock: %w", err)
	}
	h, _ := readHealth(f) // a damaged record is replaced
	change(&h)
	b, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("store: health: %w", err)
	}
	if len(b) > healthSize {
		return fmt.Errorf("store: health record of %d bytes exceeds %d", len(b), healthSize)
	}
	buf := make([]byte, healthSize)
	copy(buf, b)
	for i := len(b); i < len(buf); i++ {
		buf[i] = ' '
	}
	if _, err := f.WriteAt(buf, 0); err != nil {
		return fmt.Errorf("store: health: %w", err)
	}
	return nil
}
