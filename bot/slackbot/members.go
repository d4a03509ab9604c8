package slackbot

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// memberRetry is how long after a failed refresh of the consultants' list
// no new refresh is tried (the stale list, if any, is served meanwhile).
// memberRefreshTimeout bounds one refresh (all its pages and retries).
const (
	memberRetry          = 10 * time.Second
	memberRefreshTimeout = time.Minute
)

// memberCache caches the consultants' channel's members for ttl. Its lock
// is never held across Slack calls: concurrent callers share one refresh
// (a one-key singleflight: golang.org/x/sync is not a dependency of this
// module); when a refresh fails, the last list known (stale) is served,
// and no new refresh is tried for memberRetry.
type memberCache struct {
	ttl  time.Duration
	read func(ctx context.Context) (map[string]bool, error)
	log  *slog.Logger
	now  func() time.Time // time.Now when nil

	mu         sync.Mutex // guards the fields below
	members    map[string]bool
	at         time.Time
	err        error // the last refresh's failure, nil after a success
	failedAt   time.Time
	refreshing *memberRefresh // the refresh under way, shared by its callers
}

// memberRefresh is one refresh; done closes when members/err are set.
type memberRefresh struct {
	done    chan struct{}
	members map[string]bool
	err     error
}

func (c *memberCache) clock() time.Time {
	if c.now != nil {
		return c.now()
	}
	return time.Now()
}

// has reports whether user is a member.
func (c *memberCache) has(ctx context.Context, user string) (bool, error) {
	c.mu.Lock()
	members, at, failedAt, failErr := c.members, c.at, c.failedAt, c.err
	c.mu.Unlock()
	now := c.clock()
	switch {
	case members != nil && now.Sub(at) < c.ttl:
		return members[user], nil
	case failErr != nil && now.Sub(failedAt) < memberRetry:
		if members != nil {
			return members[user], nil // stale, while the failure cools down
		}
		return false, failErr
	}
	c.mu.Lock()
	r := c.refreshing
	if r == nil {
		r = &memberRefresh{done: make(chan struct{})}
		c.refreshing = r
		// Shared by every caller: not cut short by the first one's context.
		go c.refresh(context.WithoutCancel(ctx), r)
	}
	c.mu.Unlock()
	select {
	case <-r.done:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if r.err != nil {
		if members != nil {
			conversation.LoggerFrom(ctx, c.log).Warn("consultants' list not refreshed; using the last one", "err", r.err)
			return members[user], nil
		}
		return false, r.err
	}
	return r.members[user], nil
}

// refresh reads the members into r and caches them; a failure is recorded
// for the back-off.
func (c *memberCache) refresh(ctx context.Context, r *memberRefresh) {
	members, err := map[string]bool(nil), errors.New("handoff: consultants' list refresh panicked")
	defer func() { // after LogPanic: the waiters are released even then
		c.mu.Lock()
		if err != nil {
			c.err, c.failedAt = err, c.clock()
		} else {
			c.members, c.at, c.err = members, c.clock(), nil
		}
		r.members, r.err = members, err
		c.refreshing = nil
		c.mu.Unlock()
		close(r.done)
	}()
	defer bot.LogPanic(c.log, "consultants' list refresh")
	ctx, cancel := context.WithTimeout(ctx, memberRefreshTimeout)
	defer cancel()
	members, err = c.read(ctx)
}
