// Package redisstore is a conversation.Store on Redis (standalone, Sentinel
// or Cluster) through go-redis.
//
// A conversation is a hash {v: version, d: data, t: token of the save that
// wrote it} under
//
//	<prefix>:{<platform>:<team>:<user>}:c:dm           direct conversation
//	<prefix>:{<platform>:<team>:<user>}:c:t:<thread>   thread conversation
//
// and every user has an index set <prefix>:{<platform>:<team>:<user>}:idx of
// their conversation keys. The braces are a Redis Cluster hash tag: all keys
// of one user live in one slot, so a save (conversation + index) is one
// atomic script and Forget needs no SCAN. The ids are percent-encoded, so no
// id can end the tag early or make two users' keys equal.
//
// A turn costs two round trips: Load is one HMGET (or none, when ClaimTurn
// read it ahead with the claim: turn.go), Save one EVALSHA.
package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
)

// DefaultPrefix starts every key the store writes unless WithPrefix says otherwise.
const DefaultPrefix = "techleader"

// Store is a conversation.Store on Redis. It is safe for concurrent use.
type Store struct {
	client   redis.UniversalClient
	prefix   string
	handoffs *HandoffStore // read ahead by ClaimTurn; nil: none
}

// Option configures a Store.
type Option func(*Store)

// WithPrefix sets the string every key starts with (default "techleader"),
// so several deployments or tests can share a Redis. Braces in it are
// escaped so they cannot form a hash tag. An empty prefix keeps the default.
func WithPrefix(prefix string) Option {
	return func(s *Store) {
		if prefix != "" {
			s.prefix = prefix
		}
	}
}

// New returns a Store on client. The store does not own the client: closing
// it is the caller's job.
func New(client redis.UniversalClient, opts ...Option) *Store {
	s := &Store{client: client, prefix: DefaultPrefix}
	for _, o := range opts {
		o(s)
	}
	s.prefix = KeyPrefix(s.prefix)
	return s
}

// braceEscaper keeps a prefix from forming a hash tag.
var braceEscaper = strings.NewReplacer("{", "%7B", "}", "%7D")

// KeyPrefix returns prefix ready to start keys: DefaultPrefix when "", its
// braces escaped so it cannot form a hash tag. Every store of an
// installation, in this package or beside it, starts its keys this way.
func KeyPrefix(prefix string) string {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return braceEscaper.Replace(prefix)
}

var _ conversation.Store = (*Store)(nil)

// escape percent-encodes every byte of s outside [A-Za-z0-9._/-], which
// includes ':', '{', '}' and '%' itself: the result can neither split nor
// end a key part, and distinct inputs give distinct outputs.
func escape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '.', c == '_', c == '/', c == '-':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// userPart is "platform:team:user" of k, each part escaped.
func userPart(k conversation.Key) string {
	return escape(k.Platform) + ":" + escape(k.Team) + ":" + escape(k.User)
}

// UserTag is the hash tag "{platform:team:user}" of the user behind k, the
// parts escaped: keys that carry it share the slot of the user's
// conversations, on a Cluster too.
func UserTag(k conversation.Key) string { return "{" + userPart(k) + "}" }

// userPrefix is "<prefix>:{platform:team:user}", the start of every key of
// the user behind k.
func (s *Store) userPrefix(k conversation.Key) string { return s.prefix + ":" + UserTag(k) }

func (s *Store) convKey(k conversation.Key) string {
	if k.Thread == "" {
		return s.userPrefix(k) + ":c:dm"
	}
	return s.userPrefix(k) + ":c:t:" + escape(k.Thread)
}

func (s *Store) indexKey(k conversation.Key) string { return s.userPrefix(k) + ":idx" }

func (s *Store) claimKey(id string) string { return s.prefix + ":dedupe:" + escape(id) }

// Load returns the state saved under key and its version, or nil and 0 when
// there is none. Errors wrap conversation.ErrUnavailable when Redis cannot be
// reached or is not serving (LOADING, CLUSTERDOWN, ...).
func (s *Store) Load(ctx context.Context, key conversation.Key) ([]byte, int64, error) {
	if !key.Valid() {
		return nil, 0, fmt.Errorf("load conversation %q: invalid key", key.String())
	}
	if cmd, ok := readRecord(ctx, s, key); ok {
		return record(key, cmd.Val(), cmd.Err()) // read ahead by ClaimTurn
	}
	vals, err := s.client.HMGet(ctx, s.convKey(key), "v", "d").Result()
	return record(key, vals, err)
}

// saveScript sets the conversation hash if its version is still ARGV[1],
// applies the ttl, and records the key in the user's index, whose ttl is
// stretched to outlive every conversation in it. It returns the new version,
// or -1 on a version mismatch. Each Save call has a token of its own,
// stored with the data: a save found done by this very call (the version
// one past the expected one, with its token) returns that version. The
// client retries a save whose reply was lost, and the retry must not read
// as a conflict; an equal save by another turn (a double click on another
// replica) still does.
//
// KEYS[1] conversation, KEYS[2] index; ARGV[1] expected version, ARGV[2]
// data, ARGV[3] ttl in milliseconds (0: no expiry), ARGV[4] token.
var saveScript = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if cur ~= tonumber(ARGV[1]) then
  if cur == tonumber(ARGV[1]) + 1 and redis.call('HGET', KEYS[1], 't') == ARGV[4] then return cur end
  return -1
end
local v = cur + 1
local ttl = tonumber(ARGV[3])
redis.call('HSET', KEYS[1], 'v', v, 'd', ARGV[2], 't', ARGV[4])
local fresh = redis.call('EXISTS', KEYS[2]) == 0
redis.call('SADD', KEYS[2], KEYS[1])
if ttl > 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  local left = redis.call('PTTL', KEYS[2])
  if fresh or (left >= 0 and left < ttl) then redis.call('PEXPIRE', KEYS[2], ttl) end
else
  redis.call('PERSIST', KEYS[1])
  redis.call('PERSIST', KEYS[2])
end
return v
`)

// Save stores data under key if the saved version still equals version (0:
// nothing saved), sets the conversation's time to live to ttl (ttl <= 0: no
// expiry) and returns the new version. It returns an error wrapping
// conversation.ErrConflict if the version moved on, and one wrapping
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *Store) Save(ctx context.Context, key conversation.Key, data []byte, version int64, ttl time.Duration) (int64, error) {
	if !key.Valid() {
		return 0, fmt.Errorf("save conversation %q: invalid key", key.String())
	}
	ms := int64(0)
	if ttl > 0 {
		ms = max(1, ttl.Milliseconds())
	}
	v, err := saveScript.Run(ctx, s.client, []string{s.convKey(key), s.indexKey(key)}, version, data, ms, token()).Int64()
	if err != nil {
		return 0, wrap(fmt.Sprintf("save conversation %s", key), err)
	}
	if v < 0 {
		return 0, fmt.Errorf("save conversation %s at version %d: %w", key, version, conversation.ErrConflict)
	}
	return v, nil
}

// forgetScript deletes KEYS[2..] and removes them and ARGV[..] from the
// index KEYS[1]; it returns how many keys the index still lists (added by a
// save that ran after the caller read the index).
var forgetScript = redis.NewScript(`
redis.call('DEL', unpack(KEYS, 2))
if #KEYS > 2 then redis.call('SREM', KEYS[1], unpack(KEYS, 3)) end
if #ARGV > 0 then redis.call('SREM', KEYS[1], unpack(ARGV)) end
return redis.call('SCARD', KEYS[1])
`)

// forgetBatch bounds the keys passed to one forgetScript call; forgetRounds
// bounds how often Forget rereads an index that saves keep refilling.
const (
	forgetBatch  = 500
	forgetRounds = 10
)

// Forget deletes every conversation of the user behind key, direct and in
// threads, and the user's index. It leaves other users alone. Errors wrap
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *Store) Forget(ctx context.Context, key conversation.Key) error {
	if !key.Valid() {
		return fmt.Errorf("forget conversations of %q: invalid key", key.UserID())
	}
	op := "forget conversations of " + key.UserID()
	idx := s.indexKey(key)
	direct := s.convKey(key.DirectKey())
	mine := s.userPrefix(key) + ":c:"
	for range forgetRounds {
		members, err := s.client.SMembers(ctx, idx).Result()
		if err != nil {
			return wrap(op, err)
		}
		var left int64
		for first := true; first || len(members) > 0; first = false {
			n := min(len(members), forgetBatch)
			keys := []string{idx, direct}
			var foreign []any // never delete outside this user, just unlist
			for _, m := range members[:n] {
				if strings.HasPrefix(m, mine) {
					keys = append(keys, m)
				} else {
					foreign = append(foreign, m)
				}
			}
			members = members[n:]
			if left, err = forgetScript.Run(ctx, s.client, keys, foreign...).Int64(); err != nil {
				return wrap(op, err)
			}
		}
		if left == 0 {
			return nil
		}
	}
	return fmt.Errorf("%s: conversations keep being saved while forgetting", op)
}

// dedupeScript sets KEYS[1] to the token ARGV[1] for ARGV[2] milliseconds
// unless it is set, and returns 1 when it set it or holds that very token
// already (a retry of this claim whose reply was lost), else 0.
var dedupeScript = redis.NewScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
return 0
`)

// Claim records id for ttl and reports whether this caller is the first to
// claim it while the claim lives; the front ends use it to drop duplicate
// deliveries of an event. Each call claims with a token of its own, so a
// retry of the same call (the client retries while Redis fails over) is
// still the first. Errors wrap conversation.ErrUnavailable when Redis
// cannot be reached.
func (s *Store) Claim(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	n, err := dedupeScript.Run(ctx, s.client, []string{s.claimKey(id)}, token(), max(1, ttl.Milliseconds())).Int()
	if err != nil {
		return false, wrap("claim event "+id, err)
	}
	return n == 1, nil
}

// token is a random string naming one write, so that its retry can
// recognise it.
func token() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// wrap adds op to err and marks it with conversation.ErrUnavailable when it
// is transient: the network, a timeout, or a server not serving right now.
func wrap(op string, err error) error {
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %w", op, conversation.ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func unavailable(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false // the caller gave up; not the store's fault
	}
	var rerr redis.Error
	if !errors.As(err, &rerr) {
		// Not a reply from Redis: dial errors, timeouts, EOF, pool
		// exhaustion, closed client.
		return true
	}
	if redis.IsLoadingError(err) || redis.IsReadOnlyError(err) || redis.IsClusterDownError(err) ||
		redis.IsTryAgainError(err) || redis.IsMasterDownError(err) || redis.IsMaxClientsError(err) {
		return true
	}
	msg := rerr.Error()
	for _, p := range []string{"NOREPLICAS ", "BUSY ", "MISCONF "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
