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
// one save) without insights and with them recorded in Redis (one script
// more), side by side on the same server: miniredis, or the Redis named by
// TEST_REDIS_URL (loopback numbers need a real server). Compare the two
// in the same run.
func BenchmarkQuestionTurnRedis(b *testing.B) {
	c, prefix := redistest.New(b)
	store := redisstore.New(c, redisstore.WithPrefix(prefix))
	rec := insights.EngineRecorder(redisstore.NewInsightsStore(c, prefix, insights.NewPolicy(insights.DefaultConfig(), nil)))
	for _, tc := range []struct {
		name string
		opts []conversation.EngineOption
	}{
		{"plain", nil},
		{"recorded", []conversation.EngineOption{conversation.WithRecorder(rec)}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			e := conversation.New(fakeKB{}, store, conversation.Config{}, nil, tc.opts...)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if rs := e.Handle(ctx, key, conversation.Text("what is a cio?")); rs[0].ArticleID == "" {
					b.Fatalf("not answered: %+v", rs)
				}
			}
		})
	}
}
