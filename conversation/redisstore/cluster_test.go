package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/storetest"
)

// envClusterAddrs names the nodes of a Redis Cluster to test against,
// comma-separated; .ci/redis-cluster starts one on 127.0.0.1:7001-7003.
const envClusterAddrs = "TEST_REDIS_CLUSTER_ADDRS"

// newClusterClient returns a cluster client made by NewClient from
// TEST_REDIS_CLUSTER_ADDRS and a key prefix unique to the test; the keys
// under the prefix are deleted from every master when the test ends.
func newClusterClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	addrs := os.Getenv(envClusterAddrs)
	if addrs == "" {
		t.Skipf("%s is not set: no Redis Cluster to test against (run .ci/redis-cluster and set %s=127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003)", envClusterAddrs, envClusterAddrs)
	}
	c, err := NewClient(Config{ClusterAddrs: strings.Split(addrs, ",")})
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	cc, ok := c.(*redis.ClusterClient)
	if !ok {
		t.Fatalf("NewClient with ClusterAddrs returned %T, want *redis.ClusterClient", c)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := cc.Ping(ctx).Err(); err != nil {
		_ = cc.Close()
		t.Fatalf("%s=%s is set but the cluster does not answer: %v", envClusterAddrs, addrs, err)
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	prefix := "test-" + hex.EncodeToString(b[:])
	t.Cleanup(func() {
		defer cc.Close()
		if err := deleteClusterPrefix(context.Background(), cc, prefix); err != nil {
			t.Errorf("cleaning up keys %s*: %v", prefix, err)
		}
	})
	return cc, prefix
}

// deleteClusterPrefix deletes prefix* on every master: SCAN only sees the
// keys of the node it runs on.
func deleteClusterPrefix(ctx context.Context, cc *redis.ClusterClient, prefix string) error {
	return cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
		iter := node.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			if err := node.Del(ctx, iter.Val()).Err(); err != nil {
				return err
			}
		}
		return iter.Err()
	})
}

// keysPerMaster counts prefix* keys on each master.
func keysPerMaster(t *testing.T, cc *redis.ClusterClient, prefix string) map[string]int {
	t.Helper()
	var mu sync.Mutex
	counts := make(map[string]int)
	err := cc.ForEachMaster(t.Context(), func(ctx context.Context, node *redis.Client) error {
		n := 0
		iter := node.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			n++
		}
		mu.Lock()
		counts[node.Options().Addr] = n
		mu.Unlock()
		return iter.Err()
	})
	if err != nil {
		t.Fatalf("scan masters: %v", err)
	}
	return counts
}

func TestClusterContract(t *testing.T) {
	newClusterClient(t) // skips early, before the subtests, without a cluster
	storetest.Run(t,
		func(t *testing.T) conversation.Store {
			c, prefix := newClusterClient(t)
			return New(c, WithPrefix(prefix))
		},
		storetest.WithTTL(func(t *testing.T, s conversation.Store, k conversation.Key) time.Duration {
			return pttl(t, s.(*Store), s.(*Store).convKey(k))
		}),
	)
}

// TestClusterSpreadsUsers checks that users land on different masters while
// each user's conversations, index and Forget stay within one slot.
func TestClusterSpreadsUsers(t *testing.T) {
	c, prefix := newClusterClient(t)
	cc := c.(*redis.ClusterClient)
	s := New(c, WithPrefix(prefix))
	ctx := t.Context()
	const users = 30
	for i := range users {
		k := conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("U%03d", i)}
		if _, err := s.Save(ctx, k, []byte("dm"), 0, time.Hour); err != nil {
			t.Fatalf("Save %s: %v", k, err)
		}
		k.Thread = "C1/1700000000.000100"
		if _, err := s.Save(ctx, k, []byte("thread"), 0, time.Hour); err != nil {
			t.Fatalf("Save %s: %v", k, err)
		}
	}
	counts := keysPerMaster(t, cc, prefix)
	used := 0
	for _, n := range counts {
		if n > 0 {
			used++
		}
	}
	if len(counts) > 1 && used < 2 {
		t.Errorf("keys of %d users all on one master: %v", users, counts)
	}
	victim := conversation.Key{Platform: "slack", Team: "T1", User: "U007"}
	if err := s.Forget(ctx, victim); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	total := 0
	for _, n := range keysPerMaster(t, cc, prefix) {
		total += n
	}
	if want := users*3 - 3; total != want { // dm, thread and index per user
		t.Errorf("after Forget of one user: %d keys, want %d", total, want)
	}
	if data, _, err := s.Load(ctx, victim); err != nil || data != nil {
		t.Errorf("Load after Forget = %q, %v", data, err)
	}
}
