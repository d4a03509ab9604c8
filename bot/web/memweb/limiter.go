package memweb

import (
	"context"
	"sync"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// Limiter is a web.Limiter in memory: a generic cell rate algorithm
// (GCRA) keeping, per key, the time at which its bucket is full again.
type Limiter struct {
	now func() time.Time

	mu     sync.Mutex
	tat    map[string]time.Time // theoretical arrival time per key
	writes int
}

var _ web.Limiter = (*Limiter)(nil)

// NewLimiter returns an empty Limiter.
func NewLimiter(opts ...Option) *Limiter {
	return &Limiter{now: build(opts).now, tat: map[string]time.Time{}}
}

// Allow implements web.Limiter. A limit with no rate or no burst refuses
// nothing.
func (l *Limiter) Allow(ctx context.Context, key string, lim web.Limit) (bool, time.Duration, error) {
	if err := ctx.Err(); err != nil {
		return false, 0, err
	}
	if lim.Rate <= 0 || lim.Burst <= 0 {
		return true, 0, nil
	}
	interval := lim.Interval()
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	tat := l.tat[key]
	if tat.Before(now) {
		tat = now
	}
	next := tat.Add(interval)
	if allowAt := next.Add(-time.Duration(lim.Burst) * interval); allowAt.After(now) {
		return false, allowAt.Sub(now), nil
	}
	l.tat[key] = next
	return true, 0, nil
}

// sweep drops the keys whose buckets are full again. l.mu must be held.
func (l *Limiter) sweep(now time.Time) {
	if l.writes++; l.writes%sweepEvery != 0 {
		return
	}
	for k, t := range l.tat {
		if !t.After(now) {
			delete(l.tat, k)
		}
	}
}
