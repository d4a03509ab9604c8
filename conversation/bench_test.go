package conversation_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// countingStore counts the store round trips.
type countingStore struct {
	conversation.Store
	calls atomic.Int64
}

func (s *countingStore) Load(ctx context.Context, k conversation.Key) ([]byte, int64, error) {
	s.calls.Add(1)
	return s.Store.Load(ctx, k)
}

func (s *countingStore) Save(ctx context.Context, k conversation.Key, data []byte, v int64, ttl time.Duration) (int64, error) {
	s.calls.Add(1)
	return s.Store.Save(ctx, k, data, v, ttl)
}

// benchTurns answers the assessment by choice over and over; each Handle
// is one turn (an answer, or the restart after a recommendation).
func benchTurns(b *testing.B, store conversation.Store) {
	cs := &countingStore{Store: store}
	e := conversation.New(fakeKB{}, cs, conversation.Config{}, nil)
	ctx := context.Background()
	values := choiceProfiles[2].values

	// One full assessment, to measure the state it leaves.
	q := lastQuestion(b, e.Handle(ctx, key, conversation.Cmd(conversation.CommandStart)))
	for _, v := range values {
		if rs := e.Handle(ctx, key, conversation.Choice(q.Round, q.ID, v)); rs[len(rs)-1].Question != nil {
			q = rs[len(rs)-1].Question
		}
	}
	data, _, err := store.Load(ctx, key)
	if err != nil {
		b.Fatal(err)
	}
	q = lastQuestion(b, e.Handle(ctx, key, conversation.Cmd(conversation.CommandRestart)))

	cs.calls.Store(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rs := e.Handle(ctx, key, conversation.Choice(q.Round, q.ID, values[q.Step-1]))
		last := rs[len(rs)-1]
		switch {
		case last.Question != nil:
			q = last.Question
		case last.Recommendation != nil:
			q = lastQuestion(b, e.Handle(ctx, key, conversation.Cmd(conversation.CommandRestart)))
		default:
			b.Fatalf("unexpected replies %+v", rs)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cs.calls.Load())/float64(b.N), "roundtrips/op")
	b.ReportMetric(float64(len(data)), "bytes/state")
}

func BenchmarkHandleTurn(b *testing.B) {
	benchTurns(b, memstore.New())
}

// BenchmarkHandleTurnRedis runs on miniredis, or on the Redis named by
// TEST_REDIS_URL (loopback numbers need a real server).
func BenchmarkHandleTurnRedis(b *testing.B) {
	c, prefix := redistest.New(b)
	benchTurns(b, redisstore.New(c, redisstore.WithPrefix(prefix)))
}
