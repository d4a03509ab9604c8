package slackbot

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// laneGuard bounds every wait of these tests; it only guards against hangs.
const laneGuard = 30 * time.Second

// laneBot is a Bot, never run, posting to the fake Slack s with mod
// applied to its Config.
func laneBot(t *testing.T, s *slacktest.Server, mod func(*Config)) (*Bot, *bottest.Counters) {
	t.Helper()
	cfg := Config{AppToken: slacktest.AppToken, BotToken: slacktest.BotToken, APIURL: s.APIURL(),
		HandleTimeout: time.Hour, PostMaxWait: time.Minute}
	mod(&cfg)
	m := &bottest.Counters{}
	b, err := New(cfg, &bottest.FakeEngine{}, nil, nil, WithMetrics(m))
	if err != nil {
		t.Fatal(err)
	}
	b.botUserID = slacktest.BotUserID
	t.Cleanup(func() { b.lanes.drain(0) })
	return b, m
}

// TestLanesKeepOrderAndPace queues messages to a paced channel and checks
// that they are posted in order (an urgent one ahead of the ordinary ones
// still queued), that an update of a queued message follows its post,
// and that the channel is never posted to faster than its pace.
func TestLanesKeepOrderAndPace(t *testing.T) {
	const rate, burst = 5.0, 2
	s := slacktest.New(t)
	b, m := laneBot(t, s, func(c *Config) { c.PostRate, c.PostBurst = rate, burst })
	ctx := context.Background()
	ch := slacktest.IMChannel("U1")
	// Warm up the connection to the fake so that the first post's time is
	// not a connection's.
	b.deliver(ctx, dest{channel: slacktest.IMChannel("U2")}, renderText("warm-up"), false)
	const n = 8
	refs := make([]string, n)
	for i := range n {
		refs[i] = b.deliver(ctx, dest{channel: ch}, renderText(fmt.Sprintf("m%d", i)), false)
	}
	if !isPlaceholder(refs[5]) {
		t.Fatalf("m5 was posted at once (%q): the test needs it queued", refs[5])
	}
	b.updateLater(ctx, ch, refs[5], "", renderText("m5 updated"))
	b.deliver(ctx, dest{channel: ch}, renderText("urgent"), true)
	if !b.lanes.drain(laneGuard) {
		t.Fatal("queued messages not sent")
	}

	var texts []string
	for _, msg := range s.Messages(ch) {
		texts = append(texts, msg.Text)
		if msg.Text == "m5 updated" && msg.Updated != 1 {
			t.Errorf("m5 updated %d times", msg.Updated)
		}
	}
	want := []string{"m0", "m1", "m2", "m3", "m4", "m5 updated", "m6", "m7"}
	ordinary := slices.DeleteFunc(slices.Clone(texts), func(s string) bool { return s == "urgent" })
	if !slices.Equal(ordinary, want) {
		t.Errorf("posted %q, want %q in that order", texts, want)
	}
	if u := slices.Index(texts, "urgent"); u < 0 || u > slices.Index(texts, "m4") {
		t.Errorf("urgent message at %d in %q: not ahead of the ordinary ones queued before it", u, texts)
	}
	if got := m.Get("undelivered"); got != 0 {
		t.Errorf("%d undelivered", got)
	}

	// Pace: of any burst+1 consecutive posts, the last comes at least one
	// interval after the first (the fake records each call when it arrives,
	// which only network jitter can bring closer).
	interval := time.Duration(float64(time.Second) / rate)
	const jitter = 50 * time.Millisecond
	var at []time.Time
	for _, c := range s.Calls("chat.postMessage") {
		if c.Args["channel"] == ch {
			at = append(at, c.At)
		}
	}
	for i := 0; i+burst < len(at); i++ {
		if gap := at[i+burst].Sub(at[i]); gap < interval-jitter {
			t.Errorf("posts %d and %d %v apart: faster than %v per %d", i, i+burst, gap, interval, burst)
		}
	}
}

// TestLanesDoNotHoldWorker has a single worker post to a channel whose
// next turn is far away, then to another channel: the second post goes out
// while the first channel's messages are still queued. Nothing here waits
// on wall time: the old behaviour (waiting for the turn on the worker)
// would never deliver the second post.
func TestLanesDoNotHoldWorker(t *testing.T) {
	s := slacktest.New(t)
	b, m := laneBot(t, s, func(c *Config) {
		c.Workers = 1
		c.PostRate, c.PostBurst = 0.001, 1 // the second post in a channel waits 1000 s
		c.PostMaxWait = time.Hour
	})
	ctx, cancel := context.WithTimeout(context.Background(), laneGuard)
	defer cancel()
	b.pool.Start(ctx)
	busy, other := slacktest.IMChannel("U1"), slacktest.IMChannel("U2")
	for _, j := range []bot.Job{
		{Shard: "busy", Run: func(ctx context.Context) {
			for i := range 3 {
				b.deliver(ctx, dest{channel: busy}, renderText(fmt.Sprintf("busy %d", i)), false)
			}
		}},
		{Shard: "other", Run: func(ctx context.Context) {
			b.deliver(ctx, dest{channel: other}, renderText("other"), false)
		}},
	} {
		if !b.pool.Submit(j) {
			t.Fatal("submit refused")
		}
	}
	if _, err := s.WaitMessage(ctx, func(msg slacktest.Message) bool { return msg.Channel == other }); err != nil {
		t.Fatalf("the other channel's message: %v", err)
	}
	if got := len(s.Messages(busy)); got != 1 {
		t.Errorf("%d messages in the busy channel, want 1 (two queued)", got)
	}
	b.pool.Close()
	b.pool.Wait()
	// Shutting down: the drain gives up at once and cancels what is queued,
	// which is counted.
	if b.lanes.drain(0) {
		t.Error("drain reports everything sent")
	}
	if got := m.Get("undelivered"); got != 2 {
		t.Errorf("%d undelivered, want the 2 queued", got)
	}
}

// TestLanesFullQueue checks that a channel's queue is bounded: beyond it a
// message fails at once and is counted as undelivered.
func TestLanesFullQueue(t *testing.T) {
	s := slacktest.New(t)
	b, m := laneBot(t, s, func(c *Config) {
		c.PostRate, c.PostBurst = 0.001, 1
		c.PostMaxWait = 1000 * time.Second // the queue holds laneLimit = 2 messages
	})
	ctx := context.Background()
	ch := slacktest.IMChannel("U1")
	const n = 6
	for i := range n {
		b.deliver(ctx, dest{channel: ch}, renderText(fmt.Sprintf("m%d", i)), false)
	}
	// m0 is posted; one more may be waiting for its turn and two queued:
	// the rest is refused at once.
	if got := m.Get("undelivered:chat.postMessage"); got < n-4 {
		t.Errorf("%d undelivered before the drain, want at least %d", got, n-4)
	}
	b.lanes.drain(0)
	if got := m.Get("undelivered:chat.postMessage"); got != n-1 {
		t.Errorf("%d undelivered after the drain, want %d", got, n-1)
	}
	if got := len(s.Messages(ch)); got != 1 {
		t.Errorf("%d posted, want 1", got)
	}
}

// TestLanesRateLimited has Slack answer a queued post with a 429: the
// channel is held for Retry-After, the post is retried, and the messages
// queued behind it follow in order, after the hold.
func TestLanesRateLimited(t *testing.T) {
	s := slacktest.New(t)
	b, m := laneBot(t, s, func(c *Config) { c.PostRate, c.PostBurst = 10, 1 })
	ctx := context.Background()
	ch := slacktest.IMChannel("U1")
	b.deliver(ctx, dest{channel: ch}, renderText("m0"), false)
	s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 429, RetryAfter: "1"})
	b.deliver(ctx, dest{channel: ch}, renderText("m1"), false)
	b.deliver(ctx, dest{channel: ch}, renderText("m2"), false)
	if !b.lanes.drain(laneGuard) {
		t.Fatal("queued messages not sent")
	}
	var texts []string
	for _, msg := range s.Messages(ch) {
		texts = append(texts, msg.Text)
	}
	if !slices.Equal(texts, []string{"m0", "m1", "m2"}) {
		t.Errorf("posted %q, want m0, m1, m2", texts)
	}
	if got := m.Get("api_retry:chat.postMessage"); got != 1 {
		t.Errorf("%d retries, want 1", got)
	}
	var limited, last time.Time
	for _, c := range s.Calls("chat.postMessage") {
		if c.Error == "ratelimited" {
			limited = c.At
		}
		last = c.At
	}
	if limited.IsZero() {
		t.Fatal("no 429 answered")
	}
	// m1 and m2 both wait for the hold (m2 one pace interval later).
	if d := last.Sub(limited); d < time.Second-50*time.Millisecond {
		t.Errorf("last post %v after the 429 with Retry-After 1s", d)
	}
}

// TestLanesHandOverRateLimited has Slack answer a post made at once (its
// channel idle) with a 429 whose Retry-After is far away: the caller gets
// a placeholder back without waiting, and the channel's sender posts the
// message once the hold is over (here: cancelled by the drain, counted).
func TestLanesHandOverRateLimited(t *testing.T) {
	s := slacktest.New(t)
	b, m := laneBot(t, s, func(c *Config) {
		c.PostRate, c.PostBurst = 10, 1
		c.RetryAfterMax, c.PostMaxWait = time.Hour, time.Hour
	})
	ctx := context.Background()
	ch := slacktest.IMChannel("U1")
	s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 429, RetryAfter: "3600"})
	// Without the hand-over this call would wait an hour.
	ref := b.deliver(ctx, dest{channel: ch}, renderText("m0"), false)
	if !isPlaceholder(ref) {
		t.Errorf("deliver returned %q, want a placeholder", ref)
	}
	if got := m.Get("api_retry:chat.postMessage"); got != 1 {
		t.Errorf("%d retries, want 1", got)
	}
	if b.lanes.drain(0) {
		t.Error("the message handed over was not waiting")
	}
	if got := m.Get("undelivered:chat.postMessage"); got != 1 {
		t.Errorf("%d undelivered after the drain, want 1", got)
	}
}
