// Package pipelinetest builds real pipelines for tests: a SQLite store in
// the test's temporary directory, the embedded rules and, when asked, the
// embedded reply templates.
package pipelinetest

import (
	"path/filepath"
	"testing"
	"time"

	"lerd/internal/pipeline"
	"lerd/internal/responder"
	"lerd/internal/store"
	"lerd/internal/triage"
	"lerd/rules"
	"lerd/templates"
)

// Mailbox is the law-enforcement address the test pipelines serve; the
// corpus is addressed to it and its MTA is mx.provider.test.
const Mailbox = "law-enforcement@provider.test"

// New returns a pipeline over a fresh store that is closed when the test
// ends. now, if not nil, is the store's clock.
func New(t testing.TB, maxBytes int64, now func() time.Time) *pipeline.Pipeline {
	t.Helper()
	st := Store(t)
	if now != nil {
		st.SetClock(now)
	}
	p, err := pipeline.New(st, rules.FS(""), pipeline.Options{Triage: triage.Options{AuthservID: "mx.provider.test", Mailbox: Mailbox, TrustMicrosoft365: true, TrustGoogle: true, ProviderName: "Provider"}, MaxBytes: maxBytes})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Store opens a fresh store in the test's temporary directory, closed
// when the test ends.
func Store(t testing.TB) *store.Store {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "lerd.db"), filepath.Join(dir, "raw"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// WithReplies adds a reply planner with the embedded templates, replying
// from Mailbox, to p, and returns it.
func WithReplies(t testing.TB, p *pipeline.Pipeline, now func() time.Time) *responder.Planner {
	t.Helper()
	tpl, err := responder.LoadTemplates(templates.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	if now == nil {
		now = time.Now
	}
	p.Replies = &responder.Planner{Templates: tpl, Provider: "Provider", From: Mailbox, PreservationDays: p.Policy.PreservationDays, Now: now}
	return p.Replies
}
