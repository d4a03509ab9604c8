package handoff

import "time"

// Metrics receives the handoff's measurements (bot/observe and
// bottest.Counters implement it). Implementations are safe for concurrent
// use.
type Metrics interface {
	// HandoffOpened counts a handoff request stored (its card is queued).
	HandoffOpened()
	// HandoffClaimed records a claim and how long the user waited for it.
	HandoffClaimed(wait time.Duration)
	// HandoffClosed counts a closed handoff (by a consultant or the user).
	HandoffClosed()
	// HandoffOutboxLost counts an outbox found gone (Redis came back
	// empty) and the card jobs it held at the last count.
	HandoffOutboxLost(jobs int)
}

type nopMetrics struct{}

func (nopMetrics) HandoffOpened()               {}
func (nopMetrics) HandoffClaimed(time.Duration) {}
func (nopMetrics) HandoffClosed()               {}
func (nopMetrics) HandoffOutboxLost(int)        {}
