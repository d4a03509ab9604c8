package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"github.com/springfield/techleader/conversation"
)

// Platform is the conversation.Key platform of web conversations.
const Platform = "web"

// cookieName holds the session secret. It has no __Host- prefix: that
// needs Secure, which a loopback playground over plain HTTP cannot have.
const cookieName = "tl_web"

// secretBytes is the session secret's size: 256 random bits.
const secretBytes = 32

// newSecret returns a fresh session secret, the cookie's value.
func newSecret() string {
	var b [secretBytes]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// validSecret reports whether s has the form newSecret gives.
func validSecret(s string) bool {
	if len(s) != base64.RawURLEncoding.EncodedLen(secretBytes) {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	return err == nil && len(b) == secretBytes
}

// PublicID derives the session's public id from its secret. The public id
// names the session everywhere else (the conversation key's User, store
// keys, logs, consultants' cards): none of those can be turned back into
// the cookie that acts as the user.
func PublicID(secret string) string {
	sum := sha256.Sum256([]byte("techleader web session\x00" + secret))
	return hex.EncodeToString(sum[:16])
}

// Key is the conversation key of the session with public id.
func Key(publicID string) conversation.Key {
	return conversation.Key{Platform: Platform, User: publicID}
}

// session is the caller's session, found or newly made.
type session struct {
	id    string // public id
	fresh bool
}

// errNoSession: the session store cannot be reached.
var errNoSession = errors.New("session store unavailable")

// session returns the caller's session, making a fresh one (and setting
// its cookie) when the cookie is missing, malformed, forged or expired.
// A live session's cookie is renewed when renew is set.
func (s *Server) session(w http.ResponseWriter, r *http.Request, renew bool) (session, error) {
	ctx := r.Context()
	if c, err := r.Cookie(cookieName); err == nil && validSecret(c.Value) {
		id := PublicID(c.Value)
		ok, err := s.sessions.Touch(ctx, id, s.cfg.SessionTTL)
		if err != nil {
			s.log.Warn("web session lookup", "err", err)
			return session{}, errNoSession
		}
		if ok {
			if renew {
				s.setCookie(w, r, c.Value)
			}
			return session{id: id}, nil
		}
	}
	return s.newSession(ctx, w, r)
}

// newSession makes a fresh session and sets its cookie.
func (s *Server) newSession(ctx context.Context, w http.ResponseWriter, r *http.Request) (session, error) {
	for range 3 {
		secret := newSecret()
		id := PublicID(secret)
		err := s.sessions.Create(ctx, id, s.cfg.SessionTTL)
		if errors.Is(err, ErrSessionExists) {
			continue
		}
		if err != nil {
			s.log.Warn("web session create", "err", err)
			return session{}, errNoSession
		}
		s.setCookie(w, r, secret)
		s.metrics.SessionStarted()
		s.log.Debug("web session started", "session", id)
		return session{id: id, fresh: true}, nil
	}
	return session{}, errNoSession
}

// setCookie sets the session cookie. Over HTTPS (or anywhere but
// loopback) it is Secure, SameSite=None and Partitioned, so it works in
// the widget's third-party iframe; on a loopback playground over plain
// HTTP browsers refuse those, so it is a SameSite=Lax cookie there.
func (s *Server) setCookie(w http.ResponseWriter, r *http.Request, secret string) {
	c := &http.Cookie{
		Name:     cookieName,
		Value:    secret,
		Path:     "/",
		MaxAge:   int(s.cfg.SessionTTL.Seconds()),
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	if secureRequest(r) {
		c.Secure, c.SameSite, c.Partitioned = true, http.SameSiteNoneMode, true
	}
	w.Header().Add("Set-Cookie", c.String())
}

// secureRequest reports whether the page is served over HTTPS as far as
// the browser is concerned: TLS here, a proxy that says so, or any host
// that is not a loopback one.
func secureRequest(r *http.Request) bool {
	if r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https") {
		return true
	}
	return !loopbackHost(r.Host)
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}
