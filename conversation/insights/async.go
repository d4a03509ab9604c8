package insights

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/springfield/techleader/conversation"
)

// EntryWriter writes entries a Policy prepared, a batch at once (the Redis
// store: one round trip per batch).
type EntryWriter interface {
	WriteEntries(ctx context.Context, entries []Entry) error
}

// BatchStore is a Store that also writes prepared entries in batches: what
// Async writes to.
type BatchStore interface {
	Store
	EntryWriter
}

// AsyncConfig tunes Async; zero fields take DefaultAsyncConfig's values.
type AsyncConfig struct {
	Queue    int           // events waiting to be written, at most; more are dropped and counted
	Batch    int           // events per write, at most; a full batch is written at once
	Interval time.Duration // how long an event may wait for its write
	Attempts int           // tries of a batch before it is counted as failed
	Backoff  time.Duration // wait before the second try, doubled for each later one
}

// DefaultAsyncConfig is what serve uses.
func DefaultAsyncConfig() AsyncConfig {
	return AsyncConfig{Queue: 8192, Batch: 256, Interval: time.Second, Attempts: 4, Backoff: 200 * time.Millisecond}
}

// AsyncStats are Async's counts since it was made.
type AsyncStats struct {
	Queued  int    // waiting now, the batch being written included
	Texts   int    // question texts among the queued
	Written uint64 // events written
	Dropped uint64 // events refused because the queue was full
	Failed  uint64 // events whose batch failed every try, or left unwritten by Close
	Retries uint64 // tries of a batch after a failed one
}

// Async is a Store that takes recording off the caller's path: Record
// prepares the event (validating it, fixing its day and the user's
// reference) and queues it, and one goroutine writes the queue in batches
// every Interval, or as soon as a batch is full. A full queue drops new
// events and counts them rather than make the caller wait. Reads (Totals,
// Questions) first write what this process queued, so they see its own
// events; another process's show up within its Interval. Forget takes the
// user's texts out of the queue and out of a batch being written before
// forgetting them in the store, so no text of theirs queued before lands
// after. A write that fails is tried again with backoff, then counted
// (Stats) and logged. Close writes what is left, within its context.
// After Close, Record writes directly. Make it with NewAsync.
type Async struct {
	store  BatchStore
	policy Policy
	cfg    AsyncConfig
	log    *slog.Logger

	mu       sync.Mutex
	queue    []Entry
	inflight []Entry // the batch being written; Forget edits it too
	closed   bool

	batchMu   sync.Mutex // one batch written at a time, by the flusher or Flush
	attemptMu sync.Mutex // held during one write of a batch; Forget waits for it

	wake    chan struct{} // a batch is full
	stop    chan struct{}
	done    chan struct{}
	stopped context.Context // cancelled by Close's deadline, ending a write in progress
	abort   context.CancelFunc

	written, dropped, failed, retries atomic.Uint64
	reportedDrops                     uint64 // drops already logged; flusher only
}

var _ Store = (*Async)(nil)

// NewAsync returns an Async writing to store, preparing events with policy
// (the store's), and starts its writer; log (nil: discarded) hears of
// failed writes and dropped events, never their text.
func NewAsync(store BatchStore, policy Policy, cfg AsyncConfig, log *slog.Logger) *Async {
	def := DefaultAsyncConfig()
	if cfg.Queue <= 0 {
		cfg.Queue = def.Queue
	}
	if cfg.Batch <= 0 {
		cfg.Batch = def.Batch
	}
	if cfg.Interval <= 0 {
		cfg.Interval = def.Interval
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = def.Attempts
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = def.Backoff
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	a := &Async{
		store: store, policy: policy, cfg: cfg, log: log,
		wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
		stopped: ctx, abort: cancel,
	}
	go a.run()
	return a
}

// Record queues e for the user behind user. Errors wrap ErrInvalid for a
// bad event or key; a full queue is no error (the event is counted as
// dropped). After Close it writes e at once, with the store's errors.
func (a *Async) Record(ctx context.Context, user conversation.Key, e Event) error {
	en, ok, err := a.policy.Prepare(user, e)
	if err != nil || !ok {
		return err
	}
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return a.store.WriteEntries(ctx, []Entry{en})
	}
	if len(a.queue) >= a.cfg.Queue {
		a.mu.Unlock()
		a.dropped.Add(1)
		return nil
	}
	a.queue = append(a.queue, en)
	full := len(a.queue) >= a.cfg.Batch
	a.mu.Unlock()
	if full {
		select {
		case a.wake <- struct{}{}:
		default:
		}
	}
	return nil
}

// run is the flusher: it writes the queue every Interval or when a batch
// is full, until Close.
func (a *Async) run() {
	defer close(a.done)
	tick := time.NewTicker(a.cfg.Interval)
	defer tick.Stop()
	for {
		least := 1 // on the tick, everything queued
		select {
		case <-a.stop:
			return
		case <-tick.C:
		case <-a.wake:
			least = a.cfg.Batch // full batches only: under load, few large writes
		}
		if err := a.drain(a.stopped, -1, least); err != nil && a.stopped.Err() == nil {
			a.log.Warn("insights events not written", "err", err)
		}
		if d := a.dropped.Load(); d > a.reportedDrops {
			a.log.Warn("insights events dropped: queue full", "dropped", d-a.reportedDrops, "queue", a.cfg.Queue)
			a.reportedDrops = d
		}
	}
}

// drain writes batches until fewer than least events are queued, or
// after max batches (negative: no limit). It returns the errors of failed
// batches.
func (a *Async) drain(ctx context.Context, max, least int) error {
	var errs []error
	for n := 0; max < 0 || n < max; n++ {
		more, err := a.writeBatch(ctx, least)
		if err != nil {
			errs = append(errs, err)
		}
		if !more || ctx.Err() != nil {
			break
		}
	}
	return errors.Join(errs...)
}

// writeBatch takes the next batch off the queue, if at least least events
// are queued, and writes it, trying again with backoff; it reports whether
// more is queued.
func (a *Async) writeBatch(ctx context.Context, least int) (more bool, err error) {
	a.batchMu.Lock()
	defer a.batchMu.Unlock()
	a.mu.Lock()
	n := min(len(a.queue), a.cfg.Batch)
	if n < least {
		n = 0
	}
	a.inflight = slices.Clone(a.queue[:n])
	a.queue = append(a.queue[:0], a.queue[n:]...)
	a.mu.Unlock()
	if n == 0 {
		return false, nil
	}
	wait := a.cfg.Backoff
	for try := 1; ; try++ {
		if err = a.attempt(ctx); err == nil {
			a.written.Add(uint64(n))
			break
		}
		if try == a.cfg.Attempts || !sleep(ctx, wait) {
			a.failed.Add(uint64(n))
			err = fmt.Errorf("%d events after %d tries: %w", n, try, err)
			break
		}
		a.retries.Add(1)
		wait *= 2
	}
	a.mu.Lock()
	a.inflight = nil
	more = len(a.queue) > 0
	a.mu.Unlock()
	return more, err
}

// attempt writes the batch in flight once, as Forget last left it.
func (a *Async) attempt(ctx context.Context) error {
	a.attemptMu.Lock()
	defer a.attemptMu.Unlock()
	a.mu.Lock()
	batch := slices.Clone(a.inflight)
	a.mu.Unlock()
	return a.store.WriteEntries(ctx, batch)
}

// sleep waits d unless ctx ends first; it reports whether it waited.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// Flush writes what was queued before the call, returning the errors of
// batches that failed every try (their events are counted as failed).
func (a *Async) Flush(ctx context.Context) error {
	a.mu.Lock()
	batches := (len(a.queue) + a.cfg.Batch - 1) / a.cfg.Batch
	a.mu.Unlock()
	// Once batchMu is free, a batch the flusher took before the call is
	// written; one more lets a partial batch taken since be counted.
	return a.drain(ctx, batches+1, 1)
}

// Close stops the flusher and writes what is left within ctx; what is
// still unwritten when ctx ends is counted as failed and reported. Later
// Records write directly. Close is safe to call more than once.
func (a *Async) Close(ctx context.Context) error {
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return nil
	}
	a.closed = true
	a.mu.Unlock()
	stop := context.AfterFunc(ctx, a.abort) // the deadline also ends a write in progress
	defer stop()
	close(a.stop)
	<-a.done
	err := a.drain(ctx, -1, 1)
	a.mu.Lock()
	left := len(a.queue)
	a.queue = nil
	a.mu.Unlock()
	a.abort()
	if left > 0 {
		a.failed.Add(uint64(left))
		err = errors.Join(err, fmt.Errorf("%d insights events not written before shutdown: %w", left, ctx.Err()))
	}
	return err
}

// Forget takes the texts of the user behind user out of the queue and the
// batch being written, waits for a write already under way, then forgets
// the user in the store. Their queued events are still counted. Errors
// wrap ErrInvalid for a bad key, else are the store's.
func (a *Async) Forget(ctx context.Context, user conversation.Key) error {
	if !user.Valid() {
		return fmt.Errorf("%w: key %q", ErrInvalid, user.UserID())
	}
	ref := UserRef(user)
	a.mu.Lock()
	for _, q := range [][]Entry{a.queue, a.inflight} {
		for i := range q {
			if q[i].User == ref {
				q[i].Text = nil
			}
		}
	}
	a.mu.Unlock()
	// A write that copied the batch before the edit ends before the texts
	// are deleted; later ones copy it edited.
	a.attemptMu.Lock()
	defer a.attemptMu.Unlock()
	return a.store.Forget(ctx, user)
}

// Totals writes this process's queued events, then adds up p's figures.
func (a *Async) Totals(ctx context.Context, p Period) (Totals, error) {
	a.flushForRead(ctx)
	return a.store.Totals(ctx, p)
}

// Questions writes this process's queued events, then returns p's texts.
func (a *Async) Questions(ctx context.Context, p Period) ([]Question, error) {
	a.flushForRead(ctx)
	return a.store.Questions(ctx, p)
}

// flushForRead flushes before a read; a failed write is logged, and the
// read goes on with what is stored.
func (a *Async) flushForRead(ctx context.Context) {
	if err := a.Flush(ctx); err != nil {
		a.log.Warn("insights events not written before a report", "err", err)
	}
}

// Stats returns the counts so far.
func (a *Async) Stats() AsyncStats {
	a.mu.Lock()
	queued, texts := len(a.queue)+len(a.inflight), 0
	for _, q := range [][]Entry{a.queue, a.inflight} {
		for _, en := range q {
			if en.Text != nil {
				texts++
			}
		}
	}
	a.mu.Unlock()
	return AsyncStats{
		Queued: queued, Texts: texts, Written: a.written.Load(), Dropped: a.dropped.Load(),
		Failed: a.failed.Load(), Retries: a.retries.Load(),
	}
}

// Store is the store Async writes to.
func (a *Async) Store() BatchStore { return a.store }
