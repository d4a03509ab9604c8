package slackbot

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/springfield/techleader/bot"
)

// lanes keep the messages to each channel in order and let them wait for
// the channel's posting turn without holding a worker. A message to a
// channel with nothing queued and a free turn is sent at once by the
// caller; otherwise it joins the channel's queue (bounded) and the
// channel's sender, a goroutine that lives while the queue is not empty,
// sends it in turn. Messages marked urgent (the answers to help, cancel,
// forget, and the slow-down note) go ahead of the ordinary ones still
// queued; an update never does, so it always follows its message. Safe
// for concurrent use.
type lanes struct {
	limit   int           // queued messages per channel (ordinary, and urgent)
	timeout time.Duration // bounds one queued message's sending
	// ready reports whether a post to channel would get its turn now.
	ready func(channel string) bool
	log   *slog.Logger

	ctx    context.Context // ends when the shutdown's drain runs out of time
	cancel context.CancelFunc

	mu   sync.Mutex
	m    map[string]*lane  // channels with a message being sent or queued
	refs map[string]string // placeholder -> ts of a queued post, once sent
	seq  uint64
	idle chan struct{} // closed when m empties, for drain
}

// lane is one channel's queue; busy while a message of it is being sent.
type lane struct {
	urgent, normal []laneOp
}

// queue is l's urgent or ordinary queue.
func (l *lane) queue(urgent bool) *[]laneOp {
	if urgent {
		return &l.urgent
	}
	return &l.normal
}

type laneOp struct {
	ctx  context.Context
	done context.CancelFunc
	fn   func(ctx context.Context) string
	ref  string // placeholder to resolve to fn's result, or ""
}

// maxRefs bounds the placeholders remembered (the questions posted late
// that an update may still refer to).
const maxRefs = 10000

func newLanes(limit int, timeout time.Duration, ready func(string) bool, log *slog.Logger) *lanes {
	ctx, cancel := context.WithCancel(context.Background())
	return &lanes{limit: max(limit, 1), timeout: timeout, ready: ready, log: log, ctx: ctx, cancel: cancel,
		m: make(map[string]*lane), refs: make(map[string]string)}
}

// laneMode says how a message joins its channel's lane.
type laneMode struct {
	paced  bool // it takes a posting turn
	urgent bool // it goes ahead of ordinary queued messages
	ref    bool // a placeholder for its result is wanted when it is queued
}

// run runs fn for channel in the channel's order: at once, on the caller,
// when nothing of the channel is queued or being sent and (for a paced
// message) a turn is free; else it queues fn for the channel's sender.
// It returns fn's result when fn ran at once; when queued, a placeholder
// (mode.ref) that takeRef turns into fn's result once fn has run, or "".
// ok is false when the channel's queue is full and fn was dropped.
func (ls *lanes) run(ctx context.Context, channel string, mode laneMode, fn func(ctx context.Context) string) (res string, queued, ok bool) {
	ls.mu.Lock()
	l := ls.m[channel]
	if l == nil && (!mode.paced || ls.ready(channel)) {
		l = &lane{}
		ls.m[channel] = l // busy: later messages queue behind this one
		ls.mu.Unlock()
		defer ls.next(channel)
		if res = fn(context.WithValue(ctx, handOverKey{}, true)); res != handedOver {
			return res, false, true
		}
		// Slack asked to wait (a 429): the sender retries it, first.
		ls.mu.Lock()
		return ls.queueLocked(ctx, l, mode, fn, true), true, true
	}
	start := l == nil
	if start {
		l = &lane{}
		ls.m[channel] = l
	}
	if len(*l.queue(mode.urgent)) >= ls.limit {
		ls.mu.Unlock()
		return "", true, false
	}
	ref := ls.queueLocked(ctx, l, mode, fn, false)
	if start {
		go ls.send(channel)
	}
	return ref, true, true
}

// handedOver is what a post made at once returns when it handed its retry
// over to the channel's sender (errHandOver).
const handedOver = "\x00handed over"

// queueLocked queues fn in l, at the front when first, unlocks ls.mu and
// returns fn's placeholder (mode.ref) or "".
func (ls *lanes) queueLocked(ctx context.Context, l *lane, mode laneMode, fn func(ctx context.Context) string, first bool) string {
	op := laneOp{fn: fn}
	if mode.ref {
		ls.seq++
		op.ref = "~" + strconv.FormatUint(ls.seq, 36)
	}
	// The job's context ends with the job; the message outlives it, up to
	// timeout, and until the drain gives up.
	var cancel context.CancelFunc
	op.ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), ls.timeout)
	stop := context.AfterFunc(ls.ctx, cancel)
	op.done = func() { stop(); cancel() }
	q := l.queue(mode.urgent)
	if first {
		*q = append([]laneOp{op}, *q...)
	} else {
		*q = append(*q, op)
	}
	ls.mu.Unlock()
	return op.ref
}

// next is called when a message sent at once is done: the channel's
// sender takes over what was queued meanwhile.
func (ls *lanes) next(channel string) {
	ls.mu.Lock()
	l := ls.m[channel]
	if len(l.urgent)+len(l.normal) > 0 {
		ls.mu.Unlock()
		go ls.send(channel)
		return
	}
	ls.removeLocked(channel)
	ls.mu.Unlock()
}

// send is the channel's sender: it sends the queued messages one after
// another, urgent ones first, and ends when the queue is empty.
func (ls *lanes) send(channel string) {
	for {
		ls.mu.Lock()
		l := ls.m[channel]
		var op laneOp
		switch {
		case len(l.urgent) > 0:
			op, l.urgent = l.urgent[0], l.urgent[1:]
		case len(l.normal) > 0:
			op, l.normal = l.normal[0], l.normal[1:]
		default:
			ls.removeLocked(channel)
			ls.mu.Unlock()
			return
		}
		ls.mu.Unlock()
		res := ls.runOp(op)
		if op.ref != "" && res != "" {
			ls.mu.Lock()
			if len(ls.refs) >= maxRefs {
				clear(ls.refs)
			}
			ls.refs[op.ref] = res
			ls.mu.Unlock()
		}
	}
}

func (ls *lanes) runOp(op laneOp) (res string) {
	defer op.done()
	defer bot.LogPanic(ls.log, "channel sender")
	return op.fn(op.ctx)
}

func (ls *lanes) removeLocked(channel string) {
	delete(ls.m, channel)
	if len(ls.m) == 0 && ls.idle != nil {
		close(ls.idle)
		ls.idle = nil
	}
}

// isPlaceholder reports whether ts is a placeholder from run.
func isPlaceholder(ts string) bool { return strings.HasPrefix(ts, "~") }

// takeRef returns (and forgets) the result of the queued message that
// placeholder stands for: its ts, or false when it was not posted (yet).
func (ls *lanes) takeRef(placeholder string) (string, bool) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	ts, ok := ls.refs[placeholder]
	delete(ls.refs, placeholder)
	return ts, ok
}

// drain waits up to timeout for every queued message to be sent; then it
// cancels the rest (they fail, counted as undelivered) and waits for the
// senders to finish. It reports whether everything was sent in time.
func (ls *lanes) drain(timeout time.Duration) bool {
	wait := func() <-chan struct{} {
		ls.mu.Lock()
		defer ls.mu.Unlock()
		if len(ls.m) == 0 {
			return nil
		}
		if ls.idle == nil {
			ls.idle = make(chan struct{})
		}
		return ls.idle
	}
	idle := wait()
	if idle == nil {
		return true
	}
	t := time.NewTimer(max(timeout, 0))
	defer t.Stop()
	select {
	case <-idle:
		return true
	case <-t.C:
	}
	ls.cancel()
	if idle := wait(); idle != nil {
		<-idle
	}
	return false
}
