package teams

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// The Bot Framework's connector-to-bot authentication, as Microsoft
// specifies it for bots that do not use its SDK: every request carries
// "Authorization: Bearer <JWT>" signed RS256 by a key listed in the OpenID
// metadata's JWKS; iss is the Bot Framework, aud the bot's app id; it has
// not expired (5 minutes of clock skew); its serviceurl claim is the
// activity's serviceUrl; and the activity's channel is among the signing
// key's endorsements.
const (
	// TokenIssuer is the issuer of the tokens the Bot Framework sends.
	TokenIssuer = "https://api.botframework.com"
	// DefaultOpenIDMetadataURL is the Bot Framework's OpenID metadata.
	DefaultOpenIDMetadataURL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
	// ClockSkew is the leeway on the token's times.
	ClockSkew = 5 * time.Minute
	// maxTokenLen bounds the token read from the header.
	maxTokenLen = 16 << 10
)

// Errors of authentication. ErrUnauthenticated is answered 401,
// ErrForbidden 403, ErrKeysUnavailable 503.
var (
	// ErrUnauthenticated: no token, or a token that is not a valid Bot
	// Framework token for this bot.
	ErrUnauthenticated = errors.New("teams: request not authenticated")
	// ErrForbidden: a valid token that does not cover this activity (its
	// service URL or channel).
	ErrForbidden = errors.New("teams: token does not cover the activity")
)

// AuthConfig configures an Authenticator.
type AuthConfig struct {
	// AppID is the bot's Microsoft app id: the audience of its tokens.
	AppID string
	// MetadataURL is the OpenID metadata document (https; http only on a
	// loopback address). Default DefaultOpenIDMetadataURL.
	MetadataURL string
	// Client fetches the metadata and keys; default a client with a 10 s
	// timeout.
	Client *http.Client
	// KeysMaxAge is how long keys are used before they are fetched again
	// (default and at most 24 h).
	KeysMaxAge time.Duration
	// KeysMinRefresh is the least time between two refreshes caused by an
	// unknown key id (default 5 min).
	KeysMinRefresh time.Duration
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
}

// Authenticator checks the Bot Framework's tokens on inbound requests.
// Create it with NewAuthenticator; it is safe for concurrent use.
type Authenticator struct {
	appID  string
	now    func() time.Time
	keys   *keySet
	parser *jwt.Parser
}

// NewAuthenticator returns an Authenticator for cfg. There is no way to
// make it accept unsigned or unchecked tokens.
func NewAuthenticator(cfg AuthConfig) (*Authenticator, error) {
	if strings.TrimSpace(cfg.AppID) == "" {
		return nil, errors.New("teams: authenticator needs the app id")
	}
	if cfg.MetadataURL == "" {
		cfg.MetadataURL = DefaultOpenIDMetadataURL
	}
	if err := checkFetchURL(cfg.MetadataURL); err != nil {
		return nil, fmt.Errorf("teams: OpenID metadata URL: %w", err)
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.KeysMaxAge <= 0 || cfg.KeysMaxAge > 24*time.Hour {
		cfg.KeysMaxAge = 24 * time.Hour
	}
	if cfg.KeysMinRefresh <= 0 {
		cfg.KeysMinRefresh = 5 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	a := &Authenticator{appID: cfg.AppID, now: cfg.Now}
	a.keys = &keySet{metadataURL: cfg.MetadataURL, client: cfg.Client, now: cfg.Now,
		maxAge: cfg.KeysMaxAge, minRefresh: cfg.KeysMinRefresh, log: cfg.Logger}
	a.parser = jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Alg()}),
		jwt.WithIssuer(TokenIssuer),
		jwt.WithAudience(cfg.AppID),
		jwt.WithLeeway(ClockSkew),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(cfg.Now),
	)
	return a, nil
}

// Identity is what a valid token says: the service URL it was issued for
// and the channels its key may sign for.
type Identity struct {
	ServiceURL   string
	Endorsements []string
}

type botClaims struct {
	jwt.RegisteredClaims
	ServiceURL string `json:"serviceurl"`
}

// Verify checks the Authorization header of a request. It returns an
// error wrapping ErrUnauthenticated for a missing or invalid token, or
// ErrKeysUnavailable when the keys could not be loaded. The error's text
// says why, without the token.
func (a *Authenticator) Verify(ctx context.Context, authorization string) (*Identity, error) {
	scheme, raw, ok := strings.Cut(strings.TrimSpace(authorization), " ")
	raw = strings.TrimSpace(raw)
	switch {
	case authorization == "":
		return nil, fmt.Errorf("%w: no Authorization header", ErrUnauthenticated)
	case !ok || !strings.EqualFold(scheme, "Bearer") || raw == "":
		return nil, fmt.Errorf("%w: not a bearer token", ErrUnauthenticated)
	case len(raw) > maxTokenLen:
		return nil, fmt.Errorf("%w: token too long", ErrUnauthenticated)
	}
	var key signingKey
	claims := &botClaims{}
	_, err := a.parser.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		if kid == "" {
			return nil, errors.New("no key id")
		}
		k, err := a.keys.lookup(ctx, kid)
		if err != nil {
			return nil, err
		}
		key = k
		return k.pub, nil
	})
	if err != nil {
		if errors.Is(err, ErrKeysUnavailable) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrUnauthenticated, err)
	}
	return &Identity{ServiceURL: claims.ServiceURL, Endorsements: key.endorsements}, nil
}

// Covers checks that the token covers act: its serviceurl claim is the
// activity's serviceUrl and the activity's channel is among the key's
// endorsements. It returns an error wrapping ErrForbidden otherwise.
func (id *Identity) Covers(act *Activity) error {
	switch {
	case id.ServiceURL == "":
		return fmt.Errorf("%w: the token has no serviceurl claim", ErrForbidden)
	case id.ServiceURL != act.ServiceURL:
		return fmt.Errorf("%w: the token's service URL is not the activity's", ErrForbidden)
	case act.ChannelID == "" || !slices.Contains(id.Endorsements, act.ChannelID):
		return fmt.Errorf("%w: the signing key is not endorsed for channel %q", ErrForbidden, act.ChannelID)
	}
	return nil
}

// errKeysNotLoaded is Ready's answer before the keys were first loaded.
var errKeysNotLoaded = errors.New("signing keys not loaded yet")

// LoadKeys fetches the signing keys now (at start-up, so that the first
// activity does not wait for them and readiness can be told).
func (a *Authenticator) LoadKeys(ctx context.Context) error {
	_, err := a.keys.flight.do(ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, a.keys.refresh(ctx) })
	if err != nil {
		return fmt.Errorf("%w: %v", ErrKeysUnavailable, err)
	}
	return nil
}

// Ready reports whether the signing keys were loaded: without them no
// activity can be accepted. Later refreshes that fail keep the loaded
// keys, so it stays nil once they were.
func (a *Authenticator) Ready() error {
	a.keys.mu.Lock()
	defer a.keys.mu.Unlock()
	if len(a.keys.keys) == 0 {
		return errKeysNotLoaded
	}
	return nil
}
