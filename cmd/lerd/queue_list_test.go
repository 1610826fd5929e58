package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lerd/internal/config"
	"lerd/internal/store"
)

// testApp opens an app over a fresh database and ingests corpus cases
// through its pipeline, each at its own time; it returns their references.
func testApp(t *testing.T, cases []string, at []time.Time) (*app, []string) {
	t.Helper()
	cfg := config.Default()
	cfg.Store.Path = filepath.Join(t.TempDir(), "lerd.db")
	a, err := openWith(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), openIngest)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	var refs []string
	for i, c := range cases {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", c+".eml"))
		if err != nil {
			t.Fatal(err)
		}
		a.store.SetClock(func() time.Time { return at[i] })
		out, err := a.pipe.Ingest(context.Background(), bytes.NewReader(raw), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs = append(refs, out.Ref)
	}
	return a, refs
}

func TestQueueListSortsSearchesFilters(t *testing.T) {
	d := func(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, time.UTC) }
	a, refs := testApp(t, []string{"001-fbi-subpoena-pdf", "021-content-with-subpoena-only", "030-fbi-emergency-kidnapping"}, []time.Time{d(1, 9), d(2, 9), d(3, 9)})
	a.cfg.Web.TimeZone = "America/New_York"
	plain, stated, emergency := refs[0], refs[1], refs[2]
	now := d(20, 12) // the 14 days of the second request ran out on the 16th
	run := func(args ...string) (string, error) {
		fs := flag.NewFlagSet("queue list", flag.ContinueOnError)
		f := listFlags(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		err := f.run(context.Background(), &out, a, now)
		return out.String(), err
	}
	out, err := run()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[1], emergency) || !strings.HasPrefix(lines[2], stated) || !strings.HasPrefix(lines[3], plain) {
		t.Fatalf("want emergency, overdue, then the rest:\n%s", out)
	}
	for _, want := range []string{"RECEIVED (America/New_York)", "2026-12-02 04:00 EST", "18d 3h", "2026-12-16 04:00 EST OVERDUE", "now (emergency)", "1–3 of 3 open requests"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"-q", "209D-WF-3381924"}, []string{plain}},
		{[]string{"-emergency"}, []string{emergency}},
		{[]string{"-view", "overdue", "-json"}, []string{emergency, stated}},
		{[]string{"-state", "decided"}, nil},
		{[]string{"-limit", "1", "-page", "3", "-json"}, []string{plain}},
	} {
		out, err := run(append(tc.args, "-json")...)
		if err != nil {
			t.Fatal(err)
		}
		var page []struct {
			Ref string `json:"ref"`
			Due string `json:"due"`
		}
		if err := json.Unmarshal([]byte(out), &page); err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, out)
		}
		var got []string
		for _, r := range page {
			got = append(got, r.Ref)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%v: got %v, want %v", tc.args, got, tc.want)
		}
	}
	if _, err := run("-view", "someday"); !errors.Is(err, errUsage) {
		t.Errorf("bad -view: %v, want a usage error", err)
	}
}

func TestStatusShowsNotifications(t *testing.T) {
	a, refs := testApp(t, []string{"030-fbi-emergency-kidnapping"}, []time.Time{time.Now()})
	ctx := context.Background()
	if _, err := a.store.AddNotification(ctx, store.Notification{Kind: store.NotifyEmergency, Key: refs[0], Channel: "webhook", RequestRef: refs[0], Summary: "emergency request\nfrom x"}); err != nil {
		t.Fatal(err)
	}
	ns, err := readNotificationStatus(ctx, a.store)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	ns.print(&out)
	if !strings.HasPrefix(out.String(), "notifications: 1 (pending 1)\n") || !strings.Contains(out.String(), `pending emergency by webhook: emergency request\nfrom x`) {
		t.Errorf("status:\n%s", out.String())
	}
}

func TestReportCommand(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2026, 11, day, 9, 0, 0, 0, time.UTC) }
	a, _ := testApp(t, []string{"001-fbi-subpoena-pdf", "009-german-federal-police-no-mlat", "020-bounce-dsn"}, []time.Time{d(2), d(3), d(4)})
	var out bytes.Buffer
	if err := runReport(context.Background(), &out, a, "2026-11-01", "2026-11-30", "csv"); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"2026-11-01,2026-11-30,total,requests,2", "2026-11-01,2026-11-30,total,not_requests,1", "2026-11-01,2026-11-30,by_country,DE,1", "2026-11-01,2026-11-30,by_outcome,rejected,1"} {
		if !strings.Contains(out.String(), line+"\n") {
			t.Errorf("report lacks %q:\n%s", line, out.String())
		}
	}
	for _, bad := range [][3]string{{"2026-11-01", "", "text"}, {"November", "2026-11-30", "text"}, {"2026-11-30", "2026-11-01", "text"}, {"2026-11-01", "2026-11-30", "pdf"}} {
		if err := runReport(context.Background(), &out, a, bad[0], bad[1], bad[2]); !errors.Is(err, errUsage) {
			t.Errorf("%v: %v, want a usage error", bad, err)
		}
	}
}
