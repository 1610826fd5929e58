//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"lerd/internal/demo"
)

func corpus(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name+".eml"))
	if err != nil {
		t.Fatal(err)
	}
	return crlf(string(b))
}

func hdr(raw []byte, key string) string {
	for _, l := range strings.Split(string(raw), "\r\n") {
		if l == "" {
			break
		}
		if k, v, ok := strings.Cut(l, ": "); ok && strings.EqualFold(k, key) {
			return v
		}
	}
	return ""
}

func startSink(t testing.TB) *demo.SMTPSink {
	sink, err := demo.StartSMTP()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	return sink
}

// replySetup is setup (Dovecot holding msgs, a lerd directory and log)
// with an SMTP section for the server at smtpAddr, replies on.
func replySetup(t *testing.T, smtpAddr string, msgs [][]byte) (*dovecot, *imapclient.Client, string, string, *os.File) {
	t.Helper()
	d, c, dir, _, logf := setup(t, msgs)
	return d, c, dir, replyConfig(t, d, dir, smtpAddr), logf
}

// replyConfig adds an SMTP section pointing at smtpAddr, with replies on.
func replyConfig(t testing.TB, d *dovecot, dir string, smtpAddr string) string {
	cfg := d.config(t, dir)
	f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "\n[smtp]\naddress = %q\nsecurity = \"plain\"\nfrom = \"law-enforcement@provider.test\"\ndry_run = false\nretry_min = \"1s\"\nretry_max = \"2s\"\nper_recipient_per_hour = 0\nglobal_per_minute = 0\n", smtpAddr)
	f.Close()
	return cfg
}

func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestRepliesDovecot runs `lerd serve` against Dovecot and an SMTP sink and
// checks who gets which answer.
func TestRepliesDovecot(t *testing.T) {
	t.Parallel()
	sink := startSink(t)
	d, c, dir, cfg, logf := replySetup(t, sink.Addr, nil)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()

	cases := []string{"001-fbi-subpoena-pdf", "004-fdle-subpoena-missing-phone", "002-gmail-detective-subpoena",
		"005-lookalike-fbi-gov-us", "044-broward-so-unauthenticated", "008-out-of-office", "020-bounce-dsn", "012-hsi-preservation-html"}
	var msgs [][]byte
	for _, name := range cases {
		msgs = append(msgs, corpus(t, name))
	}
	d.deliver(t, c, msgs)
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(msgs), time.Minute)
	waitFor(t, "4 replies", time.Minute, func() bool { return len(sink.Messages()) >= 4 })

	// The agency answers our needs-info with the missing phone, threaded to it.
	ni := sink.SentTo("laura.castellanos@fdle.state.fl.us")
	if len(ni) != 1 || !strings.Contains(string(ni[0].Data), "telephone") {
		t.Fatalf("needs-info to FDLE: %d messages", len(ni))
	}
	ref := regexp.MustCompile(`LER-\d{4}-\d{6}`).FindString(hdr(ni[0].Data, "Subject"))
	follow := string(corpus(t, "011-fdle-followup-phone"))
	follow = strings.Replace(follow, "In-Reply-To: <ler-2026-1102.needinfo.1@provider.test>", "In-Reply-To: "+hdr(ni[0].Data, "Message-ID"), 1)
	follow = strings.Replace(follow, "References: <5c1e9a7f20d84f0b@fdle.state.fl.us>", "References: "+hdr(ni[0].Data, "Message-ID"), 1)
	follow = strings.Replace(follow, "Subject: RE: Investigative subpoena OR-2026-11873", "Subject: RE: Investigative subpoena OR-2026-11873 ["+ref+"]", 1)
	d.deliver(t, c, [][]byte{[]byte(follow)})
	waitFor(t, "the acknowledgement of the follow-up", time.Minute, func() bool { return len(sink.SentTo("laura.castellanos@fdle.state.fl.us")) >= 2 })
	time.Sleep(time.Second) // anything else that would (wrongly) go out
	lerd.Process.Signal(syscall.SIGTERM)
	lerd.Wait()

	all := sink.Messages()
	if len(all) != 5 {
		for _, m := range all {
			t.Logf("sent to %v: %s", m.To, hdr(m.Data, "Subject"))
		}
		t.Fatalf("sink got %d replies, want 5", len(all))
	}
	ack := sink.SentTo("rthornton@fbi.gov")
	if len(ack) != 1 || hdr(ack[0].Data, "In-Reply-To") != "<8b2opxv56iaj898p@fbi.gov>" || !strings.Contains(string(ack[0].Data), "has received your subpoena") {
		t.Errorf("FBI acknowledgement missing or not threaded")
	}
	fdle := sink.SentTo("laura.castellanos@fdle.state.fl.us")
	if len(fdle) != 2 || !strings.Contains(hdr(fdle[1].Data, "Subject"), ref) || hdr(fdle[1].Data, "In-Reply-To") != "<pxee24zkjdktsuw6@fdle.state.fl.us>" ||
		!strings.Contains(string(fdle[1].Data), "has received your subpoena") {
		t.Errorf("follow-up not acknowledged on the same request %s", ref)
	}
	rej := sink.SentTo("det.kbrennan.pd@gmail.com")
	if len(rej) != 1 || !strings.Contains(string(rej[0].Data), "agency-issued") {
		t.Errorf("free-mail sender did not get the official-address rejection")
	}
	// From, not the Reply-To on the same domain: only From is authenticated.
	pres := sink.SentTo("c3-legalprocess@ice.dhs.gov")
	lapse := time.Now().AddDate(0, 0, 90)
	if len(pres) != 1 || !(strings.Contains(string(pres[0].Data), lapse.Format("January 2, 2006")) || strings.Contains(string(pres[0].Data), lapse.AddDate(0, 0, -1).Format("January 2, 2006"))) {
		t.Errorf("preservation confirmation without its lapse date")
	}
	for _, who := range []string{"m.grant@fbi-gov.us", "melissa_ortiz@sheriff.org", "kimberly.sato@usdoj.gov", "mailer-daemon@mx1.dps.texas.gov"} {
		if n := len(sink.SentTo(who)); n != 0 {
			t.Errorf("%s got %d automatic replies", who, n)
		}
	}
	db := openDB(t, dbPath)
	for _, who := range []string{"m.grant@fbi-gov.us", "melissa_ortiz@sheriff.org"} {
		if n := countRows(db, `SELECT count(*) FROM requests r JOIN outbox o ON o.request_id = r.id WHERE r.sender = ? AND r.state = 'needs_review' AND o.state = 'held'`, who); n != 1 {
			t.Errorf("%s: reply not held for review", who)
		}
	}
	if n := countRows(db, `SELECT count(*) FROM requests`); n != len(msgs) {
		t.Errorf("requests = %d, want %d (the follow-up joins its request)", n, len(msgs))
	}
}

// TestReplyCrashDovecot kills lerd with SIGKILL while it sends replies to a
// slow SMTP server, restarts it, and checks that no agency message was
// answered by two different replies.
func TestReplyCrashDovecot(t *testing.T) {
	t.Parallel()
	sink := startSink(t)
	sink.SlowData(150 * time.Millisecond)
	msgs := genMessages("REPLYCRASH", 40, -1)
	_, _, dir, cfg, logf := replySetup(t, sink.Addr, msgs)
	kills := killRepeatedly(t, cfg, logf, 6, 300*time.Millisecond, 900*time.Millisecond)
	lerd := lerdServe(t, cfg, logf)
	defer lerd.Process.Kill()
	dbPath := filepath.Join(dir, "lerd.db")
	waitStored(t, dbPath, len(msgs), 2*time.Minute)
	waitFor(t, "every reply sent", 3*time.Minute, func() bool {
		db := openDB(t, dbPath)
		return countRows(db, `SELECT count(*) FROM outbox WHERE state = 'sent'`) == len(msgs)
	})
	lerd.Process.Signal(syscall.SIGTERM)
	lerd.Wait()

	byParent := map[string]map[string]bool{}
	for _, m := range sink.Messages() {
		p := hdr(m.Data, "In-Reply-To")
		if byParent[p] == nil {
			byParent[p] = map[string]bool{}
		}
		byParent[p][hdr(m.Data, "Message-ID")] = true
	}
	t.Logf("%d kills; sink received %d messages for %d agency messages", kills, len(sink.Messages()), len(byParent))
	if len(byParent) != len(msgs) {
		t.Errorf("%d agency messages answered, want %d", len(byParent), len(msgs))
	}
	for p, ids := range byParent {
		if len(ids) != 1 {
			t.Errorf("%s answered by %d different replies", p, len(ids))
		}
	}
}
