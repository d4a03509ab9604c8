package teamstest

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
)

// SetTenant makes the token endpoint accept only tenant (a single-tenant
// registration's tenant id, or MultiTenant, the default).
func (s *Server) SetTenant(tenant string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tenant = tenant
}

// SetTokenLifetime sets the expires_in of tokens issued from now on (an
// hour unless changed).
func (s *Server) SetTokenLifetime(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokenTTL = d
}

// RevokeTokens makes every token issued so far invalid: the connector
// answers 401 to them, as after a password change.
func (s *Server) RevokeTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.tokens)
}

// TokenCalls returns how many token requests were answered (refused ones
// included).
func (s *Server) TokenCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokenCalls
}

// serveToken is the client-credentials grant of the login service.
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	if f, ok := s.takeFault(OpToken); ok {
		writeFault(w, f)
		return
	}
	s.mu.Lock()
	s.tokenCalls++
	tenant, ttl := s.tenant, s.tokenTTL
	s.notifyLocked()
	s.mu.Unlock()
	if err := r.ParseForm(); err != nil {
		writeOAuthError(w, http.StatusBadRequest, "invalid_request", "the body is not a form")
		return
	}
	f := r.PostForm
	switch {
	case r.PathValue("tenant") != tenant:
		writeOAuthError(w, http.StatusBadRequest, "invalid_request", "AADSTS90002: Tenant not found for this application.")
	case f.Get("grant_type") != "client_credentials":
		writeOAuthError(w, http.StatusBadRequest, "unsupported_grant_type", "AADSTS70003: grant_type must be client_credentials.")
	case f.Get("client_id") != AppID:
		writeOAuthError(w, http.StatusBadRequest, "unauthorized_client", "AADSTS700016: Application not found.")
	case f.Get("client_secret") != AppPassword:
		writeOAuthError(w, http.StatusUnauthorized, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
	case f.Get("scope") != Scope:
		writeOAuthError(w, http.StatusBadRequest, "invalid_scope", "AADSTS70011: The provided value for scope is not valid.")
	default:
		tok := newToken()
		s.mu.Lock()
		s.tokens[tok] = time.Now().Add(ttl)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{
			"token_type": "Bearer", "expires_in": int(ttl / time.Second), "ext_expires_in": int(ttl / time.Second),
			"access_token": tok,
		})
	}
}

func writeOAuthError(w http.ResponseWriter, status int, code, desc string) {
	writeJSON(w, status, map[string]any{"error": code, "error_description": desc})
}

func newToken() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return "eyJ0ZXN0.teamstest." + base64.RawURLEncoding.EncodeToString(b)
}

// authorized reports whether r carries a live token the fake issued.
func (s *Server) authorized(r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.tokens[tok]
	return ok && time.Now().Before(exp)
}
