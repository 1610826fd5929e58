package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSpoolCleanup: spool files a crash left in raw/tmp are removed when
// the store opens and counted, with their bytes, in Cleaned and in the
// health record; while another process has the store open, only old ones
// go, since young ones may be its spools in flight.
func TestSpoolCleanup(t *testing.T) {
	dir := t.TempDir()
	db, raw := filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw")
	s, err := Open(db, raw)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	leave := func(name string, size int, age time.Duration) string {
		p := filepath.Join(raw, "tmp", name)
		if err := os.WriteFile(p, make([]byte, size), 0o600); err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(-age)
		os.Chtimes(p, at, at)
		return p
	}
	leave("spool-1", 1000, 0)
	leave("seg-2", 2000, 0)
	s, err = Open(db, raw)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Cleaned.Files != 2 || s.Cleaned.Bytes != 3000 {
		t.Fatalf("cleaned %+v, want 2 files of 3000 bytes", s.Cleaned)
	}
	h, err := s.Health()
	if err != nil || h.SpoolCleanup == nil || h.SpoolCleanup.Files != 2 || h.SpoolCleanup.Bytes != 3000 {
		t.Fatalf("health %+v, %v", h.SpoolCleanup, err)
	}
	// s stays open: a second opener must leave the young spool alone.
	young := leave("spool-young", 10, 0)
	old := leave("spool-old", 20, 2*staleSpool)
	s2, err := Open(db, raw)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := os.Stat(young); err != nil {
		t.Errorf("young spool of a running process removed: %v", err)
	}
	if _, err := os.Stat(old); err == nil || s2.Cleaned.Files != 1 {
		t.Errorf("old spool kept (cleaned %+v)", s2.Cleaned)
	}
}

// TestReport: errors and successes per component, written in place, read
// back by another Store (as `lerd status` does); a success after an error
// clears it, successes in a row are not rewritten.
func TestReport(t *testing.T) {
	s := openTest(t)
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return now })
	other, err := Open(s.Path(), filepath.Join(filepath.Dir(s.Path()), "raw"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	for _, step := range []struct {
		component string
		err       error
		failing   bool
	}{
		{ComponentIMAP, nil, false},
		{ComponentIMAP, errors.New("imap: login as x: NO [AUTHENTICATIONFAILED]"), true},
		{ComponentTriage, errors.New("database is locked"), true},
		{ComponentIMAP, nil, false},
	} {
		now = now.Add(time.Second)
		if err := s.Report(step.component, step.err); err != nil {
			t.Fatal(err)
		}
		h, err := other.Health()
		if err != nil {
			t.Fatal(err)
		}
		if got := h.Components[step.component].Failing(); got != step.failing {
			t.Fatalf("after %s %v: failing %v, want %v (%+v)", step.component, step.err, got, step.failing, h.Components)
		}
	}
	fi, _ := os.Stat(s.healthFile())
	if fi.Size() != healthSize {
		t.Fatalf("health file of %d bytes, want %d (written in place)", fi.Size(), healthSize)
	}
}
