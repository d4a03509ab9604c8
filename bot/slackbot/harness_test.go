package slackbot_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// hangGuard bounds every wait of a test; it only guards against hangs.
const hangGuard = 30 * time.Second

// harness is a fake Slack, a Redis store and the real engine; bots are
// started against them with start.
type harness struct {
	t       testing.TB
	s       *slacktest.Server
	store   *redisstore.Store
	eng     *conversation.Engine
	metrics *bottest.Counters
	ctx     context.Context
	// logger, when set, is the started bots' logger instead of testLogger.
	logger *slog.Logger
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	client, prefix := redistest.New(t)
	store := redisstore.New(client, redisstore.WithPrefix(prefix))
	eng := conversation.New(bottest.Knowledge(t), store, conversation.Config{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	t.Cleanup(cancel)
	return &harness{t: t, s: slacktest.New(t), store: store, eng: eng, metrics: &bottest.Counters{}, ctx: ctx}
}

// testConfig is a Config for the fake Slack with short waits.
func testConfig(s *slacktest.Server) slackbot.Config {
	return slackbot.Config{
		AppToken:          slacktest.AppToken,
		BotToken:          slacktest.BotToken,
		APIURL:            s.APIURL(),
		Workers:           4,
		RetryAfterDefault: 10 * time.Millisecond,
		APIBackoff:        5 * time.Millisecond,
		PostRate:          1000,
		PostBurst:         100,
		UserBurst:         1000, // tests type whole assessments quickly
		ShutdownTimeout:   5 * time.Second,
		ReconnectBackoff:  10 * time.Millisecond,
	}
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("BOT_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// running is a started bot.
type running struct {
	b      *slackbot.Bot
	cancel context.CancelFunc
	done   chan error

	once sync.Once
	err  error
}

// stop stops the bot and returns Run's error; later calls return the same.
func (r *running) stop() error {
	r.once.Do(func() {
		r.cancel()
		select {
		case r.err = <-r.done:
		case <-time.After(hangGuard):
			r.err = errors.New("bot did not stop")
		}
	})
	return r.err
}

// start runs a bot with cfg (testConfig when zero) and waits for its
// sockets.
func (h *harness) start(mod func(*slackbot.Config), opts ...slackbot.Option) *running {
	h.t.Helper()
	cfg := testConfig(h.s)
	if mod != nil {
		mod(&cfg)
	}
	opts = append([]slackbot.Option{slackbot.WithMetrics(h.metrics)}, opts...)
	logger := h.logger
	if logger == nil {
		logger = testLogger(h.t)
	}
	b, err := slackbot.New(cfg, h.eng, h.store, logger, opts...)
	if err != nil {
		h.t.Fatalf("slackbot.New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{b: b, cancel: cancel, done: make(chan error, 1)}
	before := h.s.ConnectCount()
	go func() { r.done <- b.Run(ctx) }()
	h.t.Cleanup(func() {
		if err := r.stop(); err != nil {
			h.t.Errorf("bot.Run: %v", err)
		}
	})
	sockets := cfg.Sockets
	if sockets <= 0 {
		sockets = 2 // the default SLACK_SOCKETS
	}
	if err := h.s.WaitConnectCount(h.ctx, before+sockets); err != nil {
		h.t.Fatalf("bot did not connect: %v", err)
	}
	return r
}

// send delivers e and waits for its ack.
func (h *harness) send(e slacktest.Envelope) slacktest.Ack {
	h.t.Helper()
	id := h.s.Send(e)
	if id == "" {
		h.t.Fatal("no socket to send to")
	}
	ack, err := h.s.WaitAck(h.ctx, id)
	if err != nil {
		h.t.Fatalf("no ack: %v", err)
	}
	return ack
}

// waitCount waits until the bot's counter name reaches want. The fake
// sees an ack as soon as it is written, a moment before the bot counts it.
func (h *harness) waitCount(name string, want int64) {
	h.t.Helper()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for h.metrics.Get(name) < want {
		select {
		case <-h.ctx.Done():
			h.t.Fatalf("%s = %d, want %d", name, h.metrics.Get(name), want)
		case <-tick.C:
		}
	}
}

// waitMessage waits for a message matching match.
func (h *harness) waitMessage(what string, match func(slacktest.Message) bool) slacktest.Message {
	h.t.Helper()
	m, err := h.s.WaitMessage(h.ctx, match)
	if err != nil {
		h.t.Fatalf("waiting for %s: %v", what, err)
	}
	return m
}

// waitCall waits for a Web API call matching match.
func (h *harness) waitCall(method string, match func(slacktest.Call) bool) slacktest.Call {
	h.t.Helper()
	if match == nil {
		match = func(slacktest.Call) bool { return true }
	}
	c, err := h.s.WaitCall(h.ctx, method, match)
	if err != nil {
		h.t.Fatalf("waiting for %s: %v", method, err)
	}
	return c
}

// inChannel matches the bot's messages in channel after the first skip ones.
func inChannel(channel string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return m.Channel == channel }
}

// block is the part of a Block Kit block the tests look at.
type block struct {
	Type string                 `json:"type"`
	Text *struct{ Text string } `json:"text"`
}

func blocksOf(t testing.TB, raw json.RawMessage) []block {
	t.Helper()
	var bs []block
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &bs); err != nil {
			t.Fatalf("blocks: %v", err)
		}
	}
	return bs
}

// The message readers are slacktest's, shared with cmd/techleader's tests.
var (
	buttonsOf     = slacktest.Buttons
	choiceButtons = slacktest.ChoiceButtons
	findButton    = slacktest.FindButton
	blockText     = slacktest.BlockText
)

func isQuestion(t testing.TB) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return slacktest.IsQuestion(t, m) }
}

// isRecommendation matches the assessment's outcome.
func isRecommendation(t testing.TB) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return slacktest.IsRecommendation(t, m) }
}

// answerQuestion waits for an open question in channel (one not in done),
// clicks its first option as user, waits until the message shows the answer
// without buttons, and returns the question message.
func (h *harness) answerQuestion(user, channel string, done map[string]bool) slacktest.Message {
	h.t.Helper()
	q := h.waitMessage("an open question", func(m slacktest.Message) bool {
		return m.Channel == channel && !done[m.TS] && isQuestion(h.t)(m)
	})
	btn := choiceButtons(h.t, q)[0]
	h.send(h.s.BlockAction(user, channel, q.TS, btn.BlockID, btn.ActionID, btn.Value))
	h.waitMessage("the question updated in place", func(m slacktest.Message) bool {
		return m.Channel == channel && m.TS == q.TS && m.Updated > 0 && len(buttonsOf(h.t, m)) == 0
	})
	done[q.TS] = true
	return q
}

func findMessage(ms []slacktest.Message, match func(slacktest.Message) bool) (slacktest.Message, bool) {
	for _, m := range ms {
		if match(m) {
			return m, true
		}
	}
	return slacktest.Message{}, false
}

func conversationKey(user, thread string) conversation.Key {
	return conversation.Key{Platform: "slack", Team: slacktest.TeamID, User: user, Thread: thread}
}

// waitConnections waits until exactly n sockets are open (an old one may
// linger for a moment after a reconnect). It polls: Server has no waiter for
// this, and the poll is only bounded by the hang guard.
func (h *harness) waitConnections(n int) {
	h.t.Helper()
	for h.s.Connections() != n {
		if h.ctx.Err() != nil {
			h.t.Fatalf("%d connections", h.s.Connections())
		}
		time.Sleep(5 * time.Millisecond)
	}
}
