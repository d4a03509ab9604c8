package redisstore

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// turnStores are a Store and a HandoffStore on one client that counts its
// round trips.
func turnStores(t *testing.T, c redis.UniversalClient, prefix string) (*Store, *HandoffStore, *redistest.RoundTrips) {
	t.Helper()
	trips := &redistest.RoundTrips{}
	c.AddHook(trips)
	hs := NewHandoffStore(c, prefix, time.Hour)
	return New(c, WithPrefix(prefix), WithHandoffStore(hs)), hs, trips
}

// TestClaimTurn: one pipeline claims the event and reads the conversation
// and the active handoff; Load and Active then use those reads once, and
// the event is claimed exactly once.
func TestClaimTurn(t *testing.T) {
	c, prefix := redistest.New(t)
	testClaimTurn(t, c, prefix)
}

// TestClaimTurnCluster runs TestClaimTurn's checks on Redis Cluster, where
// the claim, the conversation and the handoffs live in different slots.
func TestClaimTurnCluster(t *testing.T) {
	c, prefix := newClusterClient(t)
	testClaimTurn(t, c, prefix)
}

func testClaimTurn(t *testing.T, c redis.UniversalClient, prefix string) {
	s, hs, trips := turnStores(t, c, prefix)
	ctx := context.Background()
	key := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	v, err := s.Save(ctx, key, []byte("state one"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	trips.Reset()

	tctx, first, err := s.ClaimTurn(ctx, "slack:event:Ev1", time.Minute, key)
	if err != nil || !first {
		t.Fatalf("ClaimTurn = %v, %v; want the first claim", first, err)
	}
	data, version, err := s.Load(tctx, key)
	if err != nil || string(data) != "state one" || version != v {
		t.Errorf("Load = %q, %d, %v; want the saved state", data, version, err)
	}
	if _, err := hs.Active(tctx, key); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Active = %v, want ErrNotFound", err)
	}
	if got := trips.Trips(); !slices.Equal(got, []string{"set hmget get"}) {
		t.Errorf("round trips = %q, want the one pipeline", got)
	}

	// Read ahead once only: a reload after a conflict asks Redis.
	trips.Reset()
	if _, err := s.Save(ctx, key, []byte("state two"), v, time.Hour); err != nil {
		t.Fatal(err)
	}
	data, _, err = s.Load(tctx, key)
	if err != nil || string(data) != "state two" {
		t.Errorf("second Load = %q, %v; want the fresh state", data, err)
	}
	if got := trips.Trips(); len(got) != 2 || got[1] != "hmget" {
		t.Errorf("round trips = %q, want the save and an HMGET", got)
	}

	if _, again, err := s.ClaimTurn(ctx, "slack:event:Ev1", time.Minute, key); err != nil || again {
		t.Errorf("second ClaimTurn = %v, %v; want a duplicate", again, err)
	}
}

// TestReadAheadStaysWithItsKey: another conversation, another Store or a
// thread's turn never see a read-ahead.
func TestReadAheadStaysWithItsKey(t *testing.T) {
	c, prefix := redistest.New(t)
	s, hs, trips := turnStores(t, c, prefix)
	other := New(c, WithPrefix(prefix+"x"))
	ctx := context.Background()
	u1 := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	u2 := conversation.Key{Platform: "slack", Team: "T1", User: "U2"}
	if _, err := s.Save(ctx, u2, []byte("u2's"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	tctx, _, err := s.ClaimTurn(ctx, "slack:event:Ev2", time.Minute, u1)
	if err != nil {
		t.Fatal(err)
	}
	trips.Reset()
	if data, _, err := s.Load(tctx, u2); err != nil || string(data) != "u2's" {
		t.Errorf("Load(u2) = %q, %v", data, err)
	}
	if data, _, err := other.Load(tctx, u1); err != nil || data != nil {
		t.Errorf("other store's Load(u1) = %q, %v; want nothing", data, err)
	}
	if _, err := hs.Active(tctx, u2); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Active(u2) = %v", err)
	}
	if n := len(trips.Trips()); n != 3 {
		t.Errorf("%d round trips, want 3 (no read-ahead used): %q", n, trips.Trips())
	}

	thread := u1
	thread.Thread = "C1/1700000000.000100"
	trips.Reset()
	if _, _, err := s.ClaimTurn(ctx, "slack:event:Ev3", time.Minute, thread); err != nil {
		t.Fatal(err)
	}
	if got := trips.Trips(); !slices.Equal(got, []string{"set hmget"}) {
		t.Errorf("a thread's claim = %q, want no handoff read", got)
	}
}

// TestReadAheadActiveHandoff: a user with a live handoff is found through
// the read-ahead id, without a second GET.
func TestReadAheadActiveHandoff(t *testing.T) {
	c, prefix := redistest.New(t)
	s, hs, trips := turnStores(t, c, prefix)
	ctx := context.Background()
	key := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	h := handoff.Handoff{ID: handoff.NewID(), User: key, State: handoff.StateOpen, CreatedAt: time.Now()}
	if err := hs.Create(ctx, h, time.Hour); err != nil {
		t.Fatal(err)
	}
	tctx, _, err := s.ClaimTurn(ctx, "slack:event:Ev4", time.Minute, key)
	if err != nil {
		t.Fatal(err)
	}
	trips.Reset()
	got, err := hs.Active(tctx, key)
	if err != nil || got.ID != h.ID {
		t.Fatalf("Active = %+v, %v", got, err)
	}
	if tr := trips.Trips(); len(tr) != 1 || tr[0] != "hgetall lrange" {
		t.Errorf("round trips = %q, want only the record's", tr)
	}
}
