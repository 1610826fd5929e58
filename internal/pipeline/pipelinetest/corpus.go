package pipelinetest

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Corpus returns the corpus case name (testdata/corpus/NAME.eml) with CRLF
// line ends, as it arrives by mail.
func Corpus(t testing.TB, name string) []byte {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "..", "testdata", "corpus", name+".eml"))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
}
