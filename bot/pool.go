package bot

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Deduper remembers which inputs were handled. Claim records id for ttl
// and reports whether this call was the first to do so (Redis SET NX).
// The conversation stores (redisstore, memstore) implement it.
type Deduper interface {
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)
}

// TurnClaimer is a Deduper that can also read ahead, in the round trip
// of the claim, what a turn of a conversation reads first
// (redisstore.Store does: the conversation's record, the user's active
// handoff). ClaimTurn claims id as Claim does and returns a context that
// carries the reads, for the store to use once.
type TurnClaimer interface {
	Deduper
	ClaimTurn(ctx context.Context, id string, ttl time.Duration, key conversation.Key) (context.Context, bool, error)
}

// Job is one input's work, run on the worker that owns its shard.
type Job struct {
	// Shard orders jobs: the jobs of one shard (a conversation key) run
	// one after another, in the order they were submitted.
	Shard string
	// DedupeID names the input for deduplication ("" for none): of jobs
	// with one id, within the pool's DedupeTTL, only the first runs.
	DedupeID string
	// Turn is the conversation the input is a turn of (zero: none or
	// unknown); a TurnClaimer reads its state ahead with the claim.
	Turn conversation.Key
	// Kind labels the job's metrics ("events_api:message", ...).
	Kind string
	// Received is when the input arrived (for the Handled latency).
	Received time.Time
	// Log is the job's logger, with the input's ids; nil: the pool's, with
	// the kind. Run finds it with conversation.LoggerFrom.
	Log *slog.Logger
	Run func(ctx context.Context)
}

// PoolConfig sizes a Pool.
type PoolConfig struct {
	// Workers is the number of worker goroutines.
	Workers int
	// QueueSize bounds each worker's queue; Submit refuses beyond it.
	QueueSize int
	// HandleTimeout bounds one job's work (0: none).
	HandleTimeout time.Duration
	// DedupeTTL is how long a job's DedupeID is remembered.
	DedupeTTL time.Duration
	// DedupePrefix starts every id given to the Deduper ("slack:"), so
	// that front ends sharing one store never collide.
	DedupePrefix string
}

// Pool is a fixed set of workers, each with a bounded queue. Jobs are
// assigned to workers by a hash of their shard, so one conversation's jobs
// run in arrival order while different conversations run in parallel.
// Each job is deduplicated, bounded in time and protected from panics: a
// bad input never kills the process. Submit is safe for concurrent use.
type Pool struct {
	cfg     PoolConfig
	dedupe  Deduper
	metrics Metrics
	log     *slog.Logger
	queues  []chan Job
	wg      sync.WaitGroup
}

// NewPool returns a Pool; dedupe may be nil (no deduplication), metrics
// and log may be nil. Non-positive sizes become one worker, one slot.
func NewPool(cfg PoolConfig, dedupe Deduper, metrics Metrics, log *slog.Logger) *Pool {
	cfg.Workers, cfg.QueueSize = max(cfg.Workers, 1), max(cfg.QueueSize, 1)
	if metrics == nil {
		metrics = NopMetrics{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Pool{cfg: cfg, dedupe: dedupe, metrics: metrics, log: log, queues: make([]chan Job, cfg.Workers)}
	for i := range p.queues {
		p.queues[i] = make(chan Job, cfg.QueueSize)
	}
	return p
}

func shardOf(key string, n int) int {
	h := fnv.New64a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum64() % uint64(n))
}

// Submit queues j without blocking; false means its worker's queue is
// full. It must not be called after Close.
func (p *Pool) Submit(j Job) bool {
	select {
	case p.queues[shardOf(j.Shard, len(p.queues))] <- j:
		return true
	default:
		return false
	}
}

// Start runs the workers. Jobs run under ctx (cancel it to cut the work
// short, e.g. after a drain timeout) until Close; then the workers finish
// what is queued and stop.
func (p *Pool) Start(ctx context.Context) {
	for _, q := range p.queues {
		p.wg.Go(func() {
			for j := range q {
				p.exec(ctx, j)
			}
		})
	}
}

// Close stops accepting jobs; the workers finish what is queued.
func (p *Pool) Close() {
	for _, q := range p.queues {
		close(q)
	}
}

// Wait waits for the workers to finish.
func (p *Pool) Wait() { p.wg.Wait() }

// Drain closes pools and waits for their queued jobs up to timeout; then
// it calls cancel (which must end the context the pools were started
// with) and waits for the jobs to stop. It reports whether the queued work
// finished in time.
func Drain(timeout time.Duration, cancel func(), pools ...*Pool) bool {
	for _, p := range pools {
		p.Close()
	}
	drained := make(chan struct{})
	go func() {
		for _, p := range pools {
			p.Wait()
		}
		close(drained)
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-drained:
		return true
	case <-t.C:
		cancel()
		<-drained
		return false
	}
}

// exec runs one job: deduplicates it, bounds it in time and recovers a
// panic.
func (p *Pool) exec(ctx context.Context, j Job) {
	log := j.Log
	if log == nil {
		log = p.log.With("kind", j.Kind)
	}
	ctx = conversation.WithLogger(ctx, log)
	if p.cfg.HandleTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.cfg.HandleTimeout)
		defer cancel()
	}
	defer func() {
		if r := recover(); r != nil {
			p.metrics.Panic()
			// The panic's value may hold user text: only its type is logged.
			log.Error("handler panic recovered", "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
		}
	}()
	if j.DedupeID != "" && p.dedupe != nil {
		var first bool
		var err error
		id := p.cfg.DedupePrefix + j.DedupeID
		if tc, ok := p.dedupe.(TurnClaimer); ok && j.Turn.Valid() {
			ctx, first, err = tc.ClaimTurn(ctx, id, p.cfg.DedupeTTL, j.Turn)
		} else {
			first, err = p.dedupe.Claim(ctx, id, p.cfg.DedupeTTL)
		}
		switch {
		case err != nil:
			// At-least-once beats lost: handle it anyway.
			log.Warn("dedupe store unavailable; handling anyway", "id", j.DedupeID, "err", err)
		case !first:
			p.metrics.Duplicate(j.Kind)
			log.Debug("duplicate envelope skipped", "id", j.DedupeID)
			return
		}
	}
	j.Run(ctx)
	p.metrics.Handled(j.Kind, time.Since(j.Received))
}

// LogPanic recovers a panic of a goroutine outside a Pool and logs it:
// call it deferred. what names the goroutine.
func LogPanic(log *slog.Logger, what string) {
	if r := recover(); r != nil {
		// The panic's value may hold user text: only its type is logged.
		log.Error("panic recovered", "in", what, "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
	}
}
