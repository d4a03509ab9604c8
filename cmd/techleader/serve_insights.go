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

// newInsights builds the insights store of cfg on client (nil: in memory,
// for one process) and its policy.
func newInsights(cfg insights.Config, client redis.UniversalClient, prefix string) (insightsStore, insights.Policy) {
	policy := insights.NewPolicy(cfg, nil)
	if client == nil {
		return insights.NewMemory(policy), policy
	}
	return redisstore.NewInsightsStore(client, prefix, policy), policy
}

// engineInsights is the engine option recording into store.
func engineInsights(store insightsStore) conversation.EngineOption {
	return conversation.WithRecorder(insights.EngineRecorder(store))
}

// slackInsights is the Slack bot's insights: the report for consultants,
// the weekly digest of cfg, and the handoff's figures and ratings.
func slackInsights(cfg insights.Config, store insightsStore, policy insights.Policy, titles func(id string) string) slackbot.Option {
	return slackbot.WithInsights(slackbot.Insights{
		Reader: store, Policy: policy, Titles: titles, Digest: cfg.Digest, Claims: store, Recorder: store,
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
