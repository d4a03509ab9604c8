package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestAlternativeButtonShowsArticle: a knowledge answer with a close
// runner-up offers it as a button; pressing it answers that article.
func TestAlternativeButtonShowsArticle(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "Duties of the CIO vs the CTO"))
	answer := h.waitMessage("an answer offering an alternative", and(inChannel(dm), func(m slacktest.Message) bool {
		return strings.Contains(string(m.Blocks), "Did you mean")
	}))
	btn := findButton(t, answer, "tl_action_article:difference")
	h.send(h.s.BlockAction("U1", dm, answer.TS, btn.BlockID, btn.ActionID, btn.Value))
	h.waitMessage("the difference article", and(inChannel(dm), func(m slacktest.Message) bool {
		return m.TS != answer.TS && strings.Contains(m.Text, "not interchangeable")
	}))
}

// TestDescriptionFirstInSlack: a description at the first question fills
// what it answers, shows it with change buttons, and asks only the rest;
// a change button asks that question again.
func TestDescriptionFirstInSlack(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "start the assessment"))
	first := h.waitMessage("the first question", and(inChannel(dm), isQuestion(t)))
	h.send(h.s.MessageIM("U1", dm, "we are 40 people, growing fast, building a SaaS platform, and our data is a mess"))
	h.waitMessage("the first question answered in place", func(m slacktest.Message) bool {
		return m.TS == first.TS && m.Updated > 0 && len(buttonsOf(t, m)) == 0 && strings.Contains(string(m.Blocks), "11–50")
	})
	noted := h.waitMessage("what the description answered", and(inChannel(dm), func(m slacktest.Message) bool {
		return strings.Contains(m.Text, "I also noted")
	}))
	change := findButton(t, noted, "tl_action_change:stage")
	next := h.waitMessage("the next open question", and(inChannel(dm), func(m slacktest.Message) bool {
		return m.TS != first.TS && isQuestion(t)(m)
	}))
	if strings.Contains(blockText(t, next), "stage") || strings.Contains(blockText(t, next), "How many people") {
		t.Errorf("a described question was asked again: %q", blockText(t, next))
	}
	h.send(h.s.BlockAction("U1", dm, noted.TS, change.BlockID, change.ActionID, change.Value))
	h.waitMessage("the stage question asked again", and(inChannel(dm), func(m slacktest.Message) bool {
		return m.TS != next.TS && isQuestion(t)(m) && strings.Contains(blockText(t, m), "stage")
	}))
}
