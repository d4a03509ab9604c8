package insights

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Memory is an in-memory Store for single-process runs (the terminal) and
// tests. It keeps what the Redis store keeps, with the same bounds, and
// counts distinct users exactly. Expired days are dropped as it goes. Safe
// for concurrent use; make it with NewMemory.
type Memory struct {
	policy Policy

	mu      sync.Mutex
	days    map[Day]*memDay
	index   map[string]*memIndex // user ref -> their texts
	writes  int
	sweepAt int
}

type memDay struct {
	expires   time.Time
	counters  map[string]int64
	users     map[string]struct{}
	waits     []int64 // newest first, at most MaxWaitsPerDay
	texts     map[string]string
	textsLeft time.Time // when texts expire
}

type memIndex struct {
	members map[string]struct{}
	expires time.Time
}

var _ Store = (*Memory)(nil)

// NewMemory returns an empty Memory store applying policy.
func NewMemory(policy Policy) *Memory {
	return &Memory{policy: policy, days: map[Day]*memDay{}, index: map[string]*memIndex{}, sweepAt: 1024}
}

// Record adds e to its day. Errors wrap ErrInvalid.
func (m *Memory) Record(_ context.Context, user conversation.Key, e Event) error {
	en, ok, err := m.policy.Prepare(user, e)
	if err != nil || !ok {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.policy.Now()
	m.sweep(now)
	d := m.days[en.Day]
	if d == nil || !d.expires.After(now) {
		d = &memDay{counters: map[string]int64{}, users: map[string]struct{}{}, texts: map[string]string{}}
		m.days[en.Day] = d
	}
	d.expires = en.Expires
	for _, f := range en.Fields {
		d.counters[f]++
	}
	d.users[en.User] = struct{}{}
	if en.Wait >= 0 {
		d.waits = append([]int64{en.Wait}, d.waits[:min(len(d.waits), MaxWaitsPerDay-1)]...)
	}
	if t := en.Text; t != nil {
		if !d.textsLeft.After(now) {
			clear(d.texts)
		}
		if len(d.texts) < MaxTextsPerDay {
			d.texts[t.ID] = t.Payload
			d.textsLeft = t.Expires
			idx := m.index[en.User]
			if idx == nil || !idx.expires.After(now) {
				idx = &memIndex{members: map[string]struct{}{}}
				m.index[en.User] = idx
			}
			idx.members[Member(en.Day, t.ID)] = struct{}{}
			idx.expires = maxTime(idx.expires, t.Expires)
		}
	}
	return nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// sweep drops expired days and indexes every sweepAt writes, so memory
// stays bounded without a goroutine. m.mu must be held.
func (m *Memory) sweep(now time.Time) {
	if m.writes++; m.writes < m.sweepAt {
		return
	}
	m.writes = 0
	for k, d := range m.days {
		if !d.expires.After(now) {
			delete(m.days, k)
		} else if !d.textsLeft.After(now) {
			clear(d.texts)
		}
	}
	for k, idx := range m.index {
		if !idx.expires.After(now) {
			delete(m.index, k)
		}
	}
}

// Totals adds up the kept figures of p.
func (m *Memory) Totals(_ context.Context, p Period) (Totals, error) {
	t := NewTotals()
	days, _ := m.policy.Kept(p)
	m.mu.Lock()
	defer m.mu.Unlock()
	users := map[string]struct{}{}
	for _, day := range days {
		d := m.days[day]
		if d == nil || !d.expires.After(m.policy.Now()) {
			continue
		}
		for f, n := range d.counters {
			t.AddCounter(f, n)
		}
		for _, w := range d.waits {
			t.AddWaitSeconds(w)
		}
		for u := range d.users {
			users[u] = struct{}{}
		}
	}
	t.Users = int64(len(users))
	return t, nil
}

// Questions returns the kept texts of p, newest first.
func (m *Memory) Questions(_ context.Context, p Period) ([]Question, error) {
	_, days := m.policy.Kept(p)
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Question
	for _, day := range days {
		d := m.days[day]
		if d == nil || !d.textsLeft.After(m.policy.Now()) {
			continue
		}
		for _, payload := range d.texts {
			q, err := DecodeQuestion(payload)
			if err != nil {
				return nil, fmt.Errorf("questions of %s: %w", day, err)
			}
			out = append(out, q)
		}
	}
	SortQuestions(out)
	return out, nil
}

// SortQuestions orders qs newest first, then by text, so listings are
// stable.
func SortQuestions(qs []Question) {
	slices.SortFunc(qs, func(a, b Question) int {
		if c := b.At.Compare(a.At); c != 0 {
			return c
		}
		if a.Text < b.Text {
			return -1
		}
		if a.Text > b.Text {
			return 1
		}
		return 0
	})
}

// Forget deletes the texts of the user behind user. Errors wrap ErrInvalid.
func (m *Memory) Forget(_ context.Context, user conversation.Key) error {
	if !user.Valid() {
		return fmt.Errorf("%w: key %q", ErrInvalid, user.UserID())
	}
	ref := UserRef(user)
	m.mu.Lock()
	defer m.mu.Unlock()
	idx := m.index[ref]
	if idx == nil {
		return nil
	}
	for member := range idx.members {
		if day, id, ok := SplitMember(member); ok {
			if d := m.days[day]; d != nil {
				delete(d.texts, id)
			}
		}
	}
	delete(m.index, ref)
	return nil
}
