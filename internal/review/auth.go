// Package review is the compliance team's web page: the queue, each
// request with its triage, evidence, messages, replies, timers and audit
// trail, and the decisions a reviewer records. Every page is behind a login;
// every change is a POST carrying the session's CSRF token; nothing runs
// script in the browser.
package review

import (
	"bufio"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
)

// hashIterations is PBKDF2-SHA256's work factor (OWASP 2023: 600,000).
const hashIterations = 600_000

// HashPassword returns a users-file entry value for a password:
// "pbkdf2-sha256$ITER$SALT$KEY", salt and key in unpadded base64.
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key, err := pbkdf2.Key(sha256.New, password, salt, hashIterations, 32)
	if err != nil {
		return "", err
	}
	enc := base64.RawStdEncoding
	return fmt.Sprintf("pbkdf2-sha256$%d$%s$%s", hashIterations, enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

func checkPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 4 || parts[0] != "pbkdf2-sha256" {
		return false
	}
	iter, err := strconv.Atoi(parts[1])
	if err != nil || iter < 10_000 {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[2])
	want, err2 := enc.DecodeString(parts[3])
	if err1 != nil || err2 != nil {
		return false
	}
	got, err := pbkdf2.Key(sha256.New, password, salt, iter, len(want))
	return err == nil && subtle.ConstantTimeCompare(got, want) == 1
}

// Users maps user names to password hashes.
type Users map[string]string

// ParseUsers reads a users file: one "name:hash" per line, # comments.
// Errors name the line.
func ParseUsers(r io.Reader) (Users, error) {
	u := Users{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, hash, ok := strings.Cut(line, ":")
		if !ok || name == "" || !strings.HasPrefix(hash, "pbkdf2-sha256$") {
			return nil, fmt.Errorf("review: users file line %d: want name:pbkdf2-sha256$… (make one with lerd web passwd NAME)", n)
		}
		u[name] = hash
	}
	if len(u) == 0 {
		return nil, errors.New("review: users file has no users")
	}
	return u, sc.Err()
}

// session is a logged-in user.
type session struct {
	user    string
	csrf    string
	expires time.Time
}

// sessions is an in-memory session table: a restart logs everyone out,
// which is the safe direction.
type sessions struct {
	mu   sync.Mutex
	byID map[string]session
	ttl  time.Duration
	now  func() time.Time
}

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *sessions) create(user string) (string, session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := token()
	ss := session{user: user, csrf: token(), expires: s.now().Add(s.ttl)}
	s.byID[id] = ss
	return id, ss
}

func (s *sessions) get(id string) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ss, ok := s.byID[id]
	if !ok || s.now().After(ss.expires) {
		delete(s.byID, id)
		return session{}, false
	}
	return ss, true
}

func (s *sessions) drop(id string) {
	s.mu.Lock()
	delete(s.byID, id)
	s.mu.Unlock()
}

// throttle slows down password guessing: after five failures from an
// address, each further attempt waits a minute from the last failure.
type throttle struct {
	mu    sync.Mutex
	fails map[string][]time.Time
	now   func() time.Time
}

func (t *throttle) blocked(addr string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.fails[addr]
	return len(f) >= 5 && t.now().Sub(f[len(f)-1]) < time.Minute
}

func (t *throttle) fail(addr string) {
	t.mu.Lock()
	t.fails[addr] = append(t.fails[addr], t.now())
	t.mu.Unlock()
}

func (t *throttle) reset(addr string) {
	t.mu.Lock()
	delete(t.fails, addr)
	t.mu.Unlock()
}
