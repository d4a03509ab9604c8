package bot

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// apiCaller runs Web API calls with retries and per-channel pacing:
//   - a 429 waits Retry-After (RetryAfterDefault when missing or zero, never
//     less, at most RetryAfterMax) and retries;
//   - transient errors (5xx, network, Slack's internal_error family) retry
//     with exponential backoff and jitter;
//   - at most APIAttempts attempts, and never past the context's deadline.
type apiCaller struct {
	cfg     Config
	metrics Metrics
	pace    *pacer
	sleep   func(ctx context.Context, d time.Duration) error
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// paced reports whether a method posts a new message and so counts against
// Slack's one-message-per-second-per-channel limit.
func paced(method string) bool {
	return method == "chat.postMessage" || method == "chat.postEphemeral"
}

// call runs fn, retrying as described on apiCaller. channel, when set, is
// the channel the call posts to, for pacing.
func (c *apiCaller) call(ctx context.Context, method, channel string, fn func(ctx context.Context) error) error {
	for attempt := 1; ; attempt++ {
		if channel != "" && paced(method) {
			if err := c.sleep(ctx, c.pace.reserve(channel, time.Now())); err != nil {
				return err
			}
		}
		err := fn(ctx)
		c.metrics.APICall(method, err)
		if err == nil {
			return nil
		}
		wait, retry := c.retryAfter(err, attempt)
		if !retry || attempt >= c.cfg.APIAttempts || ctx.Err() != nil {
			return err
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return err
		}
		c.metrics.APIRetry(method)
		if serr := c.sleep(ctx, wait); serr != nil {
			return err
		}
	}
}

// retryAfter classifies err: whether to retry and after how long.
func (c *apiCaller) retryAfter(err error, attempt int) (time.Duration, bool) {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return min(max(rl.RetryAfter, c.cfg.RetryAfterDefault), c.cfg.RetryAfterMax), true
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return c.cfg.RetryAfterDefault, true
		case sc.Code >= 500:
			return c.backoff(attempt), true
		}
		return 0, false
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "ratelimited", "rate_limited":
			return c.cfg.RetryAfterDefault, true
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return c.backoff(attempt), true
		}
		return 0, false
	}
	// Anything else is the network or a garbled answer: transient.
	return c.backoff(attempt), true
}

func (c *apiCaller) backoff(attempt int) time.Duration {
	d := c.cfg.APIBackoff << min(attempt-1, 6)
	d = min(d, 10*time.Second)
	return d/2 + rand.N(d/2+1)
}

// slackErrCode is the error code of a Slack error answer ("invalid_blocks"),
// or "".
func slackErrCode(err error) string {
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		return se.Err
	}
	return ""
}

// pacer is a per-channel rate limiter (GCRA): rate messages per second
// with bursts of burst. It is safe for concurrent use.
type pacer struct {
	interval time.Duration
	burst    int

	mu  sync.Mutex
	tat map[string]time.Time // theoretical arrival time per channel
}

func newPacer(rate float64, burst int) *pacer {
	return &pacer{interval: time.Duration(float64(time.Second) / rate), burst: burst, tat: make(map[string]time.Time)}
}

// reserve books a slot for a message to channel and returns how long to
// wait before sending it.
func (p *pacer) reserve(channel string, now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.tat) > 10000 {
		for ch, t := range p.tat {
			if t.Before(now) {
				delete(p.tat, ch)
			}
		}
	}
	tat := p.tat[channel]
	if tat.Before(now) {
		tat = now
	}
	next := tat.Add(p.interval)
	p.tat[channel] = next
	wait := next.Sub(now) - time.Duration(p.burst)*p.interval
	return max(wait, 0)
}
