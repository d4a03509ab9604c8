package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// conformance is the Slack bot under the conformance suite: the real bot
// and slack-go client against the fake Slack, the real engine on Redis,
// handoffs on. The user is U1; their direct conversation is their DM.
type conformance struct {
	h     *harness
	store handoff.Store
}

func TestConformance(t *testing.T) {
	bottest.Run(t, func(t *testing.T) bottest.Harness {
		h := newHarness(t)
		store := newHandoffStore(t)
		h.s.SetChannelMembers(consultants, "UC1")
		h.startHO(store, hoConfig(), nil)
		return &conformance{h: h, store: store}
	})
}

const confUser = "U1"

func (c *conformance) User() conversation.Key  { return conversationKey(confUser, "") }
func (c *conformance) Engine() bot.Engine      { return c.h.eng }
func (c *conformance) Handoffs() handoff.Store { return c.store }

func (c *conformance) Type(t testing.TB, text string) {
	c.h.send(c.h.s.MessageIM(confUser, slacktest.IMChannel(confUser), text))
}

// Choose clicks a button of the last question in the DM.
func (c *conformance) Choose(t testing.TB, option int) {
	dm := slacktest.IMChannel(confUser)
	var q slacktest.Message
	for _, m := range c.h.s.Messages(dm) {
		if isQuestion(t)(m) {
			q = m
		}
	}
	btns := choiceButtons(t, q)
	if option >= len(btns) {
		t.Fatalf("no option %d on the last question (%d buttons)", option, len(btns))
	}
	b := btns[option]
	c.h.send(c.h.s.BlockAction(confUser, dm, q.TS, b.BlockID, b.ActionID, b.Value))
}

// FinishHandoff skips the contact form offered in the DM.
func (c *conformance) FinishHandoff(t testing.TB) {
	dm := slacktest.IMChannel(confUser)
	offer := c.h.waitMessage("the contact form's offer", func(m slacktest.Message) bool {
		_, err := m.Button("tl_ho_skip")
		return m.Channel == dm && err == nil
	})
	skip := findButton(t, offer, "tl_ho_skip")
	c.h.send(c.h.s.BlockAction(confUser, dm, offer.TS, skip.BlockID, skip.ActionID, skip.Value))
}

// Shown is the DM as U1 sees it: the bot's messages and those shown to U1
// alone. A question is a message with choice buttons; an answered one was
// updated in place to show its answer (a ✅ line, no buttons).
func (c *conformance) Shown(t testing.TB) []bottest.Shown {
	var out []bottest.Shown
	for _, m := range c.h.s.Messages(slacktest.IMChannel(confUser)) {
		if m.Ephemeral && m.Recipient != confUser {
			continue
		}
		out = append(out, bottest.Shown{
			Text:     m.Text,
			Private:  m.Ephemeral,
			Question: isQuestion(t)(m),
			Answered: m.Updated > 0 && strings.Contains(string(m.Blocks), ":white_check_mark:"),
		})
	}
	return out
}
