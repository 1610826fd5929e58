package review

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"lerd/internal/policy"
	"lerd/internal/store"
)

//go:embed assets/*
var assets embed.FS

const cookieName = "lerd_session"

// Decider records a reviewer's decision and what follows from it (the
// subscriber notice for "produced"); it returns a note of what was planned.
type Decider func(ctx context.Context, ref, actor, decision, note string) (string, error)

// Server serves the review pages.
type Server struct {
	store  *store.Store
	decide Decider
	users  Users
	log    *slog.Logger
	// secure marks the session cookie Secure; off only for plain-HTTP
	// loopback use.
	secure   bool
	sessions *sessions
	throttle *throttle
	pages    *template.Template
	mux      *http.ServeMux
}

// Options configure a Server.
type Options struct {
	Store        *store.Store
	Decide       Decider
	Users        Users
	Log          *slog.Logger
	SecureCookie bool
	// Now is the clock; tests set it.
	Now func() time.Time
}

// New returns the review server.
func New(o Options) (*Server, error) {
	if o.Now == nil {
		o.Now = time.Now
	}
	pages, err := template.New("").Funcs(template.FuncMap{
		"join": strings.Join,
		"deref": func(p *string) string {
			if p == nil {
				return "—"
			}
			return *p
		},
	}).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, err
	}
	s := &Server{
		store: o.Store, decide: o.Decide, users: o.Users, log: o.Log, secure: o.SecureCookie, pages: pages,
		sessions: &sessions{byID: map[string]session{}, ttl: 12 * time.Hour, now: o.Now},
		throttle: &throttle{fails: map[string][]time.Time{}, now: o.Now},
		mux:      http.NewServeMux(),
	}
	s.mux.HandleFunc("GET /assets/style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=3600")
		http.ServeFileFS(w, r, assets, "assets/style.css")
	})
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.authed(s.logout))
	s.mux.HandleFunc("GET /{$}", s.authed(s.queue))
	s.mux.HandleFunc("GET /r/{ref}", s.authed(s.request))
	s.mux.HandleFunc("POST /r/{ref}/decide", s.authed(s.decideRequest))
	s.mux.HandleFunc("POST /r/{ref}/replies", s.authed(s.releaseReplies))
	return s, nil
}

// ServeHTTP adds the security headers to every answer.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	s.mux.ServeHTTP(w, r)
}

type ctxKey struct{}

// authed requires a session; POSTs also need its CSRF token and a same-origin
// Origin (or Referer) header.
func (s *Server) authed(next func(http.ResponseWriter, *http.Request, session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(cookieName)
		var ss session
		ok := false
		if err == nil {
			ss, ok = s.sessions.get(c.Value)
		}
		if !ok {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.Path), http.StatusSeeOther)
				return
			}
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		if r.Method == http.MethodPost {
			if !sameOrigin(r) || subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(ss.csrf)) != 1 {
				s.log.Warn("review: rejected a POST without a valid CSRF token", "user", ss.user, "path", r.URL.Path)
				http.Error(w, "invalid or missing CSRF token", http.StatusForbidden)
				return
			}
		}
		next(w, r, ss)
	}
}

func sameOrigin(r *http.Request) bool {
	src := r.Header.Get("Origin")
	if src == "" {
		src = r.Header.Get("Referer")
	}
	if src == "" {
		return true // old clients send neither; the token still protects
	}
	u, err := url.Parse(src)
	return err == nil && u.Host == r.Host
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages.ExecuteTemplate(w, name, data); err != nil {
		s.log.Error("review: render", "page", name, "err", err)
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, "login.html", map[string]any{"Next": r.URL.Query().Get("next"), "Error": ""})
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ip := clientIP(r)
	next := r.PostFormValue("next")
	// Only a local path: "//host" and "/\\host" would leave the site.
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	if s.throttle.blocked(ip) {
		w.WriteHeader(http.StatusTooManyRequests)
		s.render(w, "login.html", map[string]any{"Next": next, "Error": "Too many failed attempts; wait a minute."})
		return
	}
	user, pw := r.PostFormValue("user"), r.PostFormValue("password")
	hash, known := s.users[user]
	if !known {
		// Spend the same time as a real check, so timing does not reveal
		// which user names exist.
		hash = "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	}
	if !checkPassword(hash, pw) || !known {
		s.throttle.fail(ip)
		s.log.Warn("review: failed login", "user", user, "addr", ip)
		w.WriteHeader(http.StatusUnauthorized)
		s.render(w, "login.html", map[string]any{"Next": next, "Error": "Wrong user name or password."})
		return
	}
	s.throttle.reset(ip)
	id, _ := s.sessions.create(user)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: id, Path: "/", HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
	s.log.Info("review: login", "user", user, "addr", ip)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, _ session) {
	if c, err := r.Cookie(cookieName); err == nil {
		s.sessions.drop(c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (s *Server) queue(w http.ResponseWriter, r *http.Request, ss session) {
	reqs, err := s.store.ListRequests(r.Context())
	if err != nil {
		http.Error(w, "could not read the queue", http.StatusInternalServerError)
		s.log.Error("review: queue", "err", err)
		return
	}
	st, _ := s.store.Status(r.Context())
	s.render(w, "queue.html", map[string]any{"User": ss.user, "CSRF": ss.csrf, "Requests": reqs, "Status": st})
}

func (s *Server) request(w http.ResponseWriter, r *http.Request, ss session) {
	ref := r.PathValue("ref")
	d, err := s.store.GetRequest(r.Context(), ref)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "could not read the request", http.StatusInternalServerError)
		s.log.Error("review: request", "ref", ref, "err", err)
		return
	}
	var rec *policy.Record
	if d.TriageJSON != "" {
		rec = &policy.Record{}
		if json.Unmarshal([]byte(d.TriageJSON), rec) != nil {
			rec = nil
		}
	}
	replies, _ := s.store.Replies(r.Context(), ref)
	timers, _ := s.store.Deadlines(r.Context(), ref)
	held := 0
	for _, rp := range replies {
		if rp.State == store.ReplyHeld {
			held++
		}
	}
	s.render(w, "request.html", map[string]any{"User": ss.user, "CSRF": ss.csrf, "R": d, "Rec": rec,
		"Replies": replies, "Timers": timers, "Held": held, "Flash": r.URL.Query().Get("done")})
}

func (s *Server) decideRequest(w http.ResponseWriter, r *http.Request, ss session) {
	ref, decision := r.PathValue("ref"), r.PostFormValue("decision")
	if decision != "produced" && decision != "declined" {
		http.Error(w, "decision must be produced or declined", http.StatusBadRequest)
		return
	}
	planned, err := s.decide(r.Context(), ref, ss.user, decision, r.PostFormValue("note"))
	if err != nil {
		http.Error(w, "could not record the decision", http.StatusInternalServerError)
		s.log.Error("review: decide", "ref", ref, "err", err)
		return
	}
	msg := "Recorded: " + decision
	if planned != "" {
		msg += " — " + planned
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done="+url.QueryEscape(msg), http.StatusSeeOther)
}

func (s *Server) releaseReplies(w http.ResponseWriter, r *http.Request, ss session) {
	ref, action := r.PathValue("ref"), r.PostFormValue("action")
	if action != "release" && action != "discard" {
		http.Error(w, "action must be release or discard", http.StatusBadRequest)
		return
	}
	n, err := s.store.ReleaseHeld(r.Context(), ref, ss.user, action == "release")
	if err != nil {
		http.Error(w, "could not change the held replies", http.StatusInternalServerError)
		s.log.Error("review: release", "ref", ref, "err", err)
		return
	}
	http.Redirect(w, r, "/r/"+url.PathEscape(ref)+"?done="+url.QueryEscape(action+"d "+strconv.Itoa(n)+" held replies"), http.StatusSeeOther)
}
