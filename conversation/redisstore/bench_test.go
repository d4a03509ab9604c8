package redisstore

import (
	"bytes"
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// roundTrips counts commands and pipelines sent to Redis: each is one round
// trip.
type roundTrips struct{ n atomic.Int64 }

func (h *roundTrips) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *roundTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmd)
	}
}

func (h *roundTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmds)
	}
}

var _ redis.Hook = (*roundTrips)(nil)

// BenchmarkTurn is one conversation turn: Load, then Save of a ~500-byte
// state. It reports the round trips per turn and the bytes Redis holds for
// one conversation (MEMORY USAGE where the server has it).
func BenchmarkTurn(b *testing.B) {
	c, prefix := redistest.New(b)
	s := New(c, WithPrefix(prefix))
	ctx := context.Background()
	state := bytes.Repeat([]byte(`{"step":"assess","answers":[1,2,3]}`), 15)[:500]
	// Warm up: loads the script and opens the connection.
	if _, err := s.Save(ctx, alice, state, 0, 24*time.Hour); err != nil {
		b.Fatal(err)
	}
	hook := &roundTrips{}
	c.AddHook(hook)

	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, v, err := s.Load(ctx, alice)
		if err != nil {
			b.Fatal(err)
		}
		state[0] = byte('a' + i%26)
		if _, err := s.Save(ctx, alice, state, v, 24*time.Hour); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(hook.n.Load())/float64(b.N), "roundtrips/op")
	b.ReportMetric(float64(storedBytes(b, s, len(state))), "bytes/conv")
}

func storedBytes(b *testing.B, s *Store, dataLen int) int64 {
	ctx := context.Background()
	key := s.convKey(alice)
	if n, err := s.client.MemoryUsage(ctx, key).Result(); err == nil && n > 0 {
		return n
	}
	v, err := s.client.HGet(ctx, key, "v").Result()
	if err != nil {
		b.Fatal(err)
	}
	return int64(len(key) + len("v") + len(v) + len("d") + dataLen)
}
