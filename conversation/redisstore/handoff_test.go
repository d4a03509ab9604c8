package redisstore

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

func newHandoffStore(t *testing.T, retention time.Duration) *HandoffStore {
	t.Helper()
	c, prefix := redistest.New(t)
	return NewHandoffStore(c, prefix, retention)
}

func TestHandoffContract(t *testing.T) {
	handofftest.Run(t, func(t *testing.T) handoff.Store { return newHandoffStore(t, time.Hour) })
}

// Every key of the handoff store is in one Cluster slot, so its scripts
// never cross slots.
func TestHandoffKeysShareOneSlot(t *testing.T) {
	s := NewHandoffStore(nil, "p{x}", 0)
	k := conversation.Key{Platform: "slack", Team: "T{1}", User: "U:1"}
	keys := []string{s.recKey("0123456789abcdef"), s.txKey("0123456789abcdef"), s.liveKey(), s.dueKey(),
		s.outboxKey(), s.cardKey("C1", "1.2"), s.activeKey(k), s.userKey(k)}
	for _, key := range keys {
		if got := hashTag(key); got != "ho" {
			t.Errorf("hash tag of %q = %q, want ho", key, got)
		}
		if !strings.HasPrefix(key, "p%7Bx%7D:{ho}:") {
			t.Errorf("key %q does not start with the escaped prefix", key)
		}
	}
}

func TestHandoffRetention(t *testing.T) {
	s := newHandoffStore(t, time.Hour)
	ctx := context.Background()
	h := handofftest.New(conversation.Key{Platform: "slack", Team: "T1", User: "U1"}, time.Now())
	if err := s.Create(ctx, h, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := s.AppendLine(ctx, h.ID, handoff.Line{Text: "hi"}, 10); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{s.recKey(h.ID), s.txKey(h.ID), s.activeKey(h.User), s.userKey(h.User)} {
		d, err := s.client.PTTL(ctx, key).Result()
		if err != nil {
			t.Fatal(err)
		}
		if d <= 0 || d > time.Hour {
			t.Errorf("PTTL %s = %v, want within the retention", key, d)
		}
	}
}

func TestHandoffUnavailable(t *testing.T) {
	m := miniredis.RunT(t)
	c := shortTimeouts(m.Addr())
	t.Cleanup(func() { _ = c.Close() })
	s := NewHandoffStore(c, "p", time.Hour)
	m.Close()
	_, err := s.Get(context.Background(), handoff.NewID())
	if !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Get on a closed client: %v, want ErrUnavailable", err)
	}
}

// TestHandoffOutboxLost empties Redis (every key of the test's prefix)
// under an outbox holding jobs: the next NextCards says the outbox is
// lost, with the jobs it held at the last count (less those finished
// since, plus those added), and the one after starts a new outbox that
// carries new requests.
func TestHandoffOutboxLost(t *testing.T) {
	c, prefix := redistest.New(t)
	s := NewHandoffStore(c, prefix, time.Hour)
	ctx := context.Background()
	bob := conversation.Key{Platform: "slack", Team: "T1", User: "U2"}
	carol := conversation.Key{Platform: "slack", Team: "T1", User: "U3"}
	for _, u := range []conversation.Key{alice, bob} {
		if err := s.Create(ctx, handofftest.New(u, time.Now()), time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	jobs, err := s.NextCards(ctx, "c1", time.Minute, 10)
	if err != nil || len(jobs) != 2 {
		t.Fatalf("NextCards: %v, %v; want 2 jobs", jobs, err)
	}
	if err := s.AckCard(ctx, jobs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(ctx, handofftest.New(carol, time.Now()), time.Hour); err != nil {
		t.Fatal(err)
	}

	if err := redistest.DeletePrefix(ctx, c, prefix); err != nil {
		t.Fatal(err)
	}
	_, err = s.NextCards(ctx, "c1", time.Minute, 10)
	lost, ok := errors.AsType[*handoff.OutboxLostError](err)
	if !ok || lost.Jobs != 2 {
		t.Fatalf("NextCards after the loss: %v, want an OutboxLostError with 2 jobs", err)
	}
	if jobs, err := s.NextCards(ctx, "c1", time.Minute, 10); err != nil || len(jobs) != 0 {
		t.Fatalf("NextCards on the new outbox: %v, %v; want none", jobs, err)
	}
	h := handofftest.New(bob, time.Now())
	if err := s.Create(ctx, h, time.Hour); err != nil {
		t.Fatal(err)
	}
	if jobs, err := s.NextCards(ctx, "c1", time.Minute, 10); err != nil || len(jobs) != 1 || jobs[0].HandoffID != h.ID {
		t.Errorf("NextCards after a new request: %v, %v; want its job", jobs, err)
	}
}

// afterCommands runs f after each command named in names, sent alone or
// in a pipeline, before the caller sees the answer: a hook that lets a
// test run another client's step in the middle of one of the store's.
type afterCommands struct {
	names []string
	f     func()
}

func (h afterCommands) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h afterCommands) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if err == nil && slices.Contains(h.names, cmd.Name()) {
			h.f()
		}
		return err
	}
}

func (h afterCommands) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		if slices.ContainsFunc(cmds, func(c redis.Cmder) bool { return slices.Contains(h.names, c.Name()) }) {
			h.f()
		}
		return err
	}
}

// TestHandoffOutboxCountedOnce: a replica's poll of the outbox that counts
// a new request's job while the request is being created (after Redis
// added the job, before Create returned) counts it once, so a loss of the
// outbox then reports the one job it held.
func TestHandoffOutboxCountedOnce(t *testing.T) {
	c, prefix, s := newOutboxStore(t)
	ctx := context.Background()
	var polled atomic.Bool
	c.AddHook(afterCommands{names: []string{"evalsha", "eval"}, f: func() {
		if polled.CompareAndSwap(false, true) {
			if _, err := s.NextCards(ctx, "c1", time.Minute, 10); err != nil {
				t.Errorf("NextCards while creating: %v", err)
			}
		}
	}})
	if err := s.Create(ctx, handofftest.New(alice, time.Now()), time.Hour); err != nil {
		t.Fatal(err)
	}
	if !polled.Load() {
		t.Fatal("no poll while creating: the hook did not run")
	}
	checkOutboxLostOne(t, c, prefix, s)
}

// TestHandoffOutboxCountedAfterRead: a request created while a poll is
// between its count of the outbox and its read of new jobs is read by
// that poll; the count it keeps includes the job, so a loss of the
// outbox then reports it.
func TestHandoffOutboxCountedAfterRead(t *testing.T) {
	c, prefix, s := newOutboxStore(t)
	ctx := context.Background()
	var created atomic.Bool
	c.AddHook(afterCommands{names: []string{"xautoclaim"}, f: func() {
		if created.CompareAndSwap(false, true) {
			if err := s.Create(ctx, handofftest.New(alice, time.Now()), time.Hour); err != nil {
				t.Errorf("Create while polling: %v", err)
			}
		}
	}})
	jobs, err := s.NextCards(ctx, "c1", time.Minute, 10)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("NextCards: %v, %v; want the job created while it ran", jobs, err)
	}
	checkOutboxLostOne(t, c, prefix, s)
}

// newOutboxStore is a handoff store whose outbox a first poll created.
func newOutboxStore(t *testing.T) (redis.UniversalClient, string, *HandoffStore) {
	t.Helper()
	c, prefix := redistest.New(t)
	s := NewHandoffStore(c, prefix, time.Hour)
	if _, err := s.NextCards(context.Background(), "c1", time.Minute, 10); err != nil {
		t.Fatal(err)
	}
	return c, prefix, s
}

// checkOutboxLostOne deletes the store's keys and wants the next poll to
// report a lost outbox that held one job.
func checkOutboxLostOne(t *testing.T, c redis.UniversalClient, prefix string, s *HandoffStore) {
	t.Helper()
	ctx := context.Background()
	if err := redistest.DeletePrefix(ctx, c, prefix); err != nil {
		t.Fatal(err)
	}
	_, err := s.NextCards(ctx, "c1", time.Minute, 10)
	if lost, ok := errors.AsType[*handoff.OutboxLostError](err); !ok || lost.Jobs != 1 {
		t.Fatalf("NextCards after the loss: %v, want an OutboxLostError with 1 job", err)
	}
}
