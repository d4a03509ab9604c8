package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestMentionAssessmentInThreadIsKeyedToThread(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	env := h.s.AppMention("U1", "C1", "<@"+slacktest.BotUserID+"> start the assessment", "")
	h.send(env)
	q := h.waitMessage("a question in the thread", func(m slacktest.Message) bool { return m.Channel == "C1" && isQuestion(t)(m) })
	if q.ThreadTS != env.TS() {
		t.Fatalf("question thread = %q, want %q", q.ThreadTS, env.TS())
	}
	done := map[string]bool{}
	h.answerQuestion("U1", "C1", done)
	next := h.waitMessage("the next question", func(m slacktest.Message) bool {
		return m.Channel == "C1" && !done[m.TS] && isQuestion(t)(m)
	})
	if next.ThreadTS != env.TS() {
		t.Errorf("next question thread = %q, want %q", next.ThreadTS, env.TS())
	}
	// The DM conversation is untouched by the thread's assessment.
	if msgs := h.s.Messages(slacktest.IMChannel("U1")); len(msgs) != 0 {
		t.Errorf("DM got %d messages", len(msgs))
	}
}

func TestAssessmentByClicking(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "start the assessment"))
	done := map[string]bool{}
	var first slacktest.Message
	for i := 0; ; i++ {
		if i == 30 {
			t.Fatal("no recommendation after 30 answers")
		}
		if len(h.s.Messages(dm)) > 0 {
			if _, ok := findMessage(h.s.Messages(dm), isRecommendation(t)); ok {
				break
			}
		}
		q := h.answerQuestion("U1", dm, done)
		if i == 0 {
			first = q
			if !strings.Contains(string(q.Blocks), "Question 1 of") {
				t.Errorf("first question says %q", blockText(t, q))
			}
		}
		// Either the next question or the recommendation follows.
		h.waitMessage("what follows an answer", func(m slacktest.Message) bool {
			return m.Channel == dm && !done[m.TS] && (isQuestion(t)(m) || isRecommendation(t)(m))
		})
	}
	rec, _ := findMessage(h.s.Messages(dm), isRecommendation(t))
	if !strings.Contains(rec.Text, "CIO") && !strings.Contains(rec.Text, "CTO") {
		t.Errorf("recommendation text %q names no role", rec.Text)
	}
	// Every question message shows its answer and has no buttons left.
	for _, m := range h.s.Messages(dm) {
		if done[m.TS] && (m.Updated == 0 || len(buttonsOf(t, m)) > 0) {
			t.Errorf("question %s not updated in place", m.TS)
		}
	}
	// A click on an old question gets a private "already answered".
	btn := choiceButtons(t, first)[1]
	h.send(h.s.BlockAction("U1", dm, first.TS, btn.BlockID, btn.ActionID, btn.Value))
	h.waitMessage("a private note about the stale click", func(m slacktest.Message) bool {
		return m.Channel == dm && m.Ephemeral && m.Recipient == "U1"
	})
}

func TestRestartMidAssessmentResumes(t *testing.T) {
	h := newHarness(t)
	first := h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.SlashCommand("U1", dm, "assess"))
	done := map[string]bool{}
	for range 3 {
		h.answerQuestion("U1", dm, done)
	}
	// Question 4 is on screen; the bot goes away and a new one comes up on
	// the same Redis.
	q4 := h.waitMessage("question 4", func(m slacktest.Message) bool {
		return m.Channel == dm && !done[m.TS] && isQuestion(t)(m)
	})
	if err := first.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	h.start(nil)
	h.send(h.s.MessageIM("U1", dm, "continue"))
	again := h.waitMessage("the question asked again", func(m slacktest.Message) bool {
		return m.Channel == dm && m.TS != q4.TS && !done[m.TS] && isQuestion(t)(m)
	})
	if !strings.Contains(string(again.Blocks), "Question 4 of") {
		t.Errorf("resumed at %q, want question 4", blockText(t, again))
	}
	// The button on the message posted by the first bot still works.
	btn := choiceButtons(t, q4)[0]
	h.send(h.s.BlockAction("U1", dm, q4.TS, btn.BlockID, btn.ActionID, btn.Value))
	h.waitMessage("question 4 answered in place", func(m slacktest.Message) bool {
		return m.TS == q4.TS && m.Updated > 0
	})
	q5 := h.waitMessage("question 5", func(m slacktest.Message) bool {
		return m.Channel == dm && strings.Contains(string(m.Blocks), "Question 5 of")
	})
	_ = q5
}

func TestClickByAnotherUser(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	env := h.s.AppMention("U1", "C1", "<@"+slacktest.BotUserID+"> start the assessment", "")
	h.send(env)
	q := h.waitMessage("U1's question", func(m slacktest.Message) bool { return m.Channel == "C1" && isQuestion(t)(m) })
	btn := choiceButtons(t, q)[0]
	h.send(h.s.BlockAction("U2", "C1", q.TS, btn.BlockID, btn.ActionID, btn.Value))
	note := h.waitMessage("a private note to U2", func(m slacktest.Message) bool {
		return m.Channel == "C1" && m.Ephemeral && m.Recipient == "U2"
	})
	if !strings.Contains(note.Text, "<@U1>") || !strings.Contains(note.Text, "belong") {
		t.Errorf("note = %q", note.Text)
	}
	// No state change: U1 is still at question 1, U2 has no conversation.
	st, err := h.eng.Status(h.ctx, conversationKey("U1", "C1/"+env.TS()))
	if err != nil || st.Step != 1 || len(st.Answers) != 0 {
		t.Errorf("U1 status %+v, %v; want question 1 unanswered", st, err)
	}
	st, err = h.eng.Status(h.ctx, conversationKey("U2", "C1/"+env.TS()))
	if err != nil || st.InProgress {
		t.Errorf("U2 status %+v, %v; want none", st, err)
	}
	for _, m := range h.s.Messages("C1") {
		if m.TS == q.TS && m.Updated > 0 {
			t.Error("U1's question was changed by U2's click")
		}
	}
}

func TestThreadReplyContinuesAssessment(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	env := h.s.AppMention("U1", "C1", "<@"+slacktest.BotUserID+"> start the assessment", "")
	h.send(env)
	q1 := h.waitMessage("question 1 in the thread", func(m slacktest.Message) bool { return m.Channel == "C1" && isQuestion(t)(m) })
	// Chatter in another thread, and by another user in this one, is ignored.
	h.send(h.s.ThreadMessage("U2", "C1", "1600000000.000001", "1"))
	h.send(h.s.ThreadMessage("U2", "C1", env.TS(), "1"))
	// U1 answers by typing in the thread, without mentioning the bot.
	h.send(h.s.ThreadMessage("U1", "C1", env.TS(), "1"))
	q2 := h.waitMessage("question 2 in the thread", func(m slacktest.Message) bool {
		return m.Channel == "C1" && m.TS != q1.TS && isQuestion(t)(m)
	})
	if q2.ThreadTS != env.TS() || !strings.Contains(string(q2.Blocks), "Question 2 of") {
		t.Errorf("next question %q in thread %q", blockText(t, q2), q2.ThreadTS)
	}
	// The typed answer replaced the buttons of question 1 in place.
	h.waitMessage("question 1 updated", func(m slacktest.Message) bool { return m.TS == q1.TS && m.Updated > 0 })
	st, err := h.eng.Status(h.ctx, conversationKey("U2", "C1/"+env.TS()))
	if err != nil || st.InProgress || len(st.Recent) != 0 {
		t.Errorf("U2 got a conversation: %+v, %v", st, err)
	}

}
