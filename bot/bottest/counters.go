package bottest

import (
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/springfield/techleader/bot"
)

// Counters is an in-memory bot.Metrics that also counts handoffs (it
// implements handoff.Metrics): tests read it with Get and Quantile. It is
// safe for concurrent use; the zero value is ready.
type Counters struct {
	mu      sync.Mutex
	counts  map[string]int64
	samples map[string][]time.Duration
}

var _ bot.Metrics = (*Counters)(nil)

func (c *Counters) add(name string, n int64) {
	c.mu.Lock()
	if c.counts == nil {
		c.counts = make(map[string]int64)
	}
	c.counts[name] += n
	c.mu.Unlock()
}

// maxSamples bounds the latency samples kept per series.
const maxSamples = 1 << 16

func (c *Counters) sample(name string, d time.Duration) {
	c.mu.Lock()
	if c.samples == nil {
		c.samples = make(map[string][]time.Duration)
	}
	if s := c.samples[name]; len(s) < maxSamples {
		c.samples[name] = append(s, d)
	}
	c.mu.Unlock()
}

func (c *Counters) EnvelopeReceived(kind string) { c.add("received:"+kind, 1) }
func (c *Counters) EnvelopeAcked(kind string, d time.Duration) {
	c.add("acked:"+kind, 1)
	c.sample("ack", d)
}
func (c *Counters) EnvelopeRefused(kind string) { c.add("refused:"+kind, 1) }
func (c *Counters) Duplicate(kind string)       { c.add("duplicate:"+kind, 1) }
func (c *Counters) Handled(kind string, d time.Duration) {
	c.add("handled:"+kind, 1)
	c.sample("handle", d)
}
func (c *Counters) Panic() { c.add("panic", 1) }

// Refused counts a request refused before any work by reason (a Teams
// authentication failure, a full queue): "refused_reason:<reason>".
func (c *Counters) Refused(reason string) { c.add("refused_reason:"+reason, 1) }
func (c *Counters) APICall(method string, err error) {
	c.add("api:"+method, 1)
	if err != nil {
		c.add("api_error:"+method, 1)
	}
}
func (c *Counters) APIRetry(method string) { c.add("api_retry:"+method, 1) }
func (c *Counters) Undelivered(method string) {
	c.add("undelivered:"+method, 1)
	c.add("undelivered", 1)
}
func (c *Counters) Reconnect(reason string) { c.add("reconnect:"+reason, 1) }
func (c *Counters) Throttled(kind string) {
	c.add("throttled:"+kind, 1)
	c.add("throttled", 1)
}

// HandoffOpened, HandoffClaimed, HandoffClosed and HandoffOutboxLost make
// Counters a handoff.Metrics: "handoff_opened", "handoff_claimed",
// "handoff_closed", "handoff_outbox_lost", "handoff_card_jobs_lost" and
// the "handoff_wait" samples.
func (c *Counters) HandoffOpened() { c.add("handoff_opened", 1) }
func (c *Counters) HandoffClaimed(wait time.Duration) {
	c.add("handoff_claimed", 1)
	c.sample("handoff_wait", wait)
}
func (c *Counters) HandoffClosed() { c.add("handoff_closed", 1) }
func (c *Counters) HandoffOutboxLost(jobs int) {
	c.add("handoff_outbox_lost", 1)
	c.add("handoff_card_jobs_lost", int64(jobs))
}

// Get returns a counter, e.g. "received:slash_commands", "duplicate:events_api:message",
// "api:chat.postMessage", "api_retry:chat.postMessage", "undelivered",
// "throttled", "panic".
func (c *Counters) Get(name string) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[name]
}

// Snapshot copies all counters.
func (c *Counters) Snapshot() map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.counts)
}

// Quantile returns the q-quantile (0..1) of the "ack", "handle" or
// "handoff_wait" samples, or 0 without samples.
func (c *Counters) Quantile(series string, q float64) time.Duration {
	c.mu.Lock()
	s := slices.Clone(c.samples[series])
	c.mu.Unlock()
	if len(s) == 0 {
		return 0
	}
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}
