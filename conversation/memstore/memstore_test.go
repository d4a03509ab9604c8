package memstore_test

import (
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/storetest"
)

// clock is a manual clock for expiring entries without sleeping.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestContract(t *testing.T) {
	storetest.Run(t,
		func(t *testing.T) conversation.Store { return memstore.New(memstore.WithClock(newClock().Now)) },
		storetest.WithTTL(func(t *testing.T, s conversation.Store, k conversation.Key) time.Duration {
			return s.(*memstore.Store).TTL(k)
		}),
	)
}

var key = conversation.Key{Platform: "slack", Team: "T1", User: "U1"}

func TestExpiry(t *testing.T) {
	c := newClock()
	s := memstore.New(memstore.WithClock(c.Now))
	ctx := t.Context()
	thread := key
	thread.Thread = "C1/1.2"

	v, err := s.Save(ctx, key, []byte("a"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, thread, []byte("t"), 0, 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	c.Advance(time.Hour - time.Nanosecond)
	if data, got, _ := s.Load(ctx, key); string(data) != "a" || got != v {
		t.Fatalf("just before expiry Load = %q, v%d; want %q, v%d", data, got, "a", v)
	}
	// Saving refreshes the time to live.
	if v, err = s.Save(ctx, key, []byte("b"), v, time.Hour); err != nil {
		t.Fatal(err)
	}
	c.Advance(time.Hour - time.Nanosecond)
	if data, got, _ := s.Load(ctx, key); string(data) != "b" || got != v {
		t.Fatalf("after refresh Load = %q, v%d; want %q, v%d", data, got, "b", v)
	}
	c.Advance(time.Nanosecond)
	if data, got, _ := s.Load(ctx, key); data != nil || got != 0 {
		t.Fatalf("after expiry Load = %q, v%d; want nil, v0", data, got)
	}
	// An expired conversation starts again at version 0; a stale writer conflicts.
	if _, err := s.Save(ctx, key, []byte("stale"), v, time.Hour); err == nil {
		t.Fatal("Save at the version of an expired conversation succeeded")
	}
	if _, err := s.Save(ctx, key, []byte("new"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	// The thread had a longer ttl and is still there.
	if data, _, _ := s.Load(ctx, thread); string(data) != "t" {
		t.Fatalf("thread Load = %q, want %q", data, "t")
	}
	c.Advance(time.Hour + time.Nanosecond) // 3h after it was saved
	if data, _, _ := s.Load(ctx, thread); data != nil {
		t.Fatalf("thread after its ttl: Load = %q, want nil", data)
	}
}

func TestNoTTLNeverExpires(t *testing.T) {
	c := newClock()
	s := memstore.New(memstore.WithClock(c.Now))
	if _, err := s.Save(t.Context(), key, []byte("a"), 0, 0); err != nil {
		t.Fatal(err)
	}
	c.Advance(10000 * time.Hour)
	if data, _, _ := s.Load(t.Context(), key); string(data) != "a" {
		t.Fatalf("Load = %q, want %q", data, "a")
	}
	if d := s.TTL(key); d != -1 {
		t.Fatalf("TTL = %v, want -1", d)
	}
}

func TestClaimExpires(t *testing.T) {
	c := newClock()
	s := memstore.New(memstore.WithClock(c.Now))
	claim := func(id string) bool {
		t.Helper()
		ok, err := s.Claim(t.Context(), id, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !claim("E1") || claim("E1") {
		t.Fatal("want first Claim true, second false")
	}
	c.Advance(time.Minute - time.Nanosecond)
	if claim("E1") {
		t.Fatal("Claim within the ttl = true, want false")
	}
	c.Advance(time.Nanosecond)
	if !claim("E1") {
		t.Fatal("Claim after the ttl = false, want true")
	}
	// Many expired claims are swept without losing live ones.
	for i := range 5000 {
		claim(string(rune('a'+i%26)) + string(rune(i)))
		c.Advance(time.Second)
	}
	if claim(string(rune('a'+4999%26)) + string(rune(4999))) {
		t.Fatal("a live claim was lost in a sweep")
	}
}
