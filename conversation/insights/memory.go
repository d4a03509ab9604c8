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
	writes  int
	sweepAt int
	forgot  map[string]time.Time // user reference -> their last Forget (ForgetWindow)

	claims claimsMemory // its own lock
}

type memDay struct {
	expires   time.Time
	counters  map[string]int64
	users     map[string]struct{}
	waits     []int64             // newest first, at most MaxWaitsPerDay
	texts     map[string]string   // id -> question
	textsOf   map[string][]string // user ref -> ids of their texts
	textsLeft time.Time           // when texts expire
}

var _ Store = (*Memory)(nil)

// NewMemory returns an empty Memory store applying policy.
func NewMemory(policy Policy) *Memory {
	return &Memory{policy: policy, days: map[Day]*memDay{}, sweepAt: 1024, forgot: map[string]time.Time{}}
}

var _ EntryWriter = (*Memory)(nil)

// Record adds e to its day. Errors wrap ErrInvalid.
func (m *Memory) Record(ctx context.Context, user conversation.Key, e Event) error {
	en, ok, err := m.policy.Prepare(user, e)
	if err != nil || !ok {
		return err
	}
	return m.WriteEntries(ctx, []Entry{en})
}

// WriteEntries adds prepared entries to their days, all at once.
func (m *Memory) WriteEntries(_ context.Context, entries []Entry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.policy.Now()
	for _, en := range entries {
		m.write(en, now)
	}
	return nil
}

// write adds en to its day. m.mu must be held.
func (m *Memory) write(en Entry, now time.Time) {
	m.sweep(now)
	d := m.days[en.Day]
	if d == nil || !d.expires.After(now) {
		d = &memDay{counters: map[string]int64{}, users: map[string]struct{}{}}
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
	if t := en.Text; t != nil && !m.forgotten(en.User, t.Asked) {
		if d.texts == nil || !d.textsLeft.After(now) {
			d.texts, d.textsOf = map[string]string{}, map[string][]string{}
		}
		if len(d.texts) < MaxTextsPerDay {
			d.texts[t.ID] = t.Payload
			d.textsOf[en.User] = append(d.textsOf[en.User], t.ID)
			d.textsLeft = t.Expires
		}
	}
}

// forgotten reports whether the user behind ref said forget after asked.
// m.mu must be held.
func (m *Memory) forgotten(ref string, asked time.Time) bool {
	at, ok := m.forgot[ref]
	return ok && !at.Before(asked)
}

// sweep drops expired days and texts every sweepAt writes, so memory
// stays bounded without a goroutine. m.mu must be held.
func (m *Memory) sweep(now time.Time) {
	if m.writes++; m.writes < m.sweepAt {
		return
	}
	m.writes = 0
	for ref, at := range m.forgot {
		if now.Sub(at) > ForgetWindow {
			delete(m.forgot, ref)
		}
	}
	for k, d := range m.days {
		if !d.expires.After(now) {
			delete(m.days, k)
		} else if !d.textsLeft.After(now) {
			d.texts, d.textsOf = nil, nil
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
	if at := m.policy.Now().Add(ForgetSkew); at.After(m.forgot[ref]) {
		m.forgot[ref] = at
	}
	for _, d := range m.days {
		for _, id := range d.textsOf[ref] {
			delete(d.texts, id)
		}
		delete(d.textsOf, ref)
	}
	return nil
}
