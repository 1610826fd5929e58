package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Message statuses.
const (
	StatusParsed    = "parsed"
	StatusMalformed = "malformed"
	StatusOversize  = "oversize"
	StatusDuplicate = "duplicate"
)

// Origin says where a message came from. Mailbox, UIDValidity and UID are set
// for IMAP intake so the store can tell which UIDs are already committed.
type Origin struct {
	Source      string
	Mailbox     string
	UIDValidity uint32
	UID         uint32
}

// Attachment describes one attachment of a stored message.
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	// TextError says why text could not be taken from an attachment that
	// should have had some (a broken PDF, say); empty otherwise.
	TextError string `json:"text_error,omitempty"`
}

// NewMessage is a fetched message ready to be committed.
type NewMessage struct {
	Spool      *Spool
	Origin     Origin
	MessageID  string
	From       string
	Subject    string
	Date       string
	InReplyTo  string
	References []string
	// Status is StatusParsed, StatusMalformed or StatusOversize.
	Status      string
	ParseError  string
	BodyText    string
	TriageJSON  []byte
	Attachments []Attachment
}

// RequestUpdate is the new state of a request computed by a Decider.
type RequestUpdate struct {
	State      string
	Decision   string
	Reasons    []string
	Sender     string
	Subject    string
	Emergency  bool
	Flags      []string
	TriageJSON []byte
	// Event describes the change for the audit log.
	Event string
}

// Decider computes a request's new state when a message joins it; prior is
// nil for a new request. It runs inside the saving transaction and must not
// touch the store.
type Decider func(prior *Request) RequestUpdate

// SaveResult tells what Save did with a message.
type SaveResult struct {
	MessageID int64
	RequestID int64
	Ref       string
	// Duplicate is set when the bytes or the Message-ID were seen before; no
	// request was created or changed.
	Duplicate bool
	// Joined is set when the message joined an existing request.
	Joined bool
}

var refPattern = regexp.MustCompile(`LER-\d{4}-\d{6}`)

// FindRef returns the first lerd reference (LER-YYYY-NNNNNN) in s, or "".
func FindRef(s string) string { return refPattern.FindString(s) }

// LookupSHA returns the stored message with these raw bytes, if any.
func (s *Store) LookupSHA(ctx context.Context, sha string) (int64, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM messages WHERE sha256 = ?`, sha).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: lookup sha %s: %w", sha, err)
	}
	return id, true, nil
}

// Save commits a message: its raw file, its row and attachments, the IMAP UID
// that delivered it, and the request it opens or joins, all in one
// transaction. A message whose bytes or Message-ID are already stored is
// recorded as a duplicate and changes no request.
func (s *Store) Save(ctx context.Context, m NewMessage, decide Decider) (SaveResult, error) {
	var res SaveResult
	if err := s.keep(m.Spool); err != nil {
		return res, err
	}
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var existing int64
		err := tx.QueryRow(`SELECT id FROM messages WHERE sha256 = ?`, m.Spool.SHA256).Scan(&existing)
		switch {
		case err == nil:
			res = SaveResult{MessageID: existing, Duplicate: true}
			if err := recordUID(tx, m.Origin, existing); err != nil {
				return err
			}
			return addEvent(tx, now, 0, existing, "duplicate_fetch", "intake", m.Origin.Source)
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("lookup sha: %w", err)
		}

		var dupOf, dupReq sql.NullInt64
		if m.MessageID != "" {
			err := tx.QueryRow(`SELECT id, request_id FROM messages WHERE message_id = ? AND status <> ? ORDER BY id LIMIT 1`,
				m.MessageID, StatusDuplicate).Scan(&dupOf, &dupReq)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("lookup message-id: %w", err)
			}
		}
		status := m.Status
		if dupOf.Valid {
			status = StatusDuplicate
		}
		r, err := tx.Exec(`INSERT INTO messages (sha256, size, message_id, source, stored_at, from_addr, subject, date,
			in_reply_to, refs, status, parse_error, duplicate_of, body_text, triage_json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.Spool.SHA256, m.Spool.Size, m.MessageID, m.Origin.Source, now, m.From, m.Subject, m.Date,
			m.InReplyTo, strings.Join(m.References, " "), status, m.ParseError, dupOf, m.BodyText, string(m.TriageJSON))
		if err != nil {
			return fmt.Errorf("insert message: %w", err)
		}
		msgID, _ := r.LastInsertId()
		res.MessageID = msgID
		for _, a := range m.Attachments {
			if _, err := tx.Exec(`INSERT INTO attachments (message_id, filename, content_type, size, sha256, text_error) VALUES (?, ?, ?, ?, ?, ?)`,
				msgID, a.Filename, a.ContentType, a.Size, a.SHA256, a.TextError); err != nil {
				return fmt.Errorf("insert attachment: %w", err)
			}
		}
		if err := recordUID(tx, m.Origin, msgID); err != nil {
			return err
		}
		if dupOf.Valid {
			res.Duplicate = true
			if _, err := tx.Exec(`UPDATE messages SET request_id = ? WHERE id = ?`, dupReq, msgID); err != nil {
				return fmt.Errorf("link duplicate: %w", err)
			}
			return addEvent(tx, now, dupReq.Int64, msgID, "duplicate_message_id", "intake",
				fmt.Sprintf("same Message-ID as message %d", dupOf.Int64))
		}
		if err := addEvent(tx, now, 0, msgID, "message_stored", "intake", m.Origin.Source+" status="+status); err != nil {
			return err
		}

		prior, err := findThread(tx, m)
		if err != nil {
			return err
		}
		upd := decide(prior)
		var reqID int64
		if prior != nil {
			reqID = prior.ID
			res.Ref = prior.Ref
			res.Joined = true
			if _, err := tx.Exec(`UPDATE requests SET updated_at = ?, state = ?, decision = ?, reasons = ?, emergency = ?, flags = ?, triage_json = ? WHERE id = ?`,
				now, upd.State, upd.Decision, strings.Join(upd.Reasons, " "), upd.Emergency, strings.Join(upd.Flags, " "), string(upd.TriageJSON), reqID); err != nil {
				return fmt.Errorf("update request %s: %w", prior.Ref, err)
			}
		} else {
			year := s.now().UTC().Year()
			var seq int64
			if err := tx.QueryRow(`SELECT COALESCE(MAX(seq), 0) + 1 FROM requests WHERE year = ?`, year).Scan(&seq); err != nil {
				return fmt.Errorf("next reference: %w", err)
			}
			res.Ref = fmt.Sprintf("LER-%04d-%06d", year, seq)
			r, err := tx.Exec(`INSERT INTO requests (ref, year, seq, created_at, updated_at, state, decision, reasons, sender, subject, emergency, flags, triage_json)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				res.Ref, year, seq, now, now, upd.State, upd.Decision, strings.Join(upd.Reasons, " "), upd.Sender, upd.Subject,
				upd.Emergency, strings.Join(upd.Flags, " "), string(upd.TriageJSON))
			if err != nil {
				return fmt.Errorf("insert request: %w", err)
			}
			reqID, _ = r.LastInsertId()
			if err := addEvent(tx, now, reqID, msgID, "request_opened", "intake", res.Ref); err != nil {
				return err
			}
		}
		res.RequestID = reqID
		if _, err := tx.Exec(`UPDATE messages SET request_id = ? WHERE id = ?`, reqID, msgID); err != nil {
			return fmt.Errorf("link message: %w", err)
		}
		detail := upd.Event
		if detail == "" {
			detail = "decision=" + upd.Decision
		}
		return addEvent(tx, now, reqID, msgID, "triaged", "triage", detail)
	})
	if err != nil {
		return SaveResult{}, fmt.Errorf("store: save message %s: %w", m.Spool.SHA256, err)
	}
	return res, nil
}

func recordUID(tx *sql.Tx, o Origin, msgID int64) error {
	if o.Mailbox == "" || o.UID == 0 {
		return nil
	}
	_, err := tx.Exec(`INSERT OR IGNORE INTO imap_uids (mailbox, uidvalidity, uid, message_id) VALUES (?, ?, ?, ?)`,
		o.Mailbox, o.UIDValidity, o.UID, msgID)
	if err != nil {
		return fmt.Errorf("record uid %d: %w", o.UID, err)
	}
	return nil
}

// findThread finds the request a message continues: one of our references in
// the subject, or In-Reply-To/References naming a stored message. A message
// joins only a request whose sender has the same domain, so that a stranger
// who learns a Message-ID cannot add to, or change the decision on, someone
// else's request.
func findThread(tx *sql.Tx, m NewMessage) (*Request, error) {
	var candidates []int64
	if ref := FindRef(m.Subject); ref != "" {
		var id int64
		err := tx.QueryRow(`SELECT id FROM requests WHERE ref = ?`, ref).Scan(&id)
		if err == nil {
			candidates = append(candidates, id)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("find thread by ref: %w", err)
		}
	}
	ids := append([]string{m.InReplyTo}, m.References...)
	for i := len(ids) - 1; i >= 0; i-- {
		if ids[i] == "" {
			continue
		}
		var id sql.NullInt64
		err := tx.QueryRow(`SELECT request_id FROM messages WHERE message_id = ? AND request_id IS NOT NULL ORDER BY id LIMIT 1`, ids[i]).Scan(&id)
		if err == nil && id.Valid {
			candidates = append(candidates, id.Int64)
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("find thread by message-id: %w", err)
		}
	}
	for _, id := range candidates {
		r, err := getRequest(tx, `id = ?`, id)
		if err != nil {
			return nil, err
		}
		if sameDomain(r.Sender, m.From) {
			return r, nil
		}
	}
	return nil, nil
}

func sameDomain(a, b string) bool {
	_, da, ok1 := strings.Cut(strings.ToLower(a), "@")
	_, db, ok2 := strings.Cut(strings.ToLower(b), "@")
	return ok1 && ok2 && da == db
}
