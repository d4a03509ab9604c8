// Package memstore is an in-memory conversation.Store. It serves single-process
// runs (the CLI, local development) and is the fake used in tests of packages
// that need a Store.
package memstore

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
)

// user identifies the person behind a key; all of a user's conversations
// are kept under it so Forget can drop them together.
type user struct{ platform, team, id string }

type entry struct {
	data    []byte
	version int64
	expires time.Time // zero: never
}

// Store is an in-memory conversation.Store with the same semantics as the
// Redis store: versions for compare-and-set, a time to live per conversation,
// and Claim for deduplication. Data is copied in and out. A Store is safe for
// concurrent use; the zero value is not usable, call New.
type Store struct {
	now func() time.Time

	mu      sync.Mutex
	convs   map[user]map[string]*entry // user -> thread ("" for direct) -> state
	claims  map[string]time.Time       // dedupe id -> expiry
	sweepAt int                        // len(claims) at which to drop expired claims
}

// Option configures a Store.
type Option func(*Store)

// WithClock makes the store read the time from now instead of time.Now, so
// tests can expire entries without sleeping.
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// New returns an empty Store.
func New(opts ...Option) *Store {
	s := &Store{
		now:     time.Now,
		convs:   make(map[user]map[string]*entry),
		claims:  make(map[string]time.Time),
		sweepAt: 1024,
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

var _ conversation.Store = (*Store)(nil)

func userOf(k conversation.Key) user { return user{k.Platform, k.Team, k.User} }

func expired(expires, now time.Time) bool { return !expires.IsZero() && !now.Before(expires) }

// lookup returns the live entry for key, dropping it if it has expired.
// s.mu must be held.
func (s *Store) lookup(key conversation.Key, now time.Time) *entry {
	threads := s.convs[userOf(key)]
	e := threads[key.Thread]
	if e == nil {
		return nil
	}
	if expired(e.expires, now) {
		delete(threads, key.Thread)
		if len(threads) == 0 {
			delete(s.convs, userOf(key))
		}
		return nil
	}
	return e
}

// Load returns a copy of the state saved under key and its version, or nil
// and 0 when there is none (or it has expired). It fails only for an invalid
// key.
func (s *Store) Load(ctx context.Context, key conversation.Key) ([]byte, int64, error) {
	if !key.Valid() {
		return nil, 0, fmt.Errorf("load conversation %q: invalid key", key.String())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.lookup(key, s.now())
	if e == nil {
		return nil, 0, nil
	}
	return clone(e.data), e.version, nil
}

// Save stores a copy of data under key if the saved version equals version
// (0: nothing saved), sets the time to live to ttl (ttl <= 0: no expiry) and
// returns the new version. It returns an error wrapping
// conversation.ErrConflict if the version moved on.
func (s *Store) Save(ctx context.Context, key conversation.Key, data []byte, version int64, ttl time.Duration) (int64, error) {
	if !key.Valid() {
		return 0, fmt.Errorf("save conversation %q: invalid key", key.String())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	e := s.lookup(key, now)
	var cur int64
	if e != nil {
		cur = e.version
	}
	if cur != version {
		return 0, fmt.Errorf("save conversation %s at version %d (stored %d): %w", key, version, cur, conversation.ErrConflict)
	}
	if e == nil {
		u := userOf(key)
		if s.convs[u] == nil {
			s.convs[u] = make(map[string]*entry)
		}
		e = &entry{}
		s.convs[u][key.Thread] = e
	}
	e.data = clone(data)
	e.version = cur + 1
	e.expires = time.Time{}
	if ttl > 0 {
		e.expires = now.Add(ttl)
	}
	return e.version, nil
}

// Forget deletes every conversation of the user behind key: the direct one
// and all threads. It fails only for an invalid key.
func (s *Store) Forget(ctx context.Context, key conversation.Key) error {
	if !key.Valid() {
		return fmt.Errorf("forget conversations of %q: invalid key", key.UserID())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.convs, userOf(key))
	return nil
}

// TTL returns the time the conversation under key has left to live: 0 when
// there is none, -1 when it never expires. It exists for tests.
func (s *Store) TTL(key conversation.Key) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	e := s.lookup(key, now)
	switch {
	case e == nil:
		return 0
	case e.expires.IsZero():
		return -1
	}
	return e.expires.Sub(now)
}

// Claim records id for ttl and reports whether this caller is the first to
// claim it while the claim lives; it is used to drop duplicate deliveries of
// the same event. It never fails.
func (s *Store) Claim(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if exp, ok := s.claims[id]; ok && !expired(exp, now) {
		return false, nil
	}
	// Sweep expired claims whenever the map has doubled, so it stays bounded
	// by the claims alive at a time.
	if len(s.claims) >= s.sweepAt {
		for k, exp := range s.claims {
			if expired(exp, now) {
				delete(s.claims, k)
			}
		}
		s.sweepAt = max(1024, 2*len(s.claims))
	}
	var exp time.Time
	if ttl > 0 {
		exp = now.Add(ttl)
	}
	s.claims[id] = exp
	return true, nil
}

func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append(make([]byte, 0, len(b)), b...)
}
