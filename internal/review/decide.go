package review

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"lerd/internal/logkey"
	"lerd/internal/store"
)

// confirmation is the page shown before an action that sends mail or
// records an outcome: the page runs no script, so a second POST with
// confirm=1 is the confirmation.
type confirmation struct {
	User, CSRF, Ref string
	// Action is the form's target (decide, replies) and Fields its values.
	Action string
	Fields map[string]string
	// What says what will happen; Refusal, if set, why it cannot.
	What, Refusal string
}

// confirmed reports whether the POST carries the confirmation; if not it
// renders the confirmation page.
func (s *Server) confirmed(w http.ResponseWriter, r *http.Request, ss session, c confirmation) bool {
	if r.PostFormValue("confirm") == "1" {
		return true
	}
	c.User, c.CSRF, c.Ref = ss.user, ss.csrf, r.PathValue("ref")
	s.render(w, "confirm.html", c)
	return false
}

// decisionText says what recording an outcome does.
var decisionText = map[string]string{
	store.OutcomeProduced:          "Record that data was produced. This closes the request and starts the subscriber notice (sent, scheduled after a non-disclosure order, or held).",
	store.OutcomePartiallyProduced: "Record that part of the data was produced. This closes the request and starts the subscriber notice.",
	store.OutcomeNoRecords:         "Record that we hold no records for this request. This closes it.",
	store.OutcomeDeclined:          "Record that the request is declined, with the reason in the note. This closes it.",
	store.OutcomeWithdrawn:         "Record that the agency withdrew the request. This closes it.",
	store.OutcomeNotARequest:       "Close this as not a request (a bounce, spam, a newsletter). Nothing is sent.",
}

// decisionRefusal says why an outcome cannot be recorded as asked, before
// the reviewer confirms it; the store checks the same again.
func (s *Server) decisionRefusal(r *http.Request, outcome, note string) string {
	d, err := s.store.GetRequest(r.Context(), r.PathValue("ref"))
	if err != nil {
		return "The request cannot be read."
	}
	note = strings.TrimSpace(note)
	switch {
	case outcome == d.Outcome:
		return "This outcome is already recorded."
	case outcome == store.OutcomeDeclined && note == "":
		return "A decline needs a note: the reason the agency is told."
	case d.Outcome != "" && note == "":
		return "This request was decided (" + d.Outcome + "); changing the decision needs a note saying why."
	case store.DataLeaves(outcome) && store.NeedsCallback(&d.Request):
		vs, _ := s.store.Verifications(r.Context(), d.Ref)
		if len(vs) == 0 || vs[len(vs)-1].Outcome != store.CallbackConfirmed {
			return "Refused: " + store.ErrNotVerified.Error() + "."
		}
	}
	return ""
}

func (s *Server) decideRequest(w http.ResponseWriter, r *http.Request, ss session) {
	ref, decision, note := r.PathValue("ref"), r.PostFormValue("decision"), r.PostFormValue("note")
	if !slices.Contains(store.Outcomes, decision) {
		http.Error(w, "decision must be one of "+strings.Join(store.Outcomes, ", "), http.StatusBadRequest)
		return
	}
	if !s.confirmed(w, r, ss, confirmation{Action: "decide", Fields: map[string]string{"decision": decision, "note": note},
		What: decisionText[decision], Refusal: s.decisionRefusal(r, decision, note)}) {
		return
	}
	planned, err := s.decide(r.Context(), ref, ss.user, decision, note)
	if refused(w, err) {
		return
	}
	if errors.Is(err, store.ErrNoteRequired) {
		http.Error(w, "Refused: "+err.Error(), http.StatusUnprocessableEntity)
		return
	}
	if err != nil {
		http.Error(w, "could not record the decision", http.StatusInternalServerError)
		s.log.Error("review: decide", logkey.Ref, ref, logkey.Err, err)
		return
	}
	if planned != "" {
		s.log.Info("review: decision recorded", logkey.Ref, ref, logkey.User, ss.user, logkey.Decision, decision, logkey.Planned, planned)
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done="+decision, http.StatusSeeOther)
}

func (s *Server) releaseReplies(w http.ResponseWriter, r *http.Request, ss session) {
	ref, action := r.PathValue("ref"), r.PostFormValue("action")
	if action != "release" && action != "discard" {
		http.Error(w, "action must be release or discard", http.StatusBadRequest)
		return
	}
	if action == "release" {
		refusal := ""
		if vs, _ := s.store.Verifications(r.Context(), ref); len(vs) == 0 || vs[len(vs)-1].Outcome != store.CallbackConfirmed {
			refusal = "Refused: " + store.ErrNotVerified.Error() + "."
		}
		if !s.confirmed(w, r, ss, confirmation{Action: "replies", Fields: map[string]string{"action": "release"},
			What: "Send the replies held for review to the agency.", Refusal: refusal}) {
			return
		}
	}
	_, err := s.store.ReleaseHeld(r.Context(), ref, ss.user, action == "release")
	if refused(w, err) {
		return
	}
	if err != nil {
		http.Error(w, "could not change the held replies", http.StatusInternalServerError)
		s.log.Error("review: release", logkey.Ref, ref, logkey.Err, err)
		return
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done="+action+"d", http.StatusSeeOther)
}

// note records an internal note; assign gives the request to a reviewer.
func (s *Server) note(w http.ResponseWriter, r *http.Request, ss session) {
	ref := r.PathValue("ref")
	if err := s.store.AddNote(r.Context(), ref, ss.user, r.PostFormValue("note")); err != nil {
		http.Error(w, "could not record the note (is it empty?)", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done=noted", http.StatusSeeOther)
}

func (s *Server) assign(w http.ResponseWriter, r *http.Request, ss session) {
	ref, to := r.PathValue("ref"), strings.TrimSpace(r.PostFormValue("assignee"))
	if _, ok := s.users[to]; to != "" && !ok {
		http.Error(w, "no reviewer of that name", http.StatusBadRequest)
		return
	}
	if err := s.store.Assign(r.Context(), ref, ss.user, to); err != nil {
		http.Error(w, "could not assign the request", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done=assigned", http.StatusSeeOther)
}

// reviewerNames lists the reviewers one may assign a request to.
func (s *Server) reviewerNames() []string {
	var names []string
	for n := range s.users {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
