package cli

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// simulatedID is the desk id of the simulated consultant.
const simulatedID = "sam"

func person(id string) string {
	if id == simulatedID {
		return "Sam"
	}
	return id
}

// userStyle renders the handoff's messages for the terminal's user.
var userStyle = handoff.Style{Person: person, EndCommand: "/end", Platform: "terminal"}

// deskStyle renders the desk's cards and threads.
var deskStyle = handoff.Style{Person: person, User: func(k conversation.Key) string { return k.User }, EndCommand: "/end", Platform: "terminal"}

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

// Texts of the simulated consultant.
const (
	simGreeting = "Hi, I'm Sam, a simulated consultant. In Slack or Teams a person from Consulting Springfield answers you here; " +
		"write anything and I'll reply. Type /end when you're done."
	simReply = "Thanks, noted. (A real consultant would answer your message here.)"
)

// consultant plays the consultant at the terminal's desk: it claims each
// new card once it is recorded, greets the user, and answers every message
// the user sends through the relay.
type consultant struct {
	svc   *handoff.Service
	store handoff.Store

	mu  sync.Mutex
	ctx context.Context
	wg  sync.WaitGroup
}

func (c *consultant) start(ctx context.Context) {
	c.mu.Lock()
	c.ctx = ctx
	c.mu.Unlock()
}

func (c *consultant) wait() { c.wg.Wait() }

// react handles a desk change: a new card is claimed (in the background:
// its record is written after the post), a user's message is answered.
func (c *consultant) react(ev handoff.DeskEvent) {
	c.mu.Lock()
	ctx := c.ctx
	c.mu.Unlock()
	if ctx == nil || ctx.Err() != nil {
		return
	}
	switch {
	case ev.Kind == "posted":
		c.wg.Go(func() { c.claim(ctx, ev.Card.HandoffID) })
	case ev.Kind == "said" && strings.Contains(ev.Text, " wrote:\n"):
		c.svc.RelayFromConsultant(ctx, ev.Card.Ref, simulatedID, simReply)
	}
}

// claim waits for the card of handoff id to be recorded, then claims it
// and greets the user.
func (c *consultant) claim(ctx context.Context, id string) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for range 250 {
		rec, err := c.store.Get(ctx, id)
		if err == nil && !rec.Card.IsZero() {
			if c.svc.Claim(ctx, id, simulatedID) == nil {
				c.svc.RelayFromConsultant(ctx, rec.Card, simulatedID, simGreeting)
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
