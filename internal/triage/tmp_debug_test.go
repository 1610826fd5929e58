package triage_test

import (
	"fmt"
	"os"
	"testing"

	"lerd/internal/mailparse"
)

func TestTmpDebug(t *testing.T) {
	if os.Getenv("EML") == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("EML"))
	m, _ := mailparse.Parse(f)
	r := newAnalyzer(t).Analyze(m)
	fmt.Printf("%+v\n", r.Facts)
}

func TestTmpText(t *testing.T) {
	if os.Getenv("EML") == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("EML"))
	m, _ := mailparse.Parse(f)
	for _, p := range m.Parts {
		fmt.Printf("--- %s\n%s\n", p.Source, p.Text)
	}
}
