package bot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slacktest"
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
	if m.ThreadTS != "" {
		t.Errorf("DM answer went into a thread %q", m.ThreadTS)
	}
}
