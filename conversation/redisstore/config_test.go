package redisstore

import (
	"strings"
	"testing"
	"time"

	"github.com/kelseyhightower/envconfig"
	"github.com/redis/go-redis/v9"
)

func TestConfigFromEnv(t *testing.T) {
	t.Setenv("REDIS_URL", "redis://h:6379/0")
	t.Setenv("REDIS_SENTINEL_ADDRS", "s1:26379,s2:26379")
	t.Setenv("REDIS_SENTINEL_MASTER", "mymaster")
	t.Setenv("REDIS_CLUSTER_ADDRS", "c1:7000,c2:7000,c3:7000")
	t.Setenv("REDIS_PASSWORD", "pw")
	t.Setenv("REDIS_TLS", "true")
	t.Setenv("REDIS_FAILOVER_MAX", "20s")
	var c Config
	if err := envconfig.Process("", &c); err != nil {
		t.Fatal(err)
	}
	want := Config{
		URL:            "redis://h:6379/0",
		SentinelAddrs:  []string{"s1:26379", "s2:26379"},
		SentinelMaster: "mymaster",
		ClusterAddrs:   []string{"c1:7000", "c2:7000", "c3:7000"},
		Password:       "pw",
		TLS:            true,
	}
	if strings.Join(c.SentinelAddrs, ",") != strings.Join(want.SentinelAddrs, ",") ||
		strings.Join(c.ClusterAddrs, ",") != strings.Join(want.ClusterAddrs, ",") ||
		c.URL != want.URL || c.SentinelMaster != want.SentinelMaster || c.Password != want.Password || c.TLS != want.TLS ||
		c.FailoverMax != 20*time.Second {
		t.Fatalf("from env: %+v, want %+v", c, want)
	}
}

func TestEnabled(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want bool
	}{
		{Config{}, false},
		{Config{URL: "redis://h"}, true},
		{Config{SentinelAddrs: []string{"s:26379"}}, true},
		{Config{ClusterAddrs: []string{"c:7000"}}, true},
		{Config{Password: "pw"}, true},
		{Config{TLS: true}, true},
	} {
		if got := c.cfg.Enabled(); got != c.want {
			t.Errorf("%+v.Enabled() = %v, want %v", c.cfg, got, c.want)
		}
	}
}

func TestNewClientKind(t *testing.T) {
	t.Run("cluster wins", func(t *testing.T) {
		c := mustClient(t, Config{ClusterAddrs: []string{"c1:7000", "c2:7000"}, SentinelAddrs: []string{"s:1"}, SentinelMaster: "m", URL: "redis://h", Password: "pw", TLS: true})
		cc, ok := c.(*redis.ClusterClient)
		if !ok {
			t.Fatalf("client is %T, want *redis.ClusterClient", c)
		}
		o := cc.Options()
		if len(o.Addrs) != 2 || o.Password != "pw" || o.TLSConfig == nil || o.ReadTimeout != readTimeout || o.DialTimeout != dialTimeout {
			t.Errorf("cluster options %+v", o)
		}
	})
	t.Run("sentinel", func(t *testing.T) {
		c := mustClient(t, Config{SentinelAddrs: []string{"s1:26379", "s2:26379"}, SentinelMaster: "mymaster", URL: "redis://h"})
		rc, ok := c.(*redis.Client)
		if !ok || rc.Options().Addr != "FailoverClient" {
			t.Fatalf("client is %T, want a Sentinel failover *redis.Client", c)
		}
	})
	t.Run("sentinel needs master", func(t *testing.T) {
		if _, err := NewClient(Config{SentinelAddrs: []string{"s1:26379"}}); err == nil || !strings.Contains(err.Error(), "REDIS_SENTINEL_MASTER") {
			t.Fatalf("err = %v, want one naming REDIS_SENTINEL_MASTER", err)
		}
	})
	t.Run("url", func(t *testing.T) {
		c := mustClient(t, Config{URL: "redis://:secret@cache.example:6380/3"})
		rc, ok := c.(*redis.Client)
		if !ok {
			t.Fatalf("client is %T, want *redis.Client", c)
		}
		o := rc.Options()
		if o.Addr != "cache.example:6380" || o.DB != 3 || o.Password != "secret" || o.TLSConfig != nil {
			t.Errorf("options: addr %q db %d password %q tls %v", o.Addr, o.DB, o.Password, o.TLSConfig != nil)
		}
		if o.DialTimeout != dialTimeout || o.ReadTimeout != readTimeout || o.WriteTimeout != writeTimeout {
			t.Errorf("timeouts dial %v read %v write %v", o.DialTimeout, o.ReadTimeout, o.WriteTimeout)
		}
	})
	t.Run("url with tls and password override", func(t *testing.T) {
		for _, cfg := range []Config{
			{URL: "rediss://:old@cache.example:6380/0", Password: "new"},
			{URL: "redis://:old@cache.example:6380/0", Password: "new", TLS: true},
		} {
			o := mustClient(t, cfg).(*redis.Client).Options()
			if o.Password != "new" || o.TLSConfig == nil || o.TLSConfig.ServerName != "cache.example" {
				t.Errorf("%s: password %q, tls %+v", cfg.URL, o.Password, o.TLSConfig)
			}
		}
	})
	t.Run("nothing to connect to", func(t *testing.T) {
		if _, err := NewClient(Config{Password: "pw"}); err == nil {
			t.Fatal("NewClient with only a password succeeded")
		}
	})
}

func mustClient(t *testing.T, cfg Config) redis.UniversalClient {
	t.Helper()
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestNewClientBadURL(t *testing.T) {
	for _, raw := range []string{
		"redis://:s3cret@host:port/0",                     // bad port
		"redis://:s3cret@host:6379/zero",                  // bad database
		"redis://:s3cret@host:6379/0/1",                   // bad path
		"http://:s3cret@host:6379/0",                      // wrong scheme
		"redis://:s3cret@host:6379/0?dial_timeout=s3cret", // bad option quoting its value
		"redis://:s3cret@ho st:6379",                      // bad host
		"://s3cret@host",                                  // no scheme
		"redis://s3cret:s3cret@[::1:6379/0",               // bad IPv6 literal
		"redis://user:s3cret%zz@host",                     // bad escape
	} {
		_, err := NewClient(Config{URL: raw})
		if err == nil {
			t.Errorf("NewClient(%q) succeeded, want an error", raw)
			continue
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Errorf("NewClient(%q) error reveals the password: %v", raw, err)
		}
		if !strings.Contains(err.Error(), "REDIS_URL") {
			t.Errorf("NewClient(%q) error %q does not name REDIS_URL", raw, err)
		}
	}
}
