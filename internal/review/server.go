package review

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode"

	"lerd/internal/callback"
	"lerd/internal/deadline"
	"lerd/internal/logkey"
	"lerd/internal/responder"
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
	// letters writes reviewers' replies to agencies; nil: none.
	letters *responder.Planner
	users   Users
	log     *slog.Logger
	// secure marks the session cookie Secure; off only for plain-HTTP
	// loopback use.
	secure   bool
	sessions *sessions
	limiter  *limiter
	proxies  []netip.Prefix
	pages    *template.Template
	mux      *http.ServeMux
	// loc is the operator's time zone; dueSoon how soon a due date is
	// "due soon"; now the clock.
	loc      *time.Location
	dueSoon  time.Duration
	now      func() time.Time
	agencies *callback.Directory
}

// Options configure a Server.
type Options struct {
	Store  *store.Store
	Decide Decider
	// Letters renders and writes reviewers' replies to agencies (the
	// same planner as the pipeline's); nil: the page offers none.
	Letters      *responder.Planner
	Users        Users
	Log          *slog.Logger
	SecureCookie bool
	// IdleTimeout ends a session after this long without a request;
	// 30 minutes if zero. A session lasts at most 12 hours.
	IdleTimeout time.Duration
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (see clientAddr).
	TrustedProxies []netip.Prefix
	// Agencies is the call-back directory (rules/agencies.csv); nil is
	// an empty one.
	Agencies *callback.Directory
	// Now is the clock; tests set it.
	Now func() time.Time
	// Location is the time zone times are shown in (UTC if nil);
	// DueSoon how soon a due date counts as due soon (24h if zero).
	Location *time.Location
	DueSoon  time.Duration
}

// New returns the review server.
func New(o Options) (*Server, error) {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 30 * time.Minute
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.DueSoon <= 0 {
		o.DueSoon = dueSoonDefault
	}
	pages, err := template.New("").Funcs(template.FuncMap{
		"join":   strings.Join,
		"isPDF":  isPDF,
		"notice": noticeText,
		// local writes a stored time (RFC 3339, UTC) in the operator's
		// zone, to the minute, as the queue does.
		"local": func(at string) string { return deadline.Local(at, o.Location) },
		"dict":  dict,
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
		store: o.Store, decide: o.Decide, letters: o.Letters, users: o.Users, log: o.Log, secure: o.SecureCookie, pages: pages,
		sessions: &sessions{store: o.Store, maxAge: 12 * time.Hour, idle: o.IdleTimeout, now: o.Now},
		limiter:  &limiter{keys: map[string]*attempts{}, now: o.Now},
		proxies:  o.TrustedProxies,
		mux:      http.NewServeMux(),
		loc:      o.Location, dueSoon: o.DueSoon, now: o.Now,
	}
	s.mux.HandleFunc("GET /assets/style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=3600")
		http.ServeFileFS(w, r, assets, "assets/style.css")
	})
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.authed(s.logout))
	s.mux.HandleFunc("GET /{$}", s.authed(s.queue))
	s.mux.HandleFunc("GET /report", s.authed(s.reportPage))
	s.mux.HandleFunc("GET /r/{ref}", s.authed(s.request))
	s.mux.HandleFunc("POST /r/{ref}/decide", s.authed(s.decideRequest))
	s.mux.HandleFunc("POST /r/{ref}/replies", s.authed(s.releaseReplies))
	s.evidenceRoutes()
	s.mux.HandleFunc("POST /r/{ref}/verify", s.authed(s.verify))
	s.mux.HandleFunc("POST /r/{ref}/note", s.authed(s.note))
	s.mux.HandleFunc("POST /r/{ref}/assign", s.authed(s.assign))
	s.mux.HandleFunc("POST /r/{ref}/reply", s.authed(s.replyToAgency))
	s.agencies = o.Agencies
	if s.agencies == nil {
		s.agencies = &callback.Directory{}
	}
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
			ss, ok, err = s.sessions.get(r.Context(), c.Value)
			if err != nil {
				s.log.Error("review: read session", logkey.Err, err)
				http.Error(w, "could not read the session", http.StatusInternalServerError)
				return
			}
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
				s.log.Warn("review: rejected a POST without a valid CSRF token", logkey.User, ss.user, logkey.Path, r.URL.Path)
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
		s.log.Error("review: render", logkey.Page, name, logkey.Err, err)
	}
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, "login.html", map[string]any{"Next": localPath(r.URL.Query().Get("next")), "Error": ""})
}

// localPath returns next if it is a path on this site, else "/". Browsers
// drop tabs and line breaks from a URL and read a backslash as a slash,
// so "/%09/evil.example" or "/\\evil.example" would leave the site as
// "//evil.example"; anything with such a character, a scheme, a host or a
// path that does not start with exactly one slash is refused.
func localPath(next string) string {
	odd := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool { return r < 0x21 || r == 0x7f || r == '\\' || !unicode.IsPrint(r) })
	}
	if next == "" || odd(next) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.User != nil || u.Host != "" || u.Opaque != "" || odd(u.Path) ||
		!strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	clean := path.Clean(u.Path)
	if strings.HasPrefix(clean, "//") {
		return "/"
	}
	return (&url.URL{Path: clean, RawQuery: u.RawQuery}).String()
}

// clientAddr is the address the login limit counts: the peer's, or, when
// the peer is a trusted proxy, the nearest address in X-Forwarded-For that
// is not one of ours (the client's own claim about itself is the leftmost
// entry and is only believed if every proxy after it is trusted).
// IPv6 clients are counted by their /64, which one client usually holds
// whole.
func (s *Server) clientAddr(r *http.Request) string {
	peer, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	addr := peer.Addr().Unmap()
	if s.trusted(addr) {
		var hops []string
		for _, h := range r.Header.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(h, ",")...)
		}
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break // a malformed hop: count the last proxy we trust
			}
			addr = a.Unmap()
			if !s.trusted(addr) {
				break
			}
		}
	}
	if addr.Is6() {
		return netip.PrefixFrom(addr, 64).Masked().String()
	}
	return addr.String()
}

func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// unknownUser is the hash checked for a user name that does not exist, so
// that timing does not reveal which names do.
const unknownUser = "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	addr := s.clientAddr(r)
	next := localPath(r.PostFormValue("next"))
	user, pw := r.PostFormValue("user"), r.PostFormValue("password")
	hash, known := s.users[user]
	if !known {
		hash = unknownUser
	}
	// Names that do not exist are counted like those that do, so that the
	// limit does not tell them apart; the table grows at most by one key
	// per password hash (some ten a second).
	account := user
	if len(account) > 128 {
		account = account[:128]
	}
	done, allowed := s.limiter.reserve("user:"+account, "addr:"+addr)
	if !allowed {
		s.log.Warn("review: login refused by the limit", logkey.User, user, logkey.RemoteAddr, addr)
		w.WriteHeader(http.StatusTooManyRequests)
		s.render(w, "login.html", map[string]any{"Next": next, "Error": "Too many failed attempts; wait a minute."})
		return
	}
	ok := checkPassword(hash, pw) && known
	done(ok)
	if !ok {
		s.log.Warn("review: failed login", logkey.User, user, logkey.RemoteAddr, addr)
		w.WriteHeader(http.StatusUnauthorized)
		s.render(w, "login.html", map[string]any{"Next": next, "Error": "Wrong user name or password."})
		return
	}
	id, err := s.sessions.create(r.Context(), user)
	if err != nil {
		s.log.Error("review: create session", logkey.Err, err)
		http.Error(w, "could not create the session", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: id, Path: "/", HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
	s.log.Info("review: login", logkey.User, user, logkey.RemoteAddr, addr)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, _ session) {
	if c, err := r.Cookie(cookieName); err == nil {
		if err := s.sessions.drop(r.Context(), c.Value); err != nil {
			s.log.Error("review: drop session", logkey.Err, err)
			http.Error(w, "could not end the session", http.StatusInternalServerError)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// loadRequest reads the request the path names, answering 404 or 500
// itself when it cannot.
func (s *Server) loadRequest(w http.ResponseWriter, r *http.Request) (*store.RequestDetail, bool) {
	ref := r.PathValue("ref")
	d, err := s.store.GetRequest(r.Context(), ref)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return nil, false
	}
	if err != nil {
		http.Error(w, "could not read the request", http.StatusInternalServerError)
		s.log.Error("review: request", logkey.Ref, ref, logkey.Err, err)
		return nil, false
	}
	return d, true
}

func (s *Server) request(w http.ResponseWriter, r *http.Request, ss session) {
	ref := r.PathValue("ref")
	d, ok := s.loadRequest(w, r)
	if !ok {
		return
	}
	rec := parseRecord(d.TriageJSON)
	replies, _ := s.store.Replies(r.Context(), ref)
	timers, _ := s.store.Deadlines(r.Context(), ref)
	held := 0
	for _, rp := range replies {
		if rp.State == store.ReplyHeld {
			held++
		}
	}
	s.render(w, "request.html", map[string]any{"User": ss.user, "CSRF": ss.csrf, "R": d, "Rec": rec,
		"Replies": replies, "Timers": timers, "Held": held, "Flash": flashes[r.URL.Query().Get("done")], "Done": r.URL.Query().Get("done"),
		"Ev": s.evidenceView(d, rec), "Time": s.timing(r, ref), "CB": s.callbackView(r.Context(), d, rec, held),
		"Outcomes": store.Outcomes, "Reviewers": s.reviewerNames(), "CanReply": s.letters != nil, "History": s.historyView(r.Context(), d, rec), "Zone": s.loc.String(), "ReplyKey": newFormKey()})
}

// flashes are the only texts the request page shows for ?done=: a code
// our own redirect set, never text from the URL, which anyone can link to.
var flashes = map[string]string{
	"produced":  "Recorded: data produced. What follows (the subscriber notice) is in the audit trail.",
	"declined":  "Recorded: declined. The decline letter is in the replies below (held if the sender is not verified).",
	"released":  "The held replies were released for sending.",
	"discarded": "The held replies were discarded.",
	"verified":  "Recorded: the call-back.",
	// Outcomes and the team's own notes.
	"partially_produced": "Recorded: data partially produced. What follows (the subscriber notice) is in the audit trail.",
	"no_records":         "Recorded: no records.",
	"withdrawn":          "Recorded: withdrawn by the agency.",
	"not_a_request":      "Closed: not a request.",
	"noted":              "Note added.",
	"assigned":           "Assignment recorded.",
	"replied":            "Your reply is in the outbox (its state is below).",
	"reply_again":        "This reply form was already sent: the reply is in the outbox once, not twice.",
}
