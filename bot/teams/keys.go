package teams

import (
	"context"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// ErrKeysUnavailable: the Bot Framework's signing keys could not be
// loaded, so no token can be checked (a transient failure: 503).
var ErrKeysUnavailable = errors.New("teams: signing keys unavailable")

// errUnknownKey: the token names a key that is not in the key set.
var errUnknownKey = errors.New("unknown signing key")

// minKeyBits is the smallest RSA modulus accepted.
const minKeyBits = 2048

// maxDocument bounds the metadata and JWKS documents read.
const maxDocument = 1 << 20

// signingKey is a Bot Framework key: the public key and the channels it
// may sign activities for.
type signingKey struct {
	pub          *rsa.PublicKey
	endorsements []string
}

// keySet is a cache of the Bot Framework's signing keys. Common JWKS
// libraries drop the non-standard "endorsements" of each key, which the
// channel check needs, hence this one. It is refreshed when older than
// maxAge and when a token names an unknown key, at most once per
// minRefresh (so forged key ids cannot make it hammer the metadata).
// Safe for concurrent use.
type keySet struct {
	metadataURL string
	client      *http.Client
	now         func() time.Time
	maxAge      time.Duration
	minRefresh  time.Duration
	log         *slog.Logger

	flight flight[struct{}]

	mu      sync.Mutex
	keys    map[string]signingKey
	fetched time.Time // last successful refresh
	tried   time.Time // last attempt
}

// lookup returns the key kid, refreshing the set when it is stale or the
// key is unknown. It returns errUnknownKey, or ErrKeysUnavailable when the
// set could not be loaded at all.
func (k *keySet) lookup(ctx context.Context, kid string) (signingKey, error) {
	now := k.now()
	k.mu.Lock()
	key, known := k.keys[kid]
	stale := k.fetched.IsZero() || now.Sub(k.fetched) >= k.maxAge
	mayTry := k.tried.IsZero() || now.Sub(k.tried) >= k.minRefresh
	k.mu.Unlock()
	switch {
	case known && !stale:
		return key, nil
	case !mayTry && known:
		return key, nil
	case !mayTry && !k.flight.running():
		return signingKey{}, errUnknownKey
	}
	// Refresh, or join the refresh under way (the start-up load).

	_, err := k.flight.do(ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, k.refresh(ctx) })
	if err != nil {
		if known {
			k.log.Warn("teams: refreshing the signing keys failed; using the cached ones", "err", err)
			return key, nil
		}
		return signingKey{}, fmt.Errorf("%w: %v", ErrKeysUnavailable, err)
	}
	k.mu.Lock()
	key, known = k.keys[kid]
	k.mu.Unlock()
	if !known {
		return signingKey{}, errUnknownKey
	}
	return key, nil
}

// refresh downloads the OpenID metadata, then the keys it points to.
func (k *keySet) refresh(ctx context.Context) error {
	k.mu.Lock()
	k.tried = k.now()
	k.mu.Unlock()
	var meta struct {
		JWKSURI string `json:"jwks_uri"`
	}
	if err := k.getJSON(ctx, k.metadataURL, &meta); err != nil {
		return fmt.Errorf("openid metadata: %w", err)
	}
	if err := checkFetchURL(meta.JWKSURI); err != nil {
		return fmt.Errorf("openid metadata: jwks_uri: %w", err)
	}
	var set struct {
		Keys []struct {
			Kty          string   `json:"kty"`
			Use          string   `json:"use"`
			Kid          string   `json:"kid"`
			N            string   `json:"n"`
			E            string   `json:"e"`
			Endorsements []string `json:"endorsements"`
		} `json:"keys"`
	}
	if err := k.getJSON(ctx, meta.JWKSURI, &set); err != nil {
		return fmt.Errorf("signing keys: %w", err)
	}
	keys := map[string]signingKey{}
	for _, j := range set.Keys {
		if j.Kty != "RSA" || j.Kid == "" || (j.Use != "" && j.Use != "sig") {
			continue
		}
		pub, err := rsaPublicKey(j.N, j.E)
		if err != nil {
			k.log.Warn("teams: skipping an unusable signing key", "kid", j.Kid, "err", err)
			continue
		}
		keys[j.Kid] = signingKey{pub: pub, endorsements: append([]string(nil), j.Endorsements...)}
	}
	if len(keys) == 0 {
		return errors.New("signing keys: no usable RSA key")
	}
	k.mu.Lock()
	k.keys, k.fetched = keys, k.now()
	k.mu.Unlock()
	k.log.Debug("teams: signing keys refreshed", "keys", len(keys))
	return nil
}

func (k *keySet) getJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	res, err := k.client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", u, res.StatusCode)
	}
	if err := json.NewDecoder(io.LimitReader(res.Body, maxDocument)).Decode(v); err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return nil
}

func rsaPublicKey(n64, e64 string) (*rsa.PublicKey, error) {
	nb, err := base64.RawURLEncoding.DecodeString(n64)
	if err != nil {
		return nil, fmt.Errorf("modulus: %w", err)
	}
	eb, err := base64.RawURLEncoding.DecodeString(e64)
	if err != nil || len(eb) == 0 || len(eb) > 4 {
		return nil, errors.New("bad exponent")
	}
	n := new(big.Int).SetBytes(nb)
	if n.BitLen() < minKeyBits {
		return nil, fmt.Errorf("modulus of %d bits", n.BitLen())
	}
	e := int(new(big.Int).SetBytes(eb).Int64())
	if e < 3 || e%2 == 0 {
		return nil, errors.New("bad exponent")
	}
	return &rsa.PublicKey{N: n, E: e}, nil
}

// checkFetchURL accepts https URLs, and http ones on a loopback address
// only (test servers).
func checkFetchURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return fmt.Errorf("not an absolute URL: %q", raw)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if isLoopback(u.Hostname()) {
			return nil
		}
	}
	return fmt.Errorf("not an https URL: %q", raw)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// flight runs one call at a time: callers arriving while it runs wait for
// its result (or their own context). The call itself is detached from the
// caller that started it, so one caller's cancellation does not fail the
// others; flightTimeout bounds it.
type flight[T any] struct {
	mu   sync.Mutex
	call *flightCall[T]
}

type flightCall[T any] struct {
	done chan struct{}
	val  T
	err  error
}

const flightTimeout = 30 * time.Second

// running reports whether a call is under way.
func (f *flight[T]) running() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.call != nil
}

func (f *flight[T]) do(ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	f.mu.Lock()
	c := f.call
	if c == nil {
		c = &flightCall[T]{done: make(chan struct{})}
		f.call = c
		go func() {
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flightTimeout)
			defer cancel()
			c.val, c.err = fn(fctx)
			f.mu.Lock()
			f.call = nil
			f.mu.Unlock()
			close(c.done)
		}()
	}
	f.mu.Unlock()
	select {
	case <-c.done:
		return c.val, c.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
