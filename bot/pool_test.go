package bot_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation"
)

type fakeDeduper struct {
	mu   sync.Mutex
	seen map[string]bool
	err  error
}

func (d *fakeDeduper) Claim(_ context.Context, id string, ttl time.Duration) (bool, error) {
	if ttl < 10*time.Minute {
		return false, fmt.Errorf("ttl %v too short", ttl)
	}
	if d.err != nil {
		return false, d.err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen == nil {
		d.seen = map[string]bool{}
	}
	if d.seen[id] {
		return false, nil
	}
	d.seen[id] = true
	return true, nil
}

// startPool runs a pool until the test ends.
func startPool(t *testing.T, d bot.Deduper, workers, queue int) (*bot.Pool, *bottest.Counters) {
	t.Helper()
	m := &bottest.Counters{}
	p := bot.NewPool(bot.PoolConfig{Workers: workers, QueueSize: queue, DedupeTTL: 15 * time.Minute}, d, m, nil)
	p.Start(context.Background())
	var once sync.Once
	t.Cleanup(func() { once.Do(func() { p.Close(); p.Wait() }) })
	return p, m
}

func textJob(eng bot.Engine, key conversation.Key, id, text string) bot.Job {
	return bot.Job{Shard: key.String(), DedupeID: id, Kind: "test", Received: time.Now(), Run: func(ctx context.Context) {
		eng.Handle(ctx, key, conversation.Text(text))
	}}
}

func TestPoolKeepsConversationOrder(t *testing.T) {
	eng := &bottest.FakeEngine{}
	p := bot.NewPool(bot.PoolConfig{Workers: 4, QueueSize: 1000}, nil, nil, nil)
	p.Start(context.Background())
	keys := make([]conversation.Key, 20)
	for i := range keys {
		keys[i] = conversation.Key{Platform: "slack", Team: "T", User: fmt.Sprintf("U%d", i)}
	}
	for n := range 50 {
		for _, k := range keys {
			if !p.Submit(textJob(eng, k, "", fmt.Sprint(n))) {
				t.Fatal("queue full")
			}
		}
	}
	p.Close()
	p.Wait()
	for _, k := range keys {
		got := eng.Texts(k)
		if len(got) != 50 {
			t.Fatalf("%s: %d inputs", k, len(got))
		}
		for i, s := range got {
			if s != fmt.Sprint(i) {
				t.Fatalf("%s: inputs out of order: %v", k, got)
			}
		}
	}
}

func TestPoolRecoversPanics(t *testing.T) {
	eng := &bottest.FakeEngine{PanicOn: "boom", Handled: make(chan string, 10)}
	p, m := startPool(t, nil, 1, 10)
	k := conversation.Key{Platform: "slack", Team: "T", User: "U1"}
	p.Submit(textJob(eng, k, "", "boom"))
	p.Submit(textJob(eng, k, "", "after"))
	if got := <-eng.Handled; got != "after" {
		t.Fatalf("handled %q", got)
	}
	if m.Get("panic") != 1 {
		t.Errorf("panics counted: %d", m.Get("panic"))
	}
}

func TestDedupe(t *testing.T) {
	k := conversation.Key{Platform: "slack", Team: "T", User: "U1"}
	t.Run("second claim skipped", func(t *testing.T) {
		eng := &bottest.FakeEngine{Handled: make(chan string, 10)}
		p, m := startPool(t, &fakeDeduper{}, 1, 10)
		p.Submit(textJob(eng, k, "event:Ev1", "first"))
		p.Submit(textJob(eng, k, "event:Ev1", "again"))
		p.Submit(textJob(eng, k, "event:Ev2", "other"))
		if a, c := <-eng.Handled, <-eng.Handled; a != "first" || c != "other" {
			t.Errorf("handled %q, %q", a, c)
		}
		if m.Get("duplicate:test") != 1 {
			t.Errorf("duplicates: %d", m.Get("duplicate:test"))
		}
	})
	t.Run("store down: handled anyway", func(t *testing.T) {
		eng := &bottest.FakeEngine{Handled: make(chan string, 10)}
		p, _ := startPool(t, &fakeDeduper{err: conversation.ErrUnavailable}, 1, 10)
		p.Submit(textJob(eng, k, "event:Ev1", "first"))
		p.Submit(textJob(eng, k, "event:Ev1", "again"))
		if a, c := <-eng.Handled, <-eng.Handled; a != "first" || c != "again" {
			t.Errorf("handled %q, %q", a, c)
		}
	})
}

func TestPoolFullRefuses(t *testing.T) {
	block := make(chan struct{})
	eng := &bottest.FakeEngine{}
	p, _ := startPool(t, nil, 1, 1)
	k := conversation.Key{Platform: "slack", Team: "T", User: "U1"}
	started := make(chan struct{})
	p.Submit(bot.Job{Shard: k.String(), Run: func(context.Context) { close(started); <-block }})
	<-started
	if !p.Submit(textJob(eng, k, "", "queued")) {
		t.Fatal("the queue slot was refused")
	}
	if p.Submit(textJob(eng, k, "", "too many")) {
		t.Error("a full queue accepted a job")
	}
	close(block)
}

func TestDrain(t *testing.T) {
	t.Run("queued work finishes", func(t *testing.T) {
		p := bot.NewPool(bot.PoolConfig{Workers: 2, QueueSize: 10}, nil, nil, nil)
		p.Start(context.Background())
		var mu sync.Mutex
		done := 0
		for i := range 6 {
			p.Submit(bot.Job{Shard: fmt.Sprint(i), Run: func(context.Context) {
				time.Sleep(5 * time.Millisecond)
				mu.Lock()
				done++
				mu.Unlock()
			}})
		}
		cancelled := false
		if !bot.Drain(time.Minute, func() { cancelled = true }, p) || cancelled {
			t.Errorf("Drain reported a timeout (cancelled %v)", cancelled)
		}
		if done != 6 {
			t.Errorf("%d of 6 queued jobs ran before Drain returned", done)
		}
	})
	t.Run("stuck work is cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		p := bot.NewPool(bot.PoolConfig{Workers: 1, QueueSize: 10}, nil, nil, nil)
		p.Start(ctx)
		ended := make(chan error, 1)
		p.Submit(bot.Job{Shard: "s", Run: func(ctx context.Context) { <-ctx.Done(); ended <- ctx.Err() }})
		if bot.Drain(10*time.Millisecond, cancel, p) {
			t.Error("Drain of a stuck job reported success")
		}
		select {
		case err := <-ended:
			if err == nil {
				t.Error("the stuck job's context did not end")
			}
		default:
			t.Error("Drain returned before the stuck job ended")
		}
	})
}
