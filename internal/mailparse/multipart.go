package mailparse

import (
	"mime"
	"mime/multipart"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// PartReader reads the parts of a multipart entity.
type PartReader struct {
	mr *multipart.Reader
}

// Multipart returns a reader of e's parts, or nil when e is no multipart.
//
// It reads with the standard library's multipart reader, not
// go-message's: go-message (v0.18) takes a line that only begins with the
// boundary and a hyphen ("--b-alt" inside "--b") for the boundary, so a
// nested multipart whose boundary extends its parent's, as Exchange's
// bounce reports write them, failed the whole message. RFC 2046 section
// 5.1.1 makes a delimiter "--b" followed only by white space or "--".
func Multipart(e *message.Entity) *PartReader {
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
	return &PartReader{mr: multipart.NewReader(e.Body, params["boundary"])}
}

// NextPart returns the next part as an entity whose body is decoded by its
// Content-Transfer-Encoding and charset, as go-message's own reader does;
// io.EOF after the last. Errors of an unknown charset or encoding come
// with a usable entity, as from message.New.
func (r *PartReader) NextPart() (*message.Entity, error) {
	p, err := r.mr.NextRawPart()
	if err != nil {
		return nil, err
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
