package review

import (
	"net/http"
	"time"

	"lerd/internal/logkey"
	"lerd/internal/report"
)

// reportPage shows the transparency-report counts for ?from= to ?to=
// (YYYY-MM-DD, both days included, in the operator's zone); this month so
// far by default.
func (s *Server) reportPage(w http.ResponseWriter, r *http.Request, ss session) {
	now := s.now().In(s.loc)
	from := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, s.loc)
	to := now
	var problem string
	if v := r.URL.Query().Get("from"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			problem = "The first day must be a date, YYYY-MM-DD."
		}
		from = t
	}
	if v := r.URL.Query().Get("to"); v != "" {
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			problem = "The last day must be a date, YYYY-MM-DD."
		}
		to = t
	}
	data := map[string]any{"User": ss.user, "CSRF": ss.csrf, "From": from.Format(time.DateOnly), "To": to.Format(time.DateOnly), "Zone": s.loc.String()}
	if problem == "" && to.Before(from) {
		problem = "The last day is before the first."
	}
	if problem != "" {
		w.WriteHeader(http.StatusBadRequest)
		data["Error"] = problem
		s.render(w, "report.html", data)
		return
	}
	rep, err := report.Build(r.Context(), s.store, from, to, s.loc)
	if err != nil {
		http.Error(w, "could not count the requests", http.StatusInternalServerError)
		s.log.Error("review: report", logkey.Err, err)
		return
	}
	data["R"] = rep
	s.render(w, "report.html", data)
}

// dict passes named values to a sub-template: dict "Title" "…" "M" .Map.
func dict(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			m[k] = kv[i+1]
		}
	}
	return m
}
