package review

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"lerd/internal/callback"
	"lerd/internal/logkey"
	"lerd/internal/policy"
	"lerd/internal/store"
	"lerd/internal/triage"
)

// callbackView is the request page's call-back box: the directory's number
// beside the e-mail's, the flags, and the calls recorded so far.
type callbackView struct {
	// Needed: an emergency, a first-time sender or held replies; data and
	// held replies leave only after a confirmed call.
	Needed        bool
	Check         callback.Check
	Verifications []store.Verification
	// Confirmed: the latest call confirmed the request.
	Confirmed bool
}

func (s *Server) callbackView(ctx context.Context, d *store.RequestDetail, rec *policy.Record, held int) callbackView {
	var phones []string
	if rec != nil {
		phones = rec.Phones
	}
	cv := callbackView{Needed: store.NeedsCallback(&d.Request) || held > 0, Check: s.agencies.Check(senderDomain(d.Sender), phones)}
	cv.Verifications, _ = s.store.Verifications(ctx, d.Ref)
	if n := len(cv.Verifications); n > 0 {
		cv.Confirmed = cv.Verifications[n-1].Outcome == store.CallbackConfirmed
	}
	return cv
}

func senderDomain(addr string) string {
	_, dom, _ := strings.Cut(addr, "@")
	return dom
}

// verify records a call-back made by the logged-in reviewer.
func (s *Server) verify(w http.ResponseWriter, r *http.Request, ss session) {
	ref := r.PathValue("ref")
	d, ok := s.loadRequest(w, r)
	if !ok {
		return
	}
	rec := parseRecord(d.TriageJSON)
	var phones []string
	if rec != nil {
		phones = rec.Phones
	}
	number := r.PostFormValue("number")
	if err := s.agencies.Check(senderDomain(d.Sender), phones).Validate(number); err != nil {
		http.Error(w, "Refused: "+err.Error(), http.StatusUnprocessableEntity)
		return
	}
	var calledAt time.Time
	if v := r.PostFormValue("called_at"); v != "" {
		var err error
		if calledAt, err = time.ParseInLocation("2006-01-02T15:04", v, time.Local); err != nil {
			http.Error(w, "called at: want a date and time (YYYY-MM-DDTHH:MM)", http.StatusBadRequest)
			return
		}
	}
	v := store.Verification{Actor: ss.user, Number: number, Outcome: r.PostFormValue("outcome"), Note: r.PostFormValue("note")}
	if err := s.store.AddVerification(r.Context(), ref, v, calledAt); err != nil {
		http.Error(w, "could not record the call-back: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.log.Info("review: call-back recorded", logkey.Ref, ref, logkey.User, ss.user, logkey.Outcome, v.Outcome)
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done=verified", http.StatusSeeOther)
}

// refused answers an action the store refused for want of a confirmed
// call-back; it reports whether it did.
func refused(w http.ResponseWriter, err error) bool {
	if !errors.Is(err, store.ErrNotVerified) {
		return false
	}
	http.Error(w, "Refused: "+store.ErrNotVerified.Error()+".", http.StatusConflict)
	return true
}

// parseRecord reads a request's triage, or nil.
func parseRecord(js string) *policy.Record {
	if js == "" {
		return nil
	}
	rec := &policy.Record{}
	if json.Unmarshal([]byte(js), rec) != nil {
		return nil
	}
	return rec
}

// historyView is the request page's sender history: earlier requests from
// the same address and, unless the domain is shared by strangers
// (free-mail) or automated mail's, from the same domain (the agency).
type historyView struct {
	Domain string
	Items  []store.HistoryItem
	// Failed counts failed call-backs among them.
	Failed int
}

func (s *Server) historyView(ctx context.Context, d *store.RequestDetail, rec *policy.Record) historyView {
	h := historyView{Domain: strings.ToLower(senderDomain(d.Sender))}
	if rec == nil || rec.Sender.Class == triage.ClassFreemail || rec.Sender.Class == triage.ClassAutomated {
		h.Domain = ""
	}
	items, err := s.store.SenderHistory(ctx, d.Ref, d.Sender, h.Domain, 20)
	if err != nil {
		s.log.Error("review: sender history", logkey.Ref, d.Ref, logkey.Err, err)
	}
	h.Items = items
	for _, it := range items {
		h.Failed += it.FailedCallbacks
	}
	return h
}
