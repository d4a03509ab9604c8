package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestDMQuestionAnswered(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	m := h.waitMessage("an answer in the DM", inChannel(dm))
	if !strings.Contains(strings.ToLower(m.Text), "cio") && !strings.Contains(strings.ToLower(m.Text), "information") {
		t.Errorf("answer does not talk about the CIO: %q", m.Text)
	}
	if m.ThreadTS != "" || m.Ephemeral {
		t.Errorf("DM answer went into a thread %q or was ephemeral", m.ThreadTS)
	}
	if got := h.metrics.Get("acked:events_api:message"); got != 1 {
		t.Errorf("acked messages = %d, want 1", got)
	}
}

func TestMentionAnsweredInThread(t *testing.T) {
	tests := []struct {
		name     string
		threadTS string // the mention's thread ("" = top level)
	}{
		{"top-level mention", ""},
		{"mention inside a thread", "1700000000.000100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.start(nil)
			env := h.s.AppMention("U1", "C1", "<@"+slacktest.BotUserID+"> what is the difference between a CIO and a CTO?", tt.threadTS)
			h.send(env)
			want := tt.threadTS
			if want == "" {
				want = env.TS()
			}
			m := h.waitMessage("an answer in C1", inChannel("C1"))
			if m.ThreadTS != want {
				t.Errorf("reply thread = %q, want %q", m.ThreadTS, want)
			}
			if m.Ephemeral {
				t.Error("reply is ephemeral")
			}
		})
	}
}

func TestOwnAndOtherMessagesIgnored(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	ignored := []slacktest.Envelope{
		h.s.SelfMessageIM(dm, "an answer I posted"),
		h.s.BotMessageIM(dm, "another bot"),
		h.s.MessageSubtype("U1", dm, "message_changed", "edited"),
		h.s.MessageSubtype("U1", "C1", "channel_join", "joined"),
		h.s.MessageSubtype("U1", dm, "message_deleted", ""),
	}
	for _, e := range ignored {
		h.send(e) // still acked
	}
	h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
	h.waitMessage("the answer to the real message", inChannel(dm))
	if n := len(h.s.Messages("")); n != 1 {
		t.Errorf("bot posted %d messages, want 1", n)
	}
}
