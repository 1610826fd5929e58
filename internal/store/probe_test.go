package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProbeWrite: the probe passes on a store that takes writes and
// leaves it as it was; it fails while another process holds the
// database's write lock and when the raw directory cannot take a file.
func TestProbeWrite(t *testing.T) {
	tests := []struct {
		name    string
		break_  func(t *testing.T, s *Store)
		wantErr string
	}{
		{"writable", func(*testing.T, *Store) {}, ""},
		{"database write-locked by another process", func(t *testing.T, s *Store) {
			other, err := sql.Open("sqlite3", "file:"+s.Path()+"?_txlock=immediate")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			tx, err := other.Begin()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { tx.Rollback() })
		}, "database is locked"},
		{"raw directory unusable", func(t *testing.T, s *Store) {
			tmp := filepath.Join(s.rawDir, "tmp")
			if err := os.RemoveAll(tmp); err != nil {
				t.Fatal(err)
			}
			// A file where the directory was: no file can be made in it,
			// root or not.
			if err := os.WriteFile(tmp, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}, "not a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			// One connection: the probe's, whose busy timeout must be
			// restored when it goes back to the pool.
			s.db.SetMaxOpenConns(1)
			tt.break_(t, s)
			// Shorter than the store's busy timeout, so a locked database
			// fails here rather than after ten seconds.
			ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
			defer cancel()
			err := s.ProbeWrite(ctx)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("probe failed: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("probe: %v, want an error saying %q", err, tt.wantErr)
			}
			if tt.wantErr != "" {
				return
			}
			// Nothing left behind: no table, no file, no short timeout.
			var ms int
			if err := s.db.QueryRow(`PRAGMA busy_timeout`).Scan(&ms); err != nil || ms != int(busyTimeout.Milliseconds()) {
				t.Errorf("busy timeout after the probe: %d ms (%v), want %d", ms, err, busyTimeout.Milliseconds())
			}
			var n int
			if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'lerd_write_probe'`).Scan(&n); err != nil || n != 0 {
				t.Errorf("probe table left in the schema (%d, %v)", n, err)
			}
			if left, _ := os.ReadDir(filepath.Join(s.rawDir, "tmp")); len(left) != 0 {
				t.Errorf("probe left %d files in raw/tmp", len(left))
			}
		})
	}
}

// TestGauges: requests by state, replies by state, open emergencies and
// the oldest open request, as a decision and a new message change them.
func TestGauges(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	clock := t0
	s.now = func() time.Time { return clock }
	oldestEmergency := newTestRequest(t, s, "a@pd.example.gov", true)
	clock = t0.Add(time.Hour)
	newTestRequest(t, s, "b@pd.example.gov", true)
	clock = t0.Add(2 * time.Hour)
	newTestRequest(t, s, "c@pd.example.gov", false)

	g, err := s.Gauges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g.RequestsBy["needs_review"] != 3 || g.RepliesBy["held"] != 3 || g.EmergenciesUndecided != 2 || !g.OldestUndecided.Equal(t0) || g.AwaitingTriage != 0 {
		t.Fatalf("before: %+v", g)
	}

	// The oldest emergency is decided; a message arrives and waits.
	if err := s.Decide(ctx, oldestEmergency, "ann", OutcomeNoRecords, "", noPlan); err != nil {
		t.Fatal(err)
	}
	sp, err := s.SpoolRaw(strings.NewReader("waiting"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveBatch(ctx, []NewMessage{{Spool: sp, Origin: Origin{Source: "t"}, Status: StatusParsed}}); err != nil {
		t.Fatal(err)
	}
	g, err = s.Gauges(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g.RequestsBy["needs_review"] != 2 || g.RequestsBy["decided"] != 1 || g.EmergenciesUndecided != 1 ||
		!g.OldestUndecided.Equal(t0.Add(time.Hour)) || g.AwaitingTriage != 1 {
		t.Fatalf("after: %+v", g)
	}
}
