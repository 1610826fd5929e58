package eval

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"lerd/internal/pipeline/pipelinetest"
)

var update = flag.Bool("update", false, "rewrite the triage golden files in testdata/golden")

// TestGolden runs every corpus case through the pipeline and compares what
// lerd reads with the golden file of that case (lerd's own earlier
// reading, not the label): a change to triage shows as exactly the cases
// whose reading moved. `go test ./internal/eval -run TestGolden -update`
// rewrites them after a change has been checked against the labels with
// `make eval`. `make eval` compares the same files in its own run
// (`lerd eval -golden`), so `make test` skips this test rather than triage
// every case twice.
func TestGolden(t *testing.T) {
	subsets, err := Subsets("../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range subsets {
		t.Run(sub.Name, func(t *testing.T) {
			cases, err := Run(context.Background(), pipelinetest.New(t, 64<<20, nil), sub.Dir)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join("../../testdata/golden", sub.Name)
			if *update {
				if err := os.RemoveAll(dir); err != nil {
					t.Fatal(err)
				}
				if err := WritePredictions(cases, dir); err != nil {
					t.Fatal(err)
				}
				return
			}
			moved, err := CompareGolden(cases, dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range moved {
				t.Error(m)
			}
		})
	}
}
