package web

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Config is the web front end's configuration, read from the environment
// with envconfig. Zero values take the defaults in the tags, so a Config
// built in code may leave any field empty.
type Config struct {
	// Addr is where main serves the web chat (the Server itself does not
	// listen): in `techleader serve`, setting it turns the web chat on;
	// `techleader web` listens on 127.0.0.1:8090 when it is empty.
	Addr string `envconfig:"WEB_ADDR"`

	// AllowedOrigins are the sites allowed to embed the chat (the widget's
	// iframe), as origins: https://www.example.com. They go into the
	// page's Content-Security-Policy frame-ancestors.
	AllowedOrigins []string `envconfig:"WEB_ALLOWED_ORIGINS"`

	// Rate and Burst limit the requests of one session: Burst at once,
	// then Rate per second. They are shared by all replicas.
	Rate  float64 `envconfig:"WEB_RATE" default:"1"`
	Burst int     `envconfig:"WEB_BURST" default:"20"`
	// IPRate and IPBurst limit the requests of one client address (an IPv6
	// /64); zero means four times Rate and Burst, as several people may
	// share an office's address.
	IPRate  float64 `envconfig:"WEB_IP_RATE"`
	IPBurst int     `envconfig:"WEB_IP_BURST"`
	// ProxyHops is the number of reverse proxies in front of the server
	// that append to X-Forwarded-For; the client address is the entry that
	// many hops from the right. 0 uses the connection's address.
	ProxyHops int `envconfig:"WEB_PROXY_HOPS"`

	// SessionTTL is how long a session (its cookie and its push log) lives
	// after its last use; main sets it to the engine's SESSION_TTL.
	SessionTTL time.Duration `ignored:"true"`

	// MaxBody bounds a request body, in bytes; MaxMessage bounds a typed
	// message, in characters.
	MaxBody    int64 `envconfig:"WEB_MAX_BODY" default:"32768"`
	MaxMessage int   `envconfig:"WEB_MAX_MESSAGE" default:"2000"`

	// TurnTimeout bounds the work of one turn or contact form.
	TurnTimeout time.Duration `envconfig:"WEB_TURN_TIMEOUT" default:"10s"`
	// MaxStreams bounds the Server-Sent Events streams open at once on
	// this replica; more are refused with 503 and Retry-After.
	MaxStreams int `envconfig:"WEB_MAX_STREAMS" default:"1000"`
	// StreamWait is how long a stream waits for a push before it sends a
	// keep-alive comment; StreamMax is how long a stream lives before the
	// server ends it (the page reconnects, maybe to another replica).
	StreamWait time.Duration `envconfig:"WEB_STREAM_WAIT" default:"15s"`
	StreamMax  time.Duration `envconfig:"WEB_STREAM_MAX" default:"10m"`
}

// DefaultPort is the web chat's port in the playground's default address
// (127.0.0.1:8090) and in the deploy manifests.
const DefaultPort = 8090

// Defaults of the fields that have one.
const (
	defaultRate        = 1
	defaultBurst       = 20
	ipFactor           = 4
	defaultMaxBody     = 32 << 10
	defaultMaxMessage  = 2000
	defaultTurnTimeout = 10 * time.Second
	defaultMaxStreams  = 1000
	defaultStreamWait  = 15 * time.Second
	defaultStreamMax   = 10 * time.Minute
)

// withDefaults fills the zero fields and checks the rest.
func (c Config) withDefaults() (Config, error) {
	set := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	setInt := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	setDur := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	set(&c.Rate, defaultRate)
	setInt(&c.Burst, defaultBurst)
	set(&c.IPRate, c.Rate*ipFactor)
	setInt(&c.IPBurst, c.Burst*ipFactor)
	setDur(&c.SessionTTL, conversation.DefaultSessionTTL)
	if c.MaxBody == 0 {
		c.MaxBody = defaultMaxBody
	}
	setInt(&c.MaxMessage, defaultMaxMessage)
	setDur(&c.TurnTimeout, defaultTurnTimeout)
	setInt(&c.MaxStreams, defaultMaxStreams)
	setDur(&c.StreamWait, defaultStreamWait)
	setDur(&c.StreamMax, defaultStreamMax)

	var errs []error
	if c.Rate < 0 || c.IPRate < 0 || c.Burst < 0 || c.IPBurst < 0 {
		errs = append(errs, errors.New("WEB_RATE, WEB_BURST, WEB_IP_RATE and WEB_IP_BURST must not be negative"))
	}
	if c.ProxyHops < 0 {
		errs = append(errs, errors.New("WEB_PROXY_HOPS must not be negative"))
	}
	if c.MaxBody < 1024 || c.MaxMessage < 1 || c.MaxStreams < 1 || c.SessionTTL < 0 {
		errs = append(errs, errors.New("WEB_MAX_BODY must be at least 1024, WEB_MAX_MESSAGE and WEB_MAX_STREAMS at least 1"))
	}
	origins := make([]string, 0, len(c.AllowedOrigins))
	for _, o := range c.AllowedOrigins {
		if strings.TrimSpace(o) == "" {
			continue
		}
		norm, err := parseOrigin(o)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		origins = append(origins, norm)
	}
	c.AllowedOrigins = origins
	return c, errors.Join(errs...)
}

// parseOrigin checks that s is a bare origin (scheme, host, optional
// port; nothing else) and returns it in normal form. Anything more could
// change the meaning of the CSP header it goes into.
func parseOrigin(s string) (string, error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("WEB_ALLOWED_ORIGINS: %q is not an origin like https://www.example.com", s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", bad
	}
	host := u.Hostname()
	if host == "" || strings.ContainsAny(u.Host, " ;,'\"*\\") {
		return "", bad
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}
