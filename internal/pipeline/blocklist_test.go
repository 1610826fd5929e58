package pipeline_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"lerd/internal/pipeline"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/store"
)

// TestBlocklist: mail from a blocklisted address or domain (subdomains
// included) goes to review flagged blocklisted with every reply held,
// whatever triage read, even mail lerd would ignore; other senders are
// untouched; a malformed entry is an error naming its line.
func TestBlocklist(t *testing.T) {
	bl, err := pipeline.LoadBlocklist(fstest.MapFS{pipeline.BlocklistFile: {Data: []byte(
		"# the team's list\nRThornton@FBI.gov   # caught once\nexample-mail-quota.com\n")}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	p := pipelinetest.New(t, 1<<20, nil)
	pipelinetest.WithReplies(t, p, nil)
	p.Blocklist = bl
	for _, tc := range []struct {
		corpus  string
		blocked bool
	}{
		{"001-fbi-subpoena-pdf", true},          // the address, in other case
		{"030-fbi-emergency-kidnapping", false}, // another FBI address
		{"025-spam-phishing", true},             // the domain; ignored mail too
		{"003-dea-admin-subpoena-html", false},
	} {
		t.Run(tc.corpus, func(t *testing.T) {
			out, err := p.Ingest(ctx, bytes.NewReader(pipelinetest.Corpus(t, tc.corpus)), store.Origin{Source: tc.corpus})
			if err != nil {
				t.Fatal(err)
			}
			d, err := p.Store.GetRequest(ctx, out.Ref)
			if err != nil {
				t.Fatal(err)
			}
			replies, _ := p.Store.Replies(ctx, out.Ref)
			held := !slices.ContainsFunc(replies, func(r store.OutboxRow) bool { return r.State != store.ReplyHeld })
			if got := slices.Contains(d.Flags, pipeline.FlagBlocklisted); got != tc.blocked {
				t.Fatalf("flags %v, want blocklisted %v", d.Flags, tc.blocked)
			}
			if tc.blocked && (d.State != pipeline.StateNeedsReview || !held || !slices.ContainsFunc(d.Events, func(e store.Event) bool {
				return strings.Contains(e.Detail, "sender on the blocklist (blocklist.txt: ")
			})) {
				t.Errorf("blocked sender: state %s, replies %+v, events %+v", d.State, replies, d.Events)
			}
			if !tc.blocked && tc.corpus == "003-dea-admin-subpoena-html" && (d.State != pipeline.StateOpen || held) {
				t.Errorf("sender not on the list: state %s, replies %+v", d.State, replies)
			}
		})
	}
	for _, bad := range []string{"two words.org\n", "@fbi.gov\n", "localhost\n", "a@b@c.org\n", "fbi..gov\n"} {
		if _, err := pipeline.LoadBlocklist(fstest.MapFS{pipeline.BlocklistFile: {Data: []byte("# ok\n" + bad)}}); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("entry %q: %v, want an error naming line 2", bad, err)
		}
	}
	if b, err := pipeline.LoadBlocklist(fstest.MapFS{}); err != nil {
		t.Errorf("no blocklist file: %v", err)
	} else if _, ok := b.Match("anyone@fbi.gov"); ok {
		t.Error("an empty blocklist blocks")
	}
}
