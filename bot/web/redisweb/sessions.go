package redisweb

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
)

// Sessions is a web.Sessions in Redis.
type Sessions struct {
	c redis.UniversalClient
	o options
}

var _ web.Sessions = (*Sessions)(nil)

// NewSessions returns Sessions kept through c.
func NewSessions(c redis.UniversalClient, opts ...Option) *Sessions {
	return &Sessions{c: c, o: build(opts)}
}

// unavailable wraps a Redis error as transient.
func unavailable(op string, err error) error {
	return fmt.Errorf("%s: %w: %w", op, conversation.ErrUnavailable, err)
}

// Create implements web.Sessions.
func (s *Sessions) Create(ctx context.Context, id string, ttl time.Duration) error {
	ok, err := s.c.SetNX(ctx, s.o.sessionKey(id), 1, max(ttl, 0)).Result()
	if err != nil {
		return unavailable("create web session", err)
	}
	if !ok {
		return web.ErrSessionExists
	}
	return nil
}

// Touch implements web.Sessions.
func (s *Sessions) Touch(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	key := s.o.sessionKey(id)
	var ok bool
	var err error
	if ttl > 0 {
		ok, err = s.c.PExpire(ctx, key, ttl).Result()
	} else {
		var n int64
		n, err = s.c.Exists(ctx, key).Result()
		ok = n == 1
	}
	if err != nil {
		return false, unavailable("touch web session", err)
	}
	return ok, nil
}

// Delete implements web.Sessions.
func (s *Sessions) Delete(ctx context.Context, id string) error {
	if err := s.c.Del(ctx, s.o.sessionKey(id)).Err(); err != nil {
		return unavailable("delete web session", err)
	}
	return nil
}

// TTL reports how long id has left to live (for the contract suite).
func (s *Sessions) TTL(ctx context.Context, id string) (time.Duration, error) {
	return s.c.PTTL(ctx, s.o.sessionKey(id)).Result()
}
