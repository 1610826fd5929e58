//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/quotedprintable"
	"net/http/httptest"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"lerd/internal/callback"
	"lerd/internal/pipeline/pipelinetest"
	"lerd/internal/responder"
	"lerd/internal/review"
	"lerd/internal/store"
)

// TestReviewPageBrowser drives the review page in a real headless Chromium,
// the "done when": log in, find an emergency at the top of the
// queue and an overdue request (received 20 days ago, "within 14 days")
// right below it, above newer work; find a request by its case number;
// open the subpoena PDF inline and download the raw message with the
// SHA-256 the page shows; record a call-back and "produced"; release a
// held emergency reply after its call-back; record "produced" under a
// dated non-disclosure order and see the subscriber notice scheduled for
// the day after it ends, on the request page and in the queue; decline a
// request (the decline letter) and write a reply to an agency, submitting
// the confirmed form twice; close a bounce as not_a_request; check the
// report's counts; then send the outbox to an SMTP sink, which must receive
// the decline letter and the reply exactly once each, threaded to the
// agency's message and addressed to its From. With LERD_SCREENSHOT_DIR set
// it saves the queue and request pages there (docs/ holds the README's
// copies).
func TestReviewPageBrowser(t *testing.T) {
	t.Parallel()
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium not installed (make deps-e2e installs it): %v", err)
	}
	clock := time.Now().Add(-20 * 24 * time.Hour)
	p := pipelinetest.New(t, 1<<20, func() time.Time { return clock })
	planner := pipelinetest.WithReplies(t, p, nil)
	st := p.Store
	refs := map[string]string{}
	const seattle = "new/208-seattle-pd-swatting-next-target-tonight" // an emergency whose reply is held
	const bounce = "new/248-ndr-exchange-undeliverable-anoka-county"
	const usss = "007-usss-2703d-ndo-dated"   // a non-disclosure order until 2027-09-21
	const dea = "003-dea-admin-subpoena-html" // declined
	for _, c := range []string{"021-content-with-subpoena-only", "001-fbi-subpoena-pdf", "030-fbi-emergency-kidnapping", "005-lookalike-fbi-gov-us", seattle, bounce, usss, dea} {
		if c != "021-content-with-subpoena-only" {
			clock = time.Now()
		}
		out, err := p.Ingest(context.Background(), bytes.NewReader(corpus(t, c)), store.Origin{Source: c})
		if err != nil {
			t.Fatal(err)
		}
		refs[c] = out.Ref
	}
	hash, _ := review.HashPassword("browser-test-password")
	// The call-back directory, with fictional numbers.
	agencies, err := callback.Parse(strings.NewReader("agency,domains,phone,source\nFBI (test entry),fbi.gov,+1 202 555 0100,test\nSeattle PD (test entry),seattle.gov,+1 206 555 0199,test\nUSSS (test entry),usss.dhs.gov,+1 202 555 0177,test\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The account holders of the FBI subpoena's domain and the USSS
	// order's account, as the operator's CSV lookup finds them.
	accounts := filepath.Join(t.TempDir(), "accounts.csv")
	if err := os.WriteFile(accounts, []byte("identifier,email\nexample-pharmacy-rx.com,owner@example.net\nacct-30917755,holder@example.org\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Decisions and letters as lerd serve makes them.
	srv, err := review.New(review.Options{Store: st, Users: review.Users{"reviewer": hash}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Agencies: agencies,
		Decide: func(ctx context.Context, ref, actor, decision, note string) (string, error) {
			return planner.Decide(ctx, st, responder.CSVLookup{Path: accounts}, ref, actor, decision, note)
		},
		Letters: planner})
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewServer(srv)
	defer web.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox, chromedp.Headless,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.WindowSize(1440, 900), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 180*time.Second)
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
	firstRow, err1 := chromedp.Run(ctx, chromedp.Text("#queue tbody tr:first-child"))
	// Two emergencies, then the overdue request.
	secondRow, err2 := chromedp.Run(ctx, chromedp.Text("#queue tbody tr:nth-child(3)"))
	dueClass, err3 := chromedp.Run(ctx, chromedp.AttributeValue("#queue tbody tr:nth-child(3) td.due", "class"))
	queueShot, err4 := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatalf("queue: %v", err)
	}
	if !strings.Contains(secondRow, refs["021-content-with-subpoena-only"]) || !strings.Contains(secondRow, "within 14 days") ||
		!strings.Contains(secondRow, "overdue") || !strings.Contains(dueClass.Value, "overdue") {
		t.Errorf("the overdue request is not right below the emergencies, with its due date: %q (class %q)", secondRow, dueClass.Value)
	}
	// Search by case number: the FBI subpoena's, 209D-WF-3381924.
	err = chromedp.Do(ctx,
		chromedp.SendKeys("#q", "209D-WF-3381924"),
		chromedp.Click("#search-go"),
		// The value attribute is the server's: typing changes only the
		// property, so this waits for the result page.
		chromedp.WaitVisible(`#q[value="209D-WF-3381924"]`),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	found, err := chromedp.Run(ctx, chromedp.Text("#queue tbody"))
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if !strings.Contains(found, refs["001-fbi-subpoena-pdf"]) || strings.Contains(found, refs["030-fbi-emergency-kidnapping"]) || strings.Contains(found, refs["021-content-with-subpoena-only"]) {
		t.Errorf("search by case number found %q, want only %s", found, refs["001-fbi-subpoena-pdf"])
	}
	// Evidence: the subpoena PDF opens inline, the raw message downloads
	// with the SHA-256 the page shows.
	subpoena := web.URL + "/r/" + refs["001-fbi-subpoena-pdf"]
	err = chromedp.Do(ctx,
		chromedp.Click(`a[href="/r/`+refs["001-fbi-subpoena-pdf"]+`"]`),
		chromedp.WaitVisible("#produced"),
	)
	if err != nil {
		t.Fatalf("open the subpoena: %v", err)
	}
	openEvidence(ctx, t, web.URL, subpoena, corpus(t, "001-fbi-subpoena-pdf"))
	// A first-time sender: "produced" needs a call-back first.
	if err := callBackAndProduce(ctx, subpoena, "SSA Thornton confirmed on the switchboard", "records sent by courier"); err != nil {
		t.Fatalf("decide: %v", err)
	}
	state, err1 := chromedp.Run(ctx, chromedp.Text("#state"))
	audit, err2 := chromedp.Run(ctx, chromedp.Text("#audit"))
	shot, err3 := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstRow, refs["030-fbi-emergency-kidnapping"]) && !strings.Contains(firstRow, refs[seattle]) || !strings.Contains(firstRow, "EMERGENCY") {
		t.Errorf("emergency not at the top of the queue: %q", firstRow)
	}
	if state != "decided" || !strings.Contains(audit, "review_produced") || !strings.Contains(audit, "reviewer") || !strings.Contains(audit, "records sent by courier") {
		t.Errorf("decision not recorded: state %q, audit %q", state, audit)
	}
	if !strings.Contains(audit, "callback_confirmed") || !strings.Contains(audit, "called +1 202 555 0100") {
		t.Errorf("call-back not in the audit trail: %q", audit)
	}
	if out := os.Getenv("LERD_SCREENSHOT"); out != "" {
		os.WriteFile(out, shot, 0o644)
	}
	if dir := os.Getenv("LERD_SCREENSHOT_DIR"); dir != "" {
		err1 := os.WriteFile(filepath.Join(dir, "queue.png"), queueShot, 0o644)
		err2 := os.WriteFile(filepath.Join(dir, "request.png"), shot, 0o644)
		if err := errors.Join(err1, err2); err != nil {
			t.Error(err)
		}
	}

	// The held emergency reply: refused before the call-back, sent after.
	emergency := web.URL + "/r/" + refs[seattle]
	err = chromedp.Do(ctx, chromedp.Navigate(emergency), chromedp.WaitVisible("#release"), chromedp.Click("#release"), chromedp.WaitVisible("#refusal"))
	refusal, err2 := chromedp.Run(ctx, chromedp.Text("#refusal"))
	if err := errors.Join(err, err2); err != nil || !strings.Contains(refusal, "no confirmed call-back") {
		t.Fatalf("release before the call-back: %v %q", err, refusal)
	}
	err = chromedp.Do(ctx, chromedp.Navigate(emergency), chromedp.WaitVisible("#callback"))
	callbackBox, err2 := chromedp.Run(ctx, chromedp.Text("#callback"))
	if err := errors.Join(err, err2); err != nil || !strings.Contains(callbackBox, "+1 206 555 0199") || !strings.Contains(callbackBox, "DIFFERS") {
		t.Errorf("call-back box: %v %q", err, callbackBox)
	}
	err = chromedp.Do(ctx,
		chromedp.SendKeys("#verify-note", "duty sergeant confirmed"),
		chromedp.Click("#verify"),
		chromedp.WaitVisible(`#flash[data-done="verified"]`),
		chromedp.Click("#release"),
		chromedp.WaitVisible("#confirm"),
		chromedp.Click("#confirm"),
		chromedp.WaitVisible(`#flash[data-done="released"]`),
	)
	if err != nil {
		t.Fatalf("release the held emergency reply: %v", err)
	}
	replies, err1 := chromedp.Run(ctx, chromedp.Text("#replies"))
	audit, err2 = chromedp.Run(ctx, chromedp.Text("#audit"))
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(replies, "held") || !strings.Contains(replies, "pending") || !strings.Contains(audit, "reply_released") {
		t.Errorf("held emergency reply not released: replies %q, audit %q", replies, audit)
	}

	// A bounce is closed as not a request, after the confirmation page.
	err = chromedp.Do(ctx,
		chromedp.Navigate(web.URL+"/r/"+refs[bounce]),
		chromedp.WaitVisible("#not_a_request"),
		chromedp.Click("#not_a_request"),
		chromedp.WaitVisible("#confirm"),
		chromedp.Click("#confirm"),
		chromedp.WaitVisible(`#flash[data-done="not_a_request"]`),
	)
	if err != nil {
		t.Fatalf("close the bounce: %v", err)
	}
	outcome, err1 := chromedp.Run(ctx, chromedp.Text("#outcome"))
	state, err2 = chromedp.Run(ctx, chromedp.Text("#state"))
	if err := errors.Join(err1, err2); err != nil || outcome != "not_a_request" || state != "decided" {
		t.Errorf("bounce not closed: outcome %q state %q %v", outcome, state, err)
	}
	// A dated non-disclosure order: after "produced" the subscriber notice
	// is scheduled for the day after the order ends, on the request page
	// and in the queue's closed work.
	if err := callBackAndProduce(ctx, web.URL+"/r/"+refs[usss], "SA Nguyen confirmed via the field office", "order served; records produced"); err != nil {
		t.Fatalf("produced under a dated NDO: %v", err)
	}
	notice, err := chromedp.Run(ctx, chromedp.Text("#notice"))
	if err != nil || !strings.Contains(notice, "scheduled for 2027-09-22, the day after the non-disclosure order ends") {
		t.Errorf("subscriber notice on the request page: %q %v", notice, err)
	}
	err = chromedp.Do(ctx, chromedp.Navigate(web.URL+"/?closed=1"), chromedp.WaitVisible("#queue"))
	closedRow, err2 := chromedp.Run(ctx, chromedp.Text("#row-"+refs[usss]))
	if err := errors.Join(err, err2); err != nil || !strings.Contains(closedRow, "notice scheduled 2027-09-22") || !strings.Contains(closedRow, "produced") {
		t.Errorf("subscriber notice in the queue: %q %v", closedRow, err)
	}

	// A decline: the note is the reason the agency is told in the letter.
	const reason = "The subpoena asks for records of a service we do not operate."
	err = chromedp.Do(ctx,
		chromedp.Navigate(web.URL+"/r/"+refs[dea]),
		chromedp.WaitVisible("#declined"),
		chromedp.SendKeys("#decision-note", reason),
		chromedp.Click("#declined"),
		chromedp.WaitVisible("#confirm"),
		chromedp.Click("#confirm"),
		chromedp.WaitVisible(`#flash[data-done="declined"]`),
	)
	replies, err2 = chromedp.Run(ctx, chromedp.Text("#replies"))
	if err := errors.Join(err, err2); err != nil || !strings.Contains(replies, "decline\tdaniel.j.okafor@dea.gov\tpending") {
		t.Fatalf("decline letter: %v %q", err, replies)
	}

	// A reviewer's reply to the FBI, confirmed, then the same form
	// submitted again (a double submit): one reply.
	const answer = "Please send the signed copy of the subpoena.\nThe one attached is unsigned."
	err = chromedp.Do(ctx,
		chromedp.Navigate(subpoena),
		chromedp.WaitVisible("#reply-text"),
		chromedp.SendKeys("#reply-text", answer),
		chromedp.Click("#reply"),
		chromedp.WaitVisible("#letter"),
	)
	confirmText, err2 := chromedp.Run(ctx, chromedp.Text("#confirm-page"))
	fields, err3 := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`Object.fromEntries(new FormData(document.querySelector("#confirm-page form")))`))
	if err := errors.Join(err, err2, err3); err != nil || !strings.Contains(confirmText, "Send this reply to rthornton@fbi.gov") || !strings.Contains(confirmText, "The one attached is unsigned.") {
		t.Fatalf("reply confirmation page: %v %q", err, confirmText)
	}
	again, _ := json.Marshal(fields)
	err = chromedp.Do(ctx, chromedp.Click("#confirm"), chromedp.WaitVisible(`#flash[data-done="replied"]`))
	if err != nil {
		t.Fatalf("send the reply: %v", err)
	}
	// The same form once more, as a second click or a resubmission sends it.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const f = document.createElement("form"); f.method = "post"; f.action = "/r/`+refs["001-fbi-subpoena-pdf"]+`/reply";
		for (const [k, v] of Object.entries(`+string(again)+`)) { const i = document.createElement("input"); i.type = "hidden"; i.name = k; i.value = v; f.appendChild(i); }
		document.body.appendChild(f); f.submit(); return true; })()`))
	if err == nil {
		err = chromedp.Do(ctx, chromedp.WaitVisible(`#flash[data-done="reply_again"]`))
	}
	replies, err2 = chromedp.Run(ctx, chromedp.Text("#replies"))
	if err := errors.Join(err, err2); err != nil || strings.Count(replies, "reviewer_reply\trthornton@fbi.gov\tpending") != 1 {
		t.Fatalf("reviewer reply: %v %q", err, replies)
	}

	// The report counts what happened: seven requests, two with data
	// produced, two emergencies, and the bounce apart as no request.
	err = chromedp.Do(ctx,
		chromedp.Click(`header a[href="/report"]`),
		chromedp.WaitVisible("#from"),
		chromedp.SetValue("#from", time.Now().AddDate(0, 0, -30).UTC().Format(time.DateOnly)),
		// The form reloads the page, and the page before it may already
		// show a report: its counts are taken away first, so that what is
		// waited for below is the new page's.
		chromedp.Evaluate[chromedp.Void](`document.getElementById("report") && document.getElementById("report").remove()`),
		chromedp.Click("#report-go"),
		chromedp.WaitVisible("#r-requests"),
	)
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	requests, err1 := chromedp.Run(ctx, chromedp.Text("#r-requests"))
	emergencies, err2 := chromedp.Run(ctx, chromedp.Text("#r-emergency"))
	notRequests, err4 := chromedp.Run(ctx, chromedp.Text("#r-not"))
	outcomes, err3 := chromedp.Run(ctx, chromedp.Text("#by-outcome"))
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	if requests != "7" || emergencies != "2" || notRequests != "1" || !strings.Contains(outcomes, "data_produced\t2") {
		t.Errorf("report: %s requests, %s emergencies, %s not requests, outcomes %q; want 7, 2, 1, data_produced 2", requests, emergencies, notRequests, outcomes)
	}

	// The outbox goes to an SMTP sink, twice over: the decline letter and
	// the reviewer's reply arrive once each, threaded, to the From address.
	sink := startSink(t)
	sender := &responder.Sender{Outbox: st, SMTP: responder.SMTPConfig{Address: sink.Addr, Security: "plain"}, From: pipelinetest.Mailbox, Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for range 2 {
		if _, err := sender.SendDue(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []struct{ ref, kind, to, inReplyTo, says string }{
		{refs[dea], responder.KindDecline, "daniel.j.okafor@dea.gov", "<9h1he01ocyti4kal@dea.gov>", reason},
		{refs["001-fbi-subpoena-pdf"], responder.KindReviewerReply, "rthornton@fbi.gov", "<8b2opxv56iaj898p@fbi.gov>", "The one attached is unsigned."},
	} {
		rows, err := st.Replies(context.Background(), w.ref)
		if err != nil {
			t.Fatal(err)
		}
		var mids []string
		for _, r := range rows {
			if r.Kind == w.kind {
				mids = append(mids, r.MessageID)
			}
		}
		if len(mids) != 1 {
			t.Fatalf("%s %s: %d in the outbox, want 1", w.ref, w.kind, len(mids))
		}
		if n := sink.Deliveries()["<"+mids[0]+">"]; n != 1 {
			t.Errorf("%s %s delivered %d times, want once", w.ref, w.kind, n)
		}
		for _, m := range sink.Messages() {
			msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
			if err != nil || msg.Header.Get("Message-ID") != "<"+mids[0]+">" {
				continue
			}
			body, _ := io.ReadAll(quotedprintable.NewReader(msg.Body))
			if len(m.To) != 1 || m.To[0] != w.to || msg.Header.Get("In-Reply-To") != w.inReplyTo || !strings.Contains(msg.Header.Get("References"), w.inReplyTo) ||
				!strings.Contains(strings.Join(strings.Fields(string(body)), " "), strings.Join(strings.Fields(w.says), " ")) {
				t.Errorf("%s %s: to %v, In-Reply-To %q, References %q, body:\n%s", w.ref, w.kind, m.To, msg.Header.Get("In-Reply-To"), msg.Header.Get("References"), body)
			}
		}
	}
}

// callBackAndProduce, on the request page at page, records a confirmed
// call-back on the directory's number and then "produced" through its
// confirmation page.
func callBackAndProduce(ctx context.Context, page, callNote, decisionNote string) error {
	return chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible("#verify"),
		chromedp.SendKeys("#verify-note", callNote),
		chromedp.Click("#verify"),
		chromedp.WaitVisible(`#flash[data-done="verified"]`),
		chromedp.SendKeys("#decision-note", decisionNote),
		chromedp.Click("#produced"),
		chromedp.WaitVisible("#confirm"),
		chromedp.Click("#confirm"),
		chromedp.WaitVisible(`#flash[data-done="produced"]`),
	)
}

// openEvidence, on the request page at page, opens the first attachment's
// PDF inline (as served: application/pdf, inline, the page's CSP, nosniff,
// the bytes whose SHA-256 the page lists) and downloads the raw message
// through the page's link, checking that the file is the message as
// received (raw) and has the SHA-256 the page shows. It returns to page.
func openEvidence(ctx context.Context, t *testing.T, base, page string, raw []byte) {
	t.Helper()
	shownSHA, err1 := chromedp.Run(ctx, chromedp.Text("code.sha"))
	view, err2 := chromedp.Run(ctx, chromedp.AttributeValue("a.view", "href"))
	if err := errors.Join(err1, err2); err != nil || !view.Exists {
		t.Fatalf("request page: no SHA-256 or no PDF view link: %v", err)
	}
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(base+view.Value))
	if err != nil {
		t.Fatalf("open the PDF inline: %v", err)
	}
	header := func(k string) string {
		for name, v := range resp.Headers {
			if strings.EqualFold(name, k) {
				return fmt.Sprint(v)
			}
		}
		return ""
	}
	// Chromium hands a PDF to its viewer with only the frame-ancestors
	// part of the CSP it reports; the unit tests check the whole header.
	if resp.Status != 200 || resp.MimeType != "application/pdf" || !strings.HasPrefix(header("content-disposition"), "inline") ||
		!strings.Contains(header("content-security-policy"), "frame-ancestors 'none'") || header("x-content-type-options") != "nosniff" {
		t.Errorf("PDF not served inline with the page's headers: %d %s %v", resp.Status, resp.MimeType, resp.Headers)
	}
	if out := os.Getenv("LERD_PDF_SCREENSHOT"); out != "" {
		time.Sleep(2 * time.Second) // the viewer draws after the load event; only for a person to look at
		if shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
			os.WriteFile(out, shot, 0o644)
		}
	}
	attSHA := view.Value[strings.LastIndex(strings.TrimSuffix(view.Value, "/view"), "/")+1 : len(view.Value)-len("/view")]
	if header("x-content-sha256") != attSHA {
		t.Errorf("PDF served with SHA-256 %s, the page lists %s", header("x-content-sha256"), attSHA)
	}

	dir := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	err = chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible("a.raw"),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true),
			})
			return err
		}),
		chromedp.Click("a.raw"),
	)
	if err != nil {
		t.Fatalf("download the raw message: %v", err)
	}
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("download of the raw message cancelled")
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, ev.GUID))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(got)
		if hex.EncodeToString(h[:]) != shownSHA || !bytes.Equal(got, raw) {
			t.Fatalf("downloaded raw message has SHA-256 %x, the page shows %s (%d bytes, received %d)", h, shownSHA, len(got), len(raw))
		}
		break
	}
}

func ptr[T any](v T) *T { return &v }
