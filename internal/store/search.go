package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Due kinds: why a request falls due when it does.
const (
	DueEmergency    = "emergency"    // at once
	DueStated       = "stated"       // a deadline the request states
	DuePreservation = "preservation" // the preservation lapses
)

// QueueQuery selects and orders the queue. Zero values select everything
// open.
type QueueQuery struct {
	// Text is searched in the reference, sender, subject, what triage read
	// (agency, case number, identifiers, agent, country) and the
	// messages' senders and text. Plain LIKE, case-insensitive for ASCII.
	Text string
	// Closed selects decided and closed work instead of open work.
	Closed bool
	// State, Decision (lerd's) and Process (one kind of legal process)
	// must match exactly when set.
	State, Decision, Process string
	// Assignee selects the requests assigned to this reviewer ("-" for
	// the unassigned).
	Assignee string
	// Emergency, when set, selects emergencies (true) or the rest.
	Emergency *bool
	// View is "", "overdue" (due before Now) or "due_soon" (due from Now
	// to Now+DueSoon).
	View    string
	Now     time.Time
	DueSoon time.Duration
	// Ref selects one request by reference, open or closed.
	Ref string
	// Limit is the page size (50 if zero); Offset the rows skipped.
	Limit, Offset int
}

// Queue views.
const (
	ViewOverdue = "overdue"
	ViewDueSoon = "due_soon"
)

// Urgency tiers of open work, most urgent first.
const (
	UrgencyEmergency = iota
	UrgencyOverdue
	UrgencyDueSoon
	UrgencyDue
	UrgencyNone
)

// QueueItem is a request as the queue lists it.
type QueueItem struct {
	Request
	// Due is when the request falls due (RFC 3339, UTC), "" if never;
	// DueKind says why and DuePhrase quotes a stated deadline.
	Due       string `json:"due,omitempty"`
	DueKind   string `json:"due_kind,omitempty"`
	DuePhrase string `json:"due_phrase,omitempty"`
	// Urgency is the tier the queue sorts open work by (Urgency*).
	Urgency int `json:"urgency"`
	// Notice is where the subscriber notice stands after data was
	// produced: "scheduled YYYY-MM-DD" (the day after a non-disclosure
	// order ends), "held" (for review), "sending", "sent", "dry_run"
	// (smtp.dry_run), "failed", or "" when none was planned.
	Notice string `json:"notice,omitempty"`
}

// noticeCol is QueueItem.Notice in SQL over requests r.
const noticeCol = `COALESCE(
	(SELECT 'scheduled ' || MIN(x.due) FROM deadlines x WHERE x.request_id = r.id AND x.kind = 'subscriber_notice' AND x.state = 'pending'),
	(SELECT CASE WHEN SUM(o.state = 'held') > 0 THEN 'held' WHEN SUM(o.state IN ('pending', 'sending')) > 0 THEN 'sending'
		WHEN SUM(o.state = 'failed') > 0 THEN 'failed' WHEN SUM(o.state = 'sent') > 0 THEN 'sent' WHEN SUM(o.state = 'dry_run') > 0 THEN 'dry_run' END
		FROM outbox o WHERE o.request_id = r.id AND o.kind = 'subscriber_notice'), '')`

// QueuePage is one page of the queue and the number of all matches.
type QueuePage struct {
	Items []QueueItem `json:"requests"`
	Total int         `json:"total"`
}

// closedStates are the states of finished work; every other state is open.
const closedStates = `('decided', 'closed')`

// notARequest selects, in SQL over requests r, mail that is no request:
// lerd's decision ignore (bounces, spam, phishing, newsletters) or a
// reviewer's not_a_request. It has no due date and no notification.
const notARequest = `(r.decision = 'ignore' OR r.outcome = 'not_a_request')`

// Queue returns one page of open (or closed) requests matching q. Open work
// is sorted by urgency (emergencies, overdue, due soon, due later, no due
// date), then oldest first; closed work by when it last changed, newest
// first.
func (s *Store) Queue(ctx context.Context, q QueueQuery) (QueuePage, error) {
	if q.Now.IsZero() {
		q.Now = s.now()
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	now := q.Now.UTC().Format(time.RFC3339)
	soon := q.Now.Add(q.DueSoon).UTC().Format(time.RFC3339)
	var where []string
	var args []any
	if q.Ref != "" {
		args = append(args, q.Ref)
		where = append(where, fmt.Sprintf(`r.ref = ?%d`, len(args)))
	} else if q.Closed {
		where = append(where, `r.state IN `+closedStates)
	} else {
		where = append(where, `r.state NOT IN `+closedStates)
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		args = append(args, "%"+likeEscaper.Replace(t)+"%")
		where = append(where, strings.ReplaceAll(`(r.ref LIKE ?T ESCAPE '\' OR r.sender LIKE ?T ESCAPE '\' OR r.subject LIKE ?T ESCAPE '\'
			OR r.triage_json LIKE ?T ESCAPE '\'
			OR EXISTS (SELECT 1 FROM messages m WHERE m.request_id = r.id AND (m.from_addr LIKE ?T ESCAPE '\' OR m.body_text LIKE ?T ESCAPE '\')))`, "?T", fmt.Sprintf("?%d", len(args))))
	}
	arg := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", fmt.Sprintf("?%d", len(args))))
	}
	if q.State != "" {
		arg(`r.state = ?`, q.State)
	}
	if q.Decision != "" {
		arg(`r.decision = ?`, q.Decision)
	}
	if q.Process != "" {
		arg(`EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(r.triage_json) THEN r.triage_json ELSE '{}' END, '$.process') WHERE value = ?)`, q.Process)
	}
	if q.Emergency != nil {
		arg(`r.emergency = ?`, *q.Emergency)
	}
	switch q.Assignee {
	case "":
	case "-":
		where = append(where, `r.assignee = ''`)
	default:
		arg(`r.assignee = ?`, q.Assignee)
	}
	args = append(args, now, soon)
	nowArg, soonArg := fmt.Sprintf("?%d", len(args)-1), fmt.Sprintf("?%d", len(args))
	switch q.View {
	case "":
	case ViewOverdue:
		where = append(where, `due <> '' AND due < `+nowArg)
	case ViewDueSoon:
		where = append(where, `due >= `+nowArg+` AND due < `+soonArg)
	default:
		return QueuePage{}, fmt.Errorf("store: queue: unknown view %q", q.View)
	}
	// due is the earliest of: the receipt of an emergency, a stated
	// deadline, the end of the day a pending preservation lapses (UTC).
	// '~' sorts after every date and stands for none. Mail that is no
	// request (lerd ignores it, or a reviewer closed it as not_a_request)
	// has no due date: a phishing mail's "within 24 hours" is no deadline.
	base := `SELECT ` + prefixed("r.", requestCols) + `, COALESCE(d.phrase, '') AS phrase,
			CASE WHEN r.emergency THEN r.created_at ELSE '~' END AS e_due,
			COALESCE(NULLIF(d.due, ''), '~') AS s_due,
			COALESCE((SELECT MIN(x.due) FROM deadlines x WHERE x.request_id = r.id AND x.kind = 'preservation_expiry' AND x.state = 'pending') || 'T23:59:59Z', '~') AS p_due
		FROM requests r LEFT JOIN request_due d ON d.request_id = r.id`
	withDue := `SELECT *, CASE WHEN ` + notARequest + ` THEN NULL ELSE NULLIF(MIN(e_due, s_due, p_due), '~') END AS due0 FROM (` + base + `) r`
	filtered := `SELECT *, COALESCE(due0, '') AS due FROM (` + withDue + `) r`
	// The filters name r.* columns and due; wrap once more so both exist.
	from := `(` + filtered + `) r WHERE ` + strings.Join(where, " AND ")
	urgency := `CASE WHEN due = '' THEN 4 WHEN r.emergency THEN 0 WHEN due < ` + nowArg + ` THEN 1 WHEN due < ` + soonArg + ` THEN 2 ELSE 3 END`
	order := urgency + `, r.created_at, r.id`
	if q.Closed {
		order = `r.updated_at DESC, r.id DESC`
	}
	var page QueuePage
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+from, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("store: queue: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("r.", requestCols)+`, r.phrase, r.e_due, r.s_due, r.p_due, r.due, `+urgency+`, `+noticeCol+`
		FROM `+from+` ORDER BY `+order+fmt.Sprintf(` LIMIT %d OFFSET %d`, q.Limit, max(q.Offset, 0)), args...)
	if err != nil {
		return page, fmt.Errorf("store: queue: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var it QueueItem
		var reasons, flags, eDue, sDue, pDue string
		r := &it.Request
		if err := rows.Scan(&r.ID, &r.Ref, &r.CreatedAt, &r.UpdatedAt, &r.State, &r.Decision, &reasons, &r.Sender,
			&r.Subject, &r.Emergency, &flags, &r.TriageJSON, &r.ClaimsRef, &r.Outcome, &r.Assignee, &it.DuePhrase, &eDue, &sDue, &pDue, &it.Due, &it.Urgency, &it.Notice); err != nil {
			return page, fmt.Errorf("store: queue: %w", err)
		}
		r.Reasons, r.Flags = strings.Fields(reasons), strings.Fields(flags)
		switch it.Due {
		case "":
			it.Urgency = UrgencyNone
		case eDue:
			it.DueKind = DueEmergency
		case sDue:
			it.DueKind = DueStated
		case pDue:
			it.DueKind = DuePreservation
		}
		if it.DueKind != DueStated {
			it.DuePhrase = ""
		}
		if q.Closed {
			it.Urgency = UrgencyNone
		}
		page.Items = append(page.Items, it)
	}
	return page, rows.Err()
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

func prefixed(p, cols string) string {
	fs := strings.Split(cols, ",")
	for i, f := range fs {
		fs[i] = p + strings.TrimSpace(f)
	}
	return strings.Join(fs, ", ")
}

// DueMessage is a message whose stated deadline has not been read yet.
type DueMessage struct {
	RequestID int64
	MessageID int64
	// StoredAt is when lerd received it (RFC 3339).
	StoredAt string
	Subject  string
	Text     string
}

// UnreadDue returns up to limit messages, oldest first, that joined their
// request after its stated deadline was last read (duplicates excepted).
func (s *Store) UnreadDue(ctx context.Context, limit int) ([]DueMessage, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.request_id, m.id, m.stored_at, m.subject, m.body_text
		FROM messages m LEFT JOIN request_due d ON d.request_id = m.request_id
		WHERE m.request_id IS NOT NULL AND m.status <> ? AND m.id > COALESCE(d.last_message, 0)
		ORDER BY m.id LIMIT ?`, StatusDuplicate, limit)
	if err != nil {
		return nil, fmt.Errorf("store: unread due dates: %w", err)
	}
	defer rows.Close()
	var out []DueMessage
	for rows.Next() {
		var m DueMessage
		if err := rows.Scan(&m.RequestID, &m.MessageID, &m.StoredAt, &m.Subject, &m.Text); err != nil {
			return nil, fmt.Errorf("store: unread due dates: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// RecordDue records that message msgID of request reqID was read for a
// stated deadline: due (RFC 3339 UTC, "" for none) replaces the request's
// only if it is earlier. Recording the same message twice, from two
// processes, changes nothing.
func (s *Store) RecordDue(ctx context.Context, reqID, msgID int64, due, phrase string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO request_due (request_id, last_message, due, phrase) VALUES (?1, ?2, ?3, ?4)
		ON CONFLICT (request_id) DO UPDATE SET
			last_message = MAX(last_message, excluded.last_message),
			phrase = CASE WHEN excluded.due <> '' AND (due = '' OR excluded.due < due) THEN excluded.phrase ELSE phrase END,
			due = CASE WHEN excluded.due <> '' AND (due = '' OR excluded.due < due) THEN excluded.due ELSE due END`,
		reqID, msgID, due, phrase)
	if err != nil {
		return fmt.Errorf("store: record due date: %w", err)
	}
	return nil
}

// ReportRow is one request as the transparency report counts it.
type ReportRow struct {
	Ref        string
	TriageJSON string
	// Decision is lerd's; Review the kind of the latest review event
	// (review_produced, review_declined, …), "" if none.
	Decision, Review string
	Emergency        bool
}

// ReportRows returns the requests opened in [from, to) (RFC 3339).
func (s *Store) ReportRows(ctx context.Context, from, to time.Time) ([]ReportRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.ref, r.triage_json, r.decision, r.emergency,
			COALESCE((SELECT e.kind FROM events e WHERE e.request_id = r.id AND e.kind LIKE 'review\_%' ESCAPE '\' ORDER BY e.id DESC LIMIT 1), '')
		FROM requests r WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.id`,
		from.UTC().Format(time.RFC3339Nano), to.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return nil, fmt.Errorf("store: report: %w", err)
	}
	defer rows.Close()
	var out []ReportRow
	for rows.Next() {
		var r ReportRow
		if err := rows.Scan(&r.Ref, &r.TriageJSON, &r.Decision, &r.Emergency, &r.Review); err != nil {
			return nil, fmt.Errorf("store: report: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
