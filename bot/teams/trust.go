package teams

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
)

// ErrUntrustedServiceURL: the bot was asked to call a service URL that no
// validated activity brought; its token is not sent there.
var ErrUntrustedServiceURL = errors.New("teams: service URL not seen in a validated activity")

// maxServiceURLs bounds the trusted set (Teams uses a handful of regional
// service URLs).
const maxServiceURLs = 1000

// ServiceURLs is the set of service URLs that arrived in validated
// activities (the token's serviceurl claim matched them). The connector
// client sends its token only to these. Safe for concurrent use.
type ServiceURLs struct {
	mu  sync.RWMutex
	set map[string]struct{}
}

// NewServiceURLs returns an empty set.
func NewServiceURLs() *ServiceURLs { return &ServiceURLs{set: map[string]struct{}{}} }

// Trust adds the service URL of a validated activity. It refuses URLs that
// are not https (http only on a loopback address) or carry credentials,
// a query or a fragment.
func (s *ServiceURLs) Trust(raw string) error {
	u, err := canonicalServiceURL(raw)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.set[u]; !ok && len(s.set) >= maxServiceURLs {
		return fmt.Errorf("teams: too many service URLs (%d)", maxServiceURLs)
	}
	s.set[u] = struct{}{}
	return nil
}

// Trusted returns the canonical form of raw and whether it is trusted.
func (s *ServiceURLs) Trusted(raw string) (string, bool) {
	u, err := canonicalServiceURL(raw)
	if err != nil {
		return "", false
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.set[u]
	return u, ok
}

// canonicalServiceURL lowercases the scheme and host and ends the path
// with a slash, so that one service URL has one form.
func canonicalServiceURL(raw string) (string, error) {
	if err := checkFetchURL(raw); err != nil {
		return "", fmt.Errorf("teams: service URL: %w", err)
	}
	u, _ := url.Parse(raw)
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", fmt.Errorf("teams: service URL %q has credentials, a query or a fragment", raw)
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	return u.String(), nil
}
