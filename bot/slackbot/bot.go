// Package slackbot is the Slack front end of techleader: it connects with
// Socket Mode, turns Slack events, slash commands and clicks into
// conversation inputs for bot.Core, and shows the replies as Block Kit
// messages (surface.go). It is also the handoff's Desk on Slack: cards in
// CONSULTANT_CHANNEL, the relay in their threads (desk.go), and a UserSide
// for Slack users.
//
// Every envelope is acknowledged at once; the work runs on bot.Pool, which
// keeps each conversation's inputs in order and deduplicates envelopes by
// id through a Deduper (Redis SET NX, with the turn's first reads in the
// same round trip). Web API calls are retried and paced (deliver.go,
// slackerr.go); a message that must wait for its channel's turn waits in
// that channel's queue, not on a worker (lanes.go), and a user typing
// faster than the bot answers is held back (floodgate.go). The bot keeps
// several Socket Mode connections, replaces one Slack asks to go by
// opening its successor first, and supervises them with a watchdog
// (socket.go, sock.go). It reads the sockets' frames before slack-go does
// (wire.go): envelopes it ignores are acked and dropped there, undecoded.
//
// This is the only package that imports slack-go (with its fake Slack,
// slackbot/slacktest).
package slackbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
)

// Option configures a Bot.
type Option func(*Bot)

// WithMetrics sends the bot's measurements to m.
func WithMetrics(m bot.Metrics) Option { return func(b *Bot) { b.metrics = m } }

// WithHTTPClient sets the HTTP client for Web API calls.
func WithHTTPClient(c *http.Client) Option { return func(b *Bot) { b.httpClient = c } }

// Bot is the Slack bot. Create it with New and start it with Run (once).
type Bot struct {
	cfg        Config
	eng        bot.Engine
	dedupe     bot.Deduper
	log        *slog.Logger
	metrics    bot.Metrics
	httpClient *http.Client

	// handoffs is the consultant handoff, nil when off; hoStore, hoCfg and
	// hoUsers are what WithHandoffs and WithHandoffUsers asked for.
	handoffs *handoff.Service
	hoStore  handoff.Store
	hoCfg    handoff.Config
	hoUsers  map[string]handoff.UserSide

	client *slack.Client
	api    *apiCaller
	// lanes send each channel's messages in order, waiting for the
	// channel's posting turn off the workers; flood holds back the
	// messages of a user typing faster than the bot answers.
	lanes *lanes
	flood *floodGate
	pool  *bot.Pool
	// urgent runs work that must start within Slack's 3 s trigger_id
	// window (opening modals), so it never waits behind other users' work.
	urgent *bot.Pool

	botUserID string
	botID     string
	teamID    string

	// startErr is why Slack could not be reached at start-up, while Run
	// keeps trying; nil otherwise.
	startErr atomic.Pointer[error]
	// serving is set once Run has reached Slack and opens its sockets.
	serving atomic.Bool
	// socks are the Socket Mode connections running now (sock.go); sockWG
	// tracks their goroutines.
	sockMu sync.Mutex
	socks  map[*sock]struct{}
	sockWG sync.WaitGroup

	dmMu sync.Mutex
	dms  map[string]string // user id -> direct message channel

	// assistant is what the bot knows of assistant panel threads.
	assistant assistantState

	// core holds the reply policy shared with the other front ends.
	core *bot.Core

	// insights is what WithInsights asked for (nil: no reports); digest
	// posts the weekly digest (nil: off).
	insights *Insights
	digest   *insights.Digest
}

// New checks cfg and builds a Bot; it does no I/O. dedupe may be nil (no
// deduplication); logger may be nil.
func New(cfg Config, eng bot.Engine, dedupe bot.Deduper, logger *slog.Logger, opts ...Option) (*Bot, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if eng == nil {
		return nil, errors.New("bot: nil engine")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	b := &Bot{
		cfg: cfg, eng: eng, dedupe: dedupe, log: logger, metrics: bot.NopMetrics{},
		dms: make(map[string]string), socks: make(map[*sock]struct{}),
	}
	for _, o := range opts {
		o(b)
	}
	if b.httpClient == nil {
		b.httpClient = &http.Client{Timeout: 30 * time.Second, Transport: answerTrimmer{webAPITransport(cfg)}}
	}
	b.client = slack.New(cfg.BotToken,
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionAPIURL(cfg.APIURL),
		slack.OptionHTTPClient(b.httpClient),
	)
	b.api = &apiCaller{cfg: cfg, metrics: b.metrics, pace: newPacer(cfg.PostRate, cfg.PostBurst), sleep: sleepCtx}
	pc := bot.PoolConfig{Workers: cfg.Workers, QueueSize: cfg.QueueSize, HandleTimeout: cfg.HandleTimeout,
		DedupeTTL: cfg.DedupeTTL, DedupePrefix: platform + ":"}
	b.pool = bot.NewPool(pc, dedupe, b.metrics, logger)
	pc.Workers, pc.QueueSize = 2, 64
	b.urgent = bot.NewPool(pc, dedupe, b.metrics, logger)
	b.lanes = newLanes(laneLimit(cfg), cfg.HandleTimeout, func(ch string) bool { return b.api.pace.free(ch, b.api.clock()) }, logger)
	b.flood = newFloodGate(cfg.UserRate, cfg.UserBurst, maxFloodUsers, b.pool.Submit)
	if err := b.newHandoffs(); err != nil {
		return nil, err
	}
	var hs bot.Handoffs // stays a nil interface when handoffs are off
	if b.handoffs != nil {
		hs = b.handoffs
	}
	b.core = bot.NewCore(eng, hs, logger)
	b.digest = b.newDigest()
	return b, nil
}

// maxFloodUsers bounds the users flood control keeps track of.
const maxFloodUsers = 10000

// laneLimit is how many messages may queue for one channel: as many as
// its pace lets out within PostMaxWait, so that a queued message is
// never posted much later than that.
func laneLimit(cfg Config) int {
	return min(max(cfg.PostBurst+int(cfg.PostMaxWait.Seconds()*cfg.PostRate), 1), 256)
}

// webAPITransport is http.DefaultTransport keeping enough idle
// connections to Slack for every worker: the default keeps two per host,
// so busy workers would open (and TLS-handshake) a new one per call.
func webAPITransport(cfg Config) *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = cfg.Workers + 4 // the pools' workers, and the handoff's
	t.MaxIdleConns = max(t.MaxIdleConns, t.MaxIdleConnsPerHost)
	return t
}

// ErrFatal is wrapped by errors after which retrying cannot help (refused
// tokens, Socket Mode switched off).
var ErrFatal = errors.New("fatal")

// Run checks the bot token (auth.test, retried while Slack cannot be
// reached), connects with Socket Mode and serves until ctx ends or a fatal
// error occurs. When ctx ends it stops
// reading, finishes queued work (bounded by ShutdownTimeout) and returns
// nil. Fatal errors wrap ErrFatal. Run must be called once.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.reachSlack(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.log.Info("slack bot starting", "team", b.teamID, "bot_user", b.botUserID, "workers", b.cfg.Workers, "sockets", b.cfg.Sockets)

	// Queued work outlives ctx by up to ShutdownTimeout (the drain).
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	b.pool.Start(workCtx)
	b.urgent.Start(workCtx)

	loopCtx, stopLoop := context.WithCancel(ctx)
	defer stopLoop()
	fatal := make(chan error, 1)
	var wg sync.WaitGroup
	b.serving.Store(true)
	wg.Go(func() { b.watchdog(loopCtx) })
	if b.handoffs != nil {
		wg.Go(func() { b.handoffs.Run(loopCtx) }) // handoff cards and reminders
	}
	if b.digest != nil {
		wg.Go(func() { b.digest.Run(loopCtx) }) // the weekly digest
	}
	for slot := range b.cfg.Sockets {
		wg.Go(func() {
			if err := b.keepSlot(loopCtx, slot); err != nil {
				select {
				case fatal <- err:
				default:
				}
				stopLoop()
			}
		})
	}
	<-loopCtx.Done()
	wg.Wait()
	b.sockWG.Wait() // every socket closed: nothing reads them now

	// Drain: no new jobs arrive now; give queued ones, and then the
	// messages queued for their channels, ShutdownTimeout.
	deadline := time.Now().Add(b.cfg.ShutdownTimeout)
	if n := b.flood.close(); n > 0 {
		b.log.Info("shutdown: held-back messages of fast typists dropped", "messages", n)
	}
	if !bot.Drain(b.cfg.ShutdownTimeout, stopWork, b.pool, b.urgent) {
		b.log.Warn("shutdown timeout: remaining work cancelled")
	}
	if !b.lanes.drain(time.Until(deadline)) {
		b.log.Warn("shutdown timeout: messages still queued for their channels cancelled")
	}
	b.log.Info("slack bot stopped")
	select {
	case err := <-fatal:
		return err
	default:
		return nil
	}
}

// fatalAuthErrors are Slack's answers that mean the token will never work.
var fatalAuthErrors = map[string]bool{
	"invalid_auth": true, "not_authed": true, "account_inactive": true,
	"token_revoked": true, "token_expired": true, "not_allowed_token_type": true,
}

// reachSlack checks the bot token (auth.test) and learns the bot's own
// ids. Slack being out of reach (the network, a timeout, a 5xx, a 429, an
// answer it may not give next time) is retried with capped exponential
// backoff and jitter (ReconnectBackoff up to ReconnectBackoffMax) until ctx
// ends, one warning per failed attempt; meanwhile Ready names the cause.
// Only a refused token stops it, with an error wrapping ErrFatal.
func (b *Bot) reachSlack(ctx context.Context) error {
	wait := b.cfg.ReconnectBackoff
	for attempt := 1; ; attempt++ {
		err := b.authTest(ctx)
		if err == nil || errors.Is(err, ErrFatal) || ctx.Err() != nil {
			b.startErr.Store(nil)
			return err
		}
		b.startErr.Store(&err)
		pause := wait/2 + rand.N(wait/2+1)
		b.log.Warn("Slack cannot be reached; retrying", "attempt", attempt, "wait", pause.Round(time.Millisecond), "err", err)
		if err := sleepCtx(ctx, pause); err != nil {
			return err
		}
		wait = min(2*wait, b.cfg.ReconnectBackoffMax)
	}
}

// authTest makes one auth.test call and, when it succeeds, keeps the bot's
// ids. Its errors never carry a URL.
func (b *Bot) authTest(ctx context.Context) error {
	resp, err := b.client.AuthTestContext(ctx)
	b.metrics.APICall("auth.test", err)
	if err != nil {
		if code := slackErrCode(err); fatalAuthErrors[code] {
			return fmt.Errorf("%w: Slack refused SLACK_BOT_TOKEN (%s); check the bot token of the installed app", ErrFatal, code)
		}
		return fmt.Errorf("auth.test: %v", safeErr(err))
	}
	b.botUserID, b.botID, b.teamID = resp.UserID, resp.BotID, resp.TeamID
	return nil
}
