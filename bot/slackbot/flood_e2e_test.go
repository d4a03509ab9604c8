package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

const (
	slowDownMark = "faster than I can answer" // in the slow-down note
	ctoQuestion  = "What does a CTO do?"
	ctoAnswer    = "*CTO = Chief Technology Officer.*" // how its answer starts
	cioQuestion  = "What does a CIO do?"
	cioAnswer    = "*CIO = Chief Information Officer.*"
	helpAnswer   = "I answer questions about the *CIO* and *CTO* roles"
)

// countText counts the messages whose text contains part.
func countText(ms []slacktest.Message, part string) int {
	n := 0
	for _, m := range ms {
		if strings.Contains(m.Text, part) {
			n++
		}
	}
	return n
}

// TestFloodHoldsBackWithOneNote floods the bot from one user whose
// allowance never refills during the test: the first burst is answered,
// the rest held back with a single note, and help, cancel and forget still
// get their answers.
func TestFloodHoldsBackWithOneNote(t *testing.T) {
	h := newHarness(t)
	h.start(func(c *slackbot.Config) { c.UserBurst, c.UserRate = 3, 0.001 })
	u := "UFLOOD1"
	ch := slacktest.IMChannel(u)
	const flood = 20
	for range flood {
		h.send(h.s.MessageIM(u, ch, ctoQuestion))
	}
	for _, c := range []struct{ say, answer string }{
		{"help", helpAnswer},
		{"cancel", "There's no assessment in progress"},
		{"stop", "There's no assessment in progress"},
		{"forget me", "Done: I deleted everything"},
	} {
		seen := map[string]bool{}
		for _, m := range h.s.Messages(ch) {
			seen[m.TS] = true
		}
		h.send(h.s.MessageIM(u, ch, c.say))
		h.waitMessage("the answer to "+c.say, func(m slacktest.Message) bool {
			return m.Channel == ch && !seen[m.TS] && strings.Contains(m.Text, c.answer)
		})
	}
	ms := h.s.Messages(ch)
	if n := countText(ms, ctoAnswer); n != 3 {
		t.Errorf("%d answers to the flood, want the burst's 3", n)
	}
	if n := countText(ms, slowDownMark); n != 1 {
		t.Errorf("%d slow-down notes, want 1", n)
	}
	if n := h.metrics.Get("throttled"); n != flood-3 {
		t.Errorf("throttled = %d, want %d", n, flood-3)
	}
}

// TestFloodAnswersLatest floods the bot from one user whose allowance
// refills quickly: the held-back messages are coalesced, and the last one
// (a different question) is answered after the others.
func TestFloodAnswersLatest(t *testing.T) {
	h := newHarness(t)
	h.start(func(c *slackbot.Config) { c.UserBurst, c.UserRate = 3, 5 })
	u := "UFLOOD2"
	ch := slacktest.IMChannel(u)
	const flood = 15
	for range flood {
		h.send(h.s.MessageIM(u, ch, ctoQuestion))
	}
	h.send(h.s.MessageIM(u, ch, cioQuestion))
	h.waitMessage("the answer to the latest message", func(m slacktest.Message) bool {
		return m.Channel == ch && strings.HasPrefix(m.Text, cioAnswer)
	})
	ms := h.s.Messages(ch)
	if n := countText(ms, ctoAnswer); n >= flood {
		t.Errorf("%d answers to %d identical messages: nothing coalesced", n, flood)
	}
	if last := ms[len(ms)-1]; !strings.HasPrefix(last.Text, cioAnswer) {
		t.Errorf("last message %.40q, want the answer to the latest question", last.Text)
	}
	if n := countText(ms, slowDownMark); n != 1 {
		t.Errorf("%d slow-down notes, want 1", n)
	}
	if h.metrics.Get("throttled") == 0 {
		t.Error("nothing counted as throttled")
	}
}
