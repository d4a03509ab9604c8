package bot

import "time"

// Metrics receives a front end's measurements. The names come from Slack
// (envelopes, Web API calls) but fit any platform: an envelope is one
// inbound delivery, an API call one outbound request. Implementations must
// be safe for concurrent use and fast (they are called on read loops).
// bot/observe is the Prometheus implementation, bottest.Counters the
// in-memory one for tests.
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
	// APICall counts an API call attempt and whether it failed.
	APICall(method string, err error)
	// APIRetry counts a retried API call.
	APIRetry(method string)
	// Undelivered counts a reply that could not be delivered.
	Undelivered(method string)
	// Reconnect counts a reconnect of the platform connection by reason.
	Reconnect(reason string)
	// Throttled counts, by envelope kind, a message held back because its
	// user sent messages faster than the bot answers them.
	Throttled(kind string)
}

// NopMetrics discards every measurement.
type NopMetrics struct{}

var _ Metrics = NopMetrics{}

func (NopMetrics) EnvelopeReceived(string)             {}
func (NopMetrics) EnvelopeAcked(string, time.Duration) {}
func (NopMetrics) EnvelopeRefused(string)              {}
func (NopMetrics) Duplicate(string)                    {}
func (NopMetrics) Handled(string, time.Duration)       {}
func (NopMetrics) Panic()                              {}
func (NopMetrics) APICall(string, error)               {}
func (NopMetrics) APIRetry(string)                     {}
func (NopMetrics) Undelivered(string)                  {}
func (NopMetrics) Reconnect(string)                    {}
func (NopMetrics) Throttled(string)                    {}
