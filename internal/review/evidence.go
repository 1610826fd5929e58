package review

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"lerd/internal/evidence"
	"lerd/internal/logkey"
	"lerd/internal/mailparse"
	"lerd/internal/policy"
	"lerd/internal/store"
)

// evidenceRoutes adds the pages that hand out the record itself: the raw
// message and each attachment, PDFs also inline.
func (s *Server) evidenceRoutes() {
	s.mux.HandleFunc("GET /r/{ref}/m/{sha}/raw", s.authed(s.rawMessage))
	s.mux.HandleFunc("GET /r/{ref}/m/{sha}/a/{att}", s.authed(s.attachment))
	s.mux.HandleFunc("GET /r/{ref}/m/{sha}/a/{att}/view", s.authed(s.attachment))
}

// findEvidence returns the message sha of request ref and, if att is set,
// its attachment att; ok is false (and a 404 written) when the request has
// no such message or attachment.
func (s *Server) findEvidence(w http.ResponseWriter, r *http.Request, att string) (*store.MessageInfo, *store.Attachment, bool) {
	d, err := s.store.GetRequest(r.Context(), r.PathValue("ref"))
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			s.log.Error("review: evidence", logkey.Ref, r.PathValue("ref"), logkey.Err, err)
		}
		http.NotFound(w, r)
		return nil, nil, false
	}
	for i := range d.Messages {
		m := &d.Messages[i]
		if m.SHA256 != r.PathValue("sha") {
			continue
		}
		if att == "" {
			return m, nil, true
		}
		for j := range m.Attachments {
			if m.Attachments[j].SHA256 == att {
				return m, &m.Attachments[j], true
			}
		}
	}
	http.NotFound(w, r)
	return nil, nil, false
}

// serveSpool writes checked bytes with the headers of evidence: their
// SHA-256 (Repr-Digest, RFC 9530, and X-Content-SHA256) and how to show
// them. The security headers of every page (CSP, nosniff) are already set.
func (s *Server) serveSpool(w http.ResponseWriter, sp *store.Spool, contentType, disposition, filename string) {
	rc, err := sp.Open()
	if err != nil {
		http.Error(w, "could not read the stored bytes", http.StatusInternalServerError)
		s.log.Error("review: evidence", logkey.SHA256, sp.SHA256, logkey.Err, err)
		return
	}
	defer rc.Close()
	raw, _ := hex.DecodeString(sp.SHA256)
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", mime.FormatMediaType(disposition, map[string]string{"filename": filename}))
	h.Set("Content-Length", strconv.FormatInt(sp.Size, 10))
	h.Set("Repr-Digest", "sha-256=:"+base64.StdEncoding.EncodeToString(raw)+":")
	h.Set("X-Content-SHA256", sp.SHA256)
	io.Copy(w, rc)
}

func (s *Server) evidenceError(w http.ResponseWriter, ref, sha string, err error) {
	if errors.Is(err, evidence.ErrMismatch) {
		s.log.Error("review: damaged evidence, not served", logkey.Ref, ref, logkey.SHA256, sha, logkey.Err, err)
		http.Error(w, "the stored bytes do not match their SHA-256; they are not served (restore from backup)", http.StatusInternalServerError)
		return
	}
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "not found in the stored message", http.StatusNotFound)
		return
	}
	s.log.Error("review: evidence", logkey.Ref, ref, logkey.SHA256, sha, logkey.Err, err)
	http.Error(w, "could not read the stored message", http.StatusInternalServerError)
}

func (s *Server) rawMessage(w http.ResponseWriter, r *http.Request, ss session) {
	m, _, ok := s.findEvidence(w, r, "")
	if !ok {
		return
	}
	ref := r.PathValue("ref")
	sp, err := evidence.Message(s.store, m.SHA256)
	if err != nil {
		s.evidenceError(w, ref, m.SHA256, err)
		return
	}
	defer sp.Discard()
	s.log.Info("review: raw message downloaded", logkey.Ref, ref, logkey.SHA256, m.SHA256, logkey.User, ss.user)
	s.serveSpool(w, sp, "message/rfc822", "attachment", evidence.SafeName(ref+"-"+m.SHA256[:12]+".eml"))
}

// attachment serves an attachment as a download, or at /view a PDF inline.
// Only a part both declared and shaped as a PDF is shown inline; anything
// else is only ever a download, so the browser never renders what a sender
// wrote as a page of ours.
func (s *Server) attachment(w http.ResponseWriter, r *http.Request, ss session) {
	att := r.PathValue("att")
	m, a, ok := s.findEvidence(w, r, att)
	if !ok {
		return
	}
	ref := r.PathValue("ref")
	inline := strings.HasSuffix(r.URL.Path, "/view")
	if inline && !isPDF(*a) {
		http.Error(w, "only PDFs are shown inline; download this file instead", http.StatusUnsupportedMediaType)
		return
	}
	sp, err := evidence.Attachment(s.store, m.SHA256, att)
	if err != nil {
		s.evidenceError(w, ref, att, err)
		return
	}
	defer sp.Discard()
	if inline {
		head := make([]byte, 5)
		if rc, err := sp.Open(); err == nil {
			io.ReadFull(rc, head)
			rc.Close()
		}
		if !bytes.Equal(head, []byte("%PDF-")) {
			http.Error(w, "this file does not look like a PDF; download it instead", http.StatusUnsupportedMediaType)
			return
		}
		s.serveSpool(w, sp, "application/pdf", "inline", evidence.SafeName(a.Filename))
		return
	}
	s.log.Info("review: attachment downloaded", logkey.Ref, ref, logkey.SHA256, att, logkey.User, ss.user)
	s.serveSpool(w, sp, "application/octet-stream", "attachment", evidence.SafeName(a.Filename))
}

func isPDF(a store.Attachment) bool {
	return strings.EqualFold(a.ContentType, "application/pdf") || strings.HasSuffix(strings.ToLower(a.Filename), ".pdf")
}

// messageView is what the request page shows of one message beyond its row:
// its Reply-To (read from the stored header) and its text, split where each
// attachment's text starts.
type messageView struct {
	ReplyTo  string
	Segments []textSegment
}

type textSegment struct {
	Mark bool
	Text string
}

// evidenceView is the request page's evidence: the authentication verdict
// and, per message ID, its messageView.
type evidenceView struct {
	Verdict  string
	Messages map[int64]messageView
}

func (s *Server) evidenceView(d *store.RequestDetail, rec *policy.Record) evidenceView {
	ev := evidenceView{Messages: map[int64]messageView{}}
	if rec != nil {
		var rules []string
		for _, e := range rec.Evidence {
			if e.Field == "sender.authenticated" {
				rules = append(rules, strings.TrimSpace(e.Rule+" "+e.Text))
			}
		}
		ev.Verdict = "NOT authenticated"
		if rec.Sender.Authenticated {
			ev.Verdict = "authenticated"
		}
		if len(rules) > 0 {
			ev.Verdict += ": " + strings.Join(rules, "; ")
		}
	}
	for _, m := range d.Messages {
		mv := messageView{Segments: splitMarks(m.BodyText)}
		if rc, err := s.store.OpenRaw(m.SHA256); err == nil {
			if h, err := mailparse.ParseHeader(rc); err == nil {
				var rt []string
				for _, a := range h.ReplyTo {
					rt = append(rt, a.Addr)
				}
				mv.ReplyTo = strings.Join(rt, ", ")
			}
			rc.Close()
		}
		ev.Messages[m.ID] = mv
	}
	return ev
}

// splitMarks splits a message's text at the lines mailparse.DisplayText
// puts before each attachment's text.
func splitMarks(text string) []textSegment {
	var out []textSegment
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, textSegment{Text: strings.Join(cur, "\n")})
			cur = nil
		}
	}
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, mailparse.MarkPrefix) {
			flush()
			out = append(out, textSegment{Mark: true, Text: strings.Trim(l, "─ ")})
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}
