package redisweb_test

import (
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

func newClusterClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	return redistest.Cluster(t, func(addrs []string) (redis.UniversalClient, error) {
		return redisstore.NewClient(redisstore.Config{ClusterAddrs: addrs})
	})
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
