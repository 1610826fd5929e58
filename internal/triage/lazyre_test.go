package triage

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every package-level pattern, as loading
// the package did when they were compiled eagerly: a broken one fails here
// rather than on the first message that reaches it.
func TestPatternsCompile(t *testing.T) {
	if len(patterns) < 100 {
		t.Fatalf("%d package-level patterns registered; want the package's several hundred", len(patterns))
	}
	for _, p := range patterns {
		if _, err := regexp.Compile(p.expr); err != nil {
			t.Errorf("pattern %q: %v", p.expr, err)
		}
	}
}

// TestLazyREConcurrent uses one pattern from many goroutines before it is
// compiled (the pipeline triages in parallel); run under -race.
func TestLazyREConcurrent(t *testing.T) {
	l := &lazyRE{expr: `(\d+)-(\d+)`}
	done := make(chan []string)
	for range 8 {
		go func() { done <- l.FindStringSubmatch("case 12-34") }()
	}
	for range 8 {
		if got := <-done; len(got) != 3 || got[1] != "12" || got[2] != "34" {
			t.Errorf("FindStringSubmatch = %q", got)
		}
	}
}
