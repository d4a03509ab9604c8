package conversation_test

import (
	"context"
	"testing"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// BenchmarkQuestionTurnRedis is a turn that answers a question (one load,
// one save) side by side on the same server: without insights (plain),
// with its event recorded in the turn (sync: one script more), and queued
// for serve's asynchronous writer (async: written in batches by its
// goroutine, whose work this run's CPU includes). trips/op counts the
// round trips, the writer's included. Redis is miniredis, or the server
// named by TEST_REDIS_URL (loopback figures need a real server). Compare
// the three in the same run.
func BenchmarkQuestionTurnRedis(b *testing.B) {
	c, prefix := redistest.New(b)
	trips := &redistest.RoundTrips{}
	c.AddHook(trips)
	store := redisstore.New(c, redisstore.WithPrefix(prefix))
	policy := insights.NewPolicy(insights.DefaultConfig(), nil)
	ins := redisstore.NewInsightsStore(c, prefix, policy)
	// Warm the connections and the server first, so the first case run
	// is not the slower for it.
	warm := conversation.New(fakeKB{}, store, conversation.Config{}, nil)
	for range 500 {
		warm.Handle(context.Background(), key, conversation.Text("what is a cio?"))
	}
	for _, tc := range []struct {
		name string
		rec  func(b *testing.B) insights.Store
	}{
		{"plain", nil},
		{"sync", func(*testing.B) insights.Store { return ins }},
		{"async", func(b *testing.B) insights.Store {
			a := insights.NewAsync(ins, policy, insights.DefaultAsyncConfig(), nil)
			b.Cleanup(func() {
				if err := a.Close(context.Background()); err != nil {
					b.Error(err)
				}
				if st := a.Stats(); st.Dropped+st.Failed > 0 {
					b.Errorf("events lost: %+v", st)
				}
			})
			return a
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var opts []conversation.EngineOption
			if tc.rec != nil {
				opts = append(opts, conversation.WithRecorder(insights.EngineRecorder(tc.rec(b))))
			}
			e := conversation.New(fakeKB{}, store, conversation.Config{}, nil, opts...)
			ctx := context.Background()
			b.ReportAllocs()
			trips.Reset()
			for b.Loop() {
				if rs := e.Handle(ctx, key, conversation.Text("what is a cio?")); rs[0].ArticleID == "" {
					b.Fatalf("not answered: %+v", rs)
				}
			}
			b.ReportMetric(float64(len(trips.Trips()))/float64(b.N), "trips/op")
		})
	}
}
