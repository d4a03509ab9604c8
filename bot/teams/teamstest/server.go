// Package teamstest is a fake Bot Framework for tests: an httptest server
// that plays the three Microsoft services a Teams bot talks to.
//
//   - The login service: a client-credentials token endpoint
//     (TokenURL) that checks the app id, password and scope and issues
//     bearer tokens.
//   - The Bot Framework's OpenID metadata (MetadataURL) and its keys (a
//     JWKS made from test RSA keys, each with "endorsements", the channels
//     it may sign for).
//   - The Bot Connector (ServiceURL): it records the activities the bot
//     sends, replies to and updates, per conversation; creates
//     conversations for proactive messages; checks the bearer token on
//     every call; refuses activities over the size limit (413) and plays
//     injected faults (429 with Retry-After, 5xx, 403 MessageWritesBlocked,
//     lost answers).
//
// Deliver sends an activity to the bot's endpoint as Teams does: a POST
// with a JWT signed by the current key. TokenOptions forge bad tokens for
// negative tests (wrong issuer, audience, expiry, service URL, key, alg).
//
// Typical use:
//
//	s := teamstest.New(t)
//	// configure the bot with AppID, AppPassword, s.TokenURL(), s.MetadataURL()
//	bot := httptest.NewServer(handler)
//	res, err := s.Deliver(ctx, bot.URL+"/api/messages", s.Message(teamstest.User("ann"), "hello"))
//	posted, err := s.WaitActivities(ctx, teamstest.PersonalConversation(teamstest.User("ann")), 1)
//
// The fake does not import the bot's package: it speaks the wire format
// on its own, so a test through it checks that both agree.
//
// All methods of Server are safe for concurrent use.
package teamstest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Identities of the fake tenant and bot registration.
const (
	AppID       = "9c4a2d3e-5b6f-4a70-8b1c-2d3e4f5a6b7c"
	AppPassword = "test-app-password"
	TenantID    = "11111111-2222-4333-8444-555555555555"
	BotID       = "28:" + AppID
	BotName     = "techleader"

	// Issuer is the Bot Framework's token issuer.
	Issuer = "https://api.botframework.com"
	// Scope is the scope a bot asks a token for.
	Scope = "https://api.botframework.com/.default"
	// ChannelID is the channel id of Teams activities.
	ChannelID = "msteams"

	// MultiTenant is the tenant segment of the token URL of multi-tenant
	// registrations.
	MultiTenant = "botframework.com"
)

// MaxActivityBytes is the largest activity body the fake connector takes
// (Teams documents about 28 KB per message); larger ones get 413.
const MaxActivityBytes = 28 * 1024

// Server is a fake Bot Framework. Create it with New.
type Server struct {
	tb testing.TB
	hs *httptest.Server

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every state change
	closed  bool

	keys  *keyring
	clock func() time.Time // nil: time.Now

	// login service
	tenant     string // the tenant segment the token URL accepts
	tokens     map[string]time.Time
	tokenTTL   time.Duration
	tokenCalls int

	// connector
	seq    int64
	convs  map[string][]*Posted
	calls  []Call
	faults map[Op][]Fault
}

// New starts a fake Bot Framework and registers t.Cleanup(s.Close). Its
// token endpoint serves a multi-tenant registration until SetTenant.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		tb:       t,
		changed:  make(chan struct{}),
		tenant:   MultiTenant,
		tokens:   map[string]time.Time{},
		tokenTTL: time.Hour,
		convs:    map[string][]*Posted{},
		faults:   map[Op][]Fault{},
	}
	s.keys = newKeyring()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /{tenant}/oauth2/v2.0/token", s.serveToken)
	mux.HandleFunc("GET /v1/.well-known/openidconfiguration", s.serveMetadata)
	mux.HandleFunc("GET /v1/.well-known/keys", s.serveKeys)
	mux.HandleFunc("POST "+servicePath+"v3/conversations", s.serveCreate)
	mux.HandleFunc("POST "+servicePath+"v3/conversations/{conv}/activities", s.serveSend)
	mux.HandleFunc("POST "+servicePath+"v3/conversations/{conv}/activities/{id}", s.serveSend)
	mux.HandleFunc("PUT "+servicePath+"v3/conversations/{conv}/activities/{id}", s.serveUpdate)
	s.hs = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// servicePath is the connector's path prefix, like Teams' regional ones.
const servicePath = "/amer/"

// URL returns the server's base URL ("http://127.0.0.1:PORT").
func (s *Server) URL() string { return s.hs.URL }

// ServiceURL is the connector's base URL, with its trailing slash, as
// activities carry it in serviceUrl.
func (s *Server) ServiceURL() string { return s.hs.URL + servicePath }

// MetadataURL is the OpenID metadata document's URL.
func (s *Server) MetadataURL() string { return s.hs.URL + "/v1/.well-known/openidconfiguration" }

// TokenURL is the token endpoint for tenant (MultiTenant, or a tenant id
// for single-tenant registrations).
func (s *Server) TokenURL(tenant string) string {
	return s.hs.URL + "/" + tenant + "/oauth2/v2.0/token"
}

// Close stops the server. It is idempotent.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.notifyLocked()
	s.mu.Unlock()
	s.hs.CloseClientConnections()
	s.hs.Close()
}

// SetClock makes the times of signed tokens (iat, nbf, exp) follow now,
// for tests that move a bot's clock; nil restores time.Now.
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clock = now
}

func (s *Server) now() time.Time {
	s.mu.Lock()
	clock := s.clock
	s.mu.Unlock()
	if clock == nil {
		return time.Now()
	}
	return clock()
}

// notifyLocked wakes every waiter. s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait calls check under s.mu until it reports done or ctx ends.
func (s *Server) wait(ctx context.Context, what string, check func() bool) error {
	for {
		s.mu.Lock()
		if check() {
			s.mu.Unlock()
			return nil
		}
		ch, closed := s.changed, s.closed
		s.mu.Unlock()
		if closed {
			return fmt.Errorf("teamstest: waiting for %s: server closed", what)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("teamstest: waiting for %s: %w", what, ctx.Err())
		}
	}
}
