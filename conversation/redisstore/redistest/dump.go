package redistest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"
)

// forEachNode runs f on every node holding data: each master of a cluster,
// else the client itself.
func forEachNode(ctx context.Context, c redis.UniversalClient, f func(ctx context.Context, c redis.Cmdable) error) error {
	if cc, ok := c.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, n *redis.Client) error { return f(ctx, n) })
	}
	return f(ctx, c)
}

// Keys lists the keys starting with prefix (which holds no glob
// characters but braces, which globs take literally).
func Keys(t testing.TB, c redis.UniversalClient, prefix string) []string {
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

// Dump is every key starting with prefix and its whole value, one key
// a line, for searching what is stored. HyperLogLogs are strings: their
// raw bytes are included.
func Dump(t testing.TB, c redis.UniversalClient, prefix string) string {
	t.Helper()
	ctx := t.Context()
	var b strings.Builder
	for _, k := range Keys(t, c, prefix) {
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
		case "zset":
			v, err = c.ZRangeWithScores(ctx, k, 0, -1).Result()
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
