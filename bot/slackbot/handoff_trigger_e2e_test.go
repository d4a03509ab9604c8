package slackbot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestHandoffFormOpensFirst: every way of asking for the contact form uses
// its trigger_id with views.open before any other Slack call (the engine's
// text, conversations.open, users.info); a user who already has a request
// sees so in the modal (views.update) instead of the form.
func TestHandoffFormOpensFirst(t *testing.T) {
	cases := []struct {
		name   string
		active bool
		env    func(s *slacktest.Server) slacktest.Envelope
	}{
		{"slash consult", false, func(s *slacktest.Server) slacktest.Envelope { return s.SlashCommand("U1", "C1", "consult") }},
		{"home button", false, func(s *slacktest.Server) slacktest.Envelope {
			return s.HomeBlockAction("U1", "tlhome", "tl_home_consult", "consult")
		}},
		{"dm form button", false, func(s *slacktest.Server) slacktest.Envelope {
			return s.BlockAction("U1", slacktest.IMChannel("U1"), "1700000000.000100", "tlhoask|U1", "tl_ho_form", "form")
		}},
		{"engine consult button", false, func(s *slacktest.Server) slacktest.Envelope {
			return s.BlockAction("U1", slacktest.IMChannel("U1"), "1700000000.000100", "tla|U1|", "tl_action_consult", "consult")
		}},
		{"home button, request open", true, func(s *slacktest.Server) slacktest.Envelope {
			return s.HomeBlockAction("U1", "tlhome", "tl_home_consult", "consult")
		}},
		{"slash consult, request open", true, func(s *slacktest.Server) slacktest.Envelope { return s.SlashCommand("U1", "C1", "consult") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
			h.startHO(store, hoConfig(), nil)
			if tc.active {
				seed(t, store, "U1", time.Hour)
				h.waitMessage("the seeded card", isCard(t))
			}
			h.s.SetTriggerTTL(1500 * time.Millisecond)
			before := len(h.s.Calls(""))
			env := tc.env(h.s)
			h.send(env)
			h.waitCall("views.open", func(c slacktest.Call) bool { return c.Args["trigger_id"] == env.TriggerID() })
			upd := h.waitCall("views.update", nil)
			calls := h.s.Calls("")[before:]
			if calls[0].Method != "views.open" || calls[0].Error != "" {
				var ms []string
				for _, c := range calls {
					ms = append(ms, c.Method)
				}
				t.Fatalf("first Slack call = %s (%s), want views.open; calls: %v", calls[0].Method, calls[0].Error, ms)
			}
			view := string(upd.JSON) + upd.Args["view"]
			if tc.active {
				if !strings.Contains(view, "already have a request") || strings.Contains(view, "tlho_email") {
					t.Errorf("a user with an open request got %s, want the notice", view)
				}
				if n := len(cards(t, h.s)); n != 1 {
					t.Errorf("%d cards, want 1", n)
				}
				return
			}
			if !strings.Contains(view, "Alice Example") {
				t.Errorf("form not prefilled: %s", view)
			}
			time.Sleep(200 * time.Millisecond) // any DM offer would be posted by now
			for _, m := range h.s.Messages(slacktest.IMChannel("U1")) {
				if strings.Contains(m.Text, "Fill in the form") || strings.Contains(m.Text, "tell us a little") {
					t.Errorf("the form was offered again in the DM after opening: %q", m.Text)
				}
			}
		})
	}
}
