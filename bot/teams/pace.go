package teams

import (
	"sync"
	"time"
)

// window is one rate limit: at most n operations in any span of d.
type window struct {
	n int
	d time.Duration
}

// threadLimits are Teams' documented limits per bot per conversation
// thread: 7 operations a second, 8 in 2 s, 60 in 30 s, 1800 an hour.
// Teams answers 429 beyond them; pacing keeps the bot inside.
var threadLimits = []window{{7, time.Second}, {8, 2 * time.Second}, {60, 30 * time.Second}, {1800, time.Hour}}

// pacer books a time slot for each operation on a conversation so that
// every window of its limits holds. Slots are handed out in order (first
// come, first served); a 429 holds the conversation until its Retry-After
// has passed. Safe for concurrent use.
type pacer struct {
	limits []window
	keep   int           // bookings kept per conversation: the largest n
	span   time.Duration // the longest window

	mu        sync.Mutex
	convs     map[string]*paceLog
	lastSweep time.Time
}

type paceLog struct {
	times []time.Time // booked slots, in order
	hold  time.Time
}

func newPacer(limits []window) *pacer {
	p := &pacer{limits: limits, convs: map[string]*paceLog{}}
	for _, w := range limits {
		p.keep = max(p.keep, w.n)
		p.span = max(p.span, w.d)
	}
	return p
}

// reserve books the earliest slot at or after now for conv and returns it.
// When that slot is more than maxWait away nothing is booked and ok is
// false.
func (p *pacer) reserve(conv string, now time.Time, maxWait time.Duration) (slot time.Time, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sweepLocked(now)
	l := p.convs[conv]
	if l == nil {
		l = &paceLog{}
		p.convs[conv] = l
	}
	slot = now
	if l.hold.After(slot) {
		slot = l.hold
	}
	if n := len(l.times); n > 0 && l.times[n-1].After(slot) {
		slot = l.times[n-1]
	}
	for _, w := range p.limits {
		if n := len(l.times); n >= w.n {
			slot = maxTime(slot, l.times[n-w.n].Add(w.d))
		}
	}
	if slot.Sub(now) > maxWait {
		return time.Time{}, false
	}
	l.times = append(l.times, slot)
	if len(l.times) > 2*p.keep {
		l.times = append([]time.Time(nil), l.times[len(l.times)-p.keep:]...)
	}
	return slot, true
}

// release gives back a slot that was not used (the wait was cancelled).
func (p *pacer) release(conv string, slot time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.convs[conv]
	if l == nil {
		return
	}
	for i := len(l.times) - 1; i >= 0; i-- {
		if l.times[i].Equal(slot) {
			l.times = append(l.times[:i], l.times[i+1:]...)
			return
		}
	}
}

// hold keeps conv's next slot at or after until (a 429's Retry-After).
func (p *pacer) hold(conv string, until time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.convs[conv]
	if l == nil {
		l = &paceLog{}
		p.convs[conv] = l
	}
	l.hold = maxTime(l.hold, until)
}

// sweepLocked forgets conversations idle for longer than every window,
// once a minute.
func (p *pacer) sweepLocked(now time.Time) {
	if now.Sub(p.lastSweep) < time.Minute {
		return
	}
	p.lastSweep = now
	for k, l := range p.convs {
		n := len(l.times)
		if (n == 0 || now.Sub(l.times[n-1]) > p.span) && !l.hold.After(now) {
			delete(p.convs, k)
		}
	}
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
