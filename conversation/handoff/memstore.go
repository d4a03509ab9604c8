package handoff

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
)

// MemStore is a Store in memory, for one process (tests, `serve` without
// Redis). Records never expire. It is safe for concurrent use.
type MemStore struct {
	mu      sync.Mutex
	now     func() time.Time
	byID    map[string]*Handoff
	active  map[string]string  // user id -> active handoff id
	cards   map[CardRef]string // posted card -> handoff id
	due     map[string]time.Time
	outbox  []*memJob
	nextJob int
}

type memJob struct {
	job      CardJob
	consumer string    // "" until delivered
	at       time.Time // last delivery
}

var _ Store = (*MemStore)(nil)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{
		now:  time.Now,
		byID: map[string]*Handoff{}, active: map[string]string{}, cards: map[CardRef]string{},
		due: map[string]time.Time{},
	}
}

func clone(h *Handoff) Handoff {
	c := *h
	c.Answers = slices.Clone(h.Answers)
	c.Recent = slices.Clone(h.Recent)
	c.Transcript = slices.Clone(h.Transcript)
	return c
}

// Create implements Store.
func (s *MemStore) Create(ctx context.Context, h Handoff, reminder time.Duration) error {
	if err := checkNew(h); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if id, ok := s.active[h.User.UserID()]; ok {
		if o := s.byID[id]; o != nil && o.Active() {
			return ErrActive
		}
	}
	if _, ok := s.byID[h.ID]; ok {
		return ErrActive
	}
	c := clone(&h)
	s.byID[h.ID] = &c
	s.active[h.User.UserID()] = h.ID
	s.nextJob++
	s.outbox = append(s.outbox, &memJob{job: CardJob{ID: strconv.Itoa(s.nextJob), HandoffID: h.ID}})
	s.due[h.ID] = h.CreatedAt.Add(reminder)
	return nil
}

// Get implements Store.
func (s *MemStore) Get(ctx context.Context, id string) (Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[id]
	if !ok {
		return Handoff{}, ErrNotFound
	}
	return clone(h), nil
}

// Active implements Store.
func (s *MemStore) Active(ctx context.Context, user conversation.Key) (Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[s.active[user.UserID()]]
	if !ok || !h.Active() {
		return Handoff{}, ErrNotFound
	}
	return clone(h), nil
}

// ByCard implements Store.
func (s *MemStore) ByCard(ctx context.Context, card CardRef) (Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[s.cards[card]]
	if !ok {
		return Handoff{}, ErrNotFound
	}
	return clone(h), nil
}

// SetCard implements Store.
func (s *MemStore) SetCard(ctx context.Context, id string, card CardRef) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[id]
	if !ok {
		return false, ErrNotFound
	}
	if !h.Card.IsZero() {
		return false, nil
	}
	h.Card = card
	s.cards[card] = id
	return true, nil
}

// Claim implements Store.
func (s *MemStore) Claim(ctx context.Context, id, consultant string, at time.Time) (Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[id]
	if !ok {
		return Handoff{}, ErrNotFound
	}
	if err := h.Claim(consultant, at); err != nil {
		return clone(h), err
	}
	delete(s.due, id)
	return clone(h), nil
}

// Close implements Store.
func (s *MemStore) Close(ctx context.Context, id, by string, at time.Time) (Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[id]
	if !ok {
		return Handoff{}, ErrNotFound
	}
	if err := h.Close(by, at); err != nil {
		return clone(h), err
	}
	delete(s.due, id)
	if s.active[h.User.UserID()] == id {
		delete(s.active, h.User.UserID())
	}
	return clone(h), nil
}

// AppendLine implements Store.
func (s *MemStore) AppendLine(ctx context.Context, id string, l Line, max int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.byID[id]
	if !ok {
		return ErrNotFound
	}
	h.AppendLine(l, max)
	return nil
}

// List implements Store.
func (s *MemStore) List(ctx context.Context) ([]Handoff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Handoff
	for _, h := range s.byID {
		if h.Active() {
			out = append(out, clone(h))
		}
	}
	sortByAge(out)
	return out, nil
}

func sortByAge(hs []Handoff) {
	slices.SortFunc(hs, func(a, b Handoff) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
}

// Forget implements Store.
func (s *MemStore) Forget(ctx context.Context, user conversation.Key) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	uid := user.UserID()
	for id, h := range s.byID {
		if h.User.UserID() != uid {
			continue
		}
		delete(s.byID, id)
		delete(s.due, id)
		if !h.Card.IsZero() {
			delete(s.cards, h.Card)
		}
		s.outbox = slices.DeleteFunc(s.outbox, func(j *memJob) bool { return j.job.HandoffID == id })
	}
	delete(s.active, uid)
	return nil
}

// NextCards implements Store.
func (s *MemStore) NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]CardJob, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	var out []CardJob
	for _, j := range s.outbox { // stale ones first
		if len(out) < max && j.consumer != "" && now.Sub(j.at) >= idle {
			j.consumer, j.at = consumer, now
			out = append(out, j.job)
		}
	}
	for _, j := range s.outbox {
		if len(out) < max && j.consumer == "" {
			j.consumer, j.at = consumer, now
			out = append(out, j.job)
		}
	}
	return out, nil
}

// AckCard implements Store.
func (s *MemStore) AckCard(ctx context.Context, jobID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outbox = slices.DeleteFunc(s.outbox, func(j *memJob) bool { return j.job.ID == jobID })
	return nil
}

// DueReminders implements Store.
func (s *MemStore) DueReminders(ctx context.Context, now time.Time, every time.Duration, limit, max int) ([]Reminder, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id, at := range s.due {
		if !at.After(now) {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return s.due[a].Compare(s.due[b]) })
	var out []Reminder
	for _, id := range ids {
		if len(out) == max {
			break
		}
		delete(s.due, id)
		h, ok := s.byID[id]
		if !ok || h.State != StateOpen || h.Reminders >= limit {
			continue
		}
		if h.Card.IsZero() {
			s.due[id] = now.Add(every) // no card to remind in yet
			continue
		}
		h.Reminders++
		if h.Reminders < limit {
			s.due[id] = now.Add(every)
		}
		out = append(out, Reminder{HandoffID: id, N: h.Reminders})
	}
	return out, nil
}

// checkNew checks a handoff given to Create.
func checkNew(h Handoff) error {
	switch {
	case !ValidID(h.ID):
		return errInvalid("id")
	case !h.User.Valid() || h.User.Thread != "":
		return errInvalid("user")
	case h.State != StateOpen:
		return errInvalid("state")
	case h.CreatedAt.IsZero():
		return errInvalid("creation time")
	}
	return nil
}

type errInvalid string

func (e errInvalid) Error() string { return "create handoff: invalid " + string(e) }
