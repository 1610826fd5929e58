// Package intake brings messages into lerd: from the IMAP mailbox (Watcher)
// and from files (Files) for migration and tests. Both consider a message
// done only when the store has committed it.
package intake

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lerd/internal/pipeline"
	"lerd/internal/store"
)

// Ingester stores and triages one raw message at a time;
// pipeline.Pipeline implements it.
type Ingester interface {
	Ingest(ctx context.Context, r io.Reader, origin store.Origin) (pipeline.Outcome, error)
}

var _ Ingester = (*pipeline.Pipeline)(nil)

// Files ingests .eml files, directories of them (recursively, in name
// order) and mbox files (a file whose first line starts with "From "). It
// calls report after each message.
func Files(ctx context.Context, sink Ingester, paths []string, report func(source string, out pipeline.Outcome)) error {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("intake: %w", err)
		}
		var files []string
		if st.IsDir() {
			err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && (strings.HasSuffix(path, ".eml") || strings.HasSuffix(path, ".mbox")) {
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("intake: walk %s: %w", p, err)
			}
			sort.Strings(files)
		} else {
			files = []string{p}
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := ingestFile(ctx, sink, f, report); err != nil {
				return err
			}
		}
	}
	return nil
}

func ingestFile(ctx context.Context, sink Ingester, path string, report func(string, pipeline.Outcome)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("intake: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, _ := br.Peek(5)
	if string(head) == "From " {
		return ingestMbox(ctx, sink, path, br, report)
	}
	src := "file:" + path
	out, err := sink.Ingest(ctx, br, store.Origin{Source: src})
	if err != nil {
		return fmt.Errorf("intake: %s: %w", path, err)
	}
	if report != nil {
		report(src, out)
	}
	return nil
}

// ingestMbox splits an mboxrd/mboxo file at "From " lines and un-escapes
// ">From " quoting. Each message is handed over as it is read.
func ingestMbox(ctx context.Context, sink Ingester, path string, br *bufio.Reader, report func(string, pipeline.Outcome)) error {
	var msg bytes.Buffer
	n := 0
	flush := func() error {
		if msg.Len() == 0 {
			return nil
		}
		n++
		src := fmt.Sprintf("mbox:%s#%d", path, n)
		out, err := sink.Ingest(ctx, bytes.NewReader(msg.Bytes()), store.Origin{Source: src})
		if err != nil {
			return fmt.Errorf("intake: %s: %w", src, err)
		}
		if report != nil {
			report(src, out)
		}
		msg.Reset()
		return nil
	}
	first := true
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			switch {
			case bytes.HasPrefix(line, []byte("From ")):
				if !first {
					// The blank line before "From " belongs to the separator.
					b := msg.Bytes()
					if bytes.HasSuffix(b, []byte("\r\n\r\n")) {
						msg.Truncate(len(b) - 2)
					} else if bytes.HasSuffix(b, []byte("\n\n")) {
						msg.Truncate(len(b) - 1)
					}
					if ferr := flush(); ferr != nil {
						return ferr
					}
				}
				first = false
			case bytes.HasPrefix(bytes.TrimLeft(line, ">"), []byte("From ")) && line[0] == '>':
				msg.Write(line[1:])
			default:
				msg.Write(line)
			}
		}
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return fmt.Errorf("intake: read %s: %w", path, err)
		}
	}
}
