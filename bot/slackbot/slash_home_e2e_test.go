package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

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
