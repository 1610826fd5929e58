// Package evidence hands out the record of a request as it was received:
// the raw message, exactly as stored and checked against its SHA-256, each
// attachment by its SHA-256, and a complete export for counsel. A byte that
// does not match its hash is an error here, never served.
package evidence

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode as intake did, so hashes agree

	"lerd/internal/mailparse"
	"lerd/internal/store"
)

// ErrMismatch means stored bytes no longer match the SHA-256 recorded when
// they were received: the evidence is damaged and must not be handed out.
var ErrMismatch = errors.New("stored bytes do not match their SHA-256")

// maxDepth bounds nesting as mailparse does.
const maxDepth = 20

// Message reads the stored raw message with SHA-256 sha once, into memory
// or a temporary file, and checks it against sha. The caller serves the
// returned spool (and must Discard it); a mismatch returns ErrMismatch.
func Message(st *store.Store, sha string) (*store.Spool, error) {
	rc, err := st.OpenRaw(sha)
	if err != nil {
		return nil, fmt.Errorf("evidence: message %s: %w", sha, err)
	}
	defer rc.Close()
	sp, err := st.SpoolRaw(rc)
	if err != nil {
		return nil, fmt.Errorf("evidence: message %s: %w", sha, err)
	}
	if sp.SHA256 != sha {
		sp.Discard()
		return nil, fmt.Errorf("evidence: message %s: %w (read %s)", sha, ErrMismatch, sp.SHA256)
	}
	return sp, nil
}

// Attachment finds, in the checked raw message msgSHA, the part whose
// decoded content has SHA-256 attSHA (as intake recorded it), and returns
// its bytes. A part that is not there returns store.ErrNotFound.
func Attachment(st *store.Store, msgSHA, attSHA string) (*store.Spool, error) {
	raw, err := Message(st, msgSHA)
	if err != nil {
		return nil, err
	}
	defer raw.Discard()
	// As mailparse does: the standard library's multipart reader first,
	// go-message's where that one fails or finds nothing.
	sp, err := findIn(st, raw, attSHA, false)
	if sp == nil {
		if lsp, lerr := findIn(st, raw, attSHA, true); lerr == nil && lsp != nil {
			sp, err = lsp, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("evidence: attachment %s of %s: %w", attSHA, msgSHA, err)
	}
	if sp == nil {
		return nil, fmt.Errorf("evidence: attachment %s of %s: %w", attSHA, msgSHA, store.ErrNotFound)
	}
	return sp, nil
}

// findIn reads raw's MIME tree once for findPart.
func findIn(st *store.Store, raw *store.Spool, attSHA string, legacy bool) (*store.Spool, error) {
	rc, err := raw.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	e, err := message.Read(rc)
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return nil, err
	}
	return findPart(st, e, attSHA, legacy, 0)
}

// findPart walks the MIME tree the way mailparse does (multiparts and
// attached messages) and hashes every leaf as it passes; it keeps only the
// one that matches.
func findPart(st *store.Store, e *message.Entity, want string, legacy bool, depth int) (*store.Spool, error) {
	if depth > maxDepth {
		return nil, errors.New("nesting too deep")
	}
	if mr := mailparse.Multipart(e, legacy); mr != nil {
		for {
			p, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				return nil, nil
			}
			if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
				return nil, err
			}
			sp, err := findPart(st, p, want, legacy, depth+1)
			if sp != nil || err != nil {
				return sp, err
			}
		}
	}
	ct, _, _ := e.Header.ContentType()
	if ct = strings.ToLower(ct); ct == "message/rfc822" || ct == "message/global" {
		inner, err := message.Read(e.Body)
		if err != nil && !message.IsUnknownCharset(err) {
			return nil, nil // mailparse skips it too: nothing was recorded inside
		}
		return findPart(st, inner, want, legacy, depth+1)
	}
	sp, err := st.SpoolRaw(e.Body)
	if err != nil {
		return nil, err
	}
	if sp.SHA256 != want {
		sp.Discard()
		return nil, nil
	}
	return sp, nil
}
