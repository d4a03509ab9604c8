// Package memweb keeps the web front end's sessions, push logs and rate
// limits in memory: for one process (the local playground) and for tests.
// It has the same behaviour as redisweb; webtest's contract suites check
// both.
package memweb

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// Option configures the stores of this package.
type Option func(*options)

type options struct{ now func() time.Time }

// WithClock makes a store read the time from now, so tests can move time
// without sleeping.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

func build(opts []Option) options {
	o := options{now: time.Now}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// sweepEvery is how many writes pass between sweeps of expired entries.
const sweepEvery = 1024

func expired(at, now time.Time) bool { return !at.IsZero() && !now.Before(at) }

// PushLog is a web.PushLog in memory.
type PushLog struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu      sync.Mutex
	logs    map[string]*sessionLog
	waiters map[string]*waiter
	lastMS  int64
	seq     uint64
	writes  int
}

type sessionLog struct {
	items   []web.Push
	expires time.Time
}

// waiter wakes the readers waiting on one session: Append closes ch.
type waiter struct {
	ch chan struct{}
	n  int
}

var _ web.PushLog = (*PushLog)(nil)

// NewPushLog keeps the newest size pushes per session (at least one),
// each log for ttl after its last append (0: forever).
func NewPushLog(size int, ttl time.Duration, opts ...Option) *PushLog {
	return &PushLog{max: max(1, size), ttl: ttl, now: build(opts).now,
		logs: map[string]*sessionLog{}, waiters: map[string]*waiter{}}
}

// nextID returns an id after every id given before, "<ms>-<seq>" as
// Redis gives them. l.mu must be held.
func (l *PushLog) nextID(now time.Time) string {
	ms := now.UnixMilli()
	if ms > l.lastMS {
		l.lastMS, l.seq = ms, 0
	} else {
		l.seq++
	}
	return strconv.FormatInt(l.lastMS, 10) + "-" + strconv.FormatUint(l.seq, 10)
}

// Append implements web.PushLog.
func (l *PushLog) Append(ctx context.Context, session string, p web.Push) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	sl := l.live(session, now)
	if sl == nil {
		sl = &sessionLog{}
		l.logs[session] = sl
	}
	p.ID = l.nextID(now)
	p.Actions = slices.Clone(p.Actions)
	sl.items = append(sl.items, p)
	if n := len(sl.items); n > l.max {
		sl.items = append([]web.Push(nil), sl.items[n-l.max:]...)
	}
	if l.ttl > 0 {
		sl.expires = now.Add(l.ttl)
	}
	if w := l.waiters[session]; w != nil {
		close(w.ch)
		delete(l.waiters, session)
	}
	return p.ID, nil
}

// live returns session's log unless it expired. l.mu must be held.
func (l *PushLog) live(session string, now time.Time) *sessionLog {
	sl := l.logs[session]
	if sl != nil && expired(sl.expires, now) {
		delete(l.logs, session)
		return nil
	}
	return sl
}

func (l *PushLog) sweep(now time.Time) {
	if l.writes++; l.writes%sweepEvery != 0 {
		return
	}
	for k, sl := range l.logs {
		if expired(sl.expires, now) {
			delete(l.logs, k)
		}
	}
}

// Read implements web.PushLog.
func (l *PushLog) Read(ctx context.Context, session, after string, max int, wait time.Duration) ([]web.Push, error) {
	if after != "" && !web.ValidPushID(after) {
		return nil, web.ErrBadPushID
	}
	var timeout <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timeout = t.C
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		got, wake := l.readOrWait(session, after, max, timeout != nil)
		if got != nil || wake == nil {
			return got, nil
		}
		select {
		case <-wake:
			l.unwait(session, wake)
		case <-timeout:
			l.unwait(session, wake)
			got, _ := l.readOrWait(session, after, max, false)
			return got, nil
		case <-ctx.Done():
			l.unwait(session, wake)
			return nil, ctx.Err()
		}
	}
}

// readOrWait returns the pushes after after or, when there are none and
// wait is set, a channel closed by the next append.
func (l *PushLog) readOrWait(session, after string, max int, wait bool) ([]web.Push, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []web.Push
	if sl := l.live(session, l.now()); sl != nil {
		for _, p := range sl.items {
			if len(out) == max {
				break
			}
			if after == "" || web.ComparePushIDs(p.ID, after) > 0 {
				out = append(out, p)
			}
		}
	}
	if len(out) > 0 || !wait {
		return out, nil
	}
	w := l.waiters[session]
	if w == nil {
		w = &waiter{ch: make(chan struct{})}
		l.waiters[session] = w
	}
	w.n++
	return nil, w.ch
}

// unwait drops a reader from the waiters of session.
func (l *PushLog) unwait(session string, ch <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if w := l.waiters[session]; w != nil && w.ch == ch {
		if w.n--; w.n == 0 {
			delete(l.waiters, session)
		}
	}
}

// Delete implements web.PushLog.
func (l *PushLog) Delete(ctx context.Context, session string) error {
	l.mu.Lock()
	delete(l.logs, session)
	l.mu.Unlock()
	return ctx.Err()
}

// TTL reports how long session's log has left to live (0: none or no
// expiry), for the contract suite.
func (l *PushLog) TTL(session string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	sl := l.logs[session]
	if sl == nil || sl.expires.IsZero() {
		return 0
	}
	return sl.expires.Sub(l.now())
}
