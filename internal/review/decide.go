package review

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"lerd/internal/logkey"
	"lerd/internal/responder"
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
	// Subject and Body show a letter as it will go out.
	Subject, Body string
}

// confirmed reports whether the POST carries the confirmation; if not it
// renders the confirmation page.
func (s *Server) confirmed(w http.ResponseWriter, r *http.Request, ss session, c confirmation) bool {
	if r.PostFormValue("confirm") == "1" {
		return true
	}
	s.showConfirm(w, r, ss, c)
	return false
}

func (s *Server) showConfirm(w http.ResponseWriter, r *http.Request, ss session, c confirmation) {
	c.User, c.CSRF, c.Ref = ss.user, ss.csrf, r.PathValue("ref")
	s.render(w, "confirm.html", c)
}

// decisionText says what recording an outcome does.
var decisionText = map[string]string{
	store.OutcomeProduced:          "Record that data was produced. This closes the request and starts the subscriber notice (sent, scheduled after a non-disclosure order, or held).",
	store.OutcomePartiallyProduced: "Record that part of the data was produced. This closes the request and starts the subscriber notice.",
	store.OutcomeNoRecords:         "Record that we hold no records for this request. This closes it.",
	store.OutcomeDeclined:          "Record that the request is declined, with the reason in the note. This closes it and sends the agency a decline letter giving that reason, to its verified address (held for review, like its other replies, when the sender is not verified).",
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

// newFormKey is the idempotency key of one reply form: a second submit of
// the same form (a double click, a reload) writes no second reply.
func newFormKey() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand, Go 1.24)
	return hex.EncodeToString(b)
}

// replyToAgency sends a reviewer's reply to the agency, after a
// confirmation page that shows it as it will go out.
func (s *Server) replyToAgency(w http.ResponseWriter, r *http.Request, ss session) {
	ref, text, key := r.PathValue("ref"), r.PostFormValue("text"), r.PostFormValue("key")
	if s.letters == nil {
		http.Error(w, "replies are not configured", http.StatusNotFound)
		return
	}
	if len(key) != 32 || strings.Trim(key, "0123456789abcdef") != "" {
		http.Error(w, "the form has no valid key; reload the request page", http.StatusBadRequest)
		return
	}
	confirm := r.PostFormValue("confirm") == "1"
	reply, err := s.letters.Reply(r.Context(), s.store, ref, ss.user, text, key, confirm)
	refusal := ""
	switch {
	case errors.Is(err, store.ErrNotFound):
		http.NotFound(w, r)
		return
	case errors.Is(err, responder.ErrNoRecipient) || errors.Is(err, responder.ErrBadText):
		refusal = "Refused: " + err.Error() + "."
	case err != nil:
		http.Error(w, "could not write the reply", http.StatusInternalServerError)
		s.log.Error("review: reply", logkey.Ref, ref, logkey.Err, err)
		return
	}
	if !confirm || refusal != "" {
		what := "Send this reply to " + reply.To + ", threaded to the agency's message."
		switch {
		case refusal != "":
			what = "Send a reply to the agency."
		case reply.State == store.ReplyHeld:
			what = "Write this reply to " + reply.To + ". It is held for review, like this sender's other replies, because the sender is not verified: it is sent when released after a confirmed call-back."
		}
		s.showConfirm(w, r, ss, confirmation{Action: "reply", Fields: map[string]string{"text": text, "key": key},
			What: what, Refusal: refusal, Subject: reply.Subject, Body: reply.Body})
		return
	}
	s.log.Info("review: reply written", logkey.Ref, ref, logkey.User, ss.user, logkey.MessageIDHeader, reply.MessageID, logkey.State, reply.State, logkey.Duplicate, !reply.New)
	done := "replied"
	if !reply.New {
		done = "reply_again"
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done="+done, http.StatusSeeOther)
}
