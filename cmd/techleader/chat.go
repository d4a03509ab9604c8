package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/knowledge"
)

// chatConfig is the configuration of `techleader chat`, from the
// environment (see loadChatConfig).
type chatConfig struct {
	Conversation conversation.Config
	// Redis selects the Redis store when any REDIS_* variable is set
	// (REDIS_URL=redis://host:port/db, ...); otherwise the in-memory store
	// is used, forgotten when the process ends.
	Redis redisstore.Config
	// Insights is INSIGHTS_*: the figures are kept in Redis with the
	// conversations when REDIS_URL is set, else in memory.
	Insights insights.Config
	// LogLevel is LOG_LEVEL, default warn. Logs go to stderr.
	LogLevel logLevel
	// User is USER, default "you": whose conversation it is.
	User string
}

// loadChatConfig reads chat's configuration from the environment.
func loadChatConfig() (chatConfig, error) {
	var c chatConfig
	var top struct {
		LogLevel logLevel `envconfig:"LOG_LEVEL" default:"warn"`
		User     string   `envconfig:"USER"`
	}
	if err := loadEnv(&c.Conversation, &c.Redis, &c.Insights, &top); err != nil {
		return c, err
	}
	c.LogLevel, c.User = top.LogLevel, top.User
	if c.User == "" {
		c.User = "you"
	}
	return c, nil
}

// runChat is a terminal conversation (bot/cli) with the engine the Slack
// bot runs, on the in-memory store or on Redis when REDIS_URL is set. Its
// consultant handoff stays in memory whatever the store: a terminal's
// cards must never reach the real consultants' outbox.
func runChat(ctx context.Context, args []string, e env) error {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "usage: techleader chat   (configure with REDIS_URL, SESSION_TTL, LOG_LEVEL)")
		return errUsage
	}
	cfg, err := loadChatConfig()
	if err != nil {
		return err
	}
	logger, kb, stopLogs, err := startLocal(e, cfg.LogLevel, "chat")
	if err != nil {
		return err
	}
	defer stopLogs()
	store, ins, closeStore, err := chatStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStore()
	eng := conversation.New(kb, store, cfg.Conversation, logger, conversation.WithRecorder(insights.EngineRecorder(ins)))
	return cli.Run(ctx, cli.Config{Engine: eng, User: cfg.User, Log: logger, Insights: ins}, e.stdin, e.stdout)
}

// startLocal is what the terminal chat and the web playground (name)
// start with: a logger on stderr at level, go-redis's logs routed to it
// until stop, and the knowledge base.
func startLocal(e env, level logLevel, name string) (_ *slog.Logger, _ *knowledge.Base, stop func(), _ error) {
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.Level(level)}))
	stop = routeRedisLogs(logger)
	kb, err := loadKnowledge()
	if err != nil {
		stop()
		return nil, nil, nil, fmt.Errorf("%s: load knowledge base: %w", name, err)
	}
	return logger, kb, stop, nil
}

// openConversations opens the conversations' store cfg names: on Redis
// when any REDIS_* variable is set (client is then the caller's to
// close), else in memory (client nil).
func openConversations(cfg redisstore.Config) (redis.UniversalClient, conversation.Store, error) {
	if !cfg.Enabled() {
		return nil, memstore.New(), nil
	}
	client, err := redisstore.NewClient(cfg)
	if err != nil {
		return nil, nil, err
	}
	return client, redisstore.New(client, redisstore.WithPrefix(cfg.Prefix)), nil
}

// chatStore opens the stores the configuration names: the conversations'
// and the insights'.
func chatStore(_ context.Context, cfg chatConfig) (conversation.Store, insightsStore, func(), error) {
	client, store, err := openConversations(cfg.Redis)
	if err != nil {
		return nil, nil, nil, err
	}
	if client == nil {
		return store, newInsights(cfg.Insights, nil, "", nil).store, func() {}, nil
	}
	ins := newInsights(cfg.Insights, client, cfg.Redis.Prefix, nil).store
	return store, ins, func() { _ = client.Close() }, nil
}
