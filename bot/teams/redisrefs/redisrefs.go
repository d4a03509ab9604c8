// Package redisrefs keeps the Teams front end's conversation references
// (teams.RefStore) in Redis (single, Sentinel or Cluster), so that every
// replica can reach every user and a restart forgets no one.
//
// Each user's references are one hash,
//
//	<prefix>:{<platform>:<tenant>:<user>}:teams:refs   fields "personal", "elsewhere" (JSON)
//
// whose braces are a Redis Cluster hash tag (the same one as the user's
// conversations), and every command touches that one key: a save is
// HSET and PEXPIRE in one MULTI, so it works on a Cluster. The ids are
// percent-encoded, so no id can end the tag early or make two users'
// keys equal. The hash lives for the session TTL after its last save.
package redisrefs

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
)

// DefaultPrefix starts every key when no prefix is given.
const DefaultPrefix = redisstore.DefaultPrefix

// Store is a teams.RefStore in Redis. It is safe for concurrent use.
type Store struct {
	c      redis.UniversalClient
	prefix string
	ttl    time.Duration
}

var _ teams.RefStore = (*Store)(nil)

// New returns a Store on c whose keys start with prefix (DefaultPrefix
// when ""; braces in it are escaped so they cannot form a hash tag) and
// live ttl after their last save (conversation.DefaultSessionTTL when
// ttl <= 0). The store does not own c.
func New(c redis.UniversalClient, prefix string, ttl time.Duration) *Store {
	if ttl <= 0 {
		ttl = conversation.DefaultSessionTTL
	}
	return &Store{c: c, prefix: redisstore.KeyPrefix(prefix), ttl: ttl}
}

// Key is the key of the user's references, in the slot of their
// conversations.
func (s *Store) Key(user conversation.Key) string {
	return s.prefix + ":" + redisstore.UserTag(user) + ":teams:refs"
}

func unavailable(op string, err error) error {
	return fmt.Errorf("teams references: %s: %w: %w", op, conversation.ErrUnavailable, err)
}

// Save implements teams.RefStore.
func (s *Store) Save(ctx context.Context, user conversation.Key, ref teams.StoredRef) error {
	if err := teams.CheckUser(user); err != nil {
		return err
	}
	b, err := json.Marshal(ref)
	if err != nil {
		return fmt.Errorf("teams references: encode: %w", err)
	}
	key := s.Key(user)
	_, err = s.c.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, string(ref.Kind()), b)
		p.PExpire(ctx, key, s.ttl)
		return nil
	})
	if err != nil {
		return unavailable("save", err)
	}
	return nil
}

// Load implements teams.RefStore. A field that does not decode (written
// by a future version, or damaged) counts as no reference.
func (s *Store) Load(ctx context.Context, user conversation.Key) (teams.Refs, error) {
	if err := teams.CheckUser(user); err != nil {
		return teams.Refs{}, err
	}
	vals, err := s.c.HMGet(ctx, s.Key(user), string(teams.RefPersonal), string(teams.RefElsewhere)).Result()
	if err != nil {
		return teams.Refs{}, unavailable("load", err)
	}
	decode := func(v any) *teams.StoredRef {
		str, ok := v.(string)
		if !ok {
			return nil
		}
		var r teams.StoredRef
		if json.Unmarshal([]byte(str), &r) != nil || r.ConversationID == "" {
			return nil
		}
		return &r
	}
	return teams.Refs{Personal: decode(vals[0]), Elsewhere: decode(vals[1])}, nil
}

// Delete implements teams.RefStore.
func (s *Store) Delete(ctx context.Context, user conversation.Key, kinds ...teams.RefKind) error {
	if err := teams.CheckUser(user); err != nil {
		return err
	}
	var err error
	if len(kinds) == 0 {
		err = s.c.Del(ctx, s.Key(user)).Err()
	} else {
		fields := make([]string, len(kinds))
		for i, k := range kinds {
			fields[i] = string(k)
		}
		err = s.c.HDel(ctx, s.Key(user), fields...).Err()
	}
	if err != nil {
		return unavailable("delete", err)
	}
	return nil
}
