package teams_test

import (
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// conformance is the Teams bot under the front-end conformance suite,
// driven through the fake Bot Framework: signed activities in, connector
// calls and invoke answers out. The user is ann; their direct
// conversation is their personal chat with the bot.
type conformance struct {
	w   *world
	r   *running
	ann teamstest.Account
}

func TestConformance(t *testing.T) {
	bottest.Run(t, func(t *testing.T) bottest.Harness {
		w := newWorld(t)
		return &conformance{w: w, r: w.start(), ann: teamstest.User("ann")}
	})
}

func (c *conformance) User() conversation.Key  { return keyOf(c.ann) }
func (c *conformance) Engine() bot.Engine      { return c.w.eng }
func (c *conformance) Handoffs() handoff.Store { return c.w.hoStore }
func (c *conformance) personal() string        { return teamstest.PersonalConversation(c.ann) }

func (c *conformance) Type(_ testing.TB, text string) {
	c.w.deliver(c.r, c.w.bf.Message(c.ann, text))
}

// Choose clicks an answer button of the last open question.
func (c *conformance) Choose(t testing.TB, option int) {
	q := lastQuestion(t, c.w.view(c.personal()))
	bs := choices(q)
	if option >= len(bs) {
		t.Fatalf("no option %d on the last question (%d buttons)", option, len(bs))
	}
	c.w.click(c.r, c.ann, q.Posted, bs[option], nil)
}

// FinishHandoff clicks "just notify a consultant" on the contact form.
func (c *conformance) FinishHandoff(t testing.TB) {
	form := c.w.wait("the contact form", c.personal(), func(v []message) bool {
		return count(v, func(m message) bool {
			return len(m.Card.Buttons()) > 0 && m.Card.Buttons()[0].Verb == teams.VerbContactSubmit
		}) > 0
	})
	for _, m := range form {
		if bs := m.Card.Buttons(); len(bs) > 0 && bs[0].Verb == teams.VerbContactSubmit && !m.Replaced {
			c.w.click(c.r, c.ann, m.Posted, button(t, m, teams.VerbContactSkip), nil)
			return
		}
	}
	t.Fatal("no contact form left to skip")
}

// Shown is the personal chat as ann sees it. Everything in a personal
// chat is seen by ann alone; what the bot tells privately it shows as a
// quiet note (subtle text, no buttons), so that is what Private means
// here.
func (c *conformance) Shown(testing.TB) []bottest.Shown {
	var out []bottest.Shown
	for _, m := range c.w.view(c.personal()) {
		out = append(out, bottest.Shown{
			Text:     m.Text(),
			Private:  !m.Replaced && m.Card.Quiet(),
			Question: m.Question(),
			Answered: m.Answered(),
		})
	}
	return out
}
