package redisstore

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Config says how to reach Redis; it is read from the environment with
// envconfig. Exactly one way of connecting is used: REDIS_CLUSTER_ADDRS if
// set, else REDIS_SENTINEL_ADDRS (with REDIS_SENTINEL_MASTER), else
// REDIS_URL.
type Config struct {
	// URL is redis://[:password@]host:port[/db], or rediss:// for TLS.
	URL string `envconfig:"REDIS_URL"`
	// SentinelAddrs are the host:port of the Sentinels of a failover setup.
	SentinelAddrs []string `envconfig:"REDIS_SENTINEL_ADDRS"`
	// SentinelMaster is the name of the master the Sentinels watch.
	SentinelMaster string `envconfig:"REDIS_SENTINEL_MASTER"`
	// ClusterAddrs are host:port of some nodes of a Redis Cluster.
	ClusterAddrs []string `envconfig:"REDIS_CLUSTER_ADDRS"`
	// Password authenticates to Redis (the master for Sentinel); it
	// overrides a password in URL.
	Password string `envconfig:"REDIS_PASSWORD"`
	// TLS connects with TLS (also implied by a rediss:// URL).
	TLS bool `envconfig:"REDIS_TLS"`
	// Prefix starts every key, so that several installations (or a test
	// run) can share one Redis without seeing each other's data.
	Prefix string `envconfig:"REDIS_PREFIX" default:"techleader"`
	// FailoverMax is how long a command that finds Redis unreachable (a
	// failover, a restart) keeps retrying before it fails; 0 means
	// DefaultFailoverMax. See retryHook.
	FailoverMax time.Duration `envconfig:"REDIS_FAILOVER_MAX"`
}

// Enabled reports whether any Redis setting is present: the bot should then
// use Redis (and fail if the settings are incomplete) rather than memory.
func (c Config) Enabled() bool {
	return c.URL != "" || len(c.SentinelAddrs) > 0 || c.SentinelMaster != "" ||
		len(c.ClusterAddrs) > 0 || c.Password != "" || c.TLS
}

// Timeouts: short, so an outage fails a turn quickly (with ErrUnavailable)
// instead of stalling it.
const (
	dialTimeout  = 2 * time.Second
	readTimeout  = time.Second
	writeTimeout = time.Second
	poolTimeout  = 2 * time.Second
	maxRetries   = 1
	// dialRetries is 1 (go-redis's default: 5): the retry hook retries for
	// as long as REDIS_FAILOVER_MAX allows, and once it gave up a command
	// must fail at once, not after five dials.
	dialRetries = 1
)

// NewClient builds the client cfg describes: a cluster client for
// REDIS_CLUSTER_ADDRS, a Sentinel failover client for REDIS_SENTINEL_ADDRS,
// else a client for REDIS_URL. Its commands retry while Redis is
// unreachable, for up to cfg.FailoverMax. It does not connect: the first
// command does. Errors never contain the password.
func NewClient(cfg Config, opts ...ClientOption) (redis.UniversalClient, error) {
	c, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	var o clientOptions
	for _, opt := range opts {
		opt(&o)
	}
	c.AddHook(newRetryHook(cfg.FailoverMax, o.log))
	return c, nil
}

func newClient(cfg Config) (redis.UniversalClient, error) {
	var tlsConfig *tls.Config
	if cfg.TLS {
		tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	// Cluster and Sentinel share their options; go-redis's universal
	// constructor picks the client (IsClusterMode even for one seed node).
	universal := &redis.UniversalOptions{
		Password:      cfg.Password,
		TLSConfig:     tlsConfig,
		DialTimeout:   dialTimeout,
		ReadTimeout:   readTimeout,
		WriteTimeout:  writeTimeout,
		PoolTimeout:   poolTimeout,
		MaxRetries:    maxRetries,
		DialerRetries: dialRetries,
	}
	switch {
	case len(cfg.ClusterAddrs) > 0:
		universal.Addrs, universal.IsClusterMode = cfg.ClusterAddrs, true
		return redis.NewUniversalClient(universal), nil

	case len(cfg.SentinelAddrs) > 0:
		if cfg.SentinelMaster == "" {
			return nil, errors.New("redis: REDIS_SENTINEL_ADDRS is set but REDIS_SENTINEL_MASTER is empty")
		}
		universal.Addrs, universal.MasterName = cfg.SentinelAddrs, cfg.SentinelMaster
		return redis.NewUniversalClient(universal), nil

	case cfg.URL != "":
		opt, err := parseURL(cfg.URL)
		if err != nil {
			return nil, err
		}
		if cfg.Password != "" {
			opt.Password = cfg.Password
		}
		if cfg.TLS && opt.TLSConfig == nil {
			host, _, _ := strings.Cut(opt.Addr, ":")
			if u, err := url.Parse(cfg.URL); err == nil {
				host = u.Hostname()
			}
			opt.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12, ServerName: host}
		}
		// Keep timeouts given in the URL's query; default the rest.
		if opt.DialTimeout == 0 {
			opt.DialTimeout = dialTimeout
		}
		if opt.ReadTimeout == 0 {
			opt.ReadTimeout = readTimeout
		}
		if opt.WriteTimeout == 0 {
			opt.WriteTimeout = writeTimeout
		}
		if opt.PoolTimeout == 0 {
			opt.PoolTimeout = poolTimeout
		}
		if opt.MaxRetries == 0 {
			opt.MaxRetries = maxRetries
		}
		if opt.DialerRetries == 0 {
			opt.DialerRetries = dialRetries
		}
		return redis.NewClient(opt), nil
	}
	return nil, errors.New("redis: settings given but no REDIS_URL, REDIS_SENTINEL_ADDRS or REDIS_CLUSTER_ADDRS")
}

// parseURL is redis.ParseURL with errors that do not repeat the URL, which
// may hold a password.
func parseURL(raw string) (*redis.Options, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// url.Error quotes the whole URL, and its inner error may quote
		// parts of it: say only that it is malformed.
		return nil, errors.New("redis: REDIS_URL is not a valid URL (want redis://[:password@]host:port[/db] or rediss://...)")
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return nil, fmt.Errorf("redis: REDIS_URL has scheme %q, want redis or rediss", u.Scheme)
	}
	opt, err := redis.ParseURL(raw)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "redis: ")
		if pw, ok := u.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
		return nil, fmt.Errorf("redis: REDIS_URL for host %q: %s", u.Host, msg)
	}
	return opt, nil
}
