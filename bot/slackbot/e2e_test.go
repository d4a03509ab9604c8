package slackbot_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
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

func TestSlashCommands(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want is a substring of the private reply in the channel.
		want string
		// dmQuestion: an assessment question must be posted in the DM.
		dmQuestion bool
	}{
		{"empty is help", "", "/techleader assess", false},
		{"help", "help", "/techleader forget", false},
		{"ask", "ask what does a CTO do?", "CTO", false},
		{"other text is a question", "what does a CIO do?", "CIO", false},
		{"assess", "assess", "direct messages", true},
		{"restart", "restart", "over", true},
		{"status", "status", "", false},
		{"consult", "consult", "consultant", false},
		{"forget", "forget", "deleted everything", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.start(nil)
			ack := h.send(h.s.SlashCommand("U1", "C1", tt.text))
			if ack.Payload != nil {
				t.Errorf("slash ack payload = %s, want none", ack.Payload)
			}
			m := h.waitMessage("a private reply in C1", func(m slacktest.Message) bool { return m.Channel == "C1" })
			if !m.Ephemeral || m.Recipient != "U1" {
				t.Errorf("reply ephemeral=%v recipient=%q, want private to U1", m.Ephemeral, m.Recipient)
			}
			if !strings.Contains(m.Text, tt.want) {
				t.Errorf("reply %q lacks %q", m.Text, tt.want)
			}
			if tt.dmQuestion {
				h.waitMessage("a question in the DM", func(m slacktest.Message) bool {
					return m.Channel == slacktest.IMChannel("U1") && isQuestion(t)(m) && !m.Ephemeral
				})
			}
			if calls := h.s.Calls("response_url"); len(calls) == 0 {
				t.Error("no reply through the response_url")
			}
		})
	}
}

func TestSlashForgetDeletesState(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.SlashCommand("U1", "C1", "assess"))
	done := map[string]bool{}
	h.answerQuestion("U1", dm, done)
	key := conversationKey("U1", "")
	st, err := h.eng.Status(h.ctx, key)
	if err != nil || !st.InProgress || st.Step != 2 {
		t.Fatalf("before forget: status %+v, %v; want step 2 in progress", st, err)
	}
	h.send(h.s.SlashCommand("U1", "C1", "forget"))
	h.waitMessage("the forget confirmation", func(m slacktest.Message) bool {
		return m.Channel == "C1" && strings.Contains(m.Text, "deleted everything")
	})
	st, err = h.eng.Status(h.ctx, key)
	if err != nil || st.InProgress || len(st.Answers) != 0 {
		t.Errorf("after forget: status %+v, %v; want nothing", st, err)
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

func TestHomeTabAndAskModal(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	h.send(h.s.AppHomeOpened("U1"))
	h.waitCall("views.publish", nil)
	v, ok := h.s.HomeView("U1")
	if !ok {
		t.Fatal("no Home view published")
	}
	btns, err := v.Buttons()
	if err != nil {
		t.Fatal(err)
	}
	var ask *slacktest.Button
	for _, b := range btns {
		if b.ActionID == "tl_home_ask" {
			ask = &b
		}
	}
	if ask == nil {
		t.Fatal("Home has no Ask button")
	}
	h.send(h.s.HomeBlockAction("U1", ask.BlockID, ask.ActionID, ask.Value))
	h.waitCall("views.open", func(c slacktest.Call) bool { return c.Error == "" })
	h.send(h.s.ViewSubmission("U1", "tl_ask", "", map[string]map[string]string{"tl_ask_q": {"tl_ask_text": "What does a <!channel> CTO do?"}}))
	dm := slacktest.IMChannel("U1")
	echo := h.waitMessage("the question echoed in the DM", inChannel(dm))
	if strings.Contains(echo.Text, "<!channel>") || !strings.Contains(echo.Text, "&lt;!channel&gt;") {
		t.Errorf("user text not escaped: %q", echo.Text)
	}
	h.waitMessage("the answer in the DM", func(m slacktest.Message) bool { return m.Channel == dm && m.TS != echo.TS })
}

func TestHomeShowsLastRecommendation(t *testing.T) {
	h := newHarness(t)
	h.start(nil)
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "start the assessment"))
	done := map[string]bool{}
	for range 40 {
		if _, ok := findMessage(h.s.Messages(dm), isRecommendation(t)); ok {
			break
		}
		h.answerQuestion("U1", dm, done)
		h.waitMessage("what follows", func(m slacktest.Message) bool {
			return m.Channel == dm && !done[m.TS] && (isQuestion(t)(m) || isRecommendation(t)(m))
		})
	}
	h.send(h.s.AppHomeOpened("U1"))
	h.waitCall("views.publish", nil)
	v, _ := h.s.HomeView("U1")
	if !strings.Contains(string(v.Blocks), "Your last recommendation") {
		t.Errorf("Home lacks the recommendation: %s", v.Blocks)
	}
}

func TestSocketFatalErrors(t *testing.T) {
	t.Run("link_disabled", func(t *testing.T) {
		h := newHarness(t)
		r := h.start(nil)
		h.s.Disconnect("link_disabled")
		select {
		case err := <-r.done:
			if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "link_disabled") {
				t.Errorf("Run = %v, want fatal link_disabled", err)
			}
			r.done <- nil // for the cleanup's stop
		case <-h.ctx.Done():
			t.Fatal("Run did not stop on link_disabled")
		}
	})
	t.Run("invalid app token on reconnect", func(t *testing.T) {
		h := newHarness(t)
		r := h.start(nil)
		h.s.SetConnectionsOpenError("invalid_auth")
		h.s.DropConnections()
		select {
		case err := <-r.done:
			if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "invalid_auth") {
				t.Errorf("Run = %v, want fatal invalid_auth", err)
			}
			r.done <- nil
		case <-h.ctx.Done():
			t.Fatal("Run did not stop on invalid_auth")
		}
	})
	t.Run("invalid bot token at start", func(t *testing.T) {
		h := newHarness(t)
		cfg := testConfig(h.s)
		cfg.BotToken = "xoxb-wrong"
		b, err := slackbot.New(cfg, h.eng, h.store, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = b.Run(h.ctx)
		if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "invalid_auth") {
			t.Errorf("Run = %v, want fatal invalid_auth", err)
		}
	})
}

func TestSocketReconnects(t *testing.T) {
	tests := []struct {
		name   string
		mod    func(*slackbot.Config)
		break_ func(s *slacktest.Server)
		metric string
		// serves: a message sent after the reconnect is answered (not for
		// the watchdog case, whose silent sockets keep being replaced).
		serves bool
	}{
		{"refresh_requested", nil, func(s *slacktest.Server) { s.Disconnect("refresh_requested") }, "reconnect:refresh_requested", true},
		{"dropped socket", nil, func(s *slacktest.Server) { s.DropConnections() }, "", true},
		{"too_many_websockets backs off then reconnects", func(c *slackbot.Config) { c.TooManyWebsocketsBackoff = 50 * time.Millisecond },
			func(s *slacktest.Server) { s.Disconnect("too_many_websockets") }, "reconnect:too_many_websockets", true},
		{"watchdog on a silent socket", func(c *slackbot.Config) { c.Watchdog = 300 * time.Millisecond },
			func(s *slacktest.Server) { s.SetPings(false) }, "reconnect:watchdog", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.start(tt.mod)
			n := h.s.ConnectCount()
			tt.break_(h.s)
			if err := h.s.WaitConnectCount(h.ctx, n+1); err != nil {
				t.Fatalf("no reconnect: %v", err)
			}
			if tt.metric != "" && h.metrics.Get(tt.metric) == 0 {
				t.Errorf("%s not counted: %v", tt.metric, h.metrics.Snapshot())
			}
			if !tt.serves {
				return
			}
			h.waitConnections(2) // the default SLACK_SOCKETS
			dm := slacktest.IMChannel("U1")
			h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
			h.waitMessage("an answer after the reconnect", inChannel(dm))
		})
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
