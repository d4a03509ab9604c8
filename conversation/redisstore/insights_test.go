package redisstore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
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

// forEachNode runs f on every node holding data: each master of a cluster,
// else the client itself.
func forEachNode(ctx context.Context, c redis.UniversalClient, f func(ctx context.Context, c redis.Cmdable) error) error {
	if cc, ok := c.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, n *redis.Client) error { return f(ctx, n) })
	}
	return f(ctx, c)
}

// scanKeys lists the keys starting with prefix (which holds no glob
// characters but braces, which globs take literally).
func scanKeys(t testing.TB, c redis.UniversalClient, prefix string) []string {
	t.Helper()
	var mu sync.Mutex
	var keys []string
	err := forEachNode(t.Context(), c, func(ctx context.Context, n redis.Cmdable) error {
		iter := n.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			mu.Lock()
			keys = append(keys, iter.Val())
			mu.Unlock()
		}
		return iter.Err()
	})
	if err != nil {
		t.Fatalf("scan %s*: %v", prefix, err)
	}
	sort.Strings(keys)
	return keys
}

// dumpKeys is every key starting with prefix and its whole value, one key
// a line, for searching what is stored. HyperLogLogs are strings: their
// raw bytes are included.
func dumpKeys(t testing.TB, c redis.UniversalClient, prefix string) string {
	t.Helper()
	ctx := t.Context()
	var b strings.Builder
	for _, k := range scanKeys(t, c, prefix) {
		typ, err := c.Type(ctx, k).Result()
		if err != nil {
			t.Fatalf("TYPE %s: %v", k, err)
		}
		var v any
		switch typ {
		case "hash":
			v, err = c.HGetAll(ctx, k).Result()
		case "list":
			v, err = c.LRange(ctx, k, 0, -1).Result()
		case "set":
			v, err = c.SMembers(ctx, k).Result()
		case "string":
			v, err = c.Get(ctx, k).Result()
		case "hll": // miniredis's TYPE of a HyperLogLog; it holds no strings
			v = "(registers)"
		case "none":
			continue // expired since the scan
		default:
			t.Fatalf("key %s has unexpected type %s", k, typ)
		}
		if err != nil {
			t.Fatalf("read %s: %v", k, err)
		}
		fmt.Fprintf(&b, "%s (%s): %q\n", k, typ, fmt.Sprint(v))
	}
	return b.String()
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
