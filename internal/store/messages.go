package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
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

// NewMessage is a fetched and parsed message ready to be committed.
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
	Attachments []Attachment
}

// SaveResult tells what the store did with a message.
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

// SaveBatch commits messages as they arrived: raw bytes, rows, attachments
// and the IMAP UIDs that delivered them, in one transaction. The raw bytes
// are on disk (one segment file for the batch, synced once) before the
// transaction commits. A message whose bytes are already stored is recorded
// as a duplicate fetch; one whose Message-ID, From and Date are already
// stored is kept with status duplicate. Every new message then waits for triage (Triage).
func (s *Store) SaveBatch(ctx context.Context, msgs []NewMessage) ([]SaveResult, error) {
	// The raw bytes are written while the rows are inserted, so the disk
	// and SQLite work at the same time; the transaction commits only once
	// the bytes are synced.
	seg := s.planSegment(msgs)
	written := make(chan error, 1)
	go func() {
		err := s.writeSegment(&seg, msgs)
		for _, m := range msgs {
			if err == nil {
				err = s.keep(m.Spool)
			}
		}
		written <- err
	}()
	// Waited for before the commit, or after a transaction that failed
	// earlier, whichever comes first.
	wait := sync.OnceValue(func() error { return <-written })
	now := s.stamp()
	res := make([]SaveResult, len(msgs))
	err := s.tx(ctx, func(tx *sql.Tx) error {
		b, err := newBatchWriter(tx, msgs)
		if err != nil {
			return err
		}
		for i, m := range msgs {
			var loc rawLoc
			if seg.offsets[i] >= 0 {
				loc = rawLoc{segment: seg.name, offset: seg.offsets[i]}
			}
			r, err := b.save(now, m, loc)
			if err != nil {
				return fmt.Errorf("message %s: %w", m.Spool.SHA256, err)
			}
			res[i] = r
		}
		if err := b.flush(); err != nil {
			return err
		}
		return wait()
	})
	if werr := wait(); err != nil || werr != nil {
		if seg.created {
			os.Remove(s.segmentPath(seg.name))
		}
		if err == nil {
			err = werr
		}
		return nil, fmt.Errorf("store: save %d messages: %w", len(msgs), err)
	}
	return res, nil
}

// rawLoc is where in a segment a message's bytes are; the zero value means
// a file of its own (or no bytes at all).
type rawLoc struct {
	segment string
	offset  int64
}

// batchWriter stores the messages of one batch with as few statements as
// it can: the duplicate lookups for the whole batch up front, one INSERT
// per message, and the attachments, UIDs and audit events as multi-row
// INSERTs at the end. Per-statement overhead, not SQLite's own work, was
// most of the cost of a commit.
type batchWriter struct {
	tx *sql.Tx
	// bySHA and byIdentity hold what is stored, including what this batch
	// stored so far, so duplicates within a batch are found too.
	// byMessageID holds the first message of each Message-ID, to record a
	// Message-ID another message reuses.
	bySHA       map[string]int64
	byIdentity  map[string]int64
	byMessageID map[string]int64
	atts, uids  [][]any
	events      [][]any
}

func newBatchWriter(tx *sql.Tx, msgs []NewMessage) (*batchWriter, error) {
	b := &batchWriter{tx: tx, bySHA: map[string]int64{}, byIdentity: map[string]int64{}, byMessageID: map[string]int64{}}
	var shas, mids []any
	for _, m := range msgs {
		shas = append(shas, m.Spool.SHA256)
		if m.MessageID != "" {
			mids = append(mids, m.MessageID)
		}
	}
	err := eachChunk(shas, func(chunk []any) error {
		return b.lookup(`SELECT sha256, id FROM messages WHERE sha256 IN (`+placeholders(len(chunk))+`)`, chunk, b.bySHA)
	})
	if err != nil {
		return nil, fmt.Errorf("lookup sha: %w", err)
	}
	// The first stored message with a Message-ID that is not itself a
	// duplicate; the minimum is taken here, since ORDER BY or MIN() in SQL
	// makes SQLite walk the table in id order instead of using the index.
	err = eachChunk(mids, func(chunk []any) error {
		rows, err := b.tx.Query(`SELECT id, message_id, from_addr, date, subject FROM messages WHERE message_id IN (`+placeholders(len(chunk))+`) AND message_id <> '' AND status <> '`+StatusDuplicate+`'`, chunk...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var mid, from, date, subject string
			if err := rows.Scan(&id, &mid, &from, &date, &subject); err != nil {
				return err
			}
			keepLowest(b.byMessageID, mid, id)
			keepLowest(b.byIdentity, identity(mid, from, date, subject), id)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("lookup message-id: %w", err)
	}
	return b, nil
}

// lookup adds the (key, id) rows of q to m, keeping the lowest id per key.
func (b *batchWriter) lookup(q string, args []any, m map[string]int64) error {
	rows, err := b.tx.Query(q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var key string
		var id int64
		if err := rows.Scan(&key, &id); err != nil {
			return err
		}
		keepLowest(m, key, id)
	}
	return rows.Err()
}

// keepLowest records id under key unless a lower id is there.
func keepLowest(m map[string]int64, key string, id int64) {
	if old, ok := m[key]; !ok || id < old {
		m[key] = id
	}
}

// identity is what makes two stored copies one message: the same
// Message-ID, From and Date. A message delivered twice (another route, new
// Received lines, a gateway's "[EXTERNAL]" tag in its subject) has them
// all; a different message whose sender's software reused a Message-ID
// (scanners and ticket systems do) does not, and is a request of its own
// rather than a duplicate nobody reads.
func identity(messageID, from, date, subject string) string {
	// Without a Date the subject must match too: two messages of one
	// sender's broken software, dateless, are not one message by their
	// Message-ID alone.
	if strings.TrimSpace(date) != "" {
		subject = ""
	}
	return strings.Join([]string{messageID, strings.ToLower(strings.TrimSpace(from)), date, subject}, "\x00")
}

func (b *batchWriter) save(now string, m NewMessage, loc rawLoc) (SaveResult, error) {
	if id, ok := b.bySHA[m.Spool.SHA256]; ok {
		b.uid(m.Origin, id)
		b.event(now, id, "duplicate_fetch", m.Origin.Source)
		return SaveResult{MessageID: id, Duplicate: true}, nil
	}
	var dupOf sql.NullInt64
	key := identity(m.MessageID, m.From, m.Date, m.Subject)
	if id, ok := b.byIdentity[key]; ok && m.MessageID != "" {
		dupOf = sql.NullInt64{Int64: id, Valid: true}
	}
	reused, isReused := b.byMessageID[m.MessageID]
	isReused = isReused && !dupOf.Valid && m.MessageID != ""
	status := m.Status
	if dupOf.Valid {
		status = StatusDuplicate
	}
	r, err := b.tx.Exec(`INSERT INTO messages (sha256, size, message_id, source, stored_at, from_addr, subject, date,
		in_reply_to, refs, status, parse_error, duplicate_of, raw_segment, raw_offset)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Spool.SHA256, m.Spool.Size, m.MessageID, m.Origin.Source, now, m.From, m.Subject, m.Date,
		m.InReplyTo, strings.Join(m.References, " "), status, m.ParseError, dupOf, loc.segment, loc.offset)
	if err != nil {
		return SaveResult{}, fmt.Errorf("insert message: %w", err)
	}
	id, err := r.LastInsertId()
	if err != nil {
		return SaveResult{}, fmt.Errorf("insert message: %w", err)
	}
	b.bySHA[m.Spool.SHA256] = id
	if m.MessageID != "" && !dupOf.Valid {
		keepLowest(b.byIdentity, key, id)
		keepLowest(b.byMessageID, m.MessageID, id)
	}
	for _, a := range m.Attachments {
		b.atts = append(b.atts, []any{id, a.Filename, a.ContentType, a.Size, a.SHA256, a.TextError})
	}
	b.uid(m.Origin, id)
	b.event(now, id, "message_stored", m.Origin.Source+" status="+status)
	if isReused {
		b.event(now, id, "message_id_reused", fmt.Sprintf("same Message-ID as message %d, another sender or date: not a duplicate", reused))
	}
	return SaveResult{MessageID: id, Duplicate: dupOf.Valid}, nil
}

// uid notes which IMAP UID delivered a message, for IMAP intake.
func (b *batchWriter) uid(o Origin, msgID int64) {
	if o.Mailbox != "" && o.UID != 0 {
		b.uids = append(b.uids, []any{o.Mailbox, o.UIDValidity, o.UID, msgID})
	}
}

func (b *batchWriter) event(at string, msgID int64, kind, detail string) {
	b.events = append(b.events, []any{at, nil, msgID, kind, "intake", detail})
}

// flush writes the collected rows.
func (b *batchWriter) flush() error {
	if err := insertRows(b.tx, `INSERT INTO attachments (message_id, filename, content_type, size, sha256, text_error) VALUES `, b.atts); err != nil {
		return fmt.Errorf("insert attachments: %w", err)
	}
	if err := insertRows(b.tx, `INSERT OR IGNORE INTO imap_uids (mailbox, uidvalidity, uid, message_id) VALUES `, b.uids); err != nil {
		return fmt.Errorf("record uids: %w", err)
	}
	if err := insertRows(b.tx, `INSERT INTO events (at, request_id, message_id, kind, actor, detail) VALUES `, b.events); err != nil {
		return fmt.Errorf("add events: %w", err)
	}
	return nil
}

// chunkRows bounds the rows of one multi-row statement, well below SQLite's
// limit of 32,766 parameters.
const chunkRows = 200

// insertRows runs prefix followed by as many "(?, …)" tuples as rows,
// chunkRows at a time; every row has the same number of values.
func insertRows(tx *sql.Tx, prefix string, rows [][]any) error {
	for len(rows) > 0 {
		chunk := rows[:min(chunkRows, len(rows))]
		rows = rows[len(chunk):]
		tuple := "(" + placeholders(len(chunk[0])) + ")"
		var q strings.Builder
		q.WriteString(prefix)
		args := make([]any, 0, len(chunk)*len(chunk[0]))
		for i, r := range chunk {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString(tuple)
			args = append(args, r...)
		}
		if _, err := tx.Exec(q.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

// eachChunk calls fn with consecutive pieces of args of at most chunkRows.
func eachChunk(args []any, fn func([]any) error) error {
	for len(args) > 0 {
		chunk := args[:min(chunkRows, len(args))]
		args = args[len(chunk):]
		if err := fn(chunk); err != nil {
			return err
		}
	}
	return nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// Pending is a committed message that waits for triage.
type Pending struct {
	ID         int64
	SHA256     string
	Status     string
	ParseError string
	From       string
	Subject    string
	MessageID  string
	InReplyTo  string
	References []string
	// DuplicateOf is the first message with the same Message-ID, for
	// status duplicate.
	DuplicateOf int64
}

// Pending returns up to limit messages waiting for triage, oldest first, so
// that an original is triaged before its follow-ups.
func (s *Store) Pending(ctx context.Context, limit int) ([]Pending, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, sha256, status, parse_error, from_addr, subject, message_id, in_reply_to, refs, COALESCE(duplicate_of, 0)
		FROM messages WHERE triaged_at IS NULL ORDER BY id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending: %w", err)
	}
	defer rows.Close()
	var out []Pending
	for rows.Next() {
		var p Pending
		var refs string
		if err := rows.Scan(&p.ID, &p.SHA256, &p.Status, &p.ParseError, &p.From, &p.Subject, &p.MessageID, &p.InReplyTo, &refs, &p.DuplicateOf); err != nil {
			return nil, fmt.Errorf("store: pending: %w", err)
		}
		p.References = strings.Fields(refs)
		out = append(out, p)
	}
	return out, rows.Err()
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
	// Replies are written to the outbox with the decision.
	Replies []Reply
	// Deadlines are the request's timers (preservation, NDO end).
	Deadlines []Deadline
}

// Decider computes a request's new state when a message joins it; prior is
// nil for a new request, ref is the request's reference either way. It runs
// inside the transaction and must not touch the store.
type Decider func(prior *Request, ref string) RequestUpdate

// Findings are what triage read in one message: kept on the message's row.
type Findings struct {
	// JSON is the message's own triage result.
	JSON []byte
	// BodyText is the message's text (plain, HTML, PDF, DOCX), for display
	// and search; the raw bytes remain the record.
	BodyText string
	// AttachmentErrors are the attachments (by SHA-256) whose text could
	// not be read, with the reason; intake records attachments without
	// reading their text.
	AttachmentErrors []Attachment
	// BySender asks, for a message that names no request, for the recent
	// requests its From address opened (ViaSender): the caller knows the
	// message is an authenticated reply that may continue one by subject.
	BySender bool
}

// ThreadCandidate is a request a message names as the one it continues.
// Naming a request is no authority: anyone can quote a reference or a
// Message-ID. The caller's Router decides whether the message may join.
type ThreadCandidate struct {
	Request *Request
	// Via says how the message named it: ViaReference (our LER-… in the
	// subject) or ViaMessageID (In-Reply-To or References naming one of
	// its messages or of our replies); or ViaSender, a request opened by
	// the message's From address, listed only when the message names
	// none, for a Router that may match it by subject.
	Via string
	// Senders are the addresses that may continue the request, lower-cased:
	// the From address of its first message and those verified for it
	// (AddSender).
	Senders []string
}

// How a message named a request.
const (
	ViaReference = "reference"
	ViaMessageID = "message_id"
	ViaSender    = "sender"
)

// senderCandidates bounds the requests of one sender offered to a Router
// when a message names none: the latest are the ones a reply continues.
const senderCandidates = 20

// senderRequestsQuery lists a sender's recent requests, newest first; the
// index requests_sender (migration 10) serves it.
const senderRequestsQuery = `SELECT id FROM requests WHERE lower(sender) = ? AND updated_at >= ? ORDER BY id DESC LIMIT ?`

// senderWindow bounds how long ago such a request may last have changed.
const senderWindow = 180 * 24 * time.Hour

// Route is where a message goes: into Join, an existing request, or
// (Join nil) into a request of its own, which records Claims, the
// reference of a request the message named but may not join.
type Route struct {
	Join   *Request
	Claims string
}

// Router chooses a message's route among the requests it names (none, one
// or several, the subject's reference first). It runs inside the triage
// transaction and must not touch the store. Join must be one of the
// candidates' requests.
type Router func([]ThreadCandidate) Route

// Triage records the triage of one pending message: it opens the request
// the message starts, or updates the one it continues, and marks the
// message triaged, in one transaction. A message triaged already (by
// another lerd process) is left alone. found is the message's own
// findings; route chooses the request it joins, if any (nil: never joins);
// decide gives the request's new state.
func (s *Store) Triage(ctx context.Context, p Pending, found Findings, route Router, decide Decider) (SaveResult, error) {
	now := s.stamp()
	var res SaveResult
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var done sql.NullString
		if err := tx.QueryRow(`SELECT triaged_at FROM messages WHERE id = ?`, p.ID).Scan(&done); err != nil {
			return fmt.Errorf("load message: %w", err)
		}
		res.MessageID = p.ID
		if done.Valid {
			return nil
		}
		if p.Status == StatusDuplicate {
			res.Duplicate = true
			var req sql.NullInt64
			if err := tx.QueryRow(`SELECT request_id FROM messages WHERE id = ?`, p.DuplicateOf).Scan(&req); err != nil {
				return fmt.Errorf("load original %d: %w", p.DuplicateOf, err)
			}
			if _, err := tx.Exec(`UPDATE messages SET request_id = ?, triaged_at = ? WHERE id = ?`, req, now, p.ID); err != nil {
				return fmt.Errorf("link duplicate: %w", err)
			}
			return addEvent(tx, now, req.Int64, p.ID, "duplicate_message_id", "intake", fmt.Sprintf("same Message-ID as message %d", p.DuplicateOf))
		}
		cands, err := threadCandidates(tx, p, found.BySender, s.now())
		if err != nil {
			return err
		}
		var rt Route
		if route != nil && len(cands) > 0 {
			rt = route(cands)
		}
		if rt.Join != nil && !slices.ContainsFunc(cands, func(c ThreadCandidate) bool { return c.Request.ID == rt.Join.ID }) {
			return fmt.Errorf("router chose request %s, which the message does not name", rt.Join.Ref)
		}
		prior := rt.Join
		var reqID int64
		var year, seq int64
		if prior != nil {
			reqID, res.Ref, res.Joined = prior.ID, prior.Ref, true
		} else {
			year = int64(s.now().UTC().Year())
			if err := tx.QueryRow(`SELECT COALESCE(MAX(seq), 0) + 1 FROM requests WHERE year = ?`, year).Scan(&seq); err != nil {
				return fmt.Errorf("next reference: %w", err)
			}
			res.Ref = fmt.Sprintf("LER-%04d-%06d", year, seq)
		}
		upd := decide(prior, res.Ref)
		if prior == nil && upd.Sender != "" {
			// A sender never seen before deserves a closer look: hijacked
			// and impostor mailboxes write once (lessons from peers #2).
			var seen int
			if err := tx.QueryRow(`SELECT count(*) FROM requests WHERE sender = ?`, upd.Sender).Scan(&seen); err != nil {
				return fmt.Errorf("sender history: %w", err)
			}
			if seen == 0 {
				upd.Flags = append(upd.Flags, "first_time_sender")
			}
		}
		if prior != nil {
			// Flags accumulate: what was noticed once (first-time sender, a
			// refused reply, a lapsed preservation) stays noticed.
			flags := prior.Flags
			for _, f := range upd.Flags {
				if !slices.Contains(flags, f) {
					flags = append(flags, f)
				}
			}
			if _, err := tx.Exec(`UPDATE requests SET updated_at = ?, state = ?, decision = ?, reasons = ?, emergency = ?, flags = ?, triage_json = ? WHERE id = ?`,
				now, upd.State, upd.Decision, strings.Join(upd.Reasons, " "), upd.Emergency, strings.Join(flags, " "), string(upd.TriageJSON), reqID); err != nil {
				return fmt.Errorf("update request %s: %w", prior.Ref, err)
			}
		} else {
			r, err := tx.Exec(`INSERT INTO requests (ref, year, seq, created_at, updated_at, state, decision, reasons, sender, subject, emergency, flags, triage_json, claims_ref)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				res.Ref, year, seq, now, now, upd.State, upd.Decision, strings.Join(upd.Reasons, " "), upd.Sender, upd.Subject,
				upd.Emergency, strings.Join(upd.Flags, " "), string(upd.TriageJSON), rt.Claims)
			if err != nil {
				return fmt.Errorf("insert request: %w", err)
			}
			reqID, _ = r.LastInsertId()
			opened := res.Ref
			if rt.Claims != "" {
				opened += " claims to continue " + rt.Claims
			}
			if err := addEvent(tx, now, reqID, p.ID, "request_opened", "intake", opened); err != nil {
				return err
			}
		}
		res.RequestID = reqID
		if _, err := tx.Exec(`UPDATE messages SET request_id = ?, triage_json = ?, body_text = ?, triaged_at = ? WHERE id = ?`, reqID, string(found.JSON), found.BodyText, now, p.ID); err != nil {
			return fmt.Errorf("link message: %w", err)
		}
		for _, a := range found.AttachmentErrors {
			if _, err := tx.Exec(`UPDATE attachments SET text_error = ? WHERE message_id = ? AND sha256 = ?`, a.TextError, p.ID, a.SHA256); err != nil {
				return fmt.Errorf("attachment text error: %w", err)
			}
		}
		detail := upd.Event
		if detail == "" {
			detail = "decision=" + upd.Decision
		}
		if err := addEvent(tx, now, reqID, p.ID, "triaged", "triage", detail); err != nil {
			return err
		}
		if err := insertDeadlines(tx, now, reqID, upd.Deadlines); err != nil {
			return err
		}
		return insertReplies(tx, now, reqID, p.ID, res.Ref, "responder", upd.Replies)
	})
	if err != nil {
		return SaveResult{}, fmt.Errorf("store: triage message %d: %w", p.ID, err)
	}
	return res, nil
}

// threadCandidates looks up the requests a message names: our reference
// in its subject, then In-Reply-To and References (last first) naming a
// stored message or one of our replies; naming none, when bySender, the
// latest requests its From address opened. Each request is listed once, with
// the addresses that may continue it; whether the message may is not the
// store's to decide.
func threadCandidates(tx *sql.Tx, p Pending, bySender bool, now time.Time) ([]ThreadCandidate, error) {
	type named struct {
		id  int64
		via string
	}
	var ids []named
	if ref := FindRef(p.Subject); ref != "" {
		var id int64
		err := tx.QueryRow(`SELECT id FROM requests WHERE ref = ?`, ref).Scan(&id)
		if err == nil {
			ids = append(ids, named{id, ViaReference})
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("find thread by reference: %w", err)
		}
	}
	mids := append([]string{p.InReplyTo}, p.References...)
	for i := len(mids) - 1; i >= 0; i-- {
		if mids[i] == "" {
			continue
		}
		// A stored message of the thread, or one of our replies.
		var id sql.NullInt64
		// A Message-ID another sender's software reused names two
		// requests; the first stored is the thread's.
		err := tx.QueryRow(`SELECT request_id FROM (SELECT request_id, 0 AS src, id FROM messages WHERE message_id = ? AND message_id <> '' AND request_id IS NOT NULL
			UNION ALL SELECT request_id, 1 AS src, id FROM outbox WHERE message_id = ? AND message_id <> '') ORDER BY src, id LIMIT 1`, mids[i], mids[i]).Scan(&id)
		if err == nil && id.Valid {
			ids = append(ids, named{id.Int64, ViaMessageID})
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("find thread by message-id: %w", err)
		}
	}
	if len(ids) == 0 && bySender && p.From != "" {
		// Agencies answer our replies from clients that drop or rewrite
		// the thread headers; the Router may still recognise the
		// request by its subject. The newest first, of the last months
		// only: an old subject reused heads a new request.
		byFrom, err := column[int64](context.Background(), tx, senderRequestsQuery,
			strings.ToLower(strings.TrimSpace(p.From)), now.Add(-senderWindow).UTC().Format(time.RFC3339Nano), senderCandidates)
		if err != nil {
			return nil, fmt.Errorf("find thread by sender: %w", err)
		}
		for _, id := range byFrom {
			ids = append(ids, named{id, ViaSender})
		}
	}
	var out []ThreadCandidate
	for _, n := range ids {
		if slices.ContainsFunc(out, func(c ThreadCandidate) bool { return c.Request.ID == n.id }) {
			continue
		}
		r, err := getRequest(tx, `id = ?`, n.id)
		if err != nil {
			return nil, fmt.Errorf("find thread: %w", err)
		}
		senders, err := requestSenders(tx, n.id)
		if err != nil {
			return nil, err
		}
		out = append(out, ThreadCandidate{Request: r, Via: n.via, Senders: senders})
	}
	return out, nil
}

// requestSenders returns the addresses that may continue a request: the
// From address of its first message and those verified for it.
func requestSenders(tx *sql.Tx, reqID int64) ([]string, error) {
	addrs, err := column[string](context.Background(), tx, `SELECT from_addr FROM (SELECT from_addr FROM messages WHERE request_id = ? AND status <> ? ORDER BY id LIMIT 1)
		UNION ALL SELECT address FROM request_senders WHERE request_id = ?`, reqID, StatusDuplicate, reqID)
	if err != nil {
		return nil, fmt.Errorf("senders of request %d: %w", reqID, err)
	}
	var out []string
	for _, a := range addrs {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out, nil
}

// AddSender records address as verified for a request by actor (who
// checked it out of band): an authenticated message from it may then
// continue the request. It is an audit event.
func (s *Store) AddSender(ctx context.Context, ref, address, actor string) error {
	address = strings.ToLower(strings.TrimSpace(address))
	local, domain, ok := strings.Cut(address, "@")
	if !ok || local == "" || domain == "" || strings.Contains(domain, "@") || strings.ContainsAny(address, " \t\r\n<>,;") {
		return fmt.Errorf("store: add sender to %s: %q is not an e-mail address", ref, address)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := getRequest(tx, `ref = ?`, ref)
		if err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.Exec(`INSERT OR IGNORE INTO request_senders (request_id, address, added_by, added_at) VALUES (?, ?, ?, ?)`, r.ID, address, actor, now)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		return addEvent(tx, now, r.ID, 0, "sender_verified", actor, address)
	})
	if err != nil {
		return fmt.Errorf("store: add sender to %s: %w", ref, err)
	}
	return nil
}

// MessageRequest returns the request a message belongs to and whether the
// message joined it rather than opening it; ok is false while the message
// waits for triage or belongs to no request.
func (s *Store) MessageRequest(ctx context.Context, msgID int64) (r *Request, joined bool, ok bool, err error) {
	var reqID sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT request_id FROM messages WHERE id = ?`, msgID).Scan(&reqID); err != nil {
		return nil, false, false, fmt.Errorf("store: message %d: %w", msgID, err)
	}
	if !reqID.Valid {
		return nil, false, false, nil
	}
	r, err = getRequest(s.db, `id = ?`, reqID.Int64)
	if err != nil {
		return nil, false, false, fmt.Errorf("store: message %d: %w", msgID, err)
	}
	var first int64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(id) FROM messages WHERE request_id = ? AND status <> ?`, reqID.Int64, StatusDuplicate).Scan(&first); err != nil {
		return nil, false, false, fmt.Errorf("store: message %d: %w", msgID, err)
	}
	return r, first != msgID, true, nil
}

// CommittedUIDs returns which UIDs between lo and hi of a mailbox (at one
// UIDVALIDITY) delivered stored messages. The range keeps the answer as
// small as the mailbox, not as large as its history.
func (s *Store) CommittedUIDs(ctx context.Context, mailbox string, uidValidity, lo, hi uint32) (map[uint32]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT uid FROM imap_uids WHERE mailbox = ? AND uidvalidity = ? AND uid BETWEEN ? AND ?`, mailbox, uidValidity, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("store: committed uids: %w", err)
	}
	defer rows.Close()
	out := map[uint32]bool{}
	for rows.Next() {
		var u uint32
		if err := rows.Scan(&u); err != nil {
			return nil, fmt.Errorf("store: committed uids: %w", err)
		}
		out[u] = true
	}
	return out, rows.Err()
}

// AnswerTo returns the message of request ref that a reviewer's letter
// answers: the latest from the request's sender (the authenticated From
// its replies go to), else its first message. Duplicates are skipped.
func (s *Store) AnswerTo(ctx context.Context, ref string) (Pending, error) {
	var p Pending
	var refs string
	err := s.db.QueryRowContext(ctx, `SELECT m.id, m.sha256, m.status, m.parse_error, m.from_addr, m.subject, m.message_id, m.in_reply_to, m.refs
		FROM messages m JOIN requests r ON r.id = m.request_id
		WHERE r.ref = ? AND m.status <> ?
		ORDER BY lower(m.from_addr) = lower(r.sender) DESC, CASE WHEN lower(m.from_addr) = lower(r.sender) THEN -m.id ELSE m.id END LIMIT 1`,
		ref, StatusDuplicate).Scan(&p.ID, &p.SHA256, &p.Status, &p.ParseError, &p.From, &p.Subject, &p.MessageID, &p.InReplyTo, &refs)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("store: message to answer on %s: %w", ref, ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("store: message to answer on %s: %w", ref, err)
	}
	p.References = strings.Fields(refs)
	return p, nil
}
