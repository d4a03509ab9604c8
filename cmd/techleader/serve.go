package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
)

// setupGuide is what plain `techleader` prints when no Slack token is set.
const setupGuide = `techleader: no Slack tokens set, so there is nothing to serve yet.

To run the Slack bot (Socket Mode, no public URL needed):
  1. Create a Slack app from the manifest deploy/slack-app-manifest.yaml
     (api.slack.com/apps -> Create New App -> From an app manifest).
  2. Basic Information -> App-Level Tokens: generate a token with the
     connections:write scope. That is SLACK_APP_TOKEN (xapp-...).
  3. Install the app to your workspace; the Bot User OAuth Token is
     SLACK_BOT_TOKEN (xoxb-...).
  4. export SLACK_APP_TOKEN=xapp-... SLACK_BOT_TOKEN=xoxb-...
     optionally REDIS_URL=redis://host:6379/0 (needed for several replicas)
     and CONSULTANT_CHANNEL=C...; then run: techleader serve

To try the bot without Slack:
  techleader chat                 talk to it in this terminal
  techleader ask "What does a CTO do?"
`

// runDefault serves when a Slack token is set and otherwise explains how
// to set the bot up (and succeeds: nothing is wrong).
func runDefault(ctx context.Context, e env) error {
	var slack slackbot.Config
	if err := loadEnv(&slack); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if slack.AppToken == "" && slack.BotToken == "" {
		fmt.Fprint(e.stdout, setupGuide)
		return nil
	}
	return runServe(ctx, nil, e)
}

// serveConfig is everything serve reads from the environment.
type serveConfig struct {
	Slack        slackbot.Config
	Redis        redisstore.Config
	Conversation conversation.Config
	Handoff      handoff.Config
	Ops          observe.Config
	LogLevel     logLevel // LOG_LEVEL, default info
}

// loadServeConfig reads the environment. Configuration errors are one
// line and never contain a token.
func loadServeConfig() (serveConfig, error) {
	var c serveConfig
	var top struct {
		LogLevel logLevel `envconfig:"LOG_LEVEL" default:"info"`
	}
	if err := loadEnv(&c.Slack, &c.Redis, &c.Conversation, &c.Handoff, &top); err != nil {
		return c, err
	}
	c.LogLevel = top.LogLevel
	ops, err := loadOpsConfig()
	if err != nil {
		return c, err
	}
	c.Ops = ops
	if err := c.Slack.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

// store is a conversation store that can also deduplicate envelopes.
type store interface {
	conversation.Store
	bot.Deduper
}

// runServe runs the Slack bot until ctx ends (SIGINT/SIGTERM).
func runServe(ctx context.Context, args []string, e env) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: techleader serve\nConfigured by the environment: SLACK_APP_TOKEN, SLACK_BOT_TOKEN, SLACK_API_URL, CONSULTANT_CHANNEL, REDIS_URL (or REDIS_SENTINEL_*/REDIS_CLUSTER_ADDRS), SESSION_TTL, HTTP_ADDR, LOG_LEVEL.")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	cfg, err := loadServeConfig()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log := slog.New(slog.NewJSONHandler(e.stderr, &slog.HandlerOptions{Level: slog.Level(cfg.LogLevel)}))
	defer routeRedisLogs(log)()
	metrics := observe.NewMetrics()

	var (
		st     store
		checks []observe.Check
	)
	var handoffs handoff.Store = handoff.NewMemStore()
	if cfg.Redis.Enabled() {
		client, err := redisstore.NewClient(cfg.Redis)
		if err != nil {
			return fmt.Errorf("serve: redis: %w", err)
		}
		defer client.Close()
		client.AddHook(metrics.RedisHook())
		checks = append(checks, redisReady(client))
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := client.Ping(pctx).Err(); err != nil {
			log.Warn("redis does not answer yet; continuing", "err", err)
		}
		cancel()
		hs := redisstore.NewHandoffStore(client, cfg.Redis.Prefix, cfg.Handoff.Retention)
		st, handoffs = redisstore.New(client, redisstore.WithPrefix(cfg.Redis.Prefix), redisstore.WithHandoffStore(hs)), hs // a DM turn reads hs with its claim
	} else {
		log.Warn("REDIS_URL not set: conversations are kept in memory (lost on restart; run one replica only)")
		st = memstore.New()
	}
	kb, err := loadKnowledge()
	if err != nil {
		return fmt.Errorf("serve: load knowledge base: %w", err)
	}
	eng := observe.WrapEngine(conversation.New(observe.WrapAnswerer(kb, metrics), st, cfg.Conversation, log.With("component", "engine")), metrics)
	opts := []slackbot.Option{slackbot.WithMetrics(metrics)}
	if cfg.Slack.ConsultantChannel != "" {
		opts = append(opts, slackbot.WithHandoffs(handoffs, cfg.Handoff))
	}
	b, err := slackbot.New(cfg.Slack, eng, st, log.With("component", "slack"), opts...)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	checks = append(checks, observe.Check{Name: "slack", Func: func(context.Context) error { return b.Ready() }})

	// The ops server outlives Run: /healthz answers while Run drains.
	ops, err := startOps(ctx, cfg.Ops, checks, metrics.Registry(), log.With("component", "ops"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	runErr := b.Run(ctx)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := ops.Stop(sctx); err != nil {
		log.Warn("ops server stopped with an error", "err", err)
	}
	if runErr != nil {
		return fmt.Errorf("serve: %w", runErr)
	}
	return nil
}
