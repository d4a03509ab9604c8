package teams

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
)

// RefKind says which of a user's conversation references is meant.
type RefKind string

const (
	// RefPersonal is the bot's personal chat with the user: where
	// proactive messages (a consultant's reply, a private notice) go.
	RefPersonal RefKind = "personal"
	// RefElsewhere is the last channel or group chat where the user talked
	// to the bot: enough to open a personal chat with someone who never
	// wrote to the bot directly.
	RefElsewhere RefKind = "elsewhere"
)

// StoredRef is a conversation reference as it is stored.
type StoredRef struct {
	ConversationRef
	// Validated: ServiceURL arrived in an activity whose token was checked
	// (or was derived from such a reference). After a restart the bot
	// trusts a stored service URL again, and sends its token there, only
	// when this is set.
	Validated bool `json:"validated"`
	// SavedAt is when the reference was last saved.
	SavedAt time.Time `json:"savedAt"`
}

// Kind is the kind of reference ref is, by its conversation type.
func (r StoredRef) Kind() RefKind {
	if r.ConversationType == ConversationPersonal {
		return RefPersonal
	}
	return RefElsewhere
}

// Refs are the references stored for one user; nil where none is.
type Refs struct {
	Personal  *StoredRef
	Elsewhere *StoredRef
}

// RefStore keeps each user's conversation references, for proactive
// messages. A user is a conversation.Key (its Thread is ignored); a
// reference of one kind replaces the earlier one of that kind, and a
// user's references live for the store's TTL after their last save.
// Implementations (MemRefs, redisrefs) pass the contract suite in
// bot/teams/refstest and are safe for concurrent use. Errors of an
// unreachable store wrap conversation.ErrUnavailable.
type RefStore interface {
	// Save stores ref as the user's reference of its Kind and renews the
	// TTL of the user's references.
	Save(ctx context.Context, user conversation.Key, ref StoredRef) error
	// Load returns the user's references (both nil when there are none).
	Load(ctx context.Context, user conversation.Key) (Refs, error)
	// Delete deletes the user's references of kinds; all of them when no
	// kind is given.
	Delete(ctx context.Context, user conversation.Key, kinds ...RefKind) error
}

// ErrInvalidUser is returned for a key that names no user.
var ErrInvalidUser = errors.New("teams: invalid user key")

// CheckUser returns an error wrapping ErrInvalidUser unless user names a
// user (for RefStore implementations).
func CheckUser(user conversation.Key) error {
	if !user.Valid() {
		return fmt.Errorf("%w: %q", ErrInvalidUser, user.UserID())
	}
	return nil
}

// MemRefs is a RefStore in memory: for one process without Redis.
type MemRefs struct {
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	users map[conversation.Key]*memRefs // by the user's direct key
	saves int
}

type memRefs struct {
	refs    Refs
	expires time.Time
}

// NewMemRefs returns an empty MemRefs whose references live ttl after
// their last save (conversation.DefaultSessionTTL when ttl <= 0); now is
// its clock (time.Now when nil).
func NewMemRefs(ttl time.Duration, now func() time.Time) *MemRefs {
	if ttl <= 0 {
		ttl = conversation.DefaultSessionTTL
	}
	if now == nil {
		now = time.Now
	}
	return &MemRefs{ttl: ttl, now: now, users: map[conversation.Key]*memRefs{}}
}

var _ RefStore = (*MemRefs)(nil)

// sweepEvery is how many saves pass between sweeps of expired users.
const sweepEvery = 1024

// Save implements RefStore.
func (m *MemRefs) Save(_ context.Context, user conversation.Key, ref StoredRef) error {
	if err := CheckUser(user); err != nil {
		return err
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.saves++
	if m.saves%sweepEvery == 0 {
		for k, u := range m.users {
			if !now.Before(u.expires) {
				delete(m.users, k)
			}
		}
	}
	u := m.users[user.DirectKey()]
	if u == nil || !now.Before(u.expires) {
		u = &memRefs{}
		m.users[user.DirectKey()] = u
	}
	if ref.Kind() == RefPersonal {
		u.refs.Personal = &ref
	} else {
		u.refs.Elsewhere = &ref
	}
	u.expires = now.Add(m.ttl)
	return nil
}

// Load implements RefStore.
func (m *MemRefs) Load(_ context.Context, user conversation.Key) (Refs, error) {
	if err := CheckUser(user); err != nil {
		return Refs{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	u := m.users[user.DirectKey()]
	if u == nil || !m.now().Before(u.expires) {
		return Refs{}, nil
	}
	out := Refs{}
	if u.refs.Personal != nil {
		p := *u.refs.Personal
		out.Personal = &p
	}
	if u.refs.Elsewhere != nil {
		e := *u.refs.Elsewhere
		out.Elsewhere = &e
	}
	return out, nil
}

// Delete implements RefStore.
func (m *MemRefs) Delete(_ context.Context, user conversation.Key, kinds ...RefKind) error {
	if err := CheckUser(user); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	u := m.users[user.DirectKey()]
	if u == nil {
		return nil
	}
	if len(kinds) == 0 {
		delete(m.users, user.DirectKey())
		return nil
	}
	for _, k := range kinds {
		switch k {
		case RefPersonal:
			u.refs.Personal = nil
		case RefElsewhere:
			u.refs.Elsewhere = nil
		}
	}
	if u.refs.Personal == nil && u.refs.Elsewhere == nil {
		delete(m.users, user.DirectKey())
	}
	return nil
}
