package slackbot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestRedeliveredEventAnsweredOnce(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	env := h.s.MessageIM("U1", dm, "What does a CTO do?")
	h.send(env)
	first := h.waitMessage("the answer", inChannel(dm))
	retry := env.Retry(1)
	if retry.EventID() != env.EventID() || retry.EnvelopeID == env.EnvelopeID {
		t.Fatal("Retry did not keep the event id / renew the envelope id")
	}
	h.send(retry) // acked, but not answered again
	// A later message of the same conversation is handled after the retry.
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("the second answer", func(m slacktest.Message) bool {
		return m.Channel == dm && m.TS != first.TS
	})
	if n := len(h.s.Messages(dm)); n != 2 {
		t.Errorf("DM has %d messages, want 2 (one per distinct event)", n)
	}
	if got := h.metrics.Get("duplicate:events_api:message"); got != 1 {
		t.Errorf("duplicates = %d, want 1", got)
	}
}

func TestRetryOfUnhandledEventIsHandled(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	env := h.s.MessageIM("U1", dm, "What does a CTO do?")
	// The first delivery never reached this bot; Slack retries.
	h.send(env.Retry(1))
	m := h.waitMessage("the answer to the retried event", inChannel(dm))
	if text := strings.ToLower(m.Text); !strings.Contains(text, "cto") && !strings.Contains(text, "technology") {
		t.Errorf("answer does not talk about the CTO: %q", m.Text)
	}
	// A later message of the same conversation is handled after the retry:
	// by then any second answer to the retry would be posted.
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("the next answer", func(m2 slacktest.Message) bool { return m2.Channel == dm && m2.TS != m.TS })
	if n := len(h.s.Messages(dm)); n != 2 {
		t.Errorf("DM has %d messages, want 2 (the retried event answered once, then the next one)", n)
	}
	if got := h.metrics.Get("duplicate:events_api:message"); got != 0 {
		t.Errorf("duplicates = %d, want 0: the retry was the first delivery this bot saw", got)
	}
}

func TestRateLimitedPostStillDelivered(t *testing.T) {
	tests := []struct {
		name  string
		fault slacktest.Fault
	}{
		{"429 with Retry-After", slacktest.Fault{Status: 429, RetryAfter: "1"}},
		{"429 without Retry-After", slacktest.Fault{Status: 429}},
		{"500", slacktest.Fault{Status: 500}},
		{"ratelimited body", slacktest.Fault{Error: "ratelimited"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.start(nil)
			h.s.FailNext("chat.postMessage", 1, tt.fault)
			dm := slacktest.IMChannel("U1")
			h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
			h.waitMessage("the answer despite the failure", inChannel(dm))
			calls := h.s.Calls("chat.postMessage")
			if len(calls) != 2 || calls[0].Error == "" || calls[1].Error != "" {
				t.Errorf("calls: %+v; want one failure then one success", calls)
			}
			if tt.fault.RetryAfter == "1" {
				if gap := calls[1].At.Sub(calls[0].At); gap < 900*time.Millisecond {
					t.Errorf("retried after %v, before Retry-After", gap)
				}
			}
			if got := h.metrics.Get("api_retry:chat.postMessage"); got != 1 {
				t.Errorf("retries = %d, want 1", got)
			}
		})
	}
}

func TestUndeliverableReplyIsCounted(t *testing.T) {
	h := newHarness(t)
	h.start(func(c *slackbot.Config) { c.APIAttempts = 2 })
	h.s.FailNext("chat.postMessage", 2, slacktest.Fault{Status: 503})
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
	// The next message is handled after the failed delivery (same worker).
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("the next answer", inChannel(dm))
	if got := h.metrics.Get("undelivered"); got != 1 {
		t.Errorf("undelivered = %d, want 1", got)
	}
}

func TestInvalidBlocksFallBackToText(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	h.s.FailNext("chat.postMessage", 1, slacktest.Fault{Error: "invalid_blocks"})
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
	m := h.waitMessage("the answer as text", inChannel(dm))
	if len(m.Blocks) != 0 || strings.TrimSpace(m.Text) == "" {
		t.Errorf("fallback message: blocks %s, text %q", m.Blocks, m.Text)
	}
	calls := h.s.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Args["blocks"] == "" || calls[1].Args["blocks"] != "" {
		t.Errorf("want a post with blocks then one without; got %d calls", len(calls))
	}
}
