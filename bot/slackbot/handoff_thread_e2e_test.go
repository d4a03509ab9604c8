package slackbot_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

// withSubtype returns the events_api envelope e with its event's subtype set.
func withSubtype(t *testing.T, e slacktest.Envelope, subtype string) slacktest.Envelope {
	t.Helper()
	var p map[string]any
	if err := json.Unmarshal(e.Payload, &p); err != nil {
		t.Fatal(err)
	}
	p["event"].(map[string]any)["subtype"] = subtype
	raw, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	e.Payload = raw
	return e
}

// TestHandoffChannelThreadNotACard: in the consultants' channel, a reply in
// a thread that is no handoff card's gets the normal thread handling (here:
// it answers the assessment started there by a mention).
func TestHandoffChannelThreadNotACard(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	env := h.s.AppMention("UC1", consultants, "<@"+slacktest.BotUserID+"> start the assessment", "")
	h.send(env)
	q1 := h.waitMessage("question 1 in the thread", func(m slacktest.Message) bool { return m.Channel == consultants && isQuestion(t)(m) })
	h.send(h.s.ThreadMessage("UC1", consultants, env.TS(), "1"))
	q2 := h.waitMessage("question 2 in the thread", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.TS != q1.TS && isQuestion(t)(m)
	})
	if q2.ThreadTS != env.TS() {
		t.Errorf("next question in thread %q, want %q", q2.ThreadTS, env.TS())
	}
}

// TestHandoffThreadBroadcastRelayed: the claimer's reply in the card's
// thread that is also sent to the channel (subtype thread_broadcast)
// reaches the user.
func TestHandoffThreadBroadcastRelayed(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	rec := seed(t, store, "U1", time.Hour)
	card := h.waitMessage("the card", isCard(t))
	claim := findButton(t, card, "tl_ho_claim")
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitState(store, rec.ID, handoff.StateClaimed)
	h.send(withSubtype(t, h.s.ThreadMessage("UC1", consultants, card.TS, "Hello from the channel too"), "thread_broadcast"))
	m := h.waitMessage("the broadcast reply in the DM", and(inChannel(slacktest.IMChannel("U1")), textHas("Hello from the channel too")))
	if !strings.Contains(m.Text, "<@UC1>") {
		t.Errorf("relayed reply = %q", m.Text)
	}
}
