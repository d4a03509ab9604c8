package slackbot_test

import (
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

// offerInThread asks for a consultant in th and returns the offer (Fill in
// the form / Skip) posted there.
func (h *harness) offerInThread(th slacktest.AssistantThread) slacktest.Message {
	h.t.Helper()
	h.send(h.s.AssistantMessage(th, "Talk to a consultant"))
	return h.waitMessage("the offer in the thread", func(m slacktest.Message) bool {
		if m.Channel != th.Channel || m.ThreadTS != th.TS {
			return false
		}
		_, err := m.Button("tl_ho_form")
		return err == nil
	})
}

// A handoff asked from the panel: the form carries the thread, the card
// says where the user was, and the relay runs both ways in the thread.
func TestAssistantHandoffRelayedBothWays(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	th, greeting := h.startThread("U1", "C42")
	h.send(h.s.AssistantThreadContextChanged(th, "C77"))
	h.waitMessage("the greeting noting the new channel", func(m slacktest.Message) bool {
		return m.TS == greeting.TS && strings.Contains(string(m.Metadata), "C77")
	})

	offer := h.offerInThread(th)
	form := findButton(t, offer, "tl_ho_form")
	h.send(h.s.BlockAction("U1", th.Channel, offer.TS, form.BlockID, form.ActionID, form.Value))
	h.waitCall("views.update", nil) // the name prefilled: the form is complete
	var view slacktest.View
	for _, v := range h.s.Views() {
		if v.CallbackID == "tl_handoff" {
			view = v
		}
	}
	if view.PrivateMetadata != th.Channel+"/"+th.TS {
		t.Fatalf("form private_metadata %q, want the thread", view.PrivateMetadata)
	}
	h.send(h.s.ViewSubmission("U1", "tl_handoff", view.PrivateMetadata, formValues("Alice", "alice@acme.example", "ACME", "")))
	card := h.waitMessage("the card", isCard(t))
	body := blockText(t, card)
	for _, want := range []string{"*Asked from:* <#C77>", "Talk to a consultant"} {
		if !strings.Contains(body, want) {
			t.Errorf("card lacks %q: %q", want, body)
		}
	}
	h.waitMessage("the confirmation in the thread", and(inThread(th.Channel, th.TS), textHas("passed your request on")))
	rec, err := store.Active(h.ctx, conversationKey("U1", ""))
	if err != nil || rec.Thread != th.Channel+"/"+th.TS || rec.UserRef != rec.Thread || rec.Origin != "C77" {
		t.Fatalf("handoff %+v, %v; want it in the thread, from C77", rec, err)
	}

	claim := findButton(t, card, "tl_ho_claim")
	h.waitRecorded(store, claim.Value) // the relay needs the card's place
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	notice := h.waitMessage("the user told in the thread", and(inThread(th.Channel, th.TS), textHas("<@UC1> from Consulting Springfield")))
	h.send(h.s.AssistantMessage(th, "Hello! "+injection))
	relayed := h.waitMessage("the user's message on the card", and(inThread(consultants, card.TS), textHas("Hello!")))
	checkDefanged(t, "relayed user text", relayed.Text)
	h.send(h.s.ThreadMessage("UC1", consultants, card.TS, "Hi Alice, "+injection))
	reply := h.waitMessage("the consultant's reply in the thread", and(inThread(th.Channel, th.TS), textHas("Hi Alice")))
	checkDefanged(t, "relayed consultant text", reply.Text)
	for _, m := range h.s.Messages(th.Channel) {
		if m.ThreadTS != th.TS {
			t.Errorf("a message outside the thread: %q", m.Text)
		}
		if m.TS > notice.TS && m.TS < reply.TS {
			t.Errorf("the bot spoke in the thread during the relay: %q", m.Text)
		}
	}
	if held, _ := h.s.AssistantThread(th.Channel, th.TS); held.Status != "" {
		t.Errorf("status %q left on during the relay", held.Status)
	}
}

// Skipping the form opens the handoff in the thread too, and the relay
// takes what the user types there, not in the DM.
func TestAssistantHandoffSkippedFormStaysInThread(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	th, _ := h.startThread("U1", "")
	offer := h.offerInThread(th)
	skip := findButton(t, offer, "tl_ho_skip")
	h.send(h.s.BlockAction("U1", th.Channel, offer.TS, skip.BlockID, skip.ActionID, skip.Value))
	card := h.waitMessage("the card", isCard(t))
	h.waitMessage("the confirmation in the thread", and(inThread(th.Channel, th.TS), textHas("passed your request on")))
	if strings.Contains(blockText(t, card), "Asked from") {
		t.Errorf("card names a channel nobody viewed: %q", blockText(t, card))
	}
	claim := findButton(t, card, "tl_ho_claim")
	h.waitRecorded(store, claim.Value)
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the user told in the thread", and(inThread(th.Channel, th.TS), textHas("<@UC1>")))

	h.send(h.s.AssistantMessage(th, "Thanks, see you soon"))
	h.waitMessage("the thread's message on the card", and(inThread(consultants, card.TS), textHas("see you soon")))
	// The DM is answered by the bot; as the user's inputs run in order, the
	// relay before it is done (its transcript line written) by then.
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
	h.waitMessage("the bot's own answer in the DM", func(m slacktest.Message) bool { return m.Channel == dm && m.ThreadTS == "" })
	got, err := store.Get(h.ctx, claim.Value)
	if err != nil || len(got.Transcript) != 1 || got.Transcript[0].From != handoff.FromUser || got.Transcript[0].Text != "Thanks, see you soon" {
		t.Errorf("transcript %+v, %v; want only the thread's message", got.Transcript, err)
	}
}
