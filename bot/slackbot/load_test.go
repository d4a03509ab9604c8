package slackbot_test

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func pct(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}

// BenchmarkLoad drives simulated users through the fake Slack (real
// slack-go client, real engine and knowledge, Redis store) at a fixed
// rate and reports envelopes/s, ack latency and reply latency (from the
// envelope being written to the bot's chat.postMessage reaching Slack).
//
//	go test -run '^$' -bench 'Load$' -benchtime 1x ./bot/
//
// LOAD_RATE (envelopes/s, default 200), LOAD_USERS (default 400: each user
// writes every LOAD_USERS/LOAD_RATE seconds, within Slack's pace of one
// message per second per channel) and LOAD_SECONDS (default 5) tune it.
func BenchmarkLoad(b *testing.B) {
	benchLoad(b, 1)
}

// BenchmarkLoadReplicas runs BenchmarkLoad's load through LOAD_REPLICAS
// bots (default 3) on one fake Slack, which spreads the envelopes over
// their sockets round-robin, and one Redis (each bot with its own client),
// and reports the same figures. The bots share this process and its CPUs.
//
//	go test -run '^$' -bench LoadReplicas -benchtime 1x ./bot/
func BenchmarkLoadReplicas(b *testing.B) {
	benchLoad(b, envInt("LOAD_REPLICAS", 3))
}

func benchLoad(b *testing.B, replicas int) {
	rate := envInt("LOAD_RATE", 200)
	users := envInt("LOAD_USERS", 400)
	seconds := envInt("LOAD_SECONDS", 5)
	for range b.N {
		runLoad(b, replicas, rate, users, seconds)
	}
}

// runLoad sends rate envelopes/s for seconds from users simulated users
// to replicas bots and reports the figures.
func runLoad(b *testing.B, replicas, rate, users, seconds int) {
	h := newHarness(b)
	rs := startReplicas(h, replicas, func(c *slackbot.Config) {
		c.Workers = 0   // defaults
		c.PostRate = 0  // Slack's real pace: 1/s per channel
		c.PostBurst = 0 // and its default burst
	})
	log, sendDur := sendLoad(b, h, rate, users, seconds)
	calls := waitReplies(b, h, len(log))
	b.StopTimer()

	acked := map[string]time.Duration{}
	for _, a := range h.s.Acks() {
		acked[a.EnvelopeID] = a.Latency
	}
	var ackLat, replyLat []time.Duration
	replies := map[string][]time.Time{}
	for _, c := range calls {
		replies[c.Args["channel"]] = append(replies[c.Args["channel"]], c.At)
	}
	seen := map[string]int{}
	for _, s := range log {
		lat, ok := acked[s.id]
		if !ok {
			b.Fatalf("envelope %s not acked", s.id)
		}
		ackLat = append(ackLat, lat)
		n := seen[s.channel]
		seen[s.channel]++
		if r := replies[s.channel]; n < len(r) {
			replyLat = append(replyLat, r[n].Sub(s.at))
		}
	}
	total := len(log)
	if len(calls) != total {
		b.Logf("note: %d replies for %d messages (reply latencies matched in order)", len(calls), total)
	}
	envPerSec := float64(total) / sendDur.Seconds()
	b.ReportMetric(envPerSec, "envelopes/s")
	b.ReportMetric(ms(pct(ackLat, 0.5)), "ack-p50-ms")
	b.ReportMetric(ms(pct(ackLat, 0.99)), "ack-p99-ms")
	b.ReportMetric(ms(pct(replyLat, 0.5)), "reply-p50-ms")
	b.ReportMetric(ms(pct(replyLat, 0.99)), "reply-p99-ms")
	var handleP99 time.Duration // the slowest replica's
	handled := make([]int64, len(rs))
	for i, r := range rs {
		handleP99 = max(handleP99, r.metrics.Quantile("handle", 0.99))
		handled[i] = sum([]*replica{r}, "handled:")
	}
	b.Logf("%d replica(s): %d envelopes from %d users in %v (%.0f/s); ack p50 %v p99 %v; reply p50 %v p99 %v; bot handling p99 %v; handled per replica %v",
		len(rs), total, users, sendDur.Round(time.Millisecond), envPerSec,
		pct(ackLat, 0.5), pct(ackLat, 0.99), pct(replyLat, 0.5), pct(replyLat, 0.99), handleP99, handled)
}

// sent is one envelope of a load run: its DM, when it left the fake
// Slack, its envelope id.
type sent struct {
	channel string
	at      time.Time
	id      string
}

// sendLoad sends rate envelopes/s for seconds from users simulated users
// and returns what it sent and how long sending took.
func sendLoad(b *testing.B, h *harness, rate, users, seconds int) ([]sent, time.Duration) {
	const question = "What does a CTO do?"
	total := rate * seconds
	log := make([]sent, 0, total)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for k := range total {
		if d := time.Until(start.Add(time.Duration(k) * interval)); d > 0 {
			time.Sleep(d)
		}
		u := fmt.Sprintf("UL%05d", k%users)
		ch := slacktest.IMChannel(u)
		at := time.Now()
		id := h.s.Send(h.s.MessageIM(u, ch, question))
		if id == "" {
			b.Fatal("no socket")
		}
		log = append(log, sent{ch, at, id})
	}
	return log, time.Since(start)
}

// waitReplies waits for total successful chat.postMessage calls (polling:
// this is a measurement, not a test of timing) and returns them.
func waitReplies(b *testing.B, h *harness, total int) []slacktest.Call {
	var calls []slacktest.Call
	deadline := time.Now().Add(2 * hangGuard)
	for {
		calls = calls[:0]
		for _, c := range h.s.Calls("chat.postMessage") {
			if c.Error == "" {
				calls = append(calls, c)
			}
		}
		if len(calls) >= total {
			return calls
		}
		if time.Now().After(deadline) {
			b.Fatalf("%d replies of %d", len(calls), total)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
