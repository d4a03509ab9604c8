package redisrefs_test

import (
	"errors"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/redisrefs"
	"github.com/springfield/techleader/bot/teams/refstest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// clusterClient is a client of the Redis Cluster named by
// TEST_REDIS_CLUSTER_ADDRS (.ci/redis-cluster starts one) and a prefix
// whose keys are deleted when the test ends; the test is skipped without
// it.
func clusterClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	return redistest.Cluster(t, func(addrs []string) (redis.UniversalClient, error) {
		return redisstore.NewClient(redisstore.Config{ClusterAddrs: addrs})
	})
}

func TestContract(t *testing.T) {
	backends := map[string]func(t *testing.T) (redis.UniversalClient, string){
		"single":  func(t *testing.T) (redis.UniversalClient, string) { return redistest.New(t) },
		"cluster": clusterClient,
	}
	for name, client := range backends {
		t.Run(name, func(t *testing.T) {
			clients := map[teams.RefStore]redis.UniversalClient{}
			refstest.Run(t, func(t *testing.T) teams.RefStore {
				c, prefix := client(t)
				s := redisrefs.New(c, prefix, refstest.TTL)
				clients[s] = c
				return s
			}, refstest.WithTTL(func(t *testing.T, s teams.RefStore, u conversation.Key) time.Duration {
				d, err := clients[s].PTTL(t.Context(), s.(*redisrefs.Store).Key(u)).Result()
				if err != nil {
					t.Fatal(err)
				}
				return max(d, 0)
			}))
		})
	}
}

// TestKeyIsTheUsersSlot: the references' key carries the user's hash tag,
// escaped, so a user id cannot reach another user's slot.
func TestKeyIsTheUsersSlot(t *testing.T) {
	s := redisrefs.New(nil, "tl{x}", 0)
	got := s.Key(conversation.Key{Platform: "teams", Team: "t:1", User: "u}{v"})
	want := "tl%7Bx%7D:{teams:t%3A1:u%7D%7Bv}:teams:refs"
	if got != want {
		t.Errorf("Key = %q, want %q", got, want)
	}
}

// TestUnavailable: a Redis that does not answer gives errors wrapping
// conversation.ErrUnavailable.
func TestUnavailable(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", DialTimeout: 100 * time.Millisecond, MaxRetries: -1})
	defer c.Close()
	s := redisrefs.New(c, "", 0)
	u := conversation.Key{Platform: "teams", Team: "t", User: "u"}
	if err := s.Save(t.Context(), u, teams.StoredRef{}); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Save: %v", err)
	}
	if _, err := s.Load(t.Context(), u); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Load: %v", err)
	}
	if err := s.Delete(t.Context(), u); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Delete: %v", err)
	}
}
