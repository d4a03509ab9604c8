package redisstore

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// DefaultFailoverMax is REDIS_FAILOVER_MAX when it is not set: long enough
// for a Sentinel failover with down-after-milliseconds of 5 s (detection,
// then about a second to elect a leader and promote the replica, then the
// client's switch), short enough to stay inside the 10 s a Teams card
// click may take and to tell a user "try again" rather than keep them
// waiting on a longer outage.
const DefaultFailoverMax = 8 * time.Second

// Pauses between the retries of one command: doubling from the first to
// the last, each drawn at random from its upper half so that many waiting
// commands do not hit a promoted replica at the same instant. The last
// bounds how late a command notices that Redis is back.
const (
	firstRetryPause = 25 * time.Millisecond
	lastRetryPause  = 500 * time.Millisecond
)

// ClientOption configures a client made by NewClient.
type ClientOption func(*clientOptions)

type clientOptions struct {
	log *slog.Logger
}

// WithClientLogger logs the client's outages to log: when commands start
// retrying, when they give up, and when Redis answers again.
func WithClientLogger(log *slog.Logger) ClientOption {
	return func(o *clientOptions) {
		if log != nil {
			o.log = log
		}
	}
}

// Outage states of a retryHook.
const (
	stateUp       int32 = iota
	stateRetrying       // commands retry until failoverMax
	stateDown           // a command gave up: commands fail at once until one succeeds
)

// retryHook retries a command, or a pipeline, that failed because Redis
// could not be reached or was not serving (a dial refused while Sentinel
// has not yet promoted the replica, a connection cut, READONLY from a
// demoted master, LOADING, CLUSTERDOWN, ...), with growing pauses, until
// max has passed since its first attempt or its context ends. go-redis
// keeps asking Sentinel (or the cluster) where the master is on every new
// connection, so a retry after a failover reaches the promoted replica.
//
// Once a command has given up, the outage is longer than a failover: the
// following commands are tried once and fail at once, until one succeeds.
// A turn that needs several commands then waits max once, not once per
// command, before the user is told to try again.
//
// A retry may repeat a command whose reply was lost (the connection cut
// after Redis ran it). The writes of a turn are written so that a repeat
// is recognised (Save, Claim, the handoff Create); see their scripts.
type retryHook struct {
	max   time.Duration
	log   *slog.Logger
	state atomic.Int32
	since atomic.Int64 // unix nanoseconds the current outage began
}

func newRetryHook(max time.Duration, log *slog.Logger) *retryHook {
	if max <= 0 {
		max = DefaultFailoverMax
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &retryHook{max: max, log: log}
}

func (h *retryHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *retryHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		return h.run(ctx, cmd.NoRetry(), func() error { return next(ctx, cmd) })
	}
}

func (h *retryHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		noRetry := false
		for _, c := range cmds {
			noRetry = noRetry || c.NoRetry()
		}
		first := true
		return h.run(ctx, noRetry, func() error {
			if !first {
				for _, c := range cmds {
					c.SetErr(nil) // a failed attempt's errors must not outlive a good one
				}
			}
			first = false
			return next(ctx, cmds)
		})
	}
}

// run calls attempt until it succeeds, fails for good, or the retries
// are exhausted, and returns its last error.
func (h *retryHook) run(ctx context.Context, noRetry bool, attempt func() error) error {
	err := attempt()
	if !h.retryable(ctx, err) {
		h.answered(err)
		return err
	}
	if noRetry || !h.startRetrying(err) {
		return err // down: fail at once
	}
	start := time.Now()
	for n := 0; ; n++ {
		pause := retryPause(n)
		if time.Since(start)+pause > h.max {
			h.giveUp(err)
			return err
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		err = attempt()
		if !h.retryable(ctx, err) {
			h.answered(err)
			return err
		}
	}
}

// retryPause is the pause before retry n+1.
func retryPause(n int) time.Duration {
	p := lastRetryPause
	if n < 5 {
		p = min(firstRetryPause<<n, lastRetryPause)
	}
	return p/2 + rand.N(p/2+1)
}

// retryable reports whether err says Redis could not serve the command for
// now, and the caller still waits.
func (h *retryHook) retryable(ctx context.Context, err error) bool {
	if err == nil || ctx.Err() != nil || errors.Is(err, redis.ErrClosed) {
		return false
	}
	return unavailable(err)
}

// startRetrying records the start of an outage (logged once) and reports
// whether commands retry: false once one gave up.
func (h *retryHook) startRetrying(err error) bool {
	if h.state.CompareAndSwap(stateUp, stateRetrying) {
		h.since.Store(time.Now().UnixNano())
		h.log.Warn("redis unreachable; retrying (REDIS_FAILOVER_MAX)", "max", h.max.String(), "err", err)
	}
	return h.state.Load() != stateDown
}

// giveUp marks Redis down: from now on commands fail at once.
func (h *retryHook) giveUp(err error) {
	if h.state.CompareAndSwap(stateRetrying, stateDown) {
		h.log.Error("redis still unreachable after REDIS_FAILOVER_MAX; commands fail at once until it answers",
			"max", h.max.String(), "err", err)
	}
}

// answered ends an outage when err is nil or a reply from Redis.
func (h *retryHook) answered(err error) {
	var rerr redis.Error
	if err != nil && (!errors.As(err, &rerr) || unavailable(err)) {
		return // no answer from Redis (or the caller gave up)
	}
	if h.state.Load() != stateUp && h.state.Swap(stateUp) != stateUp {
		outage := time.Duration(time.Now().UnixNano() - h.since.Load())
		h.log.Info("redis answers again", "outage", outage.Round(time.Millisecond).String())
	}
}
