package cli

import (
	"context"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// SimulatedID is the desk id of the simulated consultant, Sam.
const SimulatedID = "sam"

func person(id string) string {
	if id == SimulatedID {
		return "Sam"
	}
	return id
}

// userStyle renders the handoff's messages for the terminal's user.
var userStyle = handoff.Style{Person: person, EndCommand: "/end", Platform: "terminal"}

// deskStyle renders the desk's cards and threads.
var deskStyle = handoff.Style{Person: person, User: func(k conversation.Key) string {
	if k.Platform == Platform {
		return k.User
	}
	return handoff.UserElsewhere(k)
}, EndCommand: "/end", Platform: "terminal"}

// users is the handoff.UserSide of the terminal: messages are printed.
type users struct{ out *writer }

func (u users) Tell(_ context.Context, _ conversation.Key, _ string, msg handoff.Message) error {
	u.out.print("\n" + PlainText(msg(userStyle)) + "\n")
	return nil
}

// TellReply prints r as the terminal prints the engine's replies (the
// rating asked once a handoff is closed: its text says what to type).
func (u users) TellReply(_ context.Context, _ conversation.Key, _ string, r conversation.Reply) error {
	var b strings.Builder
	b.WriteString("\n" + PlainText(r.Text) + "\n")
	extras(&b, r)
	u.out.print(b.String())
	return nil
}

// SimulatedDesk is the consultants' desk of the playgrounds (`techleader
// chat` and `techleader web`): a handoff.MemDesk that prints every change
// as consultants would see it ("[consultants' desk]" lines), with a
// simulated consultant, Sam, who claims each request once it is recorded,
// greets the user and answers every message they send through the relay.
// Nothing reaches real consultants. It is safe for concurrent use.
type SimulatedDesk struct {
	*handoff.MemDesk
	out *writer
	sim consultant
}

// NewSimulatedDesk returns a desk printing to out; Start puts Sam to work.
func NewSimulatedDesk(out io.Writer) *SimulatedDesk { return newSimulatedDesk(&writer{w: out}) }

func newSimulatedDesk(out *writer) *SimulatedDesk {
	d := &SimulatedDesk{MemDesk: handoff.NewMemDesk(deskStyle, SimulatedID), out: out}
	d.Watch(func(ev handoff.DeskEvent) {
		printDesk(d.out, ev)
		d.sim.react(ev)
	})
	return d
}

// Start has Sam claim and answer the requests of svc, whose records are
// in store, until ctx ends.
func (d *SimulatedDesk) Start(ctx context.Context, svc *handoff.Service, store handoff.Store) {
	d.sim.start(ctx, svc, store)
}

// Wait waits until Sam's work in flight is done (call it after ctx ends).
func (d *SimulatedDesk) Wait() { d.sim.wait() }

// printDesk prints a change on the consultants' desk, so that the
// terminal shows what consultants would see.
func printDesk(out *writer, ev handoff.DeskEvent) {
	const desk = "  [consultants' desk] "
	c := ev.Card.Text
	var b strings.Builder
	switch ev.Kind {
	case "posted":
		b.WriteString("\n" + desk + "new card: " + c.Notification + "\n")
		for _, line := range strings.Split(strings.TrimSpace(PlainText(c.Who)), "\n") {
			b.WriteString(desk + "  " + line + "\n")
		}
	case "updated":
		b.WriteString(desk + "card: " + PlainText(c.Status) + "\n")
	case "redacted":
		b.WriteString(desk + "card: " + handoff.CardRemoved + "\n")
	case "deleted":
		b.WriteString(desk + "card deleted\n")
	case "said":
		b.WriteString(desk + "thread: " + strings.ReplaceAll(PlainText(ev.Text), "\n", "\n"+desk+"        ") + "\n")
	}
	out.print(b.String())
}

// consultant plays the consultant at the desk: it claims each new card
// once it is recorded, greets the user, and answers every message the
// user sends through the relay.
type consultant struct {
	mu    sync.Mutex
	ctx   context.Context
	svc   *handoff.Service
	store handoff.Store
	wg    sync.WaitGroup
}

func (c *consultant) start(ctx context.Context, svc *handoff.Service, store handoff.Store) {
	c.mu.Lock()
	c.ctx, c.svc, c.store = ctx, svc, store
	c.mu.Unlock()
}

func (c *consultant) wait() { c.wg.Wait() }

// react handles a desk change: a new card is claimed (in the background:
// its record is written after the post), a user's message is answered.
func (c *consultant) react(ev handoff.DeskEvent) {
	c.mu.Lock()
	ctx, svc := c.ctx, c.svc
	c.mu.Unlock()
	if ctx == nil || ctx.Err() != nil {
		return
	}
	switch {
	case ev.Kind == "posted":
		c.wg.Go(func() { c.claim(ctx, ev.Card.HandoffID) })
	case ev.Kind == "said" && strings.Contains(ev.Text, " wrote:\n"):
		svc.RelayFromConsultant(ctx, ev.Card.Ref, SimulatedID, handoff.SimulatedReply)
	}
}

// claim waits for the card of handoff id to be recorded, then claims it
// and greets the user.
func (c *consultant) claim(ctx context.Context, id string) {
	c.mu.Lock()
	svc, store := c.svc, c.store
	c.mu.Unlock()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for range 250 {
		rec, err := store.Get(ctx, id)
		if err == nil && !rec.Card.IsZero() {
			if svc.Claim(ctx, id, SimulatedID) == nil {
				svc.RelayFromConsultant(ctx, rec.Card, SimulatedID, handoff.SimulatedGreeting)
			}
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
