package main

import (
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
)

// insightsStore is where the consultancy's figures are kept: the Redis
// store when Redis is configured, else memory. Both also hold the digest's
// claims.
type insightsStore interface {
	insights.Store
	insights.Claims
}

// insightsParts are the consultancy's figures: their store, policy and
// the articles' titles for reports.
type insightsParts struct {
	store  insightsStore
	policy insights.Policy
	titles func(id string) string
}

// newInsights builds the insights store of cfg on client (nil: in memory,
// for one process).
func newInsights(cfg insights.Config, client redis.UniversalClient, prefix string, titles func(id string) string) *insightsParts {
	p := &insightsParts{policy: insights.NewPolicy(cfg, nil), titles: titles}
	if client == nil {
		p.store = insights.NewMemory(p.policy)
	} else {
		p.store = redisstore.NewInsightsStore(client, prefix, p.policy)
	}
	return p
}

// engineOption has the engine record into the store.
func (p *insightsParts) engineOption() conversation.EngineOption {
	return conversation.WithRecorder(insights.EngineRecorder(p.store))
}

// slackOption is the Slack bot's insights: the report for consultants,
// the weekly digest of cfg, and the handoff's figures and ratings.
func (p *insightsParts) slackOption(cfg insights.Config) slackbot.Option {
	return slackbot.WithInsights(slackbot.Insights{
		Reader: p.store, Policy: p.policy, Titles: p.titles, Digest: cfg.Digest, Claims: p.store, Recorder: p.store,
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
