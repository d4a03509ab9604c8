package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
)

// setupGuide is what plain `techleader` prints when no front end is configured.
const setupGuide = `techleader: no Slack tokens and no TEAMS_APP_ID set, so there is nothing to serve yet.

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

To run the Microsoft Teams bot instead (or as well), register it in Azure
and set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID: see the
README's "Microsoft Teams" section.

To try the bot without Slack:
  techleader chat                 talk to it in this terminal
  techleader ask "What does a CTO do?"
`

// runDefault serves when a Slack token or TEAMS_APP_ID is set and
// otherwise explains how to set the bot up (and succeeds: nothing is
// wrong).
func runDefault(ctx context.Context, e env) error {
	var slack slackbot.Config
	if err := loadEnv(&slack); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	teamsOn, err := teamsEnabled()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if slack.AppToken == "" && slack.BotToken == "" && !teamsOn {
		fmt.Fprint(e.stdout, setupGuide)
		return nil
	}
	return runServe(ctx, nil, e)
}

// serveConfig is everything serve reads from the environment.
type serveConfig struct {
	Slack        slackbot.Config
	Teams        teams.Config
	Redis        redisstore.Config
	Conversation conversation.Config
	Handoff      handoff.Config
	Insights     insights.Config
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
	if err := loadEnv(&c.Slack, &c.Teams, &c.Redis, &c.Conversation, &c.Handoff, &c.Insights, &top); err != nil {
		return c, err
	}
	c.LogLevel = top.LogLevel
	ops, err := loadOpsConfig()
	if err != nil {
		return c, err
	}
	c.Ops = ops
	if c.slackOn() || !c.Teams.Enabled() {
		if err := c.Slack.Validate(); err != nil {
			return c, err
		}
	}
	if c.Teams.Enabled() {
		if err := c.Teams.Validate(); err != nil {
			return c, err
		}
	}
	return c, nil
}

// slackOn reports whether a Slack token is set: Slack is served (and its
// configuration must be complete).
func (c serveConfig) slackOn() bool { return c.Slack.AppToken != "" || c.Slack.BotToken != "" }

// store is a conversation store that can also deduplicate envelopes.
type store interface {
	conversation.Store
	bot.Deduper
}

// runServe runs the configured front ends (Slack, Teams) until ctx ends
// (SIGINT/SIGTERM).
func runServe(ctx context.Context, args []string, e env) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: techleader serve\nConfigured by the environment: SLACK_APP_TOKEN, SLACK_BOT_TOKEN, SLACK_API_URL, CONSULTANT_CHANNEL, TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID, TEAMS_ADDR, REDIS_URL (or REDIS_SENTINEL_*/REDIS_CLUSTER_ADDRS), SESSION_TTL, INSIGHTS_* (figures, digest), HTTP_ADDR, LOG_LEVEL.")
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
	stores, err := openStores(ctx, cfg, metrics, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer stores.close()
	kb, err := loadKnowledge()
	if err != nil {
		return fmt.Errorf("serve: load knowledge base: %w", err)
	}
	stores.insights = newInsights(cfg.Insights, stores.client, cfg.Redis.Prefix, titlesOf(kb))
	eng := observe.WrapEngine(conversation.New(observe.WrapAnswerer(kb, metrics), stores.conv, cfg.Conversation, log.With("component", "engine"),
		stores.insights.engineOption()), metrics)
	fronts, err := newFrontEnds(cfg, eng, stores, metrics, log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	// The ops server outlives the front ends: /healthz answers while they drain.
	ops, err := startOps(ctx, cfg.Ops, append(stores.checks, fronts.checks()...), metrics.Registry(), log.With("component", "ops"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	runErr := fronts.run(ctx)
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

// stores are where serve keeps its state: Redis when configured, memory
// otherwise.
type stores struct {
	conv     store
	handoffs handoff.Store
	client   redis.UniversalClient // nil without Redis
	checks   []observe.Check
	insights *insightsParts // the consultancy's figures, on client when set
}

func (s *stores) close() {
	if s.client != nil {
		_ = s.client.Close()
	}
}

// openStores connects to Redis when configured (a Redis that does not
// answer yet is only logged: readiness reports it).
func openStores(ctx context.Context, cfg serveConfig, metrics *observe.Metrics, log *slog.Logger) (*stores, error) {
	if !cfg.Redis.Enabled() {
		log.Warn("REDIS_URL not set: conversations are kept in memory (lost on restart; run one replica only)")
		return &stores{conv: memstore.New(), handoffs: handoff.NewMemStore()}, nil
	}
	client, err := redisstore.NewClient(cfg.Redis)
	if err != nil {
		return nil, fmt.Errorf("redis: %w", err)
	}
	client.AddHook(metrics.RedisHook())
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	if err := client.Ping(pctx).Err(); err != nil {
		log.Warn("redis does not answer yet; continuing", "err", err)
	}
	cancel()
	return &stores{
		conv:     redisstore.New(client, redisstore.WithPrefix(cfg.Redis.Prefix)),
		handoffs: redisstore.NewHandoffStore(client, cfg.Redis.Prefix, cfg.Handoff.Retention),
		client:   client,
		checks:   []observe.Check{redisReady(client)},
	}, nil
}

// frontEnds are the front ends serve runs.
type frontEnds struct {
	slack *slackbot.Bot // nil without Slack tokens
	teams *teams.Bot    // nil without TEAMS_APP_ID
}

// newFrontEnds builds the configured front ends. The consultants' desk is
// Slack's: Teams users reach it when both are on.
func newFrontEnds(cfg serveConfig, eng bot.Engine, st *stores, metrics *observe.Metrics, log *slog.Logger) (frontEnds, error) {
	var f frontEnds
	var err error
	if cfg.Teams.Enabled() {
		if f.teams, err = newTeams(cfg, eng, st, metrics, log, &f); err != nil {
			return f, err
		}
	}
	if cfg.slackOn() {
		opts := []slackbot.Option{slackbot.WithMetrics(metrics)}
		if st.insights != nil {
			opts = append(opts, st.insights.slackOption(cfg.Insights))
		}
		if cfg.Slack.ConsultantChannel != "" {
			opts = append(opts, slackbot.WithHandoffs(st.handoffs, cfg.Handoff))
		}
		if f.teams != nil {
			opts = append(opts, slackbot.WithHandoffUsers(teams.Platform, f.teams.HandoffUsers()))
		}
		if f.slack, err = slackbot.New(cfg.Slack, eng, st.conv, log.With("component", "slack"), opts...); err != nil {
			return f, err
		}
	}
	if f.teams != nil {
		connectTeams(f.teams, f.slack, log)
	}
	return f, nil
}

// checks are the front ends' readiness checks.
func (f frontEnds) checks() []observe.Check {
	var cs []observe.Check
	if f.slack != nil {
		cs = append(cs, observe.Check{Name: "slack", Func: func(context.Context) error { return f.slack.Ready() }})
	}
	if f.teams != nil {
		cs = append(cs, observe.Check{Name: "teams", Func: func(context.Context) error { return f.teams.Ready() }})
	}
	return cs
}

// run runs the front ends until ctx ends or one of them fails; each
// drains its queued work before run returns.
func (f frontEnds) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var runs []func(context.Context) error
	if f.slack != nil {
		runs = append(runs, f.slack.Run)
	}
	if f.teams != nil {
		runs = append(runs, f.teams.Run)
	}
	errs := make(chan error, len(runs))
	for _, run := range runs {
		go func() {
			err := run(ctx)
			cancel() // one front end stopping stops serve
			errs <- err
		}()
	}
	var all []error
	for range runs {
		if err := <-errs; err != nil {
			all = append(all, err)
		}
	}
	return errors.Join(all...)
}
