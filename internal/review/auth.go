// Package review is the compliance team's web page: the queue, each
// request with its triage, evidence, messages, replies, timers and audit
// trail, and the decisions a reviewer records. Every page is behind a login;
// every change is a POST carrying the session's CSRF token; nothing runs
// script in the browser.
package review

import (
	"bufio"
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"lerd/internal/store"
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
	user string
	csrf string
}

// sessions keeps logins in the store (a restart logs no one out) under the
// SHA-256 of their cookie, so that a copy of the database opens no
// session. A session ends maxAge after login or idle after its last
// request, whichever comes first.
type sessions struct {
	store  *store.Store
	maxAge time.Duration
	idle   time.Duration
	now    func() time.Time
}

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func idHash(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:])
}

func (s *sessions) create(ctx context.Context, user string) (string, error) {
	id, now := token(), s.now()
	err := s.store.CreateSession(ctx, idHash(id), store.WebSession{User: user, CSRF: token(), LastSeen: now, Expires: now.Add(s.maxAge)})
	return id, err
}

// touchEvery bounds the writes a busy reviewer causes: the last use is
// recorded at most once a minute, so the idle timeout is exact to a minute.
const touchEvery = time.Minute

func (s *sessions) get(ctx context.Context, id string) (session, bool, error) {
	h := idHash(id)
	ss, ok, err := s.store.Session(ctx, h)
	if err != nil || !ok {
		return session{}, false, err
	}
	now := s.now()
	if !now.Before(ss.Expires) || now.Sub(ss.LastSeen) >= s.idle {
		return session{}, false, s.store.DropSession(ctx, h)
	}
	if now.Sub(ss.LastSeen) >= touchEvery {
		if err := s.store.TouchSession(ctx, h, now); err != nil {
			return session{}, false, err
		}
	}
	return session{user: ss.User, csrf: ss.CSRF}, true, nil
}

func (s *sessions) drop(ctx context.Context, id string) error {
	return s.store.DropSession(ctx, idHash(id))
}

// Login limits: after maxFails failed logins for an account, or from a
// client address, that account or address gets one attempt a minute;
// failures are forgotten after forgetAfter without an attempt.
const (
	maxFails    = 5
	lockWait    = time.Minute
	forgetAfter = 15 * time.Minute
	// pruneAbove bounds the table: beyond it, keys quiet for forgetAfter
	// are dropped.
	pruneAbove = 10_000
)

// limiter slows down password guessing, per account and per client
// address. An attempt is reserved under the lock before the password is
// hashed (about 0.1 s), and counts against its keys until it is known to
// have failed or succeeded; so concurrent guesses cannot all pass the
// check before the first failure is recorded: at most maxFails go
// through at once.
type limiter struct {
	mu   sync.Mutex
	keys map[string]*attempts
	now  func() time.Time
}

type attempts struct {
	fails, inFlight int
	last            time.Time
}

// reserve asks for one attempt under every key. If allowed, the caller
// must call done with the attempt's outcome.
func (l *limiter) reserve(keys ...string) (done func(ok bool), allowed bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.keys) > pruneAbove {
		for k, a := range l.keys {
			if a.inFlight == 0 && now.Sub(a.last) > forgetAfter {
				delete(l.keys, k)
			}
		}
	}
	for _, k := range keys {
		a := l.keys[k]
		if a == nil {
			continue
		}
		if a.inFlight == 0 && now.Sub(a.last) > forgetAfter {
			a.fails = 0
		}
		if a.fails+a.inFlight >= maxFails && now.Sub(a.last) < lockWait {
			return nil, false
		}
	}
	for _, k := range keys {
		a := l.keys[k]
		if a == nil {
			a = &attempts{}
			l.keys[k] = a
		}
		a.inFlight++
		a.last = now
	}
	return func(ok bool) {
		l.mu.Lock()
		defer l.mu.Unlock()
		for _, k := range keys {
			a := l.keys[k]
			a.inFlight--
			if ok {
				a.fails = 0
			} else {
				a.fails++
				a.last = l.now()
			}
		}
	}, true
}
