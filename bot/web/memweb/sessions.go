package memweb

import (
	"context"
	"sync"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// Sessions is a web.Sessions in memory.
type Sessions struct {
	now func() time.Time

	mu      sync.Mutex
	expires map[string]time.Time // zero: never
	writes  int
}

var _ web.Sessions = (*Sessions)(nil)

// NewSessions returns an empty Sessions.
func NewSessions(opts ...Option) *Sessions {
	return &Sessions{now: build(opts).now, expires: map[string]time.Time{}}
}

func (s *Sessions) deadline(now time.Time, ttl time.Duration) time.Time {
	if ttl <= 0 {
		return time.Time{}
	}
	return now.Add(ttl)
}

// live reports whether id is live, dropping it when expired. s.mu must be
// held.
func (s *Sessions) live(id string, now time.Time) bool {
	exp, ok := s.expires[id]
	if ok && expired(exp, now) {
		delete(s.expires, id)
		return false
	}
	return ok
}

// Create implements web.Sessions.
func (s *Sessions) Create(ctx context.Context, id string, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.writes++; s.writes%sweepEvery == 0 {
		for k, exp := range s.expires {
			if expired(exp, now) {
				delete(s.expires, k)
			}
		}
	}
	if s.live(id, now) {
		return web.ErrSessionExists
	}
	s.expires[id] = s.deadline(now, ttl)
	return nil
}

// Touch implements web.Sessions.
func (s *Sessions) Touch(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.live(id, now) {
		return false, nil
	}
	s.expires[id] = s.deadline(now, ttl)
	return true, nil
}

// Delete implements web.Sessions.
func (s *Sessions) Delete(ctx context.Context, id string) error {
	s.mu.Lock()
	delete(s.expires, id)
	s.mu.Unlock()
	return ctx.Err()
}

// TTL reports how long id has left to live (0: unknown or no expiry), for
// the contract suite.
func (s *Sessions) TTL(id string) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	exp := s.expires[id]
	if exp.IsZero() {
		return 0
	}
	return exp.Sub(s.now())
}
