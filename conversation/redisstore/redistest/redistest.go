// Package redistest gives tests a Redis: the server named by TEST_REDIS_URL
// when that is set (CI), else an in-process miniredis.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// EnvURL names the environment variable with the URL of a real Redis to test
// against, e.g. redis://127.0.0.1:6379/0.
const EnvURL = "TEST_REDIS_URL"

// New returns a client for the test and a key prefix unique to it. On a real
// server, several test packages run at once: the test must only touch keys
// that start with the prefix, and those are deleted when the test ends. The
// client is closed when the test ends.
func New(t testing.TB) (redis.UniversalClient, string) {
	t.Helper()
	prefix := uniquePrefix()

	url := os.Getenv(EnvURL)
	if url == "" {
		m := miniredis.RunT(t)
		c := redis.NewClient(&redis.Options{Addr: m.Addr()})
		t.Cleanup(func() { _ = c.Close() })
		return c, prefix
	}
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	opt.DialTimeout, opt.ReadTimeout, opt.WriteTimeout = 2*time.Second, 2*time.Second, 2*time.Second
	c := redis.NewClient(opt)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		_ = c.Close()
		t.Fatalf("%s is set but Redis does not answer: %v", EnvURL, err)
	}
	t.Cleanup(func() {
		defer c.Close()
		if err := DeletePrefix(context.Background(), c, prefix); err != nil {
			t.Errorf("cleaning up keys %s*: %v", prefix, err)
		}
	})
	return c, prefix
}

// DeletePrefix deletes every key that starts with prefix. prefix must not
// contain glob characters (*?[\).
func DeletePrefix(ctx context.Context, c redis.UniversalClient, prefix string) error {
	iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		if err := c.Del(ctx, iter.Val()).Err(); err != nil {
			return err
		}
	}
	return iter.Err()
}

// EnvClusterAddrs names the nodes of a Redis Cluster to test against,
// comma-separated; .ci/redis-cluster starts one on 127.0.0.1:7001-7003.
const EnvClusterAddrs = "TEST_REDIS_CLUSTER_ADDRS"

// Cluster returns a client of the Redis Cluster named by EnvClusterAddrs,
// made by dial (the caller's constructor, so the test uses the client
// shape it ships), and a key prefix unique to the test whose keys are
// deleted from every master when the test ends. It skips t when
// EnvClusterAddrs is unset.
func Cluster(t testing.TB, dial func(addrs []string) (redis.UniversalClient, error)) (redis.UniversalClient, string) {
	t.Helper()
	addrs := os.Getenv(EnvClusterAddrs)
	if addrs == "" {
		t.Skipf("%s is not set: no Redis Cluster to test against (run .ci/redis-cluster and set %s=127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003)", EnvClusterAddrs, EnvClusterAddrs)
	}
	c, err := dial(strings.Split(addrs, ","))
	if err != nil {
		t.Fatalf("cluster client: %v", err)
	}
	cc, ok := c.(*redis.ClusterClient)
	if !ok {
		t.Fatalf("cluster client is a %T, want *redis.ClusterClient", c)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cc.Ping(ctx).Err(); err != nil {
		_ = cc.Close()
		t.Fatalf("%s=%s is set but the cluster does not answer: %v", EnvClusterAddrs, addrs, err)
	}
	prefix := uniquePrefix()
	t.Cleanup(func() {
		defer cc.Close()
		err := cc.ForEachMaster(context.Background(), func(ctx context.Context, node *redis.Client) error {
			return DeletePrefix(ctx, node, prefix)
		})
		if err != nil {
			t.Errorf("cleaning up keys %s*: %v", prefix, err)
		}
	})
	return cc, prefix
}

// uniquePrefix is a key prefix no other test uses.
func uniquePrefix() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "test-" + hex.EncodeToString(b[:])
}
