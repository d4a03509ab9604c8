package bottest

import (
	"context"
	"slices"
	"strconv"
	"sync"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// Event is one call a RecordingSurface received.
type Event struct {
	Kind     string // "show", "answered", "private", "handoff" or "forget"
	Reply    conversation.Reply
	Ref      string // show: the reference returned; answered: the one given
	Answered conversation.Answered
}

// RecordingSurface is a bot.Surface that records what it is asked to
// show. Show returns "m1", "m2", … (or "" with NoRefs, like a surface
// that cannot change a shown message). It is safe for concurrent use.
type RecordingSurface struct {
	NoRefs bool

	mu     sync.Mutex
	events []Event
	shown  int
}

var _ bot.Surface = (*RecordingSurface)(nil)

func (s *RecordingSurface) add(e Event) {
	s.mu.Lock()
	s.events = append(s.events, e)
	s.mu.Unlock()
}

// Show implements bot.Surface.
func (s *RecordingSurface) Show(_ context.Context, r conversation.Reply) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shown++
	ref := ""
	if !s.NoRefs {
		ref = "m" + strconv.Itoa(s.shown)
	}
	s.events = append(s.events, Event{Kind: "show", Reply: r, Ref: ref})
	return ref
}

// UpdateAnswered implements bot.Surface.
func (s *RecordingSurface) UpdateAnswered(_ context.Context, ref string, a conversation.Answered) {
	s.add(Event{Kind: "answered", Ref: ref, Answered: a})
}

// TellPrivately implements bot.Surface.
func (s *RecordingSurface) TellPrivately(_ context.Context, r conversation.Reply) {
	s.add(Event{Kind: "private", Reply: r})
}

// StartHandoff implements bot.Surface.
func (s *RecordingSurface) StartHandoff(context.Context) { s.add(Event{Kind: "handoff"}) }

// Forget implements bot.Surface.
func (s *RecordingSurface) Forget(context.Context) { s.add(Event{Kind: "forget"}) }

// Events returns the calls so far, in order.
func (s *RecordingSurface) Events() []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.events)
}

// Kinds returns the kinds of the calls so far, in order.
func (s *RecordingSurface) Kinds() []string {
	var out []string
	for _, e := range s.Events() {
		out = append(out, e.Kind)
	}
	return out
}

// FakeHandoffs is a bot.Handoffs that records what it is asked. Relaying
// reports Relay. It is safe for concurrent use.
type FakeHandoffs struct {
	Relay     bool
	ForgetErr error

	mu        sync.Mutex
	relayed   []string
	forgotten []conversation.Key
	rated     []conversation.Rating
}

var _ bot.Handoffs = (*FakeHandoffs)(nil)

// RelayFromUser implements bot.Handoffs.
func (h *FakeHandoffs) RelayFromUser(_ context.Context, _ conversation.Key, text string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.Relay {
		h.relayed = append(h.relayed, text)
	}
	return h.Relay
}

// Forget implements bot.Handoffs.
func (h *FakeHandoffs) Forget(_ context.Context, user conversation.Key) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ForgetErr != nil {
		return h.ForgetErr
	}
	h.forgotten = append(h.forgotten, user)
	return nil
}

// Rated implements bot.Handoffs.
func (h *FakeHandoffs) Rated(_ context.Context, _ conversation.Key, r conversation.Rating) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.rated = append(h.rated, r)
}

// Ratings returns the ratings passed on.
func (h *FakeHandoffs) Ratings() []conversation.Rating {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.rated)
}

// Relayed returns the texts relayed.
func (h *FakeHandoffs) Relayed() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.relayed)
}

// Forgotten returns the users forgotten.
func (h *FakeHandoffs) Forgotten() []conversation.Key {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.forgotten)
}
