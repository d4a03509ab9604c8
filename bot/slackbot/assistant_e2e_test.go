package slackbot_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
)

// The assistant panel end to end: the real slack-go client against the
// fake Slack's assistant threads.

const thinking = "is thinking…"

// startThread opens an assistant thread of user, viewing channel, and
// waits for the bot's greeting in it.
func (h *harness) startThread(user, viewing string) (slacktest.AssistantThread, slacktest.Message) {
	h.t.Helper()
	th := h.s.NewAssistantThread(user, viewing)
	h.send(h.s.AssistantThreadStarted(th))
	greeting := h.waitMessage("the greeting", inThread(th.Channel, th.TS))
	return th, greeting
}

// waitThread waits until the fake's thread th matches.
func (h *harness) waitThread(th slacktest.AssistantThread, what string, match func(slacktest.AssistantThread) bool) slacktest.AssistantThread {
	h.t.Helper()
	got, err := h.s.WaitAssistantThread(h.ctx, th.Channel, th.TS, match)
	if err != nil {
		h.t.Fatalf("waiting for %s: %v", what, err)
	}
	return got
}

// reply waits for the bot's first message in th after the message after.
func (h *harness) reply(th slacktest.AssistantThread, after string, what string) slacktest.Message {
	h.t.Helper()
	return h.waitMessage(what, func(m slacktest.Message) bool {
		return m.Channel == th.Channel && m.ThreadTS == th.TS && m.TS > after && !m.Ephemeral
	})
}

func threadKey(th slacktest.AssistantThread) conversation.Key {
	return conversationKey(th.User, th.Channel+"/"+th.TS)
}

func TestAssistantThreadStartedGetsPrompts(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	th, greeting := h.startThread("U1", "C42")
	if !strings.Contains(greeting.Text, "CIO") || !strings.Contains(string(greeting.Metadata), "techleader_assistant_thread") {
		t.Errorf("greeting %q with metadata %s", greeting.Text, greeting.Metadata)
	}
	got := h.waitThread(th, "the suggested prompts", func(th slacktest.AssistantThread) bool { return len(th.Prompts) > 0 })
	want := slackbot.SuggestedPrompts()
	if len(got.Prompts) != 4 || len(want) != 4 || got.PromptsTitle == "" {
		t.Fatalf("prompts %q %+v, want the 4 suggested ones", got.PromptsTitle, got.Prompts)
	}
	for i, p := range want {
		if got.Prompts[i].Title != p.Title || got.Prompts[i].Message != p.Message {
			t.Errorf("prompt %d = %+v, want %+v", i, got.Prompts[i], p)
		}
	}
	for _, title := range []string{"Do I need a CIO or a CTO?", "What's the difference?", "Take the 2-minute assessment", "Talk to a consultant"} {
		if !slices.ContainsFunc(want, func(p slackbot.Prompt) bool { return p.Title == title }) {
			t.Errorf("no prompt %q", title)
		}
	}
	if msgs := h.s.Messages(th.Channel); len(msgs) != 1 {
		t.Errorf("%d messages in the DM, want the greeting only", len(msgs))
	}
}

// A clicked prompt (its message typed for the user) is answered in the
// thread, with "is thinking…" meanwhile, and names the thread once.
func TestAssistantPromptAnsweredInThread(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	th, greeting := h.startThread("U1", "")
	prompts := h.waitThread(th, "the prompts", func(th slacktest.AssistantThread) bool { return len(th.Prompts) == 4 }).Prompts
	difference := prompts[1].Message

	h.send(h.s.AssistantMessage(th, difference))
	answer := h.reply(th, greeting.TS, "the answer in the thread")
	if text := strings.ToLower(answer.Text); !strings.Contains(text, "cio") || !strings.Contains(text, "cto") {
		t.Errorf("answer %q does not compare the roles", answer.Text)
	}
	held, _ := h.s.AssistantThread(th.Channel, th.TS)
	wantStatus := []slacktest.StatusChange{{Status: thinking, By: "assistant.threads.setStatus"}, {Status: "", By: "chat.postMessage"}}
	if held.Status != "" || !slices.Equal(held.Statuses, wantStatus) {
		t.Errorf("statuses %+v (now %q), want %+v", held.Statuses, held.Status, wantStatus)
	}
	named := h.waitThread(th, "the title", func(th slacktest.AssistantThread) bool { return th.TitleSets > 0 })
	if named.Title != difference {
		t.Errorf("title %q, want %q", named.Title, difference)
	}

	// Two more messages: the second one's reply shows the first one's job
	// (title included) is done, since a user's inputs run in order.
	h.send(h.s.AssistantMessage(th, "What does a CTO do?"))
	second := h.reply(th, answer.TS, "the second answer")
	h.send(h.s.AssistantMessage(th, "And a CIO?"))
	h.reply(th, second.TS, "the third answer")
	if held, _ := h.s.AssistantThread(th.Channel, th.TS); held.TitleSets != 1 || held.Title != difference {
		t.Errorf("title set %d times, now %q; want once", held.TitleSets, held.Title)
	}

	// The thread is a conversation of its own; the DM saw nothing.
	st, err := h.eng.Status(h.ctx, threadKey(th))
	if err != nil || !slices.Contains(st.Recent, difference) {
		t.Errorf("thread conversation %+v, %v; want it to hold the prompt", st.Recent, err)
	}
	if dm, _ := h.eng.Status(h.ctx, conversationKey("U1", "")); len(dm.Recent) != 0 {
		t.Errorf("the DM conversation got %q", dm.Recent)
	}
	for _, m := range h.s.Messages(th.Channel) {
		if m.ThreadTS != th.TS {
			t.Errorf("a message outside the thread: %q", m.Text)
		}
	}
}

func TestAssistantAssessmentInThread(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	th, _ := h.startThread("U1", "C42")
	h.send(h.s.AssistantMessage(th, slackbot.SuggestedPrompts()[2].Message))
	done := map[string]bool{}
	for range 10 {
		q := h.answerQuestion("U1", th.Channel, done)
		if q.ThreadTS != th.TS {
			t.Fatalf("question %q outside the thread", q.Text)
		}
	}
	rec := h.waitMessage("the recommendation", func(m slacktest.Message) bool {
		return m.Channel == th.Channel && isRecommendation(t)(m)
	})
	if rec.ThreadTS != th.TS {
		t.Errorf("recommendation in thread %q, want %q", rec.ThreadTS, th.TS)
	}
	st, err := h.eng.Status(h.ctx, threadKey(th))
	if err != nil || st.Last == nil || st.InProgress {
		t.Fatalf("thread conversation %+v, %v; want a finished assessment", st, err)
	}
	if dm, _ := h.eng.Status(h.ctx, conversationKey("U1", "")); dm.Last != nil || dm.InProgress {
		t.Errorf("the DM conversation took part: %+v", dm)
	}
	// Every click showed the status and every reply cleared it.
	held := h.waitThread(th, "the status cleared", func(th slacktest.AssistantThread) bool { return th.Status == "" })
	if n := len(held.Statuses); n < 2 || held.Statuses[0].Status != thinking {
		t.Errorf("statuses %+v", held.Statuses)
	}
}

func TestAssistantThreadsOfOneUserStaySeparate(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	one, g1 := h.startThread("U1", "C1")
	two, g2 := h.startThread("U1", "C2")

	h.send(h.s.AssistantMessage(one, "Take the assessment"))
	q1 := h.waitMessage("question 1 in thread one", func(m slacktest.Message) bool {
		return m.ThreadTS == one.TS && isQuestion(t)(m)
	})
	h.send(h.s.AssistantMessage(two, "What does a CTO do?"))
	answer := h.reply(two, g2.TS, "an answer in thread two")
	if isQuestion(t)(answer) {
		t.Fatalf("thread two got the assessment's question: %q", answer.Text)
	}
	// Typing "1" in thread one answers its pending question.
	h.send(h.s.AssistantMessage(one, "1"))
	h.waitMessage("question 2 in thread one", func(m slacktest.Message) bool {
		return m.ThreadTS == one.TS && m.TS > q1.TS && isQuestion(t)(m) && strings.Contains(string(m.Blocks), "Question 2 of")
	})
	s1, err1 := h.eng.Status(h.ctx, threadKey(one))
	s2, err2 := h.eng.Status(h.ctx, threadKey(two))
	if err1 != nil || err2 != nil || !s1.InProgress || s1.Step != 2 || s2.InProgress {
		t.Errorf("thread one %+v (%v), thread two %+v (%v)", s1, err1, s2, err2)
	}
	for _, m := range h.s.Messages(two.Channel) {
		if m.ThreadTS == two.TS && m.TS != g2.TS && m.TS != answer.TS {
			t.Errorf("thread two got %q", m.Text)
		}
	}
	_ = g1
}

// A DM thread that is no assistant thread (a workspace without the
// feature) continues the DM's conversation, as before, and the bot makes
// no assistant call.
func TestDMThreadWithoutAssistantStaysTheDM(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "Take the assessment"))
	q := h.waitMessage("question 1 in the DM", func(m slacktest.Message) bool { return m.Channel == dm && isQuestion(t)(m) })
	h.send(h.s.ThreadMessage("U1", dm, q.TS, "1"))
	h.waitMessage("question 2, in reply in the thread", func(m slacktest.Message) bool {
		return m.Channel == dm && m.ThreadTS == q.TS && strings.Contains(string(m.Blocks), "Question 2 of")
	})
	if st, err := h.eng.Status(h.ctx, conversationKey("U1", "")); err != nil || st.Step != 2 {
		t.Errorf("DM conversation %+v, %v; want step 2", st, err)
	}
	for _, c := range h.s.Calls("") {
		if strings.HasPrefix(c.Method, "assistant.") {
			t.Errorf("an assistant call in a workspace without the feature: %s", c.Method)
		}
	}
}

// A DM thread Slack refuses to show (a scope missing) is the DM's, and
// is not asked about again.
func TestDMThreadUnreadableStaysTheDM(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.s.FailNext("conversations.replies", 1, slacktest.Fault{Error: "missing_scope"})
	h.send(h.s.MessageIM("U1", dm, "Take the assessment"))
	q := h.waitMessage("question 1 in the DM", func(m slacktest.Message) bool { return m.Channel == dm && isQuestion(t)(m) })
	for step := 2; step <= 3; step++ {
		h.send(h.s.ThreadMessage("U1", dm, q.TS, "1"))
		h.waitMessage("the next question in the thread", func(m slacktest.Message) bool {
			return m.Channel == dm && m.ThreadTS == q.TS && strings.Contains(string(m.Blocks), "Question "+strconv.Itoa(step)+" of")
		})
	}
	if n := len(h.s.Calls("conversations.replies")); n != 1 {
		t.Errorf("the thread was read %d times, want once", n)
	}
}

// The methods refused (the feature off, the scope missing): the panel
// works as a DM would, the user sees no error, metrics count them.
func TestAssistantMethodsRefused(t *testing.T) {
	for _, code := range []string{"not_allowed", "feature_not_enabled"} {
		t.Run(code, func(t *testing.T) {
			h := newHarness(t)
			h.s.SetAssistantError(code)
			h.start(nil)
			th, greeting := h.startThread("U1", "C42")
			h.send(h.s.AssistantMessage(th, "What does a CIO do?"))
			answer := h.reply(th, greeting.TS, "the answer")
			if !strings.Contains(answer.Text, "CIO") {
				t.Errorf("answer %q", answer.Text)
			}
			h.send(h.s.AssistantMessage(th, "Take the assessment"))
			h.waitMessage("the assessment's question", func(m slacktest.Message) bool { return m.ThreadTS == th.TS && isQuestion(t)(m) })
			for _, method := range []string{"setSuggestedPrompts", "setStatus", "setTitle"} {
				if h.metrics.Get("api_error:assistant.threads."+method) == 0 {
					t.Errorf("no error counted for assistant.threads.%s", method)
				}
			}
			for _, m := range h.s.Messages("") {
				if strings.Contains(m.Text, code) || strings.Contains(strings.ToLower(m.Text), "error") {
					t.Errorf("the user was shown %q", m.Text)
				}
			}
			if held, _ := h.s.AssistantThread(th.Channel, th.TS); len(held.Statuses) != 0 || held.Title != "" {
				t.Errorf("refused calls changed the thread: %+v", held)
			}
		})
	}
}

// A failed reply still clears "is thinking…".
func TestAssistantStatusClearedWhenReplyFails(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	th, _ := h.startThread("U1", "")
	h.s.FailNext("chat.postMessage", 1, slacktest.Fault{Error: "not_in_channel"})
	h.send(h.s.AssistantMessage(th, "What does a CTO do?"))
	held := h.waitThread(th, "the status cleared", func(th slacktest.AssistantThread) bool {
		return len(th.Statuses) >= 2
	})
	want := []slacktest.StatusChange{{Status: thinking, By: "assistant.threads.setStatus"}, {Status: "", By: "assistant.threads.setStatus"}}
	if held.Status != "" || !slices.Equal(held.Statuses, want) {
		t.Errorf("statuses %+v, want %+v", held.Statuses, want)
	}
	if h.metrics.Get("undelivered:chat.postMessage") == 0 {
		t.Error("the failed reply was not counted")
	}
}

// A replica that did not see the thread start recognises the thread from
// the thread itself.
func TestAssistantThreadRecognisedByAnotherReplica(t *testing.T) {
	h := newHarness(t)
	rs := startReplicas(h, 2, nil)
	th := h.s.NewAssistantThread("U1", "C42")
	if _, err := h.s.WaitAck(h.ctx, h.s.SendTo(0, h.s.AssistantThreadStarted(th))); err != nil {
		t.Fatal(err)
	}
	greeting := h.waitMessage("the greeting", inThread(th.Channel, th.TS))
	if _, err := h.s.WaitAck(h.ctx, h.s.SendTo(1, h.s.AssistantMessage(th, "What does a CTO do?"))); err != nil {
		t.Fatal(err)
	}
	h.reply(th, greeting.TS, "the answer from the other replica")
	if rs[1].metrics.Get("api:conversations.replies") != 1 {
		t.Errorf("replica 1 read the thread %d times, want once", rs[1].metrics.Get("api:conversations.replies"))
	}
	if st, err := rs[1].eng.Status(h.ctx, threadKey(th)); err != nil || len(st.Recent) != 1 {
		t.Errorf("thread conversation %+v, %v", st, err)
	}
}
