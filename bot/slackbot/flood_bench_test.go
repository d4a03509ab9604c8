package slackbot_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// BenchmarkFlood has one user send FLOOD_MESSAGES direct messages (default
// 200) in two seconds, and then "help", while FLOOD_OTHERS other users
// (default 50) each ask one question, through the fake Slack with Slack's
// real posting pace (one message a second per channel, bursts of 4) and
// the default flood control. It reports the other users' reply latency,
// side by side with the same users' latency without the flood (asked just
// before it), the flooder's help latency, and the shortest span of
// burst+1 consecutive posts to the flooder's channel (pacing allows a burst
// of 4 at once, then one a second: the span must stay at least 1000 ms).
//
//	go test -run '^$' -bench Flood -benchtime 1x ./bot/slackbot
func BenchmarkFlood(b *testing.B) {
	for range b.N {
		runFlood(b, envInt("FLOOD_MESSAGES", 200), envInt("FLOOD_OTHERS", 50))
	}
}

func runFlood(b *testing.B, floodN, others int) {
	h := newHarness(b)
	h.start(func(c *slackbot.Config) {
		c.Workers = 0 // defaults: 16 workers,
		c.PostRate = 0
		c.PostBurst = 0 // Slack's pace,
		c.UserBurst = 0
		c.UserRate = 0 // and the default flood control
	})
	const burst = 4 // the default SLACK_POST_BURST

	// Baseline: the other users' questions alone.
	base := askOthers(b, h, "UB", others, time.Second)
	baseLat := replyLatencies(b, h, base)

	flooder := "UF0000"
	fch := slacktest.IMChannel(flooder)
	start := time.Now()
	var wg sync.WaitGroup
	wg.Go(func() {
		interval := 2 * time.Second / time.Duration(floodN)
		for k := range floodN {
			time.Sleep(time.Until(start.Add(time.Duration(k) * interval)))
			if h.s.Send(h.s.MessageIM(flooder, fch, fmt.Sprintf("%s (%d)", ctoQuestion, k))) == "" {
				b.Error("no socket")
			}
		}
	})
	var asked map[string]time.Time
	wg.Go(func() { asked = askOthers(b, h, "UO", others, 2*time.Second) })
	wg.Wait()
	helpAt := time.Now()
	h.s.Send(h.s.MessageIM(flooder, fch, "help"))

	lat := replyLatencies(b, h, asked)
	help := waitPost(b, h, fch, func(text string) bool { return strings.HasPrefix(text, helpAnswer) })
	posts := quietPosts(h, fch)
	b.StopTimer()

	minSpan := time.Duration(-1)
	for i := 0; i+burst < len(posts); i++ {
		if d := posts[i+burst].Sub(posts[i]); minSpan < 0 || d < minSpan {
			minSpan = d
		}
	}
	helpLat := help.Sub(helpAt)
	b.ReportMetric(ms(pct(baseLat, 0.5)), "base-p50-ms")
	b.ReportMetric(ms(pct(baseLat, 0.99)), "base-p99-ms")
	b.ReportMetric(ms(pct(lat, 0.5)), "others-p50-ms")
	b.ReportMetric(ms(pct(lat, 0.99)), "others-p99-ms")
	b.ReportMetric(ms(helpLat), "flooder-help-ms")
	b.ReportMetric(ms(minSpan), "flooder-min-span-ms")
	b.ReportMetric(float64(len(posts)), "flooder-posts")
	b.Logf("%d others: reply p50 %v p99 %v (without the flood: p50 %v p99 %v); flooder: %d messages, %d posts back (throttled %d), help answered in %v, last post %v after the flood began; shortest span of %d consecutive posts %v",
		others, pct(lat, 0.5), pct(lat, 0.99), pct(baseLat, 0.5), pct(baseLat, 0.99),
		floodN, len(posts), h.metrics.Get("throttled"), helpLat, posts[len(posts)-1].Sub(start).Round(time.Millisecond),
		burst+1, minSpan)
}

// askOthers has n users (ids prefix0000...) each ask one question, spread
// over spread, and returns when each was sent, by DM channel.
func askOthers(b *testing.B, h *harness, prefix string, n int, spread time.Duration) map[string]time.Time {
	sent := make(map[string]time.Time, n)
	start := time.Now()
	for k := range n {
		time.Sleep(time.Until(start.Add(time.Duration(k) * spread / time.Duration(n))))
		u := fmt.Sprintf("%s%04d", prefix, k)
		ch := slacktest.IMChannel(u)
		sent[ch] = time.Now()
		if h.s.Send(h.s.MessageIM(u, ch, cioQuestion)) == "" {
			b.Error("no socket")
		}
	}
	return sent
}

// replyLatencies waits for the first post to each channel of asked and
// returns the time from asking to it.
func replyLatencies(b *testing.B, h *harness, asked map[string]time.Time) []time.Duration {
	var lat []time.Duration
	for ch, at := range asked {
		lat = append(lat, waitPost(b, h, ch, nil).Sub(at))
	}
	return lat
}

// waitPost polls (a measurement, not a test of timing) for the first
// successful chat.postMessage to channel whose text matches (nil: any) and
// returns when the fake Slack received it.
func waitPost(b *testing.B, h *harness, channel string, match func(text string) bool) time.Time {
	deadline := time.Now().Add(2 * hangGuard)
	for {
		for _, c := range h.s.Calls("chat.postMessage") {
			if c.Error == "" && c.Args["channel"] == channel && (match == nil || match(c.Args["text"])) {
				return c.At
			}
		}
		if time.Now().After(deadline) {
			b.Fatalf("no post to %s", channel)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// quietPosts waits until channel has had no post for three seconds (its
// queue has drained) and returns when each post reached the fake Slack.
func quietPosts(h *harness, channel string) []time.Time {
	deadline := time.Now().Add(4 * hangGuard)
	for {
		var at []time.Time
		for _, c := range h.s.Calls("chat.postMessage") {
			if c.Error == "" && c.Args["channel"] == channel {
				at = append(at, c.At)
			}
		}
		if len(at) > 0 && time.Since(at[len(at)-1]) > 3*time.Second || time.Now().After(deadline) {
			return at
		}
		time.Sleep(100 * time.Millisecond)
	}
}
