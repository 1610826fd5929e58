package responder

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"lerd/internal/logkey"
	"lerd/internal/policy"
	"lerd/internal/store"
)

// Holder is an account holder found for an identifier of a request.
type Holder struct {
	Identifier string `json:"identifier"`
	Email      string `json:"email"`
}

// Lookup finds the account holders behind an identifier (domain, address,
// account ID, …) in the operator's records.
type Lookup interface {
	Holders(ctx context.Context, identifier string) ([]Holder, error)
}

// CSVLookup reads a CSV file with a header row naming at least the columns
// "identifier" and "email". The file is read on every lookup, so the
// operator may replace it while lerd runs.
type CSVLookup struct{ Path string }

// Holders returns the rows whose identifier matches, case-insensitively.
func (c CSVLookup) Holders(_ context.Context, identifier string) ([]Holder, error) {
	f, err := os.Open(c.Path)
	if err != nil {
		return nil, fmt.Errorf("responder: account lookup: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("responder: account lookup %s: %w", c.Path, err)
	}
	idCol, mailCol := slices.Index(head, "identifier"), slices.Index(head, "email")
	if idCol < 0 || mailCol < 0 {
		return nil, fmt.Errorf("responder: account lookup %s: header needs identifier and email columns", c.Path)
	}
	var out []Holder
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("responder: account lookup %s: %w", c.Path, err)
		}
		if len(row) > max(idCol, mailCol) && strings.EqualFold(strings.TrimSpace(row[idCol]), identifier) && row[mailCol] != "" {
			out = append(out, Holder{Identifier: identifier, Email: strings.TrimSpace(row[mailCol])})
		}
	}
}

// SQLLookup runs a query against the operator's database; the query takes
// the identifier as its one parameter and returns e-mail addresses.
type SQLLookup struct {
	DB    *sql.DB
	Query string
}

// Holders runs the query.
func (l SQLLookup) Holders(ctx context.Context, identifier string) ([]Holder, error) {
	rows, err := l.DB.QueryContext(ctx, l.Query, identifier)
	if err != nil {
		return nil, fmt.Errorf("responder: account lookup: %w", err)
	}
	defer rows.Close()
	var out []Holder
	for rows.Next() {
		var email string
		if err := rows.Scan(&email); err != nil {
			return nil, fmt.Errorf("responder: account lookup: %w", err)
		}
		out = append(out, Holder{Identifier: identifier, Email: email})
	}
	return out, rows.Err()
}

// Deadlines returns the timers a decision starts: for a preservation
// period that starts now (first acceptance or an extension), a reminder two
// weeks before it lapses and the lapse itself; for a non-disclosure order
// with an end date, that end (the store keeps one timer per date).
func (p *Planner) Deadlines(rec policy.Record, startsPreservation bool) []store.Deadline {
	var out []store.Deadline
	now := p.Now()
	if startsPreservation && rec.Decision.Action == policy.Acknowledge && slices.Contains(rec.Process, "preservation") {
		lapse := now.AddDate(0, 0, p.PreservationDays)
		out = append(out,
			store.Deadline{Kind: store.DeadlinePreservationReminder, Due: lapse.AddDate(0, 0, -14).Format(time.DateOnly)},
			store.Deadline{Kind: store.DeadlinePreservationExpiry, Due: lapse.Format(time.DateOnly)})
	}
	if rec.NDO.Present && rec.NDO.Until != nil {
		out = append(out, store.Deadline{Kind: store.DeadlineNDOExpiry, Due: *rec.NDO.Until})
	}
	return out
}

// notices renders one subscriber notice per holder.
func (p *Planner) notices(ref string, rec policy.Record, holders []Holder, state string) ([]store.Reply, error) {
	var out []store.Reply
	for _, h := range holders {
		d := p.data(ref, Trigger{}, rec)
		d.Account = h.Identifier
		subject, body, err := p.Templates.Render(KindSubscriberNotice, d)
		if err != nil {
			return nil, err
		}
		out = append(out, store.Reply{Kind: KindSubscriberNotice, DedupeKey: KindSubscriberNotice + ":" + strings.ToLower(h.Email),
			To: strings.ToLower(h.Email), Subject: subject, Body: body, State: state, Domain: p.domain()})
	}
	return out, nil
}

// Produced plans what follows when the compliance team records that data
// was produced for a request: the account holders are looked up and told,
// now if no non-disclosure order forbids it, the day after the order ends
// if it has an end date, and otherwise the notice is held for review. An
// emergency's notice is held too: the policies notify users "except where
// prohibited by law" and may withhold notice "in exceptional
// circumstances, such as emergencies where notice could result in danger"
// (Microsoft's law enforcement requests FAQ), which a person judges.
func (p *Planner) Produced(ctx context.Context, lookup Lookup, r *store.Request) (store.DecisionPlan, error) {
	var rec policy.Record
	if err := json.Unmarshal([]byte(r.TriageJSON), &rec); err != nil {
		return store.DecisionPlan{Event: "no triage on record: subscriber notice left to a person"}, nil
	}
	if lookup == nil {
		return store.DecisionPlan{Event: "no account lookup configured: subscriber notice left to a person"}, nil
	}
	var holders []Holder
	for _, id := range rec.Identifiers {
		hs, err := lookup.Holders(ctx, id)
		if err != nil {
			return store.DecisionPlan{}, err
		}
		for _, h := range hs {
			if !slices.ContainsFunc(holders, func(x Holder) bool { return strings.EqualFold(x.Email, h.Email) }) {
				holders = append(holders, h)
			}
		}
	}
	if len(holders) == 0 {
		return store.DecisionPlan{Event: "no account holder found for the identifiers: no subscriber notice"}, nil
	}
	switch {
	case rec.Emergency:
		replies, err := p.notices(r.Ref, rec, holders, store.ReplyHeld)
		return store.DecisionPlan{Replies: replies, Event: "subscriber notice held: an emergency request, where notice could put someone in danger; a person decides"}, err
	case !rec.NDO.Present:
		replies, err := p.notices(r.Ref, rec, holders, store.ReplyPending)
		return store.DecisionPlan{Replies: replies, Event: fmt.Sprintf("subscriber notice to %d holder(s)", len(holders))}, err
	case rec.NDO.Until != nil:
		until, err := time.Parse(time.DateOnly, *rec.NDO.Until)
		if err != nil {
			return store.DecisionPlan{}, fmt.Errorf("responder: NDO end %q: %w", *rec.NDO.Until, err)
		}
		detail, _ := json.Marshal(holders)
		day := until.AddDate(0, 0, 1).Format(time.DateOnly)
		return store.DecisionPlan{
			Deadlines: []store.Deadline{{Kind: store.DeadlineSubscriberNotice, Due: day, Detail: string(detail)}},
			Event:     "subscriber notice scheduled for " + day + ", the day after the non-disclosure order ends",
		}, nil
	default:
		replies, err := p.notices(r.Ref, rec, holders, store.ReplyHeld)
		return store.DecisionPlan{Replies: replies, Event: "subscriber notice held: the non-disclosure order has no end date"}, err
	}
}

// Scheduler completes due timers: it releases scheduled subscriber notices
// and flags preservations that are about to lapse or have lapsed.
type Scheduler struct {
	Store   *store.Store
	Planner *Planner
	Now     func() time.Time
	Log     *slog.Logger
}

// Run completes due timers every interval until ctx is cancelled. Timers
// are kept by day, so a coarse interval is enough; the first pass at start
// catches up on what fell due while lerd was down.
func (s *Scheduler) Run(ctx context.Context, interval time.Duration) {
	loop(ctx, nil, interval, func() {
		if _, err := s.RunDue(ctx); err != nil && ctx.Err() == nil && s.Log != nil {
			s.Log.Error("timers failed", logkey.Err, err)
		}
	})
}

// RunDue completes every timer due today or earlier and returns how many.
func (s *Scheduler) RunDue(ctx context.Context) (int, error) {
	due, err := s.Store.DueDeadlines(ctx, s.Now())
	if err != nil {
		return 0, err
	}
	for _, d := range due {
		var replies []store.Reply
		var event, flag string
		switch d.Kind {
		case store.DeadlineSubscriberNotice:
			var holders []Holder
			if err := json.Unmarshal([]byte(d.Detail), &holders); err != nil {
				return 0, fmt.Errorf("responder: deadline %d: %w", d.ID, err)
			}
			req, err := s.Store.GetRequest(ctx, d.RequestRef)
			if err != nil {
				return 0, err
			}
			var rec policy.Record
			json.Unmarshal([]byte(req.TriageJSON), &rec)
			if replies, err = s.Planner.notices(d.RequestRef, rec, holders, store.ReplyPending); err != nil {
				return 0, err
			}
			event = fmt.Sprintf("non-disclosure period over: subscriber notice to %d holder(s) released", len(holders))
		case store.DeadlinePreservationReminder:
			event, flag = "preservation lapses in 14 days unless legal process or an extension arrives", "preservation_expiring"
		case store.DeadlinePreservationExpiry:
			event, flag = "preservation period over", "preservation_lapsed"
		case store.DeadlineNDOExpiry:
			event = "non-disclosure order ended"
		default:
			event = "unknown timer " + d.Kind
		}
		if err := s.Store.CompleteDeadline(ctx, d.ID, event, flag, replies); err != nil {
			return 0, err
		}
		if s.Log != nil {
			s.Log.Info("timer due", logkey.Ref, d.RequestRef, logkey.Kind, d.Kind, logkey.Due, d.Due)
		}
	}
	return len(due), nil
}
