package teams

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

const (
	// TokenScope is the scope of the bot's connector tokens.
	TokenScope = "https://api.botframework.com/.default"
	// multiTenant is the login authority of multi-tenant registrations.
	multiTenant = "botframework.com"
	// tokenMargin: a token is renewed this long before it expires.
	tokenMargin = 5 * time.Minute
)

// ErrCredentials: the login service refused the app id or password.
var ErrCredentials = errors.New("teams: app credentials refused")

// TokenURL returns the client-credentials token endpoint for tenant (a
// single-tenant registration's tenant id), or the Bot Framework's
// multi-tenant one when tenant is "".
func TokenURL(tenant string) string {
	if tenant == "" {
		tenant = multiTenant
	}
	return "https://login.microsoftonline.com/" + url.PathEscape(tenant) + "/oauth2/v2.0/token"
}

// tokenSource gets the bot's connector token with the client-credentials
// grant and caches it until shortly before it expires; concurrent callers
// share one request. Safe for concurrent use.
type tokenSource struct {
	url      string
	clientID string
	secret   string
	client   *http.Client
	now      func() time.Time

	flight flight[token]

	mu  sync.Mutex
	cur token
}

type token struct {
	value   string
	renewAt time.Time
}

// Token returns a valid token. Errors wrap ErrCredentials when the login
// service refused the credentials.
func (s *tokenSource) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	cur := s.cur
	s.mu.Unlock()
	if cur.value != "" && s.now().Before(cur.renewAt) {
		return cur.value, nil
	}
	t, err := s.flight.do(ctx, s.fetch)
	if err != nil {
		return "", err
	}
	return t.value, nil
}

// Invalidate drops value if it is the cached token (the connector said
// 401: it was revoked, or the clock is off).
func (s *tokenSource) Invalidate(value string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur.value == value {
		s.cur = token{}
	}
}

func (s *tokenSource) fetch(ctx context.Context) (token, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {s.clientID},
		"client_secret": {s.secret},
		"scope":         {TokenScope},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, strings.NewReader(form.Encode()))
	if err != nil {
		return token{}, fmt.Errorf("teams: token request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	issued := s.now()
	res, err := s.client.Do(req)
	if err != nil {
		return token{}, fmt.Errorf("teams: token request: %w", errors.Join(ErrUnavailable, err))
	}
	defer res.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
		Error       string `json:"error"`
	}
	dec := json.NewDecoder(io.LimitReader(res.Body, 64<<10)).Decode(&body)
	switch {
	case res.StatusCode == http.StatusBadRequest || res.StatusCode == http.StatusUnauthorized:
		return token{}, fmt.Errorf("%w: status %d %s", ErrCredentials, res.StatusCode, safeCode(body.Error))
	case res.StatusCode != http.StatusOK:
		return token{}, fmt.Errorf("teams: token request: status %d: %w", res.StatusCode, ErrUnavailable)
	case dec != nil || body.AccessToken == "" || body.ExpiresIn <= 0:
		return token{}, fmt.Errorf("teams: token request: unusable answer: %w", ErrUnavailable)
	}
	life := time.Duration(body.ExpiresIn) * time.Second
	t := token{value: body.AccessToken, renewAt: issued.Add(life - min(tokenMargin, life/2))}
	s.mu.Lock()
	s.cur = t
	s.mu.Unlock()
	return t, nil
}

// safeCode keeps an error code fit for logs: short, plain characters.
func safeCode(code string) string {
	if len(code) > 64 {
		code = code[:64]
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' {
			return r
		}
		return -1
	}, code)
}
