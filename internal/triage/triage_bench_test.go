package triage_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lerd/internal/mailparse"
	"lerd/internal/triage"
	"lerd/rules"
)

func loadCorpus(tb testing.TB) []*mailparse.Message {
	tb.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	var msgs []*mailparse.Message
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		m, err := mailparse.Parse(fh)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

func newAnalyzer(tb testing.TB) *triage.Analyzer {
	a, err := triage.New(rules.FS(""), triage.Options{AuthservID: "mx.provider.test", Mailbox: "law-enforcement@provider.test", TrustMicrosoft365: true, TrustGoogle: true})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkTriageCorpus triages the whole development corpus once per
// iteration (parsing excluded).
func BenchmarkTriageCorpus(b *testing.B) {
	msgs := loadCorpus(b)
	a := newAnalyzer(b)
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			a.Analyze(m)
		}
	}
}

// BenchmarkTriageLarge triages a 200 KB message, to keep extraction linear.
func BenchmarkTriageLarge(b *testing.B) {
	a := newAnalyzer(b)
	m := &mailparse.Message{From: mailparse.Address{Addr: "agent@fbi.gov"}, Subject: "Subpoena",
		Parts: []mailparse.TextPart{{Source: "text/plain", Text: "Subpoena issued by the Federal Bureau of Investigation, case 12-34.\n" + strings.Repeat("Exhibit line with some narrative text for size.\n", 4000)}}}
	b.ResetTimer()
	for b.Loop() {
		a.Analyze(m)
	}
}
