package webtest

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// Clock is a settable clock for the suites. It is safe for concurrent use.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock at a fixed time.
func NewClock() *Clock { return &Clock{now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// LimiterFactory makes a fresh Limiter reading the time from now.
type LimiterFactory func(t *testing.T, now func() time.Time) web.Limiter

// RunLimiter checks the web.Limiter contract.
func RunLimiter(t *testing.T, newLimiter LimiterFactory) {
	lim := web.Limit{Rate: 2, Burst: 5} // a token every 500 ms
	t.Run("BurstThenRefused", func(t *testing.T) {
		c := NewClock()
		l := newLimiter(t, c.Now)
		for i := range lim.Burst {
			if ok, _ := allow(t, l, "k", lim); !ok {
				t.Fatalf("request %d of the burst refused", i+1)
			}
		}
		ok, retry := allow(t, l, "k", lim)
		if ok {
			t.Fatal("request past the burst allowed")
		}
		if retry <= 0 || retry > lim.Interval() {
			t.Fatalf("retry after %v, want in (0, %v]", retry, lim.Interval())
		}
	})
	t.Run("Refills", func(t *testing.T) {
		c := NewClock()
		l := newLimiter(t, c.Now)
		drain(t, l, "k", lim)
		c.Advance(lim.Interval())
		if ok, _ := allow(t, l, "k", lim); !ok {
			t.Fatal("no token one interval after the bucket ran dry")
		}
		if ok, _ := allow(t, l, "k", lim); ok {
			t.Fatal("two tokens one interval after the bucket ran dry")
		}
		c.Advance(time.Duration(lim.Burst) * lim.Interval())
		for i := range lim.Burst {
			if ok, _ := allow(t, l, "k", lim); !ok {
				t.Fatalf("full bucket: request %d refused", i+1)
			}
		}
	})
	t.Run("RetryAfterIsEnough", func(t *testing.T) {
		c := NewClock()
		l := newLimiter(t, c.Now)
		drain(t, l, "k", lim)
		c.Advance(lim.Interval() / 5)
		_, retry := allow(t, l, "k", lim)
		c.Advance(retry)
		if ok, _ := allow(t, l, "k", lim); !ok {
			t.Fatalf("refused again after waiting the Retry-After (%v)", retry)
		}
	})
	t.Run("KeysApart", func(t *testing.T) {
		c := NewClock()
		l := newLimiter(t, c.Now)
		drain(t, l, "a", lim)
		if ok, _ := allow(t, l, "b", lim); !ok {
			t.Fatal("draining key a refused key b")
		}
	})
	t.Run("ConcurrentNeverOverdraws", func(t *testing.T) {
		c := NewClock()
		l := newLimiter(t, c.Now)
		var allowed atomic.Int64
		var wg sync.WaitGroup
		for range 40 {
			wg.Go(func() {
				ok, _, err := l.Allow(Ctx(t), "k", lim)
				if err != nil {
					t.Errorf("Allow: %v", err)
				}
				if ok {
					allowed.Add(1)
				}
			})
		}
		wg.Wait()
		if n := allowed.Load(); n != int64(lim.Burst) {
			t.Fatalf("40 concurrent requests: %d allowed, want the burst, %d", n, lim.Burst)
		}
	})
}

func allow(t *testing.T, l web.Limiter, key string, lim web.Limit) (bool, time.Duration) {
	t.Helper()
	ok, retry, err := l.Allow(Ctx(t), key, lim)
	if err != nil {
		t.Fatalf("Allow(%q): %v", key, err)
	}
	return ok, retry
}

func drain(t *testing.T, l web.Limiter, key string, lim web.Limit) {
	t.Helper()
	for i := 0; ; i++ {
		if ok, _ := allow(t, l, key, lim); !ok {
			return
		}
		if i > lim.Burst {
			t.Fatalf("more than the burst (%d) allowed at once", lim.Burst)
		}
	}
}
