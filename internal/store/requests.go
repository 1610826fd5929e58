package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Request is one matter in the compliance queue.
type Request struct {
	ID        int64    `json:"-"`
	Ref       string   `json:"ref"`
	CreatedAt string   `json:"created_at"`
	UpdatedAt string   `json:"updated_at"`
	State     string   `json:"state"`
	Decision  string   `json:"decision"`
	Reasons   []string `json:"reasons"`
	Sender    string   `json:"sender"`
	Subject   string   `json:"subject"`
	Emergency bool     `json:"emergency"`
	Flags     []string `json:"flags"`
	// ClaimsRef is the reference of a request this one's message named
	// (subject or thread headers) but was not allowed to join: not
	// authenticated, or not from that request's sender.
	ClaimsRef string `json:"claims_ref,omitempty"`
	// Outcome is the compliance team's decision (produced, declined, …),
	// "" until a person decides; Decision is lerd's own.
	Outcome string `json:"outcome"`
	// Assignee is the reviewer working the request, "" if none.
	Assignee   string `json:"assignee"`
	TriageJSON string `json:"-"`
}

// MessageInfo is a stored message as shown with its request.
type MessageInfo struct {
	ID         int64  `json:"id"`
	SHA256     string `json:"sha256"`
	Size       int64  `json:"size"`
	MessageID  string `json:"message_id"`
	Source     string `json:"source"`
	StoredAt   string `json:"stored_at"`
	From       string `json:"from"`
	Subject    string `json:"subject"`
	Status     string `json:"status"`
	ParseError string `json:"parse_error,omitempty"`
	// BodyText is the text triage read (plain, HTML, PDF, DOCX; at most
	// 64 KiB), for people to read; the raw bytes remain the record.
	BodyText    string       `json:"body_text,omitempty"`
	Attachments []Attachment `json:"attachments"`
}

// Event is one entry of the audit log.
type Event struct {
	At        string `json:"at"`
	Kind      string `json:"kind"`
	Actor     string `json:"actor"`
	MessageID int64  `json:"message_id,omitempty"`
	Detail    string `json:"detail"`
}

// RequestDetail is a request with its messages and audit trail.
type RequestDetail struct {
	Request
	Messages []MessageInfo `json:"messages"`
	Events   []Event       `json:"events"`
	// Senders are the addresses verified for the request besides the
	// From address of its first message.
	Senders []string `json:"verified_senders,omitempty"`
	// ClaimedBy are the requests opened by messages that claimed to
	// continue this one and were not allowed to.
	ClaimedBy []string `json:"claimed_by,omitempty"`
}

const requestCols = `id, ref, created_at, updated_at, state, decision, reasons, sender, subject, emergency, flags, triage_json, claims_ref, outcome, assignee`

type rowScanner interface{ Scan(...any) error }

func scanRequest(row rowScanner) (*Request, error) {
	var r Request
	var reasons, flags string
	if err := row.Scan(&r.ID, &r.Ref, &r.CreatedAt, &r.UpdatedAt, &r.State, &r.Decision, &reasons, &r.Sender,
		&r.Subject, &r.Emergency, &flags, &r.TriageJSON, &r.ClaimsRef, &r.Outcome, &r.Assignee); err != nil {
		return nil, err
	}
	r.Reasons = strings.Fields(reasons)
	r.Flags = strings.Fields(flags)
	return &r, nil
}

type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}

func getRequest(q querier, where string, args ...any) (*Request, error) {
	r, err := scanRequest(q.QueryRow(`SELECT `+requestCols+` FROM requests WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("get request: %w", err)
	}
	return r, nil
}

// ListRequests returns the queue: emergencies first, then newest first.
func (s *Store) ListRequests(ctx context.Context) ([]Request, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+requestCols+` FROM requests ORDER BY emergency DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("store: list requests: %w", err)
	}
	defer rows.Close()
	var out []Request
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list requests: %w", err)
		}
		out = append(out, *r)
	}
	return out, rows.Err()
}

// GetRequest returns a request by reference with its messages and events.
func (s *Store) GetRequest(ctx context.Context, ref string) (*RequestDetail, error) {
	r, err := getRequest(s.db, `ref = ?`, ref)
	if err != nil {
		return nil, fmt.Errorf("store: request %s: %w", ref, err)
	}
	d := &RequestDetail{Request: *r}
	rows, err := s.db.QueryContext(ctx, `SELECT id, sha256, size, message_id, source, stored_at, from_addr, subject, status, parse_error, body_text
		FROM messages WHERE request_id = ? ORDER BY id`, r.ID)
	if err != nil {
		return nil, fmt.Errorf("store: request %s messages: %w", ref, err)
	}
	for rows.Next() {
		var m MessageInfo
		if err := rows.Scan(&m.ID, &m.SHA256, &m.Size, &m.MessageID, &m.Source, &m.StoredAt, &m.From, &m.Subject, &m.Status, &m.ParseError, &m.BodyText); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: request %s messages: %w", ref, err)
		}
		d.Messages = append(d.Messages, m)
	}
	rows.Close()
	for i := range d.Messages {
		atts, err := s.attachments(ctx, d.Messages[i].ID)
		if err != nil {
			return nil, fmt.Errorf("store: request %s: %w", ref, err)
		}
		d.Messages[i].Attachments = atts
	}
	if d.Senders, err = column[string](ctx, s.db, `SELECT address FROM request_senders WHERE request_id = ? ORDER BY added_at, address`, r.ID); err != nil {
		return nil, fmt.Errorf("store: request %s senders: %w", ref, err)
	}
	if d.ClaimedBy, err = column[string](ctx, s.db, `SELECT ref FROM requests WHERE claims_ref = ? ORDER BY id`, r.Ref); err != nil {
		return nil, fmt.Errorf("store: request %s claims: %w", ref, err)
	}
	ev, err := s.db.QueryContext(ctx, `SELECT at, kind, actor, COALESCE(message_id, 0), detail FROM events WHERE request_id = ? ORDER BY id`, r.ID)
	if err != nil {
		return nil, fmt.Errorf("store: request %s events: %w", ref, err)
	}
	defer ev.Close()
	for ev.Next() {
		var e Event
		if err := ev.Scan(&e.At, &e.Kind, &e.Actor, &e.MessageID, &e.Detail); err != nil {
			return nil, fmt.Errorf("store: request %s events: %w", ref, err)
		}
		d.Events = append(d.Events, e)
	}
	return d, ev.Err()
}

func (s *Store) attachments(ctx context.Context, msgID int64) ([]Attachment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT filename, content_type, size, sha256, text_error FROM attachments WHERE message_id = ? ORDER BY id`, msgID)
	if err != nil {
		return nil, fmt.Errorf("attachments of %d: %w", msgID, err)
	}
	defer rows.Close()
	var out []Attachment
	for rows.Next() {
		var a Attachment
		if err := rows.Scan(&a.Filename, &a.ContentType, &a.Size, &a.SHA256, &a.TextError); err != nil {
			return nil, fmt.Errorf("attachments of %d: %w", msgID, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// MessageTriage returns the per-message triage JSON of a request's messages,
// oldest first; tools that re-evaluate a request read it.
func (s *Store) MessageTriage(ctx context.Context, ref string) ([]string, error) {
	out, err := column[string](ctx, s.db, `SELECT m.triage_json FROM messages m JOIN requests r ON r.id = m.request_id
		WHERE r.ref = ? AND m.status <> ? ORDER BY m.id`, ref, StatusDuplicate)
	if err != nil {
		return nil, fmt.Errorf("store: triage of %s: %w", ref, err)
	}
	return out, nil
}

// column returns the one column of a query's rows, as T; q is the
// database or a transaction.
func column[T any](ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
