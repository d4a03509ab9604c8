package bot

import (
	"sort"
	"sync"
	"time"
)

// Metrics receives the bot's measurements. Implementations must be safe
// for concurrent use and fast (they are called on the socket's read loop).
// Counters is the built-in implementation; issue 6 adds Prometheus.
type Metrics interface {
	// EnvelopeReceived counts an envelope by kind ("events_api:message",
	// "slash_commands", "interactive:block_actions", …).
	EnvelopeReceived(kind string)
	// EnvelopeAcked records an ack and the time from reading the envelope
	// to queueing its ack.
	EnvelopeAcked(kind string, latency time.Duration)
	// EnvelopeRefused counts an envelope refused because the worker queue
	// was full.
	EnvelopeRefused(kind string)
	// Duplicate counts an envelope skipped because its id was handled before.
	Duplicate(kind string)
	// Handled records the time from reading an envelope to the end of its work.
	Handled(kind string, latency time.Duration)
	// Panic counts a recovered panic in a handler.
	Panic()
	// APICall counts a Web API call attempt and whether it failed.
	APICall(method string, err error)
	// APIRetry counts a retried Web API call.
	APIRetry(method string)
	// Undelivered counts a reply that could not be delivered.
	Undelivered(method string)
	// Reconnect counts a socket reconnect by reason.
	Reconnect(reason string)
}

// Counters is an in-memory Metrics. It is safe for concurrent use; the
// zero value is ready.
type Counters struct {
	mu      sync.Mutex
	counts  map[string]int64
	samples map[string][]time.Duration
}

var _ Metrics = (*Counters)(nil)

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

// Get returns a counter, e.g. "received:slash_commands", "duplicate:events_api:message",
// "api:chat.postMessage", "api_retry:chat.postMessage", "undelivered", "panic".
func (c *Counters) Get(name string) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[name]
}

// Snapshot copies all counters.
func (c *Counters) Snapshot() map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int64, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

// Quantile returns the q-quantile (0..1) of the "ack" or "handle" latency
// samples, or 0 without samples.
func (c *Counters) Quantile(series string, q float64) time.Duration {
	c.mu.Lock()
	s := append([]time.Duration(nil), c.samples[series]...)
	c.mu.Unlock()
	return quantile(s, q)
}

func quantile(s []time.Duration, q float64) time.Duration {
	if len(s) == 0 {
		return 0
	}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(q * float64(len(s)-1))
	return s[i]
}

// nopMetrics discards everything.
type nopMetrics struct{}

func (nopMetrics) EnvelopeReceived(string)             {}
func (nopMetrics) EnvelopeAcked(string, time.Duration) {}
func (nopMetrics) EnvelopeRefused(string)              {}
func (nopMetrics) Duplicate(string)                    {}
func (nopMetrics) Handled(string, time.Duration)       {}
func (nopMetrics) Panic()                              {}
func (nopMetrics) APICall(string, error)               {}
func (nopMetrics) APIRetry(string)                     {}
func (nopMetrics) Undelivered(string)                  {}
func (nopMetrics) Reconnect(string)                    {}
