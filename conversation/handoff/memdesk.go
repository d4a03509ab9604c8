package handoff

import (
	"context"
	"slices"
	"strconv"
	"sync"
)

// MemDesk is a Desk in memory: cards and their threads are kept as text
// rendered in its Style, and Watch reports every change. The terminal
// front end prints those changes; tests read the cards and threads. It is
// safe for concurrent use.
type MemDesk struct {
	style Style

	mu          sync.Mutex
	cards       []*MemCard
	consultants map[string]bool
	watch       func(DeskEvent)
}

var _ Desk = (*MemDesk)(nil)

// MemCard is a card on a MemDesk.
type MemCard struct {
	Ref       CardRef
	HandoffID string
	Text      CardText // as last posted or updated
	Redacted  bool
	Deleted   bool
	Thread    []string // what was said in its thread, oldest first
}

// DeskEvent is a change on a MemDesk.
type DeskEvent struct {
	Kind string // "posted", "updated", "redacted", "deleted", "said"
	Card MemCard
	Text string // what was said, for "said"
}

// NewMemDesk returns an empty desk whose consultants are the given ids.
func NewMemDesk(st Style, consultants ...string) *MemDesk {
	d := &MemDesk{style: st, consultants: map[string]bool{}}
	for _, c := range consultants {
		d.consultants[c] = true
	}
	return d
}

// Watch calls f after every change (outside the desk's lock; f must not
// block for long).
func (d *MemDesk) Watch(f func(DeskEvent)) {
	d.mu.Lock()
	d.watch = f
	d.mu.Unlock()
}

// Cards returns copies of the desk's cards, deleted ones included, in the
// order they were posted.
func (d *MemDesk) Cards() []MemCard {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]MemCard, 0, len(d.cards))
	for _, c := range d.cards {
		out = append(out, c.clone())
	}
	return out
}

// Card returns a copy of the card ref.
func (d *MemDesk) Card(ref CardRef) (MemCard, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if c := d.find(ref); c != nil {
		return c.clone(), true
	}
	return MemCard{}, false
}

func (c *MemCard) clone() MemCard {
	out := *c
	out.Thread = slices.Clone(c.Thread)
	return out
}

func (d *MemDesk) find(ref CardRef) *MemCard {
	for _, c := range d.cards {
		if c.Ref == ref {
			return c
		}
	}
	return nil
}

// change applies f to the card ref under the lock and reports the change.
func (d *MemDesk) change(kind string, ref CardRef, said string, f func(c *MemCard)) error {
	d.mu.Lock()
	c := d.find(ref)
	if c == nil || c.Deleted {
		d.mu.Unlock()
		return ErrNotFound
	}
	f(c)
	ev, watch := DeskEvent{Kind: kind, Card: c.clone(), Text: said}, d.watch
	d.mu.Unlock()
	if watch != nil {
		watch(ev)
	}
	return nil
}

// PostCard implements Desk.
func (d *MemDesk) PostCard(_ context.Context, rec Handoff) (CardRef, error) {
	d.mu.Lock()
	c := &MemCard{Ref: CardRef{Space: "desk", Message: strconv.Itoa(len(d.cards) + 1)}, HandoffID: rec.ID, Text: CardOf(rec, d.style)}
	d.cards = append(d.cards, c)
	ev, watch := DeskEvent{Kind: "posted", Card: c.clone()}, d.watch
	d.mu.Unlock()
	if watch != nil {
		watch(ev)
	}
	return c.Ref, nil
}

// FindCard implements Desk: the first card posted for rec, not deleted.
func (d *MemDesk) FindCard(_ context.Context, rec Handoff) (CardRef, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, c := range d.cards {
		if c.HandoffID == rec.ID && !c.Deleted {
			return c.Ref, nil
		}
	}
	return CardRef{}, nil
}

// UpdateCard implements Desk.
func (d *MemDesk) UpdateCard(_ context.Context, rec Handoff) error {
	return d.change("updated", rec.Card, "", func(c *MemCard) { c.Text = CardOf(rec, d.style) })
}

// RedactCard implements Desk.
func (d *MemDesk) RedactCard(_ context.Context, card CardRef) error {
	return d.change("redacted", card, "", func(c *MemCard) {
		c.Redacted, c.Text = true, CardText{Title: CardRemoved, Notification: CardRemoved}
	})
}

// DeleteCard implements Desk.
func (d *MemDesk) DeleteCard(_ context.Context, card CardRef) error {
	return d.change("deleted", card, "", func(c *MemCard) { c.Deleted = true })
}

// Say implements Desk.
func (d *MemDesk) Say(_ context.Context, card CardRef, msg Message) error {
	text := msg(d.style)
	return d.change("said", card, text, func(c *MemCard) { c.Thread = append(c.Thread, text) })
}

// PersonName implements Desk: the desk Style's name of person.
func (d *MemDesk) PersonName(_ context.Context, person string) string {
	return d.style.person(person)
}

// IsConsultant implements Desk.
func (d *MemDesk) IsConsultant(_ context.Context, person string) (bool, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.consultants[person], nil
}
