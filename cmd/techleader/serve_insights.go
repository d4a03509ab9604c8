package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
)

// insightsFlushTimeout bounds the writing of queued insights events at
// shutdown.
const insightsFlushTimeout = 5 * time.Second

// insightsStore is where the consultancy's figures are kept: the Redis
// store when Redis is configured, else memory. Both also hold the digest's
// claims.
type insightsStore interface {
	insights.Store
	insights.Claims
}

// insightsParts are the consultancy's figures: their store, what records
// and reads them, policy and the articles' titles for reports.
type insightsParts struct {
	store  insightsStore
	rec    insights.Store // store, or an Async writing to it
	async  *insights.Async
	policy insights.Policy
	titles func(id string) string
}

// newInsights builds the insights store of cfg on client (nil: in memory,
// for one process), recording into it at once (the terminal's chat; serve
// then calls recordAsync).
func newInsights(cfg insights.Config, client redis.UniversalClient, prefix string, titles func(id string) string) *insightsParts {
	p := &insightsParts{policy: insights.NewPolicy(cfg, nil), titles: titles}
	if client == nil {
		p.store = insights.NewMemory(p.policy)
	} else {
		p.store = redisstore.NewInsightsStore(client, prefix, p.policy)
	}
	p.rec = p.store
	return p
}

// recordAsync has events on Redis recorded asynchronously, in batches, so
// a turn makes no round trip for them; close writes what is left. In
// memory they stay recorded at once.
func (p *insightsParts) recordAsync(cfg insights.Config, metrics *observe.Metrics, log *slog.Logger) {
	rs, ok := p.store.(*redisstore.InsightsStore)
	if !ok {
		return
	}
	ac := insights.DefaultAsyncConfig()
	ac.Interval = time.Duration(cfg.Flush)
	p.async = insights.NewAsync(rs, p.policy, ac, log)
	p.rec = p.async
	metrics.WatchInsights(p.async.Stats)
}

// close writes the queued events, within insightsFlushTimeout; what is
// left then is logged and counted as failed.
func (p *insightsParts) close(log *slog.Logger) {
	if p.async == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), insightsFlushTimeout)
	defer cancel()
	if err := p.async.Close(ctx); err != nil {
		log.Warn("insights events lost at shutdown", "err", err)
	}
}

// engineOption has the engine record into the store.
func (p *insightsParts) engineOption() conversation.EngineOption {
	return conversation.WithRecorder(insights.EngineRecorder(p.rec))
}

// slackOption is the Slack bot's insights: the report for consultants,
// the weekly digest of cfg, and the handoff's figures and ratings. Reports
// read through the recorder, so they include this process's queued events.
func (p *insightsParts) slackOption(cfg insights.Config) slackbot.Option {
	return slackbot.WithInsights(slackbot.Insights{
		Reader: p.rec, Policy: p.policy, Titles: p.titles, Digest: cfg.Digest, Claims: p.store, Recorder: p.rec,
	})
}

// titlesOf names articles by id from kb.
func titlesOf(kb conversation.Answerer) func(id string) string {
	return func(id string) string {
		if a, ok := kb.Article(id); ok {
			return a.Title
		}
		return ""
	}
}
