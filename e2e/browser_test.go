//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/review"
	"lerd/internal/store"
)

// TestReviewPageBrowser drives the review page in a real headless Chromium:
// log in, find an emergency at the top of the queue, open a request, record
// a decision, and see it in the audit trail.
func TestReviewPageBrowser(t *testing.T) {
	t.Parallel()
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium not installed (make deps-e2e installs it): %v", err)
	}
	p := pipelinetest.New(t, 1<<20, nil)
	st := p.Store
	refs := map[string]string{}
	for _, c := range []string{"001-fbi-subpoena-pdf", "030-fbi-emergency-kidnapping", "005-lookalike-fbi-gov-us"} {
		out, err := p.Ingest(context.Background(), bytes.NewReader(corpus(t, c)), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs[c] = out.Ref
	}
	hash, _ := review.HashPassword("browser-test-password")
	srv, err := review.New(review.Options{Store: st, Users: review.Users{"reviewer": hash}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Decide: func(ctx context.Context, ref, actor, decision, note string) (string, error) {
			return "", st.Decide(ctx, ref, actor, decision, note, func(*store.Request) (store.DecisionPlan, error) { return store.DecisionPlan{}, nil })
		}})
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewServer(srv)
	defer web.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox, chromedp.Headless,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	err = chromedp.Do(ctx,
		chromedp.Navigate(web.URL+"/"),
		chromedp.WaitVisible("#user"),
		chromedp.SendKeys("#user", "reviewer"),
		chromedp.SendKeys("#password", "browser-test-password"),
		chromedp.Submit("#password"),
		chromedp.WaitVisible("#queue"),
	)
	if err != nil {
		t.Fatalf("log in: %v", err)
	}
	firstRow, err := chromedp.Run(ctx, chromedp.Text("#queue tbody tr:first-child"))
	if err != nil {
		t.Fatalf("queue: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(`a[href="/r/`+refs["001-fbi-subpoena-pdf"]+`"]`),
		chromedp.WaitVisible("#produced"),
		chromedp.SendKeys(`input[name="note"]`, "records sent by courier"),
		chromedp.Click("#produced"),
		chromedp.WaitVisible("#flash"),
	)
	if err != nil {
		t.Fatalf("decide: %v", err)
	}
	state, err1 := chromedp.Run(ctx, chromedp.Text("#state"))
	audit, err2 := chromedp.Run(ctx, chromedp.Text("#audit"))
	shot, err3 := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstRow, refs["030-fbi-emergency-kidnapping"]) || !strings.Contains(firstRow, "EMERGENCY") {
		t.Errorf("emergency not at the top of the queue: %q", firstRow)
	}
	if state != "decided" || !strings.Contains(audit, "review_produced") || !strings.Contains(audit, "reviewer") || !strings.Contains(audit, "records sent by courier") {
		t.Errorf("decision not recorded: state %q, audit %q", state, audit)
	}
	if out := os.Getenv("LERD_SCREENSHOT"); out != "" {
		os.WriteFile(out, shot, 0o644)
	}
}
