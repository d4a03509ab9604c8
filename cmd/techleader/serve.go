package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
)

// setupGuide is what plain `techleader` prints when no Slack token is set.
const setupGuide = `techleader: no Slack tokens, no TEAMS_APP_ID and no WEB_ADDR set, so there is nothing to serve yet.

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

To serve the web chat (with Slack, Teams or on its own), set WEB_ADDR, e.g.
  WEB_ADDR=:8090 techleader serve

To try the bot without Slack:
  techleader web                  the web chat in your browser (http://127.0.0.1:8090)
  techleader chat                 talk to it in this terminal
  techleader ask "What does a CTO do?"
`

// runDefault serves when a Slack token or WEB_ADDR is set and otherwise
// explains how to set the bot up (and succeeds: nothing is wrong).
func runDefault(ctx context.Context, e env) error {
	var slack slackbot.Config
	var webChat web.Config
	var teamsCfg teams.Config
	if err := loadEnv(&slack, &webChat, &teamsCfg); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if slack.AppToken == "" && slack.BotToken == "" && webChat.Addr == "" && !teamsCfg.Enabled() {
		fmt.Fprint(e.stdout, setupGuide)
		return nil
	}
	return runServe(ctx, nil, e)
}

// serveConfig is everything serve reads from the environment.
type serveConfig struct {
	Slack        slackbot.Config
	Teams        teams.Config
	Web          web.Config
	Redis        redisstore.Config
	Conversation conversation.Config
	Handoff      handoff.Config
	Insights     insights.Config
	Ops          observe.Config
	LogLevel     logLevel // LOG_LEVEL, default info
}

// slackOn reports whether the Slack front end is asked for (a token set).
func (c serveConfig) slackOn() bool { return c.Slack.AppToken != "" || c.Slack.BotToken != "" }

// errNothingToServe: no front end is configured.
var errNothingToServe = errors.New("nothing to serve: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN for Slack, TEAMS_APP_ID for Teams, WEB_ADDR for the web chat, or several")

// loadServeConfig reads the environment. Configuration errors are one
// line and never contain a token.
func loadServeConfig() (serveConfig, error) {
	var c serveConfig
	var top struct {
		LogLevel logLevel `envconfig:"LOG_LEVEL" default:"info"`
	}
	if err := loadEnv(&c.Slack, &c.Teams, &c.Web, &c.Redis, &c.Conversation, &c.Handoff, &c.Insights, &top); err != nil {
		return c, err
	}
	c.LogLevel = top.LogLevel
	c.Web.SessionTTL = c.Conversation.SessionTTL
	ops, err := loadOpsConfig()
	if err != nil {
		return c, err
	}
	c.Ops = ops
	if c.Teams.Enabled() {
		if err := c.Teams.Validate(); err != nil {
			return c, err
		}
	}
	switch {
	case c.slackOn():
		return c, c.Slack.Validate()
	case c.Web.Addr == "" && !c.Teams.Enabled():
		return c, errNothingToServe
	}
	return c, nil
}

// store is a conversation store that can also deduplicate envelopes.
type store interface {
	conversation.Store
	bot.Deduper
}

// frontEnd is one way users reach the bot in serve (Slack, the web chat):
// run serves until ctx ends (then returns nil) or fails for good.
type frontEnd struct {
	name  string
	run   func(ctx context.Context) error
	ready observe.Check
}

// runServe runs the configured front ends until ctx ends (SIGINT/SIGTERM).
func runServe(ctx context.Context, args []string, e env) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: techleader serve\nConfigured by the environment: SLACK_APP_TOKEN, SLACK_BOT_TOKEN, SLACK_API_URL, CONSULTANT_CHANNEL, TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID, TEAMS_ADDR, WEB_ADDR (and WEB_*), REDIS_URL (or REDIS_SENTINEL_*/REDIS_CLUSTER_ADDRS), SESSION_TTL, INSIGHTS_* (figures, digest), HTTP_ADDR, LOG_LEVEL.")
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
	if err := serve(ctx, cfg, log); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// serve runs the configured front ends next to the ops server.
func serve(ctx context.Context, cfg serveConfig, log *slog.Logger) error {
	sh, closeShared, err := openShared(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeShared()
	fronts, err := sh.frontEnds(ctx, cfg, log)
	if err != nil {
		return err
	}
	checks := sh.checks
	for _, fe := range fronts {
		checks = append(checks, fe.ready)
	}
	// The ops server outlives the front ends: /healthz answers while they drain.
	ops, err := startOps(ctx, cfg.Ops, checks, sh.metrics.Registry(), log.With("component", "ops"))
	if err != nil {
		stopped, stop := context.WithCancel(ctx)
		stop()
		_ = runFrontEnds(stopped, fronts) // they stop at once, releasing their listeners
		return err
	}
	runErr := runFrontEnds(ctx, fronts)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := ops.Stop(sctx); err != nil {
		log.Warn("ops server stopped with an error", "err", err)
	}
	return runErr
}

// shared is what the front ends of serve share: metrics, the stores and
// the engine.
type shared struct {
	metrics  *observe.Metrics
	client   redis.UniversalClient // nil without Redis
	store    store
	handoffs handoff.Store
	eng      bot.Engine
	checks   []observe.Check
	insights *insightsParts // the consultancy's figures, on client when set
}

// openShared connects to Redis (when configured) and builds the engine;
// the function returned closes the connection.
func openShared(ctx context.Context, cfg serveConfig, log *slog.Logger) (*shared, func(), error) {
	sh := &shared{metrics: observe.NewMetrics(), handoffs: handoff.NewMemStore()}
	closeFn := func() {}
	if cfg.Redis.Enabled() {
		client, err := redisstore.NewClient(cfg.Redis, redisstore.WithClientLogger(log.With("component", "redis")))
		if err != nil {
			return nil, nil, fmt.Errorf("redis: %w", err)
		}
		closeFn = func() { _ = client.Close() }
		client.AddHook(sh.metrics.RedisHook())
		sh.client, sh.checks = client, append(sh.checks, redisReady(client))
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := client.Ping(pctx).Err(); err != nil {
			log.Warn("redis does not answer yet; continuing", "err", err)
		}
		cancel()
		hs := redisstore.NewHandoffStore(client, cfg.Redis.Prefix, cfg.Handoff.Retention)
		// A DM turn reads the user's active handoff with its claim.
		sh.store = redisstore.New(client, redisstore.WithPrefix(cfg.Redis.Prefix), redisstore.WithHandoffStore(hs))
		sh.handoffs = hs
	} else {
		log.Warn("REDIS_URL not set: conversations are kept in memory (lost on restart; run one replica only)")
		sh.store = memstore.New()
	}
	kb, err := loadKnowledge()
	if err != nil {
		closeFn()
		return nil, nil, fmt.Errorf("load knowledge base: %w", err)
	}
	ilog := log.With("component", "insights")
	sh.insights = newInsights(cfg.Insights, sh.client, cfg.Redis.Prefix, titlesOf(kb))
	sh.insights.recordAsync(cfg.Insights, sh.metrics, ilog)
	// At shutdown, once the front ends have drained, the queued insights
	// are written before the connection closes.
	closeClient := closeFn
	closeFn = func() { sh.insights.close(ilog); closeClient() }
	sh.eng = observe.WrapEngine(conversation.New(observe.WrapAnswerer(kb, sh.metrics), sh.store, cfg.Conversation,
		log.With("component", "engine"), sh.insights.engineOption()), sh.metrics)
	return sh, closeFn, nil
}

// frontEnds builds the configured front ends. The consultant handoff's
// desk is the Slack bot's consultants' channel; the users of the other
// front ends are reached through their user sides, which join the bot's
// before it is built.
func (sh *shared) frontEnds(ctx context.Context, cfg serveConfig, log *slog.Logger) ([]frontEnd, error) {
	webChat := prepareWeb(cfg.Web, sh.client, cfg.Redis.Prefix, sh.metrics, log)
	var fronts []frontEnd
	var slackBot *slackbot.Bot
	var teamsBot *teams.Bot
	if cfg.Teams.Enabled() {
		var err error
		if teamsBot, err = newTeams(cfg, sh, log, func() *slackbot.Bot { return slackBot }); err != nil {
			return nil, err
		}
	}
	var service *handoff.Service // nil: no consultants' desk
	if cfg.slackOn() {
		opts := []slackbot.Option{slackbot.WithMetrics(sh.metrics), sh.insights.slackOption(cfg.Insights)}
		if cfg.Slack.ConsultantChannel != "" {
			opts = append(opts, slackbot.WithHandoffs(sh.handoffs, cfg.Handoff))
		}
		if webChat != nil {
			opts = append(opts, slackbot.WithHandoffUsers(web.Platform, webChat.users))
		}
		if teamsBot != nil {
			opts = append(opts, slackbot.WithHandoffUsers(teams.Platform, teamsBot.HandoffUsers()))
		}
		b, err := slackbot.New(cfg.Slack, sh.eng, sh.store, log.With("component", "slack"), opts...)
		if err != nil {
			return nil, err
		}
		slackBot, service = b, b.Handoffs()
		fronts = append(fronts, frontEnd{name: "slack", run: b.Run,
			ready: observe.Check{Name: "slack", Func: func(context.Context) error { return b.Ready() }}})
	}
	if teamsBot != nil {
		connectTeams(teamsBot, slackBot, log)
		fronts = append(fronts, frontEnd{name: "teams", run: teamsBot.Run,
			ready: observe.Check{Name: "teams", Func: func(context.Context) error { return teamsBot.Ready() }}})
	}
	if webChat != nil {
		fe, err := webChat.start(ctx, sh.eng, service)
		if err != nil {
			return nil, err
		}
		fronts = append(fronts, fe)
	}
	return fronts, nil
}

// runFrontEnds runs fronts until ctx ends; when one fails, the others
// stop too. It returns the failures.
func runFrontEnds(ctx context.Context, fronts []frontEnd) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	errs := make([]error, len(fronts))
	var wg sync.WaitGroup
	for i, fe := range fronts {
		wg.Go(func() {
			if errs[i] = fe.run(ctx); errs[i] != nil {
				stop()
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
