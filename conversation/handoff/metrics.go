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
}

type nopMetrics struct{}

func (nopMetrics) HandoffOpened()               {}
func (nopMetrics) HandoffClaimed(time.Duration) {}
func (nopMetrics) HandoffClosed()               {}
