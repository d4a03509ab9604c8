package redisstore

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/handoff/handofftest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// TestSentinelFailover kills the master of a Sentinel setup of the test's
// own (redistest.StartSentinel: skipped without TEST_REDIS_SERVER) between
// two turns: the next save, a claim of an event handled before the
// failover and of a new one, and the handoff outbox all go through once
// the replica is promoted, within REDIS_FAILOVER_MAX, with nothing the
// master had acknowledged lost and no event claimed twice.
func TestSentinelFailover(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Redis servers")
	}
	sen := redistest.StartSentinel(t)
	w := newLogWatch()
	const failoverMax = 30 * time.Second
	c, err := NewClient(Config{SentinelAddrs: sen.Addrs(), SentinelMaster: redistest.SentinelMaster, FailoverMax: failoverMax},
		WithClientLogger(slog.New(w)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // hang guard
	defer cancel()
	s := New(c, WithPrefix("fo"))
	hs := NewHandoffStore(c, "fo", time.Hour)

	v, err := s.Save(ctx, alice, []byte("one"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if first, err := s.Claim(ctx, "Ev1", time.Minute); err != nil || !first {
		t.Fatalf("Claim Ev1: %v, %v", first, err)
	}
	h := handofftest.New(alice, time.Now())
	if err := hs.Create(ctx, h, time.Hour); err != nil {
		t.Fatal(err)
	}
	// Replication is asynchronous: the test is about the failover, not
	// about writes it may lose, so the replica has everything first.
	if n, err := sen.Master.Client().Do(ctx, "WAIT", 1, 5000).Int(); err != nil || n != 1 {
		t.Fatalf("WAIT for the replica: %d, %v", n, err)
	}
	old, err := sen.MasterAddr(ctx)
	if err != nil {
		t.Fatal(err)
	}

	sen.Master.Kill()
	killed := time.Now()
	if _, err := s.Save(ctx, alice, []byte("two"), v, time.Hour); err != nil {
		t.Fatalf("save after the master died: %v", err)
	}
	took := time.Since(killed)
	// The client found the promoted replica through one Sentinel; the
	// one MasterAddr asks first may learn of the switch a moment later.
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	if now, err := sen.WaitFailover(wctx, old); err != nil || now == old {
		t.Fatalf("master after the save: %s, %v; want the promoted replica, not %s", now, err, old)
	}
	t.Logf("the save sent as the master died went through %v later (REDIS_FAILOVER_MAX %v, down-after 1 s)", took.Round(10*time.Millisecond), failoverMax)

	if first, err := s.Claim(ctx, "Ev1", time.Minute); err != nil || first {
		t.Errorf("Claim of Ev1 again after the failover: %v, %v; want a duplicate", first, err)
	}
	if first, err := s.Claim(ctx, "Ev2", time.Minute); err != nil || !first {
		t.Errorf("Claim of Ev2: %v, %v; want the first", first, err)
	}
	if data, _, err := s.Load(ctx, alice); err != nil || string(data) != "two" {
		t.Errorf("Load: %q, %v; want the save made across the failover", data, err)
	}
	jobs, err := hs.NextCards(ctx, "c1", time.Minute, 10)
	if err != nil || len(jobs) != 1 || jobs[0].HandoffID != h.ID {
		t.Errorf("card jobs after the failover: %v, %v; want the one queued before", jobs, err)
	}
	w.waitFor(t, "redis answers again")
}
