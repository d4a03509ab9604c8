package teamstest

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Token describes the JWT Deliver signs. The zero value of a field means
// "what the Bot Framework sends"; TokenOptions change one thing each.
type Token struct {
	Issuer     string
	Audience   string
	ServiceURL string // the serviceurl claim; default: the activity's
	NoService  bool   // leave the serviceurl claim out
	Expires    time.Time
	NotBefore  time.Time
	KeyID      string // the key to sign with; default: the current key
	Alg        string // "RS256" (default), "none" or "HS256"
	Tamper     bool   // flip a bit of the signature
	Omit       bool   // send no Authorization header at all
	Scheme     string // the Authorization scheme, default "Bearer"
}

// TokenOption changes the token of one delivery.
type TokenOption func(*Token)

// WithIssuer sets the iss claim.
func WithIssuer(iss string) TokenOption { return func(t *Token) { t.Issuer = iss } }

// WithAudience sets the aud claim.
func WithAudience(aud string) TokenOption { return func(t *Token) { t.Audience = aud } }

// WithServiceURLClaim sets the serviceurl claim.
func WithServiceURLClaim(u string) TokenOption { return func(t *Token) { t.ServiceURL = u } }

// WithoutServiceURLClaim leaves the serviceurl claim out.
func WithoutServiceURLClaim() TokenOption { return func(t *Token) { t.NoService = true } }

// WithExpiry sets exp (and moves nbf an hour before it).
func WithExpiry(exp time.Time) TokenOption {
	return func(t *Token) { t.Expires, t.NotBefore = exp, exp.Add(-time.Hour) }
}

// WithKey signs with the key kid (see AddKey, RotateKey, UnpublishedKey).
func WithKey(kid string) TokenOption { return func(t *Token) { t.KeyID = kid } }

// WithAlg signs with alg: "none" (no signature) or "HS256" (HMAC keyed with
// the current public key's PEM, the classic algorithm confusion attack).
func WithAlg(alg string) TokenOption { return func(t *Token) { t.Alg = alg } }

// WithBadSignature corrupts the signature.
func WithBadSignature() TokenOption { return func(t *Token) { t.Tamper = true } }

// WithoutToken sends no Authorization header.
func WithoutToken() TokenOption { return func(t *Token) { t.Omit = true } }

// WithScheme uses scheme instead of "Bearer" in the Authorization header.
func WithScheme(scheme string) TokenOption { return func(t *Token) { t.Scheme = scheme } }

// SignToken returns a token for an activity whose serviceUrl is
// serviceURL, changed by opts.
func (s *Server) SignToken(serviceURL string, opts ...TokenOption) string {
	now := s.now()
	t := Token{Issuer: Issuer, Audience: AppID, ServiceURL: serviceURL, Expires: now.Add(time.Hour), NotBefore: now.Add(-5 * time.Minute), Alg: "RS256"}
	for _, o := range opts {
		o(&t)
	}
	return s.sign(t)
}

func (s *Server) sign(t Token) string {
	claims := jwt.MapClaims{"iss": t.Issuer, "aud": t.Audience, "exp": t.Expires.Unix(), "nbf": t.NotBefore.Unix()}
	if !t.NoService {
		claims["serviceurl"] = t.ServiceURL
	}
	s.keys.mu.Lock()
	kid := t.KeyID
	if kid == "" {
		kid = s.keys.current
	}
	key := s.keys.byID(kid)
	s.keys.mu.Unlock()
	if key == nil {
		s.tb.Errorf("teamstest: no key %q", kid)
		return ""
	}
	var signed string
	var err error
	switch t.Alg {
	case "none":
		tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims)
		tok.Header["kid"] = kid
		signed, err = tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
	case "HS256":
		der, _ := x509.MarshalPKIXPublicKey(&key.priv.PublicKey)
		pemKey := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
		tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
		tok.Header["kid"] = kid
		signed, err = tok.SignedString(pemKey)
	default:
		tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
		tok.Header["kid"] = kid
		tok.Header["x5t"] = kid
		signed, err = tok.SignedString(key.priv)
	}
	if err != nil {
		s.tb.Errorf("teamstest: sign token: %v", err)
		return ""
	}
	if t.Tamper {
		i := strings.LastIndexByte(signed, '.') + 3
		c := byte('A')
		if signed[i] == 'A' {
			c = 'B'
		}
		signed = signed[:i] + string(c) + signed[i+1:]
	}
	return signed
}

// Response is the bot's answer to a delivered activity.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v.
func (r *Response) JSON(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("teamstest: response body %q: %w", r.Body, err)
	}
	return nil
}

// deliverTimeout is how long Deliver waits for the bot, like Teams (it
// gives up on a bot after 15 s).
const deliverTimeout = 15 * time.Second

// Deliver POSTs a to the bot's messaging endpoint with a signed token (see
// TokenOption) and returns its answer. It fails only when the bot could not
// be reached or did not answer within 15 s.
func (s *Server) Deliver(ctx context.Context, endpoint string, a Activity, opts ...TokenOption) (*Response, error) {
	body, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("teamstest: marshal activity: %w", err)
	}
	return s.DeliverRaw(ctx, endpoint, a.ServiceURL, body, opts...)
}

// DeliverRaw POSTs body as it is (bad JSON, an oversized body), with a
// token for serviceURL.
func (s *Server) DeliverRaw(ctx context.Context, endpoint, serviceURL string, body []byte, opts ...TokenOption) (*Response, error) {
	t := Token{}
	for _, o := range opts {
		o(&t)
	}
	ctx, cancel := context.WithTimeout(ctx, deliverTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("teamstest: deliver: %w", err)
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	if !t.Omit {
		scheme := t.Scheme
		if scheme == "" {
			scheme = "Bearer"
		}
		req.Header.Set("Authorization", scheme+" "+s.SignToken(serviceURL, opts...))
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("teamstest: deliver: %w", err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("teamstest: deliver: read answer: %w", err)
	}
	return &Response{Status: res.StatusCode, Header: res.Header, Body: b}, nil
}
