package redisstore

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
	"github.com/springfield/techleader/conversation/storetest"
)

// newClusterClient returns a cluster client made by NewClient from
// redistest.EnvClusterAddrs and a key prefix unique to the test (see
// redistest.Cluster).
func newClusterClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	return redistest.Cluster(t, func(addrs []string) (redis.UniversalClient, error) {
		return NewClient(Config{ClusterAddrs: addrs})
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
