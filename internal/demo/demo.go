// Package demo runs lerd with no setup: an in-process IMAP server
// (go-imap's imapmemserver) holding sample requests, and an in-process SMTP
// sink (go-smtp) that records what lerd sends. `make demo` uses it.
package demo

import (
	"bytes"
	"crypto/tls"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/mail"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

//go:embed samples/*.eml accounts.csv
var samples embed.FS

// Accounts is the demo's account-holder list (identifier,email), for the
// subscriber notice a "produced" decision sends.
func Accounts() []byte {
	b, _ := samples.ReadFile("accounts.csv")
	return b
}

// Samples returns the embedded sample requests in name order.
func Samples() (map[string][]byte, []string, error) {
	names, err := fs.Glob(samples, "samples/*.eml")
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	out := map[string][]byte{}
	for _, n := range names {
		b, err := samples.ReadFile(n)
		if err != nil {
			return nil, nil, err
		}
		out[n] = b
	}
	return out, names, nil
}

// Credentials of the demo mailbox.
const (
	Username = "law-enforcement@provider.test"
	Password = "demo"
)

// IMAPServer is an in-memory IMAP server on a loopback port.
type IMAPServer struct {
	Addr string
	user *imapmemserver.User
	srv  *imapserver.Server
	ln   net.Listener
}

// StartIMAP starts an in-memory IMAP server with IDLE and MOVE on loopback.
func StartIMAP() (*IMAPServer, error) { return StartIMAPAs(Username, Password) }

// StartIMAPAs is StartIMAP with a mailbox of these credentials.
func StartIMAPAs(username, password string) (*IMAPServer, error) {
	return startIMAP(username, password, nil)
}

// StartIMAPTLS is StartIMAP with implicit TLS (IMAPS) and cert.
func StartIMAPTLS(cert tls.Certificate) (*IMAPServer, error) {
	return startIMAP(Username, Password, &tls.Config{Certificates: []tls.Certificate{cert}})
}

func startIMAP(username, password string, tcfg *tls.Config) (*IMAPServer, error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(username, password)
	if err := user.Create("INBOX", nil); err != nil {
		return nil, fmt.Errorf("demo: create inbox: %w", err)
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen: %w", err)
	}
	if tcfg != nil {
		ln = tls.NewListener(ln, tcfg)
	}
	go srv.Serve(ln)
	return &IMAPServer{Addr: ln.Addr().String(), user: user, srv: srv, ln: ln}, nil
}

// Deliver appends a raw message to the INBOX, as an MTA would.
func (s *IMAPServer) Deliver(raw []byte) error {
	_, err := s.user.Append("INBOX", bytes.NewReader(raw), &imap.AppendOptions{Time: time.Now()})
	if err != nil {
		return fmt.Errorf("demo: deliver: %w", err)
	}
	return nil
}

// Close stops the server.
func (s *IMAPServer) Close() error { return s.srv.Close() }

// Sent is one message received by the SMTP sink.
type Sent struct {
	From string
	To   []string
	Data []byte
}

// SMTPSink is an SMTP server on loopback that keeps every message it is given.
type SMTPSink struct {
	Addr string
	srv  *smtp.Server
	mu   sync.Mutex
	msgs []Sent
	fail func(Sent) error
	// delay is how long DATA takes, to widen crash windows in tests.
	delay time.Duration
	// user and pass, when set, are required through AUTH PLAIN or LOGIN;
	// token, when set, through XOAUTH2 or OAUTHBEARER instead.
	user, pass string
	token      func() string
	authed     []string
}

// RequireAuth makes the sink accept mail only after AUTH PLAIN with these
// credentials.
func (s *SMTPSink) RequireAuth(user, pass string) {
	s.mu.Lock()
	s.user, s.pass = user, pass
	s.mu.Unlock()
}

// RequireToken makes the sink accept mail only after AUTH XOAUTH2 or
// OAUTHBEARER for user with the bearer token valid() returns at the time.
func (s *SMTPSink) RequireToken(user string, valid func() string) {
	s.mu.Lock()
	s.user, s.token = user, valid
	s.mu.Unlock()
}

// Authenticated lists the user names that logged in, one per session.
func (s *SMTPSink) Authenticated() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.authed...)
}

// StartSMTPTLS starts a sink that offers STARTTLS with the given
// certificate and refuses mail sent without it.
func StartSMTPTLS(cert tls.Certificate) (*SMTPSink, error) {
	s, err := StartSMTP()
	if err != nil {
		return nil, err
	}
	s.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	s.srv.AllowInsecureAuth = false
	return s, nil
}

// FailWith makes the sink answer DATA with the error fn returns (nil
// accepts); tests use *smtp.SMTPError values for 4xx and 5xx answers.
func (s *SMTPSink) FailWith(fn func(Sent) error) {
	s.mu.Lock()
	s.fail = fn
	s.mu.Unlock()
}

// SlowData makes every DATA take d before it is accepted.
func (s *SMTPSink) SlowData(d time.Duration) {
	s.mu.Lock()
	s.delay = d
	s.mu.Unlock()
}

// StartSMTP starts the sink.
func StartSMTP() (*SMTPSink, error) {
	s := &SMTPSink{}
	srv := smtp.NewServer(&sinkBackend{s})
	srv.Domain = "sink.localhost"
	srv.AllowInsecureAuth = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen smtp: %w", err)
	}
	s.Addr = ln.Addr().String()
	s.srv = srv
	go srv.Serve(ln)
	return s, nil
}

// Messages returns what the sink received so far.
func (s *SMTPSink) Messages() []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent(nil), s.msgs...)
}

// SentTo returns the messages sent to rcpt alone.
func (s *SMTPSink) SentTo(rcpt string) []Sent {
	var out []Sent
	for _, m := range s.Messages() {
		if len(m.To) == 1 && m.To[0] == rcpt {
			out = append(out, m)
		}
	}
	return out
}

// Deliveries counts the messages received per Message-ID (with its angle
// brackets): a reply sent twice counts 2.
func (s *SMTPSink) Deliveries() map[string]int {
	out := map[string]int{}
	for _, m := range s.Messages() {
		msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
		id := ""
		if err == nil {
			id = msg.Header.Get("Message-ID")
		}
		out[id]++
	}
	return out
}

// Close stops the sink.
func (s *SMTPSink) Close() error { return s.srv.Close() }

// SilentServer accepts TCP connections and never says a word, like an SMTP
// server that hangs before its greeting; tests point lerd at it.
type SilentServer struct {
	Addr     string
	ln       net.Listener
	mu       sync.Mutex
	conns    []net.Conn
	accepted int
}

// StartSilent starts a silent server on loopback.
func StartSilent() (*SilentServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen: %w", err)
	}
	s := &SilentServer{Addr: ln.Addr().String(), ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns = append(s.conns, c)
			s.accepted++
			s.mu.Unlock()
		}
	}()
	return s, nil
}

// Accepted is how many connections the server has taken.
func (s *SilentServer) Accepted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accepted
}

// Close stops listening and drops every connection.
func (s *SilentServer) Close() error {
	err := s.ln.Close()
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	return err
}

type sinkBackend struct{ s *SMTPSink }

func (b *sinkBackend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &sinkSession{s: b.s, conn: c}, nil
}

func (ss *sinkSession) AuthMechanisms() []string {
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	if ss.s.token != nil {
		return []string{"XOAUTH2", sasl.OAuthBearer}
	}
	return []string{sasl.Plain}
}

func (ss *sinkSession) Auth(mech string) (sasl.Server, error) {
	check := func(user, pass string) error {
		ss.s.mu.Lock()
		defer ss.s.mu.Unlock()
		if ss.s.user == "" || user != ss.s.user || pass != ss.s.pass {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "invalid credentials"}
		}
		ss.authed = true
		ss.s.authed = append(ss.s.authed, user)
		return nil
	}
	ss.s.mu.Lock()
	token := ss.s.token
	ss.s.mu.Unlock()
	if token != nil {
		// The bearer token stands in for the password.
		check = func(user, tok string) error {
			ss.s.mu.Lock()
			defer ss.s.mu.Unlock()
			if user != ss.s.user || tok != token() {
				return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "invalid token"}
			}
			ss.authed = true
			ss.s.authed = append(ss.s.authed, user)
			return nil
		}
		switch mech {
		case "XOAUTH2":
			return xoauth2Server(check), nil
		case sasl.OAuthBearer:
			return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
				if check(o.Username, o.Token) != nil {
					return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
				}
				return nil
			}), nil
		}
		return nil, smtp.ErrAuthUnknownMechanism
	}
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) }), nil
}

// xoauth2Server is the server side of XOAUTH2 ("user=U^Aauth=Bearer T^A^A").
type xoauth2Server func(user, token string) error

func (f xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	var user, token string
	for _, kv := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			token = v
		}
	}
	if err := f(user, token); err != nil {
		return nil, true, err
	}
	return nil, true, nil
}

type sinkSession struct {
	s      *SMTPSink
	conn   *smtp.Conn
	cur    Sent
	authed bool
}

func (ss *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	ss.s.mu.Lock()
	needAuth, needTLS := ss.s.user != "", ss.s.srv.TLSConfig != nil
	ss.s.mu.Unlock()
	if needTLS {
		if _, ok := ss.conn.TLSConnectionState(); !ok {
			return &smtp.SMTPError{Code: 530, Message: "STARTTLS first"}
		}
	}
	if needAuth && !ss.authed {
		return smtp.ErrAuthRequired
	}
	ss.cur.From = from
	return nil
}
func (ss *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.cur.To = append(ss.cur.To, to)
	return nil
}
func (ss *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if len(ss.cur.To) == 0 {
		return errors.New("no recipients")
	}
	ss.cur.Data = b
	ss.s.mu.Lock()
	fail, delay := ss.s.fail, ss.s.delay
	ss.s.mu.Unlock()
	time.Sleep(delay)
	if fail != nil {
		if err := fail(ss.cur); err != nil {
			return err
		}
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, ss.cur)
	ss.s.mu.Unlock()
	ss.cur = Sent{}
	return nil
}
func (ss *sinkSession) Reset()        { ss.cur = Sent{} }
func (ss *sinkSession) Logout() error { return nil }
