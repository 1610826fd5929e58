package evidence

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"lerd/internal/store"
)

// File is one exported file with its SHA-256.
type File struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Manifest lists what Export wrote. It is written as manifest.json, and as
// SHA256SUMS for `sha256sum -c`.
type Manifest struct {
	Ref        string `json:"ref"`
	ExportedAt string `json:"exported_at"`
	Files      []File `json:"files"`
}

// Export writes everything lerd holds about request ref into dir, which
// must not exist or be empty: each raw message (messages/N-SHA.eml, checked
// against its SHA-256), each attachment (attachments/N-SHA-NAME), the
// replies as recorded in the outbox (replies/ID-KIND.txt and replies.json),
// the request with its triage and decisions (request.json), the audit trail
// (audit.json), and a manifest of SHA-256s. The files are written into a
// temporary directory beside dir and renamed into place, so a failed export
// leaves no partial dir behind.
func Export(ctx context.Context, st *store.Store, ref, dir, now string) (*Manifest, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("evidence: export to %s: directory is not empty", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("evidence: export to %s: %w", dir, err)
	}
	d, err := st.GetRequest(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("evidence: export: %w", err)
	}
	replies, err := st.Replies(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("evidence: export: %w", err)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, ".lerd-export-*")
	if err != nil {
		return nil, fmt.Errorf("evidence: export: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	w := &writer{root: tmp}
	for i, m := range d.Messages {
		n := strconv.Itoa(i + 1)
		sp, err := Message(st, m.SHA256)
		if err != nil {
			return nil, err
		}
		err = w.copy(filepath.Join("messages", n+"-"+m.SHA256+".eml"), sp)
		sp.Discard()
		if err != nil {
			return nil, err
		}
		for k, a := range m.Attachments {
			sp, err := Attachment(st, m.SHA256, a.SHA256)
			if err != nil {
				return nil, err
			}
			err = w.copy(filepath.Join("attachments", n+"-"+strconv.Itoa(k+1)+"-"+SafeName(a.Filename)), sp)
			sp.Discard()
			if err != nil {
				return nil, err
			}
		}
	}
	for _, r := range replies {
		var b strings.Builder
		fmt.Fprintf(&b, "To: %s\nSubject: %s\nMessage-ID: <%s>\nIn-Reply-To: %s\nReferences: %s\nX-Lerd-State: %s\nX-Lerd-Created: %s\n\n%s",
			r.To, r.Subject, r.MessageID, r.InReplyTo, strings.Join(r.References, " "), r.State, r.CreatedAt, r.Body)
		if err := w.bytes(filepath.Join("replies", strconv.FormatInt(r.ID, 10)+"-"+SafeName(r.Kind)+".txt"), []byte(b.String())); err != nil {
			return nil, err
		}
	}
	if err := w.json("replies.json", replies); err != nil {
		return nil, err
	}
	var triage any
	if d.TriageJSON != "" {
		triage = json.RawMessage(d.TriageJSON)
	}
	if err := w.json("request.json", map[string]any{"request": d.Request, "triage": triage, "messages": d.Messages}); err != nil {
		return nil, err
	}
	if err := w.json("audit.json", d.Events); err != nil {
		return nil, err
	}
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].Path < w.files[j].Path })
	man := &Manifest{Ref: ref, ExportedAt: now, Files: w.files}
	var sums strings.Builder
	for _, f := range man.Files {
		fmt.Fprintf(&sums, "%s  %s\n", f.SHA256, f.Path)
	}
	files := w.files
	if err := w.json("manifest.json", man); err != nil {
		return nil, err
	}
	if err := w.bytes("SHA256SUMS", []byte(sums.String())); err != nil {
		return nil, err
	}
	man.Files = files
	if err := os.Remove(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("evidence: export to %s: %w", dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("evidence: export to %s: %w", dir, err)
	}
	ok = true
	return man, nil
}

// SafeName makes a sender's file name safe as one path element: letters,
// digits, dot, dash and underscore, at most 80 bytes, never hidden or empty.
func SafeName(name string) string {
	out := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, name)
	out = strings.TrimLeft(out, ".")
	if len(out) > 80 {
		out = out[len(out)-80:]
	}
	if out == "" {
		out = "unnamed"
	}
	return out
}

// writer writes files under root, each synced, and records their hashes.
type writer struct {
	root  string
	files []File
}

func (w *writer) copy(rel string, sp *store.Spool) error {
	rc, err := sp.Open()
	if err != nil {
		return fmt.Errorf("evidence: export %s: %w", rel, err)
	}
	defer rc.Close()
	return w.write(rel, rc)
}

func (w *writer) bytes(rel string, b []byte) error {
	return w.write(rel, strings.NewReader(string(b)))
}

func (w *writer) json(rel string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("evidence: export %s: %w", rel, err)
	}
	return w.bytes(rel, append(b, '\n'))
}

func (w *writer) write(rel string, r io.Reader) error {
	path := filepath.Join(w.root, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return fmt.Errorf("evidence: export %s: %w", rel, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return fmt.Errorf("evidence: export %s: %w", rel, err)
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), r)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("evidence: export %s: %w", rel, err)
	}
	w.files = append(w.files, File{Path: filepath.ToSlash(rel), SHA256: hex.EncodeToString(h.Sum(nil)), Size: n})
	return nil
}
