package mailparse

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// PartReader reads the parts of a multipart entity: NextPart returns each
// as an entity, then io.EOF.
type PartReader interface {
	NextPart() (*message.Entity, error)
}

// Multipart returns a reader of e's parts, or nil when e is no multipart.
//
// It reads with the standard library's multipart reader: go-message's
// (v0.18) takes a line that only begins with the boundary and a hyphen
// ("--b-alt" inside "--b") for the boundary, so a nested multipart whose
// boundary extends its parent's, as Exchange's bounce reports write them,
// failed the whole message. RFC 2046 section 5.1.1 makes a delimiter
// "--b" followed only by white space or "--". With legacy, it reads with
// go-message's reader, for what the standard library's stricter header
// reading refuses (a control character in a part's header field).
func Multipart(e *message.Entity, legacy bool) PartReader {
	if legacy {
		if mr := e.MultipartReader(); mr != nil {
			return mr
		}
		return nil
	}
	v := e.Header.Get("Content-Type")
	if v == "" {
		return nil
	}
	t, params, err := mime.ParseMediaType(v)
	if err != nil || !strings.HasPrefix(strings.ToLower(t), "multipart/") || params["boundary"] == "" {
		// go-message's reading of the same header, for what the standard
		// library rejects (an unquoted boundary with a special character).
		ct, p, _ := e.Header.ContentType()
		if !strings.HasPrefix(strings.ToLower(ct), "multipart/") || p["boundary"] == "" {
			return nil
		}
		params = p
	}
	return &stdParts{mr: multipart.NewReader(e.Body, params["boundary"])}
}

type stdParts struct {
	mr *multipart.Reader
}

// NextPart returns the next part as an entity whose body is decoded by its
// Content-Transfer-Encoding and charset, as go-message's own reader does;
// io.EOF after the last. Errors of an unknown charset or encoding come
// with a usable entity, as from message.New.
func (r *stdParts) NextPart() (*message.Entity, error) {
	p, err := r.mr.NextRawPart()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		// The reader wraps io.EOF when the input ends before any
		// delimiter ("multipart: NextPart: EOF"): a body whose boundary
		// never appears is an error, not a multipart without parts.
		return nil, errors.New(err.Error())
	}
	var h textproto.Header
	// The standard library keeps a part's fields in a map: the order of
	// fields in one part is lost, which nothing here reads.
	for k, vs := range p.Header {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	return message.New(message.Header{Header: h}, p)
}
