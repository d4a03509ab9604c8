package slackbot_test

import (
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestEchoedPostsIgnored: with Slack echoing the bot's posts back as
// message events (as it does for message.im), each echo is acked and
// nothing more: two DMs get two answers, and only the DMs are handled.
func TestEchoedPostsIgnored(t *testing.T) {
	h := newHarness(t)
	h.s.EchoBotMessages(true)
	r := h.start(nil)
	dm := slacktest.IMChannel("U1")
	answered := map[string]bool{}
	for i, q := range []string{"What does a CTO do?", "cio vs cto??"} {
		h.send(h.s.MessageIM("U1", dm, q))
		a := h.waitMessage("the answer", func(m slacktest.Message) bool { return m.Channel == dm && !answered[m.TS] })
		answered[a.TS] = true
		if err := h.s.WaitAcks(h.ctx, 2*(i+1)); err != nil { // the DM and the echo of its answer
			t.Fatal(err)
		}
	}
	h.waitCount("acked:events_api:message", 4)
	if err := r.stop(); err != nil { // drains queued work
		t.Fatal(err)
	}
	if n := len(h.s.Messages(dm)); n != 2 {
		t.Errorf("%d messages posted, want 2", n)
	}
	for name, want := range map[string]int64{"received:events_api:message": 4, "acked:events_api:message": 4, "handled:events_api:message": 2} {
		if got := h.metrics.Get(name); got != want {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
}
