package redisstore

import (
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// insightsHooks are the contract suite's hooks for InsightsStores.
var insightsHooks = []insightstest.Option{
	insightstest.WithExpiry(func(t *testing.T, s insights.Store, d insights.Day) (time.Duration, time.Duration) {
		is := s.(*InsightsStore)
		return keyTTL(t, is.client, is.countsKey(d)), keyTTL(t, is.client, is.textsKey(d))
	}),
	insightstest.WithDump(func(t *testing.T, s insights.Store) string {
		is := s.(*InsightsStore)
		return dumpKeys(t, is.client, is.prefix)
	}),
}

func TestInsightsContract(t *testing.T) {
	insightstest.Run(t, func(t *testing.T, p insights.Policy) insights.Store {
		c, prefix := redistest.New(t)
		return NewInsightsStore(c, prefix, p)
	}, insightsHooks...)
}

func TestInsightsAsync(t *testing.T) {
	insightstest.RunAsync(t, func(t *testing.T, p insights.Policy) insights.BatchStore {
		c, prefix := redistest.New(t)
		return NewInsightsStore(c, prefix, p)
	}, insightsHooks...)
}

func TestInsightsClusterContract(t *testing.T) {
	newClusterClient(t) // skips early, before the subtests, without a cluster
	insightstest.Run(t, func(t *testing.T, p insights.Policy) insights.Store {
		c, prefix := newClusterClient(t)
		return NewInsightsStore(c, prefix, p)
	}, insightsHooks...)
}

// keyTTL is the time key has left to live; 0 when it does not exist or has
// no expiry.
func keyTTL(t testing.TB, c redis.UniversalClient, key string) time.Duration {
	t.Helper()
	d, err := c.PTTL(t.Context(), key).Result()
	if err != nil {
		t.Fatalf("PTTL %s: %v", key, err)
	}
	return max(d, 0)
}

// scanKeys lists the keys starting with prefix (redistest.Keys).
func scanKeys(t testing.TB, c redis.UniversalClient, prefix string) []string {
	t.Helper()
	return redistest.Keys(t, c, prefix)
}

// dumpKeys is every key starting with prefix and its value (redistest.Dump).
func dumpKeys(t testing.TB, c redis.UniversalClient, prefix string) string {
	t.Helper()
	return redistest.Dump(t, c, prefix)
}

func TestInsightsClaimsContract(t *testing.T) {
	insightstest.RunClaims(t, func(t *testing.T) (insights.Claims, func(*testing.T, string)) {
		c, prefix := redistest.New(t)
		s := NewInsightsStore(c, prefix, insights.NewPolicy(insights.DefaultConfig(), nil))
		return s, func(t *testing.T, id string) {
			if ttl := keyTTL(t, c, s.jobKey(id)); ttl <= 0 || ttl > insightstest.ClaimsLease {
				t.Fatalf("lease TTL %v, want up to %v", ttl, insightstest.ClaimsLease)
			}
			if err := c.Del(t.Context(), s.jobKey(id)).Err(); err != nil { // as the lease running out would
				t.Fatal(err)
			}
		}
	})
}
