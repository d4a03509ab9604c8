// Package redistest gives tests a Redis: the server named by TEST_REDIS_URL
// when that is set (CI), else an in-process miniredis.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
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
	var b [8]byte
	_, _ = rand.Read(b[:])
	prefix := "test-" + hex.EncodeToString(b[:])

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
