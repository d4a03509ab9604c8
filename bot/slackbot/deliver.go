package slackbot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/springfield/techleader/bot"
)

// apiCaller runs Web API calls with retries and per-channel pacing:
//   - a 429 waits Retry-After (RetryAfterDefault when missing or zero, never
//     less) and retries; a Retry-After beyond RetryAfterMax or the context's
//     deadline gives up at once. A 429 for a call to a channel also holds
//     that channel in the pacer for the Retry-After window, so that other
//     workers wait instead of posting into the back-off;
//   - transient errors (5xx, network, Slack's internal_error family) retry
//     with exponential backoff and jitter;
//   - at most APIAttempts attempts, and never past the context's deadline;
//   - a post made at once by a channel's lane (handsOver) does not wait
//     for a 429's retry: it returns errHandOver for the channel's sender
//     to retry it;
//   - a post whose turn in its channel is further than PostMaxWait, or past
//     the context's deadline, fails at once (errChannelBusy) without taking
//     a turn, and a wait that is cancelled gives its turn back.
type apiCaller struct {
	cfg     Config
	metrics bot.Metrics
	pace    *pacer
	sleep   func(ctx context.Context, d time.Duration) error
	now     func() time.Time // time.Now when nil
}

// errHandOver is the error of a post made at once, on a worker, that Slack
// asked to retry later (a 429): its channel's sender retries it (lanes.go).
var errHandOver = errors.New("rate limited: handed over to the channel's sender")

// handOverKey marks the context of a post made at once by lanes.run.
type handOverKey struct{}

// handsOver reports whether a post under ctx hands a 429's retry over to
// its channel's sender instead of waiting.
func handsOver(ctx context.Context) bool { return ctx.Value(handOverKey{}) != nil }

// errChannelBusy is the error of a post that would have to wait too long
// for its turn in its channel.
var errChannelBusy = errors.New("channel busy: posting would wait too long")

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

// channelScoped reports whether a 429 for method is about the channel it
// posts to, so that the channel should be held for the Retry-After window.
func channelScoped(method string) bool {
	return paced(method) || method == "chat.update"
}

func (c *apiCaller) clock() time.Time {
	if c.now != nil {
		return c.now()
	}
	return time.Now()
}

// limit is the longest a wait that must end by extra plus PostMaxWait may
// take under ctx's deadline.
func (c *apiCaller) limit(ctx context.Context, now time.Time, extra time.Duration) time.Duration {
	l := extra + c.cfg.PostMaxWait
	if dl, ok := ctx.Deadline(); ok {
		l = min(l, dl.Sub(now))
	}
	return l
}

// waitTurn sleeps for a turn booked in channel wait ahead; when the sleep
// is cut short, the turn is given back.
func (c *apiCaller) waitTurn(ctx context.Context, channel string, wait time.Duration) error {
	if err := c.sleep(ctx, wait); err != nil {
		c.pace.release(channel)
		return err
	}
	return nil
}

// call runs fn, retrying as described on apiCaller. channel, when set, is
// the channel the call posts to, for pacing.
func (c *apiCaller) call(ctx context.Context, method, channel string, fn func(ctx context.Context) error) error {
	pace := channel != "" && paced(method)
	booked := false // a turn is already booked for the next attempt
	for attempt := 1; ; attempt++ {
		if pace && !booked {
			now := c.clock()
			wait, ok := c.pace.reserveWithin(channel, now, c.limit(ctx, now, 0))
			if !ok {
				return errChannelBusy
			}
			if err := c.waitTurn(ctx, channel, wait); err != nil {
				return err
			}
		}
		booked = false
		err := fn(ctx)
		c.metrics.APICall(method, err)
		if err == nil {
			return nil
		}
		r := c.verdictFor(err, attempt)
		now := c.clock()
		if r.limited && channel != "" && channelScoped(method) {
			c.pace.hold(channel, now.Add(r.hold))
		}
		if r.limited && r.retry && pace && handsOver(ctx) && attempt < c.cfg.APIAttempts {
			c.metrics.APIRetry(method)
			return fmt.Errorf("%w: %w", errHandOver, err)
		}
		if !r.retry || attempt >= c.cfg.APIAttempts || ctx.Err() != nil {
			return err
		}
		if dl, ok := ctx.Deadline(); ok && dl.Sub(now) < r.wait {
			return err
		}
		wait := r.wait
		if pace && r.limited {
			// Take the first turn after the hold, ahead of later posts.
			w, ok := c.pace.reserveWithin(channel, now, c.limit(ctx, now, r.wait))
			if !ok {
				return err
			}
			wait, booked = w, true
		}
		c.metrics.APIRetry(method)
		if booked {
			if serr := c.waitTurn(ctx, channel, wait); serr != nil {
				return err
			}
		} else if serr := c.sleep(ctx, wait); serr != nil {
			return err
		}
	}
}

// verdict is how to go on after a failed call.
type verdict struct {
	retry   bool
	wait    time.Duration // before the retry
	limited bool          // a 429: hold the channel
	hold    time.Duration // how long Slack asked to wait (limited only)
}

// verdictFor tells whether to retry err and after how long.
func (c *apiCaller) verdictFor(err error, attempt int) verdict {
	e := classify(err)
	switch e.kind {
	case errCancelled, errRefused:
		return verdict{}
	case errRateLimited:
		wait := max(e.retryAfter, c.cfg.RetryAfterDefault)
		// Retrying before Retry-After would only meet another 429.
		return verdict{retry: wait <= c.cfg.RetryAfterMax, wait: wait, limited: true, hold: wait}
	}
	// A server error, the network or a garbled answer: transient.
	return verdict{retry: true, wait: c.backoff(attempt)}
}

func (c *apiCaller) backoff(attempt int) time.Duration {
	d := c.cfg.APIBackoff << min(attempt-1, 6)
	d = min(d, 10*time.Second)
	return d/2 + rand.N(d/2+1)
}

// pacer is a per-channel rate limiter (GCRA): rate messages per second
// with bursts of burst, and holds (no message before a time, after a 429).
// It is safe for concurrent use.
type pacer struct {
	interval time.Duration
	burst    int

	mu    sync.Mutex
	tat   map[string]time.Time // theoretical arrival time per channel
	holds map[string]time.Time // no message to the channel before this
}

func newPacer(rate float64, burst int) *pacer {
	return &pacer{
		interval: time.Duration(float64(time.Second) / rate),
		burst:    burst,
		tat:      make(map[string]time.Time),
		holds:    make(map[string]time.Time),
	}
}

// reserve books a turn for a message to channel and returns how long to
// wait before sending it, however long that is.
func (p *pacer) reserve(channel string, now time.Time) time.Duration {
	wait, _ := p.reserveWithin(channel, now, math.MaxInt64)
	return wait
}

// reserveWithin is reserve bounded by limit: when the wait would be longer than limit, nothing
// is booked and ok is false. A booked turn that is not used must be given
// back with release.
func (p *pacer) reserveWithin(channel string, now time.Time, limit time.Duration) (wait time.Duration, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.tat)+len(p.holds) > 10000 {
		for ch, t := range p.tat {
			if t.Before(now) {
				delete(p.tat, ch)
			}
		}
		for ch, t := range p.holds {
			if t.Before(now) {
				delete(p.holds, ch)
			}
		}
	}
	tat := p.tat[channel]
	if tat.Before(now) {
		tat = now
	}
	next := tat.Add(p.interval)
	at := next.Add(-time.Duration(p.burst) * p.interval)
	if h := p.holds[channel]; at.Before(h) {
		// The first message after a hold; the burst is spent.
		at, next = h, h.Add(time.Duration(p.burst)*p.interval)
	}
	wait = max(at.Sub(now), 0)
	if wait > limit {
		return wait, false
	}
	p.tat[channel] = next
	return wait, true
}

// free reports whether a message to channel would get its turn at now.
func (p *pacer) free(channel string, now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	tat := p.tat[channel]
	if tat.Before(now) {
		tat = now
	}
	at := tat.Add(p.interval - time.Duration(p.burst)*p.interval)
	return !at.After(now) && !p.holds[channel].After(now)
}

// release gives back a turn booked with reserve and not used.
func (p *pacer) release(channel string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if tat, ok := p.tat[channel]; ok {
		p.tat[channel] = tat.Add(-p.interval)
	}
}

// hold keeps messages to channel until until (Slack answered 429).
func (p *pacer) hold(channel string, until time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until.After(p.holds[channel]) {
		p.holds[channel] = until
	}
}
