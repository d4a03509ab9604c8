package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// A turn's read-ahead. The worker pool claims an input's id (SET NX) and,
// in the same pipeline, reads what the turn reads first: the
// conversation's record (HMGET) and, for a direct conversation, the user's
// active handoff id (GET, when the Store knows the HandoffStore). The
// reads ride in the turn's context; Load and HandoffStore.Active each use
// theirs once instead of asking Redis. An ordinary turn is then two round
// trips: this pipeline and the save's script. The claim is as atomic as
// before (exactly one SET NX wins), and a read that went stale before the
// save only costs a conflict, after which Load reads Redis again.
//
// On Redis Cluster the three keys live in up to three slots (the claim's,
// the user's, the handoffs'); go-redis sends each node its part of the
// pipeline at once, and no script ever spans slots.

// readAhead is what ClaimTurn read for one turn.
type readAhead struct {
	store  *Store
	key    conversation.Key
	record *redis.SliceCmd
	used   atomic.Bool

	handoffs *HandoffStore // nil: the active handoff was not read
	active   *redis.StringCmd
	usedHo   atomic.Bool
}

type readAheadKey struct{}

// WithHandoffStore lets ClaimTurn read, for hs, the user's active handoff
// id along with the conversation (see ClaimTurn).
func WithHandoffStore(hs *HandoffStore) Option { return func(s *Store) { s.handoffs = hs } }

// ClaimTurn is Claim for an input of the conversation key: in the same
// round trip it reads the conversation's record and, for a direct
// conversation, the user's active handoff id (WithHandoffStore). The
// returned context carries those reads: Load(key) and the HandoffStore's
// Active(key) use them once. Errors are Claim's; the reads' own errors
// surface when they are used.
func (s *Store) ClaimTurn(ctx context.Context, id string, ttl time.Duration, key conversation.Key) (context.Context, bool, error) {
	if !key.Valid() {
		ok, err := s.Claim(ctx, id, ttl)
		return ctx, ok, err
	}
	ra := &readAhead{store: s, key: key}
	pipe := s.client.Pipeline()
	claim := pipe.SetNX(ctx, s.claimKey(id), "1", ttl)
	ra.record = pipe.HMGet(ctx, s.convKey(key), "v", "d")
	if s.handoffs != nil && key.Thread == "" {
		ra.handoffs = s.handoffs
		ra.active = pipe.Get(ctx, s.handoffs.activeKey(key))
	}
	_, _ = pipe.Exec(ctx) // each command's error is its own
	ok, err := claim.Result()
	if err != nil {
		return ctx, false, wrap("claim event "+id, err)
	}
	return context.WithValue(ctx, readAheadKey{}, ra), ok, nil
}

// readRecord returns the read-ahead record of key for s, once.
func readRecord(ctx context.Context, s *Store, key conversation.Key) (*redis.SliceCmd, bool) {
	ra, _ := ctx.Value(readAheadKey{}).(*readAhead)
	if ra == nil || ra.store != s || ra.key != key || !ra.used.CompareAndSwap(false, true) {
		return nil, false
	}
	return ra.record, true
}

// readActive returns the read-ahead active handoff id of user for hs,
// once: "" when the user has none. ok is false when there is no usable
// read-ahead (then Active asks Redis).
func readActive(ctx context.Context, hs *HandoffStore, user conversation.Key) (id string, ok bool) {
	ra, _ := ctx.Value(readAheadKey{}).(*readAhead)
	if ra == nil || ra.handoffs != hs || ra.key != user || !ra.usedHo.CompareAndSwap(false, true) {
		return "", false
	}
	id, err := ra.active.Result()
	switch {
	case errors.Is(err, redis.Nil):
		return "", true
	case err != nil:
		return "", false
	}
	return id, true
}

// record reads a conversation hash's HMGET v d answer.
func record(key conversation.Key, vals []any, err error) ([]byte, int64, error) {
	if err != nil {
		return nil, 0, wrap(fmt.Sprintf("load conversation %s", key), err)
	}
	if len(vals) != 2 || vals[0] == nil {
		return nil, 0, nil
	}
	vs, ok1 := vals[0].(string)
	ds, ok2 := vals[1].(string)
	version, err := strconv.ParseInt(vs, 10, 64)
	if !ok1 || !ok2 || err != nil || version <= 0 {
		return nil, 0, fmt.Errorf("load conversation %s: malformed record", key)
	}
	return []byte(ds), version, nil
}

// activeOf finishes Active once the active handoff id is known.
func (s *HandoffStore) activeOf(ctx context.Context, user conversation.Key, id string) (handoff.Handoff, error) {
	if id == "" {
		return handoff.Handoff{}, fmt.Errorf("active handoff of %s: %w", user.UserID(), handoff.ErrNotFound)
	}
	h, err := s.Get(ctx, id)
	if err == nil && !h.Active() {
		err = fmt.Errorf("active handoff of %s: %w", user.UserID(), handoff.ErrNotFound)
	}
	return h, err
}
