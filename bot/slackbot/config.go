package slackbot

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
)

// Config is the Slack side of the bot. It is read from the environment with
// envconfig (see the tags); the zero values of the tuning fields take the
// defaults given in their tags, so a Config built in code only needs the
// tokens.
type Config struct {
	// AppToken is the app-level token (xapp-…) with connections:write,
	// used to open Socket Mode connections.
	AppToken string `envconfig:"SLACK_APP_TOKEN"`
	// BotToken is the bot token (xoxb-…) used for Web API calls.
	BotToken string `envconfig:"SLACK_BOT_TOKEN"`
	// APIURL is the Web API base; it always ends in a slash.
	APIURL string `envconfig:"SLACK_API_URL" default:"https://slack.com/api/"`
	// ConsultantChannel is the consultants' channel: the handoff's desk,
	// where cards are posted and claimed.
	ConsultantChannel string `envconfig:"CONSULTANT_CHANNEL"`

	// Workers is the number of worker goroutines; each conversation is
	// always handled by the same one, so its inputs stay in order.
	Workers int `envconfig:"SLACK_WORKERS" default:"16"`
	// QueueSize bounds each worker's queue. A full queue refuses new work
	// (events are then left unacked so Slack retries them).
	QueueSize int `envconfig:"SLACK_QUEUE_SIZE" default:"256"`
	// HandleTimeout bounds the work for one envelope, deliveries included.
	HandleTimeout time.Duration `envconfig:"SLACK_HANDLE_TIMEOUT" default:"2m"`
	// ShutdownTimeout bounds how long Run drains queued work once its
	// context ends.
	ShutdownTimeout time.Duration `envconfig:"SLACK_SHUTDOWN_TIMEOUT" default:"10s"`

	// DedupeTTL is how long a handled event id is remembered (≥ 10 min:
	// Slack's last retry comes after about 5 minutes).
	DedupeTTL time.Duration `envconfig:"SLACK_DEDUPE_TTL" default:"15m"`

	// Sockets is how many Socket Mode connections the bot keeps open, so
	// that one being replaced or dropped never leaves Slack without a
	// connection to deliver to. Slack allows 10 per app, for all replicas.
	Sockets int `envconfig:"SLACK_SOCKETS" default:"2"`
	// Watchdog tears the socket down and reconnects when no frame (message
	// or ping) arrived for this long.
	Watchdog time.Duration `envconfig:"SLACK_WATCHDOG" default:"2m"`
	// ReconnectBackoff is the first wait before restarting a failed socket
	// loop; it doubles up to ReconnectBackoffMax.
	ReconnectBackoff    time.Duration `envconfig:"SLACK_RECONNECT_BACKOFF" default:"1s"`
	ReconnectBackoffMax time.Duration `envconfig:"SLACK_RECONNECT_BACKOFF_MAX" default:"1m"`
	// TooManyWebsocketsBackoff is the wait after Slack refused a connection
	// with too_many_websockets (it doubles up to 10× while it repeats).
	TooManyWebsocketsBackoff time.Duration `envconfig:"SLACK_TOO_MANY_WEBSOCKETS_BACKOFF" default:"30s"`

	// RetryAfterDefault is the wait after a 429 that carries no (or a zero)
	// Retry-After; it is also the least wait after any 429.
	RetryAfterDefault time.Duration `envconfig:"SLACK_RETRY_AFTER_DEFAULT" default:"1s"`
	// RetryAfterMax caps the wait after one 429.
	RetryAfterMax time.Duration `envconfig:"SLACK_RETRY_AFTER_MAX" default:"30s"`
	// APIAttempts bounds the attempts of one Web API call (1 = no retry).
	APIAttempts int `envconfig:"SLACK_API_ATTEMPTS" default:"5"`
	// APIBackoff is the first wait before retrying a transient error; it
	// doubles per attempt.
	APIBackoff time.Duration `envconfig:"SLACK_API_BACKOFF" default:"200ms"`
	// PostRate and PostBurst pace messages per channel (Slack allows about
	// one per second per channel with short bursts).
	PostRate  float64 `envconfig:"SLACK_POST_RATE" default:"1"`
	PostBurst int     `envconfig:"SLACK_POST_BURST" default:"4"`
	// PostMaxWait bounds how long a message waits for its turn in a busy
	// (or rate-limited) channel: a channel queues at most as many messages
	// as its pace lets out in PostMaxWait, and a message that would wait
	// longer, or finds the queue full, fails and is counted as
	// undelivered. Workers never wait for a turn (lanes.go).
	PostMaxWait time.Duration `envconfig:"SLACK_POST_MAX_WAIT" default:"10s"`

	// UserBurst and UserRate are per-user flood control: a user may send
	// UserBurst messages at once, and UserRate more per second after
	// that; beyond it their messages are held back (floodgate.go).
	UserBurst int     `envconfig:"SLACK_USER_BURST" default:"10"`
	UserRate  float64 `envconfig:"SLACK_USER_RATE" default:"1"`
}

// withDefaults fills zero tuning fields with the defaults of the env tags
// and normalises the API URL.
func (c Config) withDefaults() Config {
	setDur := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if c.APIURL == "" {
		c.APIURL = "https://slack.com/api/"
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.Workers <= 0 {
		c.Workers = 16
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 256
	}
	if c.Sockets <= 0 {
		c.Sockets = 2
	}
	setDur(&c.HandleTimeout, 2*time.Minute)
	setDur(&c.ShutdownTimeout, 10*time.Second)
	setDur(&c.DedupeTTL, 15*time.Minute)
	setDur(&c.Watchdog, 2*time.Minute)
	setDur(&c.ReconnectBackoff, time.Second)
	setDur(&c.ReconnectBackoffMax, time.Minute)
	setDur(&c.TooManyWebsocketsBackoff, 30*time.Second)
	setDur(&c.RetryAfterDefault, time.Second)
	setDur(&c.RetryAfterMax, 30*time.Second)
	setDur(&c.APIBackoff, 200*time.Millisecond)
	setDur(&c.PostMaxWait, 10*time.Second)
	if c.APIAttempts <= 0 {
		c.APIAttempts = 5
	}
	if c.PostRate <= 0 {
		c.PostRate = 1
	}
	if c.PostBurst <= 0 {
		c.PostBurst = 4
	}
	if c.UserBurst <= 0 {
		c.UserBurst = 10
	}
	if c.UserRate <= 0 {
		c.UserRate = 1
	}
	return c
}

// maxSockets is Slack's limit of Socket Mode connections per app.
const maxSockets = 10

// ErrConfig is wrapped by every configuration error; the message is one
// line meant for the person starting the bot, and never contains a token.
var ErrConfig = errors.New("slack configuration")

// Validate checks the tokens and the URL. A missing or malformed token
// gives an error wrapping ErrConfig that names the variable and what is
// expected, without echoing the value.
func (c Config) Validate() error {
	var errs []string
	check := func(name, val, prefix, what string) {
		switch {
		case val == "":
			errs = append(errs, fmt.Sprintf("%s is not set (the %s, %s…)", name, what, prefix))
		case !strings.HasPrefix(val, prefix) || strings.ContainsAny(val, " \t\r\n"):
			errs = append(errs, fmt.Sprintf("%s does not look like the %s (it should start with %q)", name, what, prefix))
		}
	}
	check("SLACK_APP_TOKEN", c.AppToken, "xapp-", "app-level token with connections:write")
	check("SLACK_BOT_TOKEN", c.BotToken, "xoxb-", "bot token")
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			errs = append(errs, "SLACK_API_URL is not an http(s) URL")
		}
	}
	if c.Sockets > maxSockets {
		errs = append(errs, fmt.Sprintf("SLACK_SOCKETS is %d; Slack allows %d Socket Mode connections per app", c.Sockets, maxSockets))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(errs, "; "))
	}
	return nil
}

// String describes the configuration for logs with the tokens redacted.
func (c Config) String() string {
	return fmt.Sprintf("bot.Config{AppToken:%s BotToken:%s APIURL:%s ConsultantChannel:%s Workers:%d QueueSize:%d}",
		redact(c.AppToken), redact(c.BotToken), c.APIURL, c.ConsultantChannel, c.Workers, c.QueueSize)
}

// GoString keeps %#v from printing the tokens.
func (c Config) GoString() string { return c.String() }

// redact shows only a token's kind.
func redact(tok string) string {
	if tok == "" {
		return `""`
	}
	if i := strings.IndexByte(tok, '-'); i > 0 && i <= 5 {
		return tok[:i+1] + "[redacted]"
	}
	return "[redacted]"
}

// LogValue keeps slog from printing the tokens.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
