package bot

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"
)

// Deduper remembers which envelopes were handled. Claim records id for ttl
// and reports whether this call was the first to do so (Redis SET NX). The
// conversation stores (redisstore, memstore) implement it.
type Deduper interface {
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)
}

// job is one envelope's work, run on the worker that owns its shard.
type job struct {
	shard    string // conversation key: jobs of one shard run in order
	dedupeID string // "" when the envelope needs no deduplication
	kind     string
	received time.Time
	log      *slog.Logger // the envelope's logger (ids); nil: the bot's, with kind
	run      func(ctx context.Context)
}

// pool is a fixed set of workers, each with a bounded queue. Jobs are
// assigned to workers by a hash of their shard, so one conversation's jobs
// run one after another in arrival order while different conversations
// run in parallel.
type pool struct {
	queues []chan job
	wg     sync.WaitGroup
}

func newPool(workers, queueSize int) *pool {
	p := &pool{queues: make([]chan job, workers)}
	for i := range p.queues {
		p.queues[i] = make(chan job, queueSize)
	}
	return p
}

func shardOf(key string, n int) int {
	h := fnv.New64a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum64() % uint64(n))
}

// submit queues j without blocking; false means the worker's queue is full.
// It must not be called after close.
func (p *pool) submit(j job) bool {
	select {
	case p.queues[shardOf(j.shard, len(p.queues))] <- j:
		return true
	default:
		return false
	}
}

// start runs the workers; each runs exec for its jobs until its queue is
// closed and drained.
func (p *pool) start(exec func(job)) {
	for _, q := range p.queues {
		p.wg.Go(func() {
			for j := range q {
				exec(j)
			}
		})
	}
}

// close stops accepting jobs; the workers finish what is queued.
func (p *pool) close() {
	for _, q := range p.queues {
		close(q)
	}
}

// wait waits for the workers to finish.
func (p *pool) wait() { p.wg.Wait() }

// exec runs one job on a worker: deduplicates it, bounds it in time and
// recovers a panic so that a bad event never kills the process.
func (b *Bot) exec(j job) {
	log := j.log
	if log == nil {
		log = b.log.With("kind", j.kind)
	}
	ctx, cancel := context.WithTimeout(withLog(b.workCtx, log), b.cfg.HandleTimeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			b.metrics.Panic()
			// The panic's value may hold user text: only its type is logged.
			log.Error("handler panic recovered", "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
		}
	}()
	if j.dedupeID != "" && b.dedupe != nil {
		first, err := b.dedupe.Claim(ctx, "slack:"+j.dedupeID, b.cfg.DedupeTTL)
		switch {
		case err != nil:
			// At-least-once beats lost: handle it anyway.
			log.Warn("dedupe store unavailable; handling anyway", "id", j.dedupeID, "err", err)
		case !first:
			b.metrics.Duplicate(j.kind)
			log.Debug("duplicate envelope skipped", "id", j.dedupeID)
			return
		}
	}
	j.run(ctx)
	b.metrics.Handled(j.kind, time.Since(j.received))
}

// logPanic is for the few goroutines outside the pool.
func logPanic(log *slog.Logger, what string) {
	if r := recover(); r != nil {
		// The panic's value may hold user text: only its type is logged.
		log.Error("panic recovered", "in", what, "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
	}
}
