package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

const consultants = "CCONSULT"

// hoConfig has short waits; member lists are not cached so that tests can
// change them.
func hoConfig() handoff.Config {
	return handoff.Config{Reminder: time.Hour, Poll: 10 * time.Millisecond, OutboxIdle: time.Hour, MemberCache: time.Nanosecond}
}

func newHandoffStore(t *testing.T) *redisstore.HandoffStore {
	t.Helper()
	c, prefix := redistest.New(t)
	return redisstore.NewHandoffStore(c, prefix, time.Hour)
}

func (h *harness) startHO(store handoff.Store, cfg handoff.Config, mod func(*slackbot.Config)) *running {
	h.t.Helper()
	h.s.SetClock(time.Now) // message ts follow the clock, as the card search expects
	return h.start(func(c *slackbot.Config) {
		c.ConsultantChannel = consultants
		if mod != nil {
			mod(c)
		}
	}, slackbot.WithHandoffs(store, cfg))
}

// isCard matches the top-level handoff cards in the consultants' channel.
func isCard(t testing.TB) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "Consultant request")
	}
}

func cards(t testing.TB, s *slacktest.Server) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range s.Messages(consultants) {
		if isCard(t)(m) {
			out = append(out, m)
		}
	}
	return out
}

func inThread(channel, ts string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return m.Channel == channel && m.ThreadTS == ts }
}

func textHas(s string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return strings.Contains(m.Text, s) }
}

func and(fs ...func(slacktest.Message) bool) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool {
		for _, f := range fs {
			if !f(m) {
				return false
			}
		}
		return true
	}
}

// assess runs the whole assessment in user's DM and returns the
// recommendation message.
func (h *harness) assess(user string) slacktest.Message {
	h.t.Helper()
	dm := slacktest.IMChannel(user)
	h.send(h.s.SlashCommand(user, "C1", "assess"))
	st, err := h.eng.Status(h.ctx, conversationKey(user, ""))
	if err != nil {
		h.t.Fatal(err)
	}
	done := map[string]bool{}
	for range st.Total {
		h.answerQuestion(user, dm, done)
	}
	return h.waitMessage("the recommendation", func(m slacktest.Message) bool { return m.Channel == dm && isRecommendation(h.t)(m) })
}

// formValues is a contact form submission.
func formValues(name, email, company, note string) map[string]map[string]string {
	return map[string]map[string]string{
		"tlho_name": {"v": name}, "tlho_email": {"v": email}, "tlho_company": {"v": company}, "tlho_note": {"v": note},
	}
}

const injection = "<!channel> @here <https://evil.example|click> <@U999> @everyone"

// checkDefanged fails when text carries a live mention or link.
func checkDefanged(t *testing.T, what, text string) {
	t.Helper()
	for _, bad := range []string{"<!channel>", "<!here>", "<https://evil", "<@U999>"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s contains %q: %q", what, bad, text)
		}
	}
	for _, mass := range []string{"@here", "@everyone", "@channel"} {
		if strings.Contains(text, mass) {
			t.Errorf("%s contains a bare %s: %q", what, mass, text)
		}
	}
	if !strings.Contains(text, "&lt;!channel&gt;") {
		t.Errorf("%s does not show the escaped text: %q", what, text)
	}
}

// seed stores a handoff as a replica that stopped right after the request
// would have left it: record and card job, no card.
func seed(t *testing.T, store handoff.Store, user string, reminder time.Duration) handoff.Handoff {
	t.Helper()
	rec := handoff.Handoff{
		ID: handoff.NewID(), User: conversationKey(user, ""), UserRef: slacktest.IMChannel(user), State: handoff.StateOpen,
		CreatedAt: time.Now().UTC(), Contact: handoff.Contact{Name: "Bob", Email: "bob@acme.example", Company: injection},
	}
	if err := store.Create(context.Background(), rec, reminder); err != nil {
		t.Fatal(err)
	}
	return rec
}
