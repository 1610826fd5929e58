package review

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"lerd/internal/deadline"
	"lerd/internal/logkey"
	"lerd/internal/store"
)

// queueRow is one request as the queue page shows it.
type queueRow struct {
	store.QueueItem
	Received, Age, DueAt string
	// DueClass is overdue, due_soon or "" for the row's due cell.
	DueClass string
}

// filterOptions are the fixed choices of the queue's filters; a value
// from the URL outside them is ignored, never echoed as an option.
var filterOptions = struct {
	States, Decisions, Processes, Views []string
}{
	States:    []string{"open", "needs_review", "decided", "closed"},
	Decisions: []string{"acknowledge", "needs_info", "reject", "ignore"},
	Processes: []string{"subpoena", "civil_subpoena", "court_order", "search_warrant", "emergency", "preservation", "nondisclosure_order", "mlat", "data_subject_request", "none"},
	Views:     []string{store.ViewOverdue, store.ViewDueSoon},
}

const pageSize = 50

func oneOf(v string, allowed []string) string {
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	return ""
}

// queue lists open (or closed) work, most urgent first, with search,
// filters and pages; every parameter comes from the URL's query.
func (s *Server) queue(w http.ResponseWriter, r *http.Request, ss session) {
	ctx := r.Context()
	in := r.URL.Query()
	now := s.now()
	q := store.QueueQuery{
		Text:     in.Get("q"),
		Closed:   in.Get("closed") == "1",
		State:    oneOf(in.Get("state"), filterOptions.States),
		Decision: oneOf(in.Get("decision"), filterOptions.Decisions),
		Process:  oneOf(in.Get("process"), filterOptions.Processes),
		View:     oneOf(in.Get("view"), filterOptions.Views),
		Assignee: in.Get("assignee"),
		Now:      now,
		DueSoon:  s.dueSoon,
		Limit:    pageSize,
	}
	switch in.Get("emergency") {
	case "yes":
		q.Emergency = new(bool)
		*q.Emergency = true
	case "no":
		q.Emergency = new(bool)
	}
	pageNo, _ := strconv.Atoi(in.Get("page"))
	pageNo = max(pageNo, 1)
	q.Offset = (pageNo - 1) * pageSize
	if err := deadline.Refresh(ctx, s.store, s.loc); err != nil {
		s.log.Error("review: read due dates", logkey.Err, err)
	}
	page, err := s.store.Queue(ctx, q)
	if err != nil {
		http.Error(w, "could not read the queue", http.StatusInternalServerError)
		s.log.Error("review: queue", logkey.Err, err)
		return
	}
	rows := make([]queueRow, len(page.Items))
	for i, it := range page.Items {
		rows[i] = *s.row(it, now, !q.Closed)
	}
	link := func(page int) string {
		v := url.Values{}
		for k, vs := range in {
			if k != "page" {
				v[k] = vs
			}
		}
		if page > 1 {
			v.Set("page", strconv.Itoa(page))
		}
		return "/?" + v.Encode()
	}
	// tab links keep the search and filters and switch one thing.
	tab := func(key, val string) string {
		v := url.Values{}
		for k, vs := range in {
			if k != "page" && k != key && !(key == "closed" && k == "view") {
				v[k] = vs
			}
		}
		if val != "" {
			v.Set(key, val)
		}
		return "/?" + v.Encode()
	}
	data := map[string]any{
		"User": ss.user, "CSRF": ss.csrf, "Rows": rows, "Q": q, "Emergency": in.Get("emergency"), "Options": filterOptions,
		"Total": page.Total, "From": q.Offset + 1, "To": q.Offset + len(rows), "Zone": s.loc.String(),
		"OpenLink": tab("closed", ""), "ClosedLink": tab("closed", "1"),
		"AllLink": tab("view", ""), "OverdueLink": tab("view", store.ViewOverdue), "DueSoonLink": tab("view", store.ViewDueSoon),
	}
	if pageNo > 1 {
		data["Prev"] = link(pageNo - 1)
	}
	if q.Offset+len(rows) < page.Total {
		data["Next"] = link(pageNo + 1)
	}
	if st, err := s.store.Status(ctx); err == nil {
		data["Status"] = st
	}
	s.render(w, "queue.html", data)
}

// dueSoonDefault is how soon a due date counts as due soon when the
// options do not say.
const dueSoonDefault = 24 * time.Hour

// timing is the request page's line of times: received, age, due.
func (s *Server) timing(r *http.Request, ref string) *queueRow {
	if err := deadline.Refresh(r.Context(), s.store, s.loc); err != nil {
		s.log.Error("review: read due dates", logkey.Err, err)
	}
	now := s.now()
	page, err := s.store.Queue(r.Context(), store.QueueQuery{Ref: ref, Now: now, DueSoon: s.dueSoon})
	if err != nil || len(page.Items) != 1 {
		if err != nil {
			s.log.Error("review: request times", logkey.Ref, ref, logkey.Err, err)
		}
		return nil
	}
	return s.row(page.Items[0], now, true)
}

// row formats an item of the queue for the page; open marks open work,
// whose due dates are coloured.
func (s *Server) row(it store.QueueItem, now time.Time, open bool) *queueRow {
	row := &queueRow{QueueItem: it, Received: deadline.Local(it.CreatedAt, s.loc), Age: deadline.Age(it.CreatedAt, now),
		DueAt: deadline.Local(it.Due, s.loc)}
	if open && !closedState(it.State) {
		switch it.Urgency {
		case store.UrgencyEmergency, store.UrgencyOverdue:
			row.DueClass = "overdue"
		case store.UrgencyDueSoon:
			row.DueClass = "due_soon"
		}
	}
	return row
}

func closedState(state string) bool { return state == "decided" || state == "closed" }

// noticeText says where a subscriber notice stands (store.QueueItem.Notice).
func noticeText(n string) string {
	if day, ok := strings.CutPrefix(n, "scheduled "); ok {
		return "scheduled for " + day + ", the day after the non-disclosure order ends"
	}
	return map[string]string{
		"held":    "held for review (a non-disclosure order without an end date, or an emergency): release or discard it",
		"sending": "in the outbox, being sent",
		"sent":    "sent",
		"dry_run": "recorded, not sent (smtp.dry_run)",
		"failed":  "failed: see the replies",
	}[n]
}
