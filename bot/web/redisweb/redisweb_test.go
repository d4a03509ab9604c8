package redisweb_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/redisweb"
	"github.com/springfield/techleader/bot/web/webtest"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// backends are the Redis setups the contracts run against: the test Redis
// (TEST_REDIS_URL, else miniredis) and, when TEST_REDIS_CLUSTER_ADDRS is
// set, a Redis Cluster.
func backends() map[string]func(t *testing.T) (redis.UniversalClient, string) {
	return map[string]func(t *testing.T) (redis.UniversalClient, string){
		"single":  func(t *testing.T) (redis.UniversalClient, string) { return redistest.New(t) },
		"cluster": newClusterClient,
	}
}

const envClusterAddrs = "TEST_REDIS_CLUSTER_ADDRS"

func newClusterClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	addrs := os.Getenv(envClusterAddrs)
	if addrs == "" {
		t.Skipf("%s is not set: no Redis Cluster to test against (.ci/redis-cluster starts one)", envClusterAddrs)
	}
	c, err := redisstore.NewClient(redisstore.Config{ClusterAddrs: strings.Split(addrs, ",")})
	if err != nil {
		t.Fatalf("cluster client: %v", err)
	}
	cc := c.(*redis.ClusterClient)
	var b [8]byte
	_, _ = rand.Read(b[:])
	prefix := "test-" + hex.EncodeToString(b[:])
	t.Cleanup(func() {
		defer cc.Close()
		err := cc.ForEachMaster(context.Background(), func(ctx context.Context, node *redis.Client) error {
			return redistest.DeletePrefix(ctx, node, prefix)
		})
		if err != nil {
			t.Errorf("cleaning up %s*: %v", prefix, err)
		}
	})
	return cc, prefix
}

func TestPushLogContract(t *testing.T) {
	for name, client := range backends() {
		t.Run(name, func(t *testing.T) {
			webtest.RunPushLog(t,
				func(t *testing.T, size int, ttl time.Duration) web.PushLog {
					c, prefix := client(t)
					l := redisweb.NewPushLog(c, size, ttl, redisweb.WithPrefix(prefix))
					t.Cleanup(func() { _ = l.Close() })
					return l
				},
				func(t *testing.T, l web.PushLog, session string) time.Duration {
					d, err := l.(*redisweb.PushLog).TTL(t.Context(), session)
					if err != nil {
						t.Fatalf("PTTL: %v", err)
					}
					return d
				})
		})
	}
}

func TestLimiterContract(t *testing.T) {
	for name, client := range backends() {
		t.Run(name, func(t *testing.T) {
			webtest.RunLimiter(t, func(t *testing.T, now func() time.Time) web.Limiter {
				c, prefix := client(t)
				return redisweb.NewLimiter(c, redisweb.WithPrefix(prefix), redisweb.WithClock(now))
			})
		})
	}
}

func TestSessionsContract(t *testing.T) {
	for name, client := range backends() {
		t.Run(name, func(t *testing.T) {
			webtest.RunSessions(t,
				func(t *testing.T) web.Sessions {
					c, prefix := client(t)
					return redisweb.NewSessions(c, redisweb.WithPrefix(prefix))
				},
				func(t *testing.T, s web.Sessions, id string) time.Duration {
					d, err := s.(*redisweb.Sessions).TTL(t.Context(), id)
					if err != nil {
						t.Fatalf("PTTL: %v", err)
					}
					return d
				})
		})
	}
}
