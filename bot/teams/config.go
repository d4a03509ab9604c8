package teams

import (
	"errors"
	"time"
)

// Config is the Teams side of the bot, read from the environment with
// envconfig. The front end is on when AppID is set.
type Config struct {
	// AppID is the bot's Microsoft app id (the Azure Bot registration).
	AppID string `envconfig:"TEAMS_APP_ID"`
	// AppPassword is its client secret.
	AppPassword string `envconfig:"TEAMS_APP_PASSWORD"`
	// TenantID is the tenant of a single-tenant registration; "" for a
	// multi-tenant one.
	TenantID string `envconfig:"TEAMS_TENANT_ID"`
	// TokenURL overrides the token endpoint (default TokenURL(TenantID)).
	TokenURL string `envconfig:"TEAMS_TOKEN_URL"`
	// OpenIDMetadataURL is where the keys of inbound tokens are found.
	OpenIDMetadataURL string `envconfig:"TEAMS_OPENID_METADATA_URL" default:"https://login.botframework.com/v1/.well-known/openidconfiguration"`
	// Addr is the public listen address of the messaging endpoint
	// (MessagesPath), separate from the operations port.
	Addr string `envconfig:"TEAMS_ADDR" default:":3978"`
	// InvokeTimeout bounds a card click's turn (Teams waits 15 s).
	InvokeTimeout time.Duration `envconfig:"TEAMS_INVOKE_TIMEOUT" default:"10s"`

	// Workers and QueueSize size the worker pool (each conversation's
	// turns run in order on one worker).
	Workers   int `envconfig:"TEAMS_WORKERS" default:"16"`
	QueueSize int `envconfig:"TEAMS_QUEUE_SIZE" default:"256"`
	// HandleTimeout bounds one turn's work.
	HandleTimeout time.Duration `envconfig:"TEAMS_HANDLE_TIMEOUT" default:"2m"`
	// ShutdownTimeout bounds the drain of queued turns on shutdown.
	ShutdownTimeout time.Duration `envconfig:"TEAMS_SHUTDOWN_TIMEOUT" default:"10s"`
	// DedupeTTL is how long an activity id is remembered: the Bot
	// Framework redelivers an activity it got no answer for within
	// minutes.
	DedupeTTL time.Duration `envconfig:"TEAMS_DEDUPE_TTL" default:"1h"`
}

// withDefaults fills zero sizes and times (a Config not read from the
// environment).
func (c Config) withDefaults() Config {
	if c.InvokeTimeout <= 0 {
		c.InvokeTimeout = 10 * time.Second
	}
	if c.Workers <= 0 {
		c.Workers = 16
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 256
	}
	if c.HandleTimeout <= 0 {
		c.HandleTimeout = 2 * time.Minute
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 10 * time.Second
	}
	if c.DedupeTTL <= 0 {
		c.DedupeTTL = time.Hour
	}
	if c.OpenIDMetadataURL == "" {
		c.OpenIDMetadataURL = DefaultOpenIDMetadataURL
	}
	if c.Addr == "" {
		c.Addr = ":3978"
	}
	return c
}

// Enabled reports whether the Teams front end is configured.
func (c Config) Enabled() bool { return c.AppID != "" }

// Validate checks a Config of an enabled front end.
func (c Config) Validate() error {
	switch {
	case c.AppID == "":
		return errors.New("teams: TEAMS_APP_ID is not set")
	case c.AppPassword == "":
		return errors.New("teams: TEAMS_APP_PASSWORD is not set")
	case c.InvokeTimeout <= 0 || c.InvokeTimeout >= 15*time.Second:
		return errors.New("teams: TEAMS_INVOKE_TIMEOUT must be between 0 and 15s (Teams stops waiting after 15 s)")
	}
	return nil
}
