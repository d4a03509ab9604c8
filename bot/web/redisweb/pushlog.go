package redisweb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/web"
)

// PushLog is a web.PushLog in Redis: a capped stream per session with the
// session TTL. A reader waiting for pushes holds no connection: one
// subscription per process to the push channel wakes the local readers of
// a session when any replica appends to it. A wake-up lost while that
// subscription reconnects only delays a push until the reader's wait ends
// (it reads again then), never loses it.
type PushLog struct {
	c    redis.UniversalClient
	o    options
	size int64
	ttl  time.Duration

	mu      sync.Mutex
	sub     *redis.PubSub // nil until the first waiting read
	waiters map[string]*waiter
	closed  bool
}

type waiter struct {
	ch chan struct{}
	n  int
}

var _ web.PushLog = (*PushLog)(nil)

// NewPushLog returns a PushLog through c keeping the newest size pushes
// per session (at least one), each log for ttl after its last append (0:
// forever). Close it to end its subscription.
func NewPushLog(c redis.UniversalClient, size int, ttl time.Duration, opts ...Option) *PushLog {
	return &PushLog{c: c, o: build(opts), size: int64(max(1, size)), ttl: ttl, waiters: map[string]*waiter{}}
}

// Append implements web.PushLog.
func (l *PushLog) Append(ctx context.Context, session string, p web.Push) (string, error) {
	key := l.o.pushKey(session)
	values := []any{"kind", string(p.Kind), "from", p.From, "text", p.Text, "at", p.At.UnixMilli()}
	if len(p.Actions) > 0 {
		raw, err := json.Marshal(p.Actions)
		if err != nil {
			return "", fmt.Errorf("encode web push actions: %w", err)
		}
		values = append(values, "actions", string(raw))
	}
	var add *redis.StringCmd
	_, err := l.c.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		add = pipe.XAdd(ctx, &redis.XAddArgs{Stream: key, MaxLen: l.size, Values: values})
		if l.ttl > 0 {
			pipe.PExpire(ctx, key, l.ttl)
		}
		return nil
	})
	if err != nil {
		return "", unavailable("append web push", err)
	}
	// A lost wake-up only delays the push (see PushLog), so a failed
	// publish does not fail the append.
	_ = l.c.Publish(ctx, l.o.pushChannel(), session).Err()
	return add.Val(), nil
}

// Read implements web.PushLog.
func (l *PushLog) Read(ctx context.Context, session, after string, max int, wait time.Duration) ([]web.Push, error) {
	if after != "" && !web.ValidPushID(after) {
		return nil, web.ErrBadPushID
	}
	if after == "" {
		after = "0-0"
	}
	if wait <= 0 {
		return l.read(ctx, session, after, max)
	}
	wake, err := l.wait(ctx, session)
	if err != nil {
		return nil, err
	}
	defer l.unwait(session, wake)
	got, err := l.read(ctx, session, after, max)
	if err != nil || len(got) > 0 {
		return got, err
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-wake:
	case <-t.C:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return l.read(ctx, session, after, max)
}

func (l *PushLog) read(ctx context.Context, session, after string, max int) ([]web.Push, error) {
	res, err := l.c.XRead(ctx, &redis.XReadArgs{
		Streams: []string{l.o.pushKey(session), after}, Count: int64(max), Block: -1,
	}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, unavailable("read web pushes", err)
	}
	var out []web.Push
	for _, s := range res {
		for _, m := range s.Messages {
			out = append(out, push(m))
		}
	}
	return out, nil
}

func push(m redis.XMessage) web.Push {
	str := func(k string) string { s, _ := m.Values[k].(string); return s }
	ms, _ := strconv.ParseInt(str("at"), 10, 64)
	p := web.Push{ID: m.ID, Kind: web.PushKind(str("kind")), From: str("from"), Text: str("text"), At: time.UnixMilli(ms)}
	if raw := str("actions"); raw != "" {
		// Written by Append: a broken value only loses the buttons.
		_ = json.Unmarshal([]byte(raw), &p.Actions)
	}
	return p
}

// wait registers a reader of session and returns the channel its next
// append closes, subscribing first if this is the first reader.
func (l *PushLog) wait(ctx context.Context, session string) (<-chan struct{}, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, errors.New("web push log closed")
	}
	if l.sub == nil {
		sub := l.c.Subscribe(ctx, l.o.pushChannel())
		// Wait for the subscription, so no append after this read is missed.
		if _, err := sub.Receive(ctx); err != nil {
			_ = sub.Close()
			return nil, unavailable("subscribe to web pushes", err)
		}
		l.sub = sub
		go l.listen(sub.Channel())
	}
	w := l.waiters[session]
	if w == nil {
		w = &waiter{ch: make(chan struct{})}
		l.waiters[session] = w
	}
	w.n++
	return w.ch, nil
}

func (l *PushLog) unwait(session string, ch <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if w := l.waiters[session]; w != nil && w.ch == ch {
		if w.n--; w.n == 0 {
			delete(l.waiters, session)
		}
	}
}

// listen wakes the readers of each session named on the channel; it ends
// when the subscription is closed.
func (l *PushLog) listen(msgs <-chan *redis.Message) {
	for m := range msgs {
		l.mu.Lock()
		if w := l.waiters[m.Payload]; w != nil {
			close(w.ch)
			delete(l.waiters, m.Payload)
		}
		l.mu.Unlock()
	}
}

// Delete implements web.PushLog.
func (l *PushLog) Delete(ctx context.Context, session string) error {
	if err := l.c.Del(ctx, l.o.pushKey(session)).Err(); err != nil {
		return unavailable("delete web pushes", err)
	}
	return nil
}

// Close ends the subscription; waiting reads end at their deadline.
func (l *PushLog) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.closed = true
	if l.sub == nil {
		return nil
	}
	err := l.sub.Close()
	l.sub = nil
	if err != nil {
		return fmt.Errorf("close web push subscription: %w", err)
	}
	return nil
}

// TTL reports how long session's log has left to live (for the contract
// suite).
func (l *PushLog) TTL(ctx context.Context, session string) (time.Duration, error) {
	return l.c.PTTL(ctx, l.o.pushKey(session)).Result()
}
