// Package mailparse turns the raw bytes of an e-mail into what triage reads:
// decoded headers, the text of every readable part (plain text, HTML, PDF and
// DOCX attachments, forwarded messages) and a description of each attachment.
//
// It reads with github.com/emersion/go-message, which decodes RFC 2047 words
// and every charset it knows; multiparts with the standard library's reader
// (see Multipart), and with go-message's where that one refuses a message.
// Parsing is streaming: attachments are hashed as they pass and only parts
// that yield text are held in memory, each up to a cap, so a large
// attachment costs no more memory than a small one.
package mailparse

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers charsets beyond UTF-8 and ASCII
	"github.com/emersion/go-message/mail"
)

// MaxPartText bounds how many bytes of one part are read for text; larger
// parts are hashed but not read, and a note says so.
const MaxPartText = 16 << 20

// maxDepth bounds nesting of multiparts and forwarded messages, so a
// hostile message cannot exhaust the stack.
const maxDepth = 20

// Address is a parsed mailbox.
type Address struct {
	Name string `json:"name,omitempty"`
	Addr string `json:"addr"`
}

// Field is one header field in the order it appears.
type Field struct {
	Key   string
	Value string
}

// TextPart is text read from one part of the message.
type TextPart struct {
	// Source names the part: "text/plain", "text/html", "pdf:NAME",
	// "docx:NAME", "text:NAME", or a "forwarded/" prefix for parts of an
	// attached message.
	Source string
	Text   string
}

// Attachment describes a part that is a file rather than the message body.
type Attachment struct {
	Filename    string
	ContentType string
	Size        int64
	SHA256      string
	// TextError says why no text could be read from a PDF or DOCX.
	TextError string
}

// Message is a parsed e-mail.
type Message struct {
	// Fields holds every top-level header field in order, values decoded.
	Fields     []Field
	From       Address
	ReplyTo    []Address
	To         []Address
	Subject    string
	Date       time.Time
	MessageID  string
	InReplyTo  string
	References []string
	Parts      []TextPart
	// Attachments lists file parts, including those inside forwarded messages.
	Attachments []Attachment
	// Forwarded holds the header fields of attached messages (message/rfc822).
	Forwarded [][]Field
	// Warnings lists problems that did not stop parsing (unknown charset,
	// unreadable PDF, …).
	Warnings []string

	// noText is set by Scan: parts are read and attachments hashed, but no
	// text is kept or extracted.
	noText bool
	// legacy reads multiparts with go-message's reader (Multipart).
	legacy bool
	// ctx and extract read the text of PDF and DOCX attachments.
	ctx     context.Context
	extract Extractor
}

// Header returns the first value of the named top-level field, or "".
func (m *Message) Header(key string) string {
	for _, f := range m.Fields {
		if strings.EqualFold(f.Key, key) {
			return f.Value
		}
	}
	return ""
}

// HeaderAll returns every value of the named top-level field, topmost first.
func (m *Message) HeaderAll(key string) []string {
	var out []string
	for _, f := range m.Fields {
		if strings.EqualFold(f.Key, key) {
			out = append(out, f.Value)
		}
	}
	return out
}

// Text joins the text of all parts, for matching.
func (m *Message) Text() string {
	var b strings.Builder
	for i, p := range m.Parts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// Parse reads a message, extracting PDF and DOCX text in this process
// (InProcess, default limits). It returns an error only when the message
// cannot be read as MIME at all; the caller stores such a message raw and
// flags it.
func Parse(r io.Reader) (*Message, error) { return ParseWith(context.Background(), r, nil) }

// ParseWith reads a message as Parse does, with ex reading the text of PDF
// and DOCX attachments (nil: InProcess). An attachment whose text cannot be
// read within ex's limits gets a TextError; once ctx ends, the attachments
// not yet read get one naming context.Cause(ctx), and the caller should
// check ctx before trusting those errors as the file's fault.
func ParseWith(ctx context.Context, r io.Reader, ex Extractor) (*Message, error) {
	if ex == nil {
		ex = InProcess{}
	}
	return parse(r, false, ctx, ex)
}

// Scan reads a message as Parse does, with the same errors, header fields
// and attachments (name, type, size, SHA-256), but extracts no text: Parts
// stays empty and no PDF or DOCX is opened. Intake uses it to record a
// message at the speed it arrives; triage reads the text later with Parse.
func Scan(r io.Reader) (*Message, error) { return parse(r, true, context.Background(), nil) }

func parse(r io.Reader, noText bool, ctx context.Context, ex Extractor) (*Message, error) {
	m, err := parseOnce(r, noText, ctx, ex, false)
	// What the standard library's multipart reader refuses, go-message's
	// may read (a control character in a part's header field): read the
	// message again with it where the input can be read again.
	if s, ok := r.(io.Seeker); ok && err != nil && m != nil {
		if _, serr := s.Seek(0, io.SeekStart); serr == nil {
			if lm, lerr := parseOnce(r, noText, ctx, ex, true); lerr == nil {
				lm.Warnings = append(lm.Warnings, "read with go-message's multipart reader after: "+err.Error())
				return lm, nil
			}
		}
	}
	return m, err
}

func parseOnce(r io.Reader, noText bool, ctx context.Context, ex Extractor, legacy bool) (*Message, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return nil, fmt.Errorf("mailparse: read header: %w", err)
	}
	m := readHeader(e)
	m.noText, m.ctx, m.extract, m.legacy = noText, ctx, ex, legacy
	if err != nil {
		m.Warnings = append(m.Warnings, err.Error())
	}
	if err := m.walk(e, "", 0); err != nil {
		return m, fmt.Errorf("mailparse: body: %w", err)
	}
	return m, nil
}

// headerWords decodes RFC 2047 encoded words in any charset go-message
// reads.
var headerWords = &mime.WordDecoder{CharsetReader: message.CharsetReader}

func fields(h message.Header) []Field {
	var out []Field
	for f := h.Fields(); f.Next(); {
		v, err := headerWords.DecodeHeader(f.Value())
		if err != nil {
			v = f.Value()
		}
		out = append(out, Field{Key: f.Key(), Value: v})
	}
	return out
}

func addresses(h mail.Header, key string) []Address {
	list, err := h.AddressList(key)
	if err != nil {
		return nil
	}
	out := make([]Address, 0, len(list))
	for _, a := range list {
		out = append(out, Address{Name: a.Name, Addr: strings.ToLower(a.Address)})
	}
	return out
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// unquotedName is the display name of a From that RFC 5322 cannot parse
// because its name holds an unquoted comma ("Roe, Jane <jane@x>", as some
// mailers write it): the words before the one angle-bracketed address,
// encoded words decoded. A list of several addresses gives none.
func unquotedName(raw string) string {
	i := strings.IndexByte(raw, '<')
	if i <= 0 || strings.Count(raw, "<") != 1 || !strings.Contains(raw[i:], "@") || !strings.Contains(raw[:i], ",") {
		return ""
	}
	name := strings.Trim(strings.TrimSpace(raw[:i]), `"`)
	if dec, err := headerWords.DecodeHeader(name); err == nil {
		name = dec
	}
	return strings.Join(strings.Fields(name), " ")
}

// msgID normalises a Message-ID to its bare form without angle brackets.
func msgID(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '<'); i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			return s[i+1 : i+j]
		}
	}
	return strings.Trim(s, "<>")
}

func (m *Message) walk(e *message.Entity, prefix string, depth int) error {
	if depth > maxDepth {
		return errors.New("nesting too deep")
	}
	if mr := Multipart(e, m.legacy); mr != nil {
		ct, _, _ := e.Header.ContentType()
		alternative := strings.EqualFold(ct, "multipart/alternative")
		var spans [][2]int // the text parts each alternative added
		for {
			p, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				if alternative {
					m.keepOneAlternative(spans)
				}
				return nil
			}
			if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
				return err
			}
			if err != nil {
				m.Warnings = append(m.Warnings, err.Error())
			}
			start := len(m.Parts)
			if err := m.walk(p, prefix, depth+1); err != nil {
				return err
			}
			spans = append(spans, [2]int{start, len(m.Parts)})
		}
	}
	ct, params, _ := e.Header.ContentType()
	if ct == "" {
		ct = "text/plain"
	}
	ct = strings.ToLower(ct)
	disp, dparams, _ := e.Header.ContentDisposition()
	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	if ct == "message/rfc822" || ct == "message/global" {
		inner, err := message.Read(e.Body)
		if err != nil && !message.IsUnknownCharset(err) {
			m.Warnings = append(m.Warnings, fmt.Sprintf("forwarded message: %v", err))
			return nil
		}
		m.Forwarded = append(m.Forwarded, fields(inner.Header))
		if m.noText {
			return m.walk(inner, prefix+"forwarded/", depth+1)
		}
		var hb strings.Builder
		for _, k := range []string{"From", "Date", "Subject", "To"} {
			for _, f := range fields(inner.Header) {
				if strings.EqualFold(f.Key, k) {
					fmt.Fprintf(&hb, "%s: %s\n", k, f.Value)
				}
			}
		}
		m.Parts = append(m.Parts, TextPart{Source: prefix + "forwarded-headers", Text: hb.String()})
		return m.walk(inner, prefix+"forwarded/", depth+1)
	}
	isAttachment := strings.EqualFold(disp, "attachment") || (filename != "" && !strings.HasPrefix(ct, "text/"))
	bodyText := !isAttachment && (ct == "text/plain" || ct == "text/html")
	// Other inline parts (message/delivery-status, …) are kept as text so
	// bounce reports remain readable, but are not treated as files.
	otherText := !isAttachment && !bodyText && !strings.HasPrefix(ct, "application/") && !strings.HasPrefix(ct, "image/") &&
		!strings.HasPrefix(ct, "audio/") && !strings.HasPrefix(ct, "video/") && !strings.HasPrefix(ct, "text/")
	switch {
	case (bodyText || otherText) && m.noText:
		// Read to the end all the same, so that a part that cannot be
		// decoded fails here as it would in Parse.
		if _, err := io.Copy(io.Discard, e.Body); err != nil {
			return fmt.Errorf("read %s part: %w", ct, err)
		}
		return nil
	case bodyText:
		body, truncated, err := readCapped(e.Body)
		if err != nil {
			return fmt.Errorf("read %s part: %w", ct, err)
		}
		if truncated {
			m.Warnings = append(m.Warnings, fmt.Sprintf("%s part truncated at %d bytes", ct, MaxPartText))
		}
		text := string(body)
		if ct == "text/html" {
			text = HTMLText(text)
		}
		m.Parts = append(m.Parts, TextPart{Source: prefix + ct, Text: text})
		return nil
	case otherText:
		body, _, err := readCapped(e.Body)
		if err != nil {
			return fmt.Errorf("read %s part: %w", ct, err)
		}
		m.Parts = append(m.Parts, TextPart{Source: prefix + ct, Text: string(body)})
		return nil
	}
	kind := textKind(ct, filename)
	if m.noText {
		kind = ""
	}
	return m.attachment(e.Body, prefix, ct, filename, kind)
}

// keepOneAlternative keeps the text of one part of a multipart/alternative:
// the plain-text version where it has text and is more than a stub, else
// the last (richest) one with text. The versions say the same thing;
// reading all of them would double every phone number, date and
// identifier.
func (m *Message) keepOneAlternative(spans [][2]int) {
	if len(spans) < 2 {
		return
	}
	hasText := func(sp [2]int, plain bool) bool {
		for _, p := range m.Parts[sp[0]:sp[1]] {
			if strings.TrimSpace(p.Text) != "" && (!plain || strings.HasSuffix(p.Source, "text/plain")) {
				return true
			}
		}
		return false
	}
	keep := -1
	for i, sp := range spans {
		if hasText(sp, true) {
			keep = i
			break
		}
	}
	// A plain version that is only a stub ("Please see the message
	// below", "View this message in HTML") beside a far fuller rich one:
	// the sender wrote the rich one, and the plain one says nothing of it.
	// A short plain version that the rich one repeats and then only
	// quotes an earlier message after (a brief reply above the thread) is
	// the message itself.
	if keep >= 0 {
		words := func(sp [2]int) []string {
			var w []string
			for _, p := range m.Parts[sp[0]:sp[1]] {
				w = append(w, strings.Fields(p.Text)...)
			}
			return w
		}
		for i := len(spans) - 1; i > keep; i-- {
			if hasText(spans[i], false) {
				plain, rich := words(spans[keep]), words(spans[i])
				if len(plain) < 25 && len(rich) > 4*len(plain) && !quotedAfter(strings.Join(rich, " "), strings.Join(plain, " ")) {
					keep = i
				}
				break
			}
		}
	}
	if keep < 0 {
		for i := len(spans) - 1; i >= 0; i-- {
			if hasText(spans[i], false) {
				keep = i
				break
			}
		}
	}
	if keep < 0 {
		return
	}
	first, last := spans[0][0], spans[len(spans)-1][1]
	kept := slices.Clone(m.Parts[spans[keep][0]:spans[keep][1]])
	m.Parts = append(append(m.Parts[:first:first], kept...), m.Parts[last:]...)
}

// quotedAfter reports a rich version that repeats the plain one and then
// only quotes an earlier message ("On Monday Jo Roe wrote:", "From: …",
// "-----Original Message-----"): the plain version is the whole message.
// A heading the rich version repeats above the full request is not.
func quotedAfter(rich, plain string) bool {
	i := strings.Index(rich, plain)
	if i < 0 {
		return false
	}
	rest := rich[i+len(plain):]
	return quoteOpening.MatchString(rest[:min(len(rest), 200)])
}

var quoteOpening = regexp.MustCompile(`(?i)^\s*(?:>|on\b[^\n]{0,120}\bwrote:|from:|-+\s*original message|sent:|le\b[^\n]{0,80}\ba écrit|am\b[^\n]{0,80}\bschrieb)`)

// attachment hashes a file part and, for PDF, DOCX and text files, reads its text.
func (m *Message) attachment(body io.Reader, prefix, ct, filename, kind string) error {
	h := sha256.New()
	var buf bytes.Buffer
	var w io.Writer = h
	if kind != "" {
		w = io.MultiWriter(h, &capWriter{buf: &buf, max: MaxPartText})
	}
	n, err := io.Copy(w, body)
	if err != nil {
		return fmt.Errorf("read attachment %q: %w", filename, err)
	}
	a := Attachment{Filename: filename, ContentType: ct, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}
	if kind != "" {
		var text string
		var terr error
		if n > MaxPartText {
			terr = fmt.Errorf("larger than %d bytes, text not read", MaxPartText)
		} else {
			switch kind {
			case "pdf", "docx":
				if err := m.ctx.Err(); err != nil {
					terr = fmt.Errorf("%s: not read: %w", kind, context.Cause(m.ctx))
				} else {
					text, terr = m.extract.Extract(m.ctx, kind, buf.Bytes())
				}
			case "html":
				text = HTMLText(buf.String())
			default:
				text = buf.String()
			}
		}
		if terr != nil {
			a.TextError = terr.Error()
			m.Warnings = append(m.Warnings, fmt.Sprintf("attachment %q: %v", filename, terr))
		}
		if strings.TrimSpace(text) != "" {
			m.Parts = append(m.Parts, TextPart{Source: prefix + kind + ":" + filename, Text: text})
		}
	}
	m.Attachments = append(m.Attachments, a)
	return nil
}

func textKind(ct, filename string) string {
	lower := strings.ToLower(filename)
	switch {
	case ct == "application/pdf" || strings.HasSuffix(lower, ".pdf"):
		return "pdf"
	case ct == "application/vnd.openxmlformats-officedocument.wordprocessingml.document" || strings.HasSuffix(lower, ".docx"):
		return "docx"
	case ct == "text/plain" || strings.HasSuffix(lower, ".txt"):
		return "text"
	case ct == "text/html" || strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm"):
		return "html"
	}
	return ""
}

type capWriter struct {
	buf *bytes.Buffer
	max int
}

func (c *capWriter) Write(p []byte) (int, error) {
	if room := c.max + 1 - c.buf.Len(); room > 0 {
		if len(p) < room {
			room = len(p)
		}
		c.buf.Write(p[:room])
	}
	return len(p), nil
}

func readCapped(r io.Reader) ([]byte, bool, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxPartText+1))
	if err != nil {
		return nil, false, err
	}
	if len(b) > MaxPartText {
		io.Copy(io.Discard, r)
		return b[:MaxPartText], true, nil
	}
	return b, false, nil
}

// ParseHeader reads only the header of a message, leaving the body unread.
func ParseHeader(r io.Reader) (*Message, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return nil, fmt.Errorf("mailparse: read header: %w", err)
	}
	return readHeader(e), nil
}

// parseDate reads the RFC 5322 date form nearly every mailer writes
// ("Mon, 02 Nov 2026 10:00:00 -0500", optionally with a zone comment)
// directly; anything else goes to net/mail's parser, which tries many
// layouts one after the other and costs ten times as much.
func parseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	for _, layout := range []string{"Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// readHeader fills a Message from an entity's header.
func readHeader(e *message.Entity) *Message {
	m := &Message{Fields: fields(e.Header)}
	h := mail.Header{Header: e.Header}
	if list, err := h.AddressList("From"); err == nil && len(list) > 0 {
		m.From = Address{Name: list[0].Name, Addr: strings.ToLower(list[0].Address)}
	} else if raw := e.Header.Get("From"); raw != "" {
		m.From = Address{Addr: strings.ToLower(strings.Trim(lastField(raw), "<>")), Name: unquotedName(raw)}
		m.Warnings = append(m.Warnings, fmt.Sprintf("unparsable From: %q", raw))
	}
	m.ReplyTo = addresses(h, "Reply-To")
	m.To = addresses(h, "To")
	if s, err := h.Subject(); err == nil {
		m.Subject = s
	} else {
		m.Subject = e.Header.Get("Subject")
	}
	if d, ok := parseDate(e.Header.Get("Date")); ok {
		m.Date = d
	} else if d, err := h.Date(); err == nil {
		m.Date = d
	}
	m.MessageID = msgID(e.Header.Get("Message-Id"))
	m.InReplyTo = msgID(e.Header.Get("In-Reply-To"))
	for _, id := range strings.Fields(e.Header.Get("References")) {
		if id = msgID(id); id != "" {
			m.References = append(m.References, id)
		}
	}
	return m
}
