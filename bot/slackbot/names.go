package slackbot

import (
	"context"
	"sync"
	"time"
)

// Consultants' names, for users of other platforms, are read with
// users.info and kept a while: a consultant's every relayed message needs
// their name.
const (
	nameTTL    = 10 * time.Minute
	namesMax   = 1000 // names kept at most (consultants are few)
	nameMissed = time.Minute
)

// nameCache caches people's display names by Slack user id.
type nameCache struct {
	mu    sync.Mutex
	names map[string]cachedName
}

type cachedName struct {
	name string
	at   time.Time
	ttl  time.Duration
}

// get returns the name of id, asking lookup when it is not cached (or
// stale). A failed lookup ("") is remembered for a shorter time.
func (c *nameCache) get(ctx context.Context, id string, lookup func(ctx context.Context, id string) string) string {
	now := time.Now()
	c.mu.Lock()
	n, ok := c.names[id]
	c.mu.Unlock()
	if ok && now.Sub(n.at) < n.ttl {
		return n.name
	}
	name := lookup(ctx, id)
	ttl := nameTTL
	if name == "" {
		ttl = nameMissed
	}
	c.mu.Lock()
	if c.names == nil || len(c.names) >= namesMax {
		c.names = map[string]cachedName{}
	}
	c.names[id] = cachedName{name: name, at: now, ttl: ttl}
	c.mu.Unlock()
	return name
}

// PersonName is how a consultant is named to users of other platforms:
// their Slack profile's name ("" when users.info fails).
func (d *desk) PersonName(ctx context.Context, person string) string {
	return d.names.get(ctx, person, func(ctx context.Context, id string) string {
		name, _ := d.b.profile(ctx, id)
		return name
	})
}
