package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
)

// Outages of Redis seen through the fake Slack. Each test has a Redis of
// its own (an in-process miniredis) to stop or empty, reached through
// redisstore.NewClient so the client retries as in production, here for
// a short REDIS_FAILOVER_MAX.

const (
	textCouldNotSave = "I couldn't save that just now, please try again in a moment."
	textLostProgress = "Sorry, I no longer have your earlier answers to the assessment"
)

func newOutageHarness(t *testing.T) (*harness, *miniredis.Miniredis) {
	t.Helper()
	m := miniredis.RunT(t)
	client, err := redisstore.NewClient(redisstore.Config{URL: "redis://" + m.Addr() + "/0", FailoverMax: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	store := redisstore.New(client)
	eng := conversation.New(bottest.Knowledge(t), store, conversation.Config{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	t.Cleanup(cancel)
	h := &harness{t: t, s: slacktest.New(t), store: store, eng: eng, metrics: &bottest.Counters{}, ctx: ctx}
	return h, m
}

// privateTo matches a private message to user in channel starting with text.
func privateTo(user, channel, text string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool {
		return m.Channel == channel && m.Ephemeral && m.Recipient == user && strings.HasPrefix(m.Text, text)
	}
}

// TestClickDuringOutageIsToldPrivately stops Redis under a user in the
// middle of the assessment: their click gets the private "couldn't save"
// notice and leaves the question open, a knowledge question is answered
// as usual, and once Redis is back the same click is taken.
func TestClickDuringOutageIsToldPrivately(t *testing.T) {
	h, m := newOutageHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "start the assessment"))
	q := h.waitMessage("the first question", func(m slacktest.Message) bool { return m.Channel == dm && isQuestion(t)(m) })
	btn := choiceButtons(t, q)[0]

	m.Close()
	h.send(h.s.BlockAction("U1", dm, q.TS, btn.BlockID, btn.ActionID, btn.Value))
	notice := h.waitMessage("the private notice", privateTo("U1", dm, textCouldNotSave))
	if notice.Text != textCouldNotSave {
		t.Errorf("notice = %q, want %q", notice.Text, textCouldNotSave)
	}
	if cur, _ := findMessage(h.s.Messages(dm), func(m slacktest.Message) bool { return m.TS == q.TS }); cur.Updated != 0 {
		t.Error("the question was updated although the answer was not saved")
	}

	h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
	answer := h.waitMessage("the knowledge answer", func(m slacktest.Message) bool {
		return m.Channel == dm && !m.Ephemeral && m.TS != q.TS && !isQuestion(t)(m)
	})
	if strings.Contains(answer.Text, "just now") {
		t.Errorf("knowledge answer during the outage = %q", answer.Text)
	}

	if err := m.Restart(); err != nil {
		t.Fatal(err)
	}
	h.send(h.s.BlockAction("U1", dm, q.TS, btn.BlockID, btn.ActionID, btn.Value))
	h.waitMessage("the question answered in place", func(m slacktest.Message) bool {
		return m.TS == q.TS && m.Updated > 0 && len(buttonsOf(t, m)) == 0
	})
	if n := h.metrics.Get("panic"); n != 0 {
		t.Errorf("%d panics", n)
	}
}

// TestEmptyRedisTellsUserProgressLost empties Redis under a user on the
// second question: their click, or their typed answer, is told privately
// that the progress is gone, with a button that starts again.
func TestEmptyRedisTellsUserProgressLost(t *testing.T) {
	for _, how := range []string{"click", "typed answer"} {
		t.Run(how, func(t *testing.T) {
			h, m := newOutageHarness(t)
			h.start(nil)
			dm := slacktest.IMChannel("U1")
			h.send(h.s.MessageIM("U1", dm, "start the assessment"))
			done := map[string]bool{}
			h.answerQuestion("U1", dm, done)
			q2 := h.waitMessage("the second question", func(m slacktest.Message) bool {
				return m.Channel == dm && !done[m.TS] && isQuestion(t)(m)
			})

			m.FlushAll()
			if how == "click" {
				btn := choiceButtons(t, q2)[0]
				h.send(h.s.BlockAction("U1", dm, q2.TS, btn.BlockID, btn.ActionID, btn.Value))
			} else {
				h.send(h.s.MessageIM("U1", dm, "1"))
			}
			notice := h.waitMessage("the lost-progress notice", privateTo("U1", dm, textLostProgress))
			again := findButton(t, notice, "tl_action_"+string(conversation.ActionStartAssessment))

			h.send(h.s.BlockAction("U1", dm, notice.TS, again.BlockID, again.ActionID, again.Value))
			fresh := h.waitMessage("a new first question", func(m slacktest.Message) bool {
				return m.Channel == dm && m.TS != q2.TS && !done[m.TS] && isQuestion(t)(m)
			})
			if !strings.HasPrefix(fresh.Text, "Question 1 of ") {
				t.Errorf("after Start again: %q, want the first question", fresh.Text)
			}
			if n := h.metrics.Get("panic"); n != 0 {
				t.Errorf("%d panics", n)
			}
		})
	}
}
