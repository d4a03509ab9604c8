package slackbot_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

func TestHandoffFormClaimRelayClose(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	h.s.SetChannelMembers(consultants, "UC1", "UC2")
	h.startHO(store, hoConfig(), nil)
	dm := slacktest.IMChannel("U1")

	card := submitContactForm(t, h, store)
	h.waitMessage("the confirmation in the DM", and(inChannel(dm), textHas("passed your request on")))
	claim := findButton(t, card, "tl_ho_claim")
	notice := claimCard(t, h, store, card, claim)
	relayBothWays(t, h, card, notice)

	// The consultant closes.
	closeBtn := findButton(t, h.waitMessage("card", func(m slacktest.Message) bool { return m.TS == card.TS }), "tl_ho_close")
	h.send(h.s.BlockAction("UC1", consultants, card.TS, closeBtn.BlockID, closeBtn.ActionID, closeBtn.Value))
	h.waitMessage("the card closed", func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(blockText(t, m), "Closed by <@UC1>") && len(buttonsOf(t, m)) == 0
	})
	h.waitMessage("the user told", and(inChannel(dm), textHas("closed this conversation")))
	got, err := store.Get(h.ctx, claim.Value)
	if err != nil || got.State != handoff.StateClosed || len(got.Transcript) != 2 ||
		got.Transcript[0].From != handoff.FromUser || got.Transcript[1].From != handoff.FromConsultant {
		t.Fatalf("after close: %+v, %v; want closed with the two relayed lines", got, err)
	}
	// The bot answers again.
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("an engine answer", and(inChannel(dm), func(m slacktest.Message) bool {
		return strings.Contains(strings.ToLower(m.Text), "cio") || strings.Contains(strings.ToLower(m.Text), "information")
	}))
}

// submitContactForm takes U1 through the assessment to the contact form,
// submits it (first with an invalid email) and returns the card.
func submitContactForm(t *testing.T, h *harness, store handoff.Store) slacktest.Message {
	t.Helper()
	dm := slacktest.IMChannel("U1")
	rec := h.assess("U1")
	consult := findButton(t, rec, "tl_action_consult")
	h.send(h.s.BlockAction("U1", dm, rec.TS, consult.BlockID, consult.ActionID, consult.Value))

	// The form opens, then gets the name from users.info.
	h.waitCall("views.open", nil)
	h.waitCall("views.update", nil)
	var form slacktest.View
	for _, v := range h.s.Views() {
		if v.CallbackID == "tl_handoff" {
			form = v
		}
	}
	if !strings.Contains(string(form.JSON), "Alice Example") {
		t.Errorf("form not prefilled with the name: %s", form.JSON)
	}

	// An invalid email gets an inline error and stores nothing.
	ack := h.send(h.s.ViewSubmission("U1", "tl_handoff", form.PrivateMetadata, formValues("Alice", "alice@", "ACME", "")))
	var resp struct {
		Action string            `json:"response_action"`
		Errors map[string]string `json:"errors"`
	}
	if err := json.Unmarshal(ack.Payload, &resp); err != nil || resp.Action != "errors" || resp.Errors["tlho_email"] == "" {
		t.Fatalf("ack of an invalid form = %s (%v), want errors for tlho_email", ack.Payload, err)
	}
	if _, err := store.Active(h.ctx, conversationKey("U1", "")); !errors.Is(err, handoff.ErrNotFound) {
		t.Fatalf("an invalid form stored a handoff: %v", err)
	}

	// Fixed: the modal closes (empty ack) and the card appears.
	ack = h.send(h.s.ViewSubmission("U1", "tl_handoff", form.PrivateMetadata, formValues("Alice", "alice@acme.example", "ACME "+injection, injection)))
	if len(ack.Payload) > 0 && string(ack.Payload) != "null" && string(ack.Payload) != "{}" {
		t.Errorf("ack of a valid form = %s, want empty", ack.Payload)
	}
	card := h.waitMessage("the card", isCard(t))
	body := blockText(t, card)
	st, _ := h.eng.Status(h.ctx, conversationKey("U1", ""))
	if st.Last == nil || !strings.Contains(body, st.Last.Title) || len(st.Answers) == 0 || !strings.Contains(body, st.Answers[0].Answer) {
		t.Errorf("card lacks the recommendation or answers: %q", body)
	}
	for _, want := range []string{"<@U1>", "alice@acme.example", "Waiting"} {
		if !strings.Contains(body, want) {
			t.Errorf("card lacks %q: %q", want, body)
		}
	}
	checkDefanged(t, "card", body)
	return card
}

// claimCard has a non-member try to claim the card, then UC1 claim it and
// UC2 try again; it returns the DM message telling U1 who helps them.
func claimCard(t *testing.T, h *harness, store handoff.Store, card slacktest.Message, claim slacktest.Button) slacktest.Message {
	t.Helper()
	// A non-member cannot claim.
	h.send(h.s.BlockAction("UX", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the refusal", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "UX" && strings.Contains(m.Text, "Only members")
	})
	if got, _ := store.Get(h.ctx, claim.Value); got.State != handoff.StateOpen {
		t.Fatalf("a non-member's click changed the handoff to %s", got.State)
	}

	// A consultant claims; the card and the user say so.
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the card claimed", func(m slacktest.Message) bool {
		return m.TS == card.TS && m.Updated > 0 && strings.Contains(blockText(t, m), "Claimed by <@UC1>")
	})
	notice := h.waitMessage("the user told who helps", and(inChannel(slacktest.IMChannel("U1")), textHas("<@UC1> from Consulting Springfield")))

	// A second claim is refused politely.
	h.send(h.s.BlockAction("UC2", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the double claim refused", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "UC2" && strings.Contains(m.Text, "already claimed")
	})
	if got, _ := store.Get(h.ctx, claim.Value); got.ClaimedBy != "UC1" {
		t.Fatalf("ClaimedBy = %q after a second claim", got.ClaimedBy)
	}
	return notice
}

// relayBothWays checks the live relay: the user's DM goes to the card's
// thread, not to the engine; another consultant's thread message stays
// internal and the claimer's reaches the user, all defanged.
func relayBothWays(t *testing.T, h *harness, card, notice slacktest.Message) {
	t.Helper()
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "Hello! "+injection))
	relayed := h.waitMessage("the user's message in the thread", and(inThread(consultants, card.TS), textHas("Hello!")))
	checkDefanged(t, "relayed user text", relayed.Text)
	h.send(h.s.ThreadMessage("UC2", consultants, card.TS, "internal note"))
	h.send(h.s.ThreadMessage("UC1", consultants, card.TS, "Hi Alice, "+injection))
	reply := h.waitMessage("the consultant's reply in the DM", and(inChannel(dm), textHas("Hi Alice")))
	checkDefanged(t, "relayed consultant text", reply.Text)
	for _, m := range h.s.Messages(dm) {
		if m.TS > notice.TS && m.TS < reply.TS {
			t.Errorf("the bot spoke in the DM during the relay: %q", m.Text)
		}
		if strings.Contains(m.Text, "internal note") {
			t.Error("another consultant's thread message reached the user")
		}
	}
}

func TestHandoffSlashCommands(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	rec := seed(t, store, "U4", time.Hour)
	card := h.waitMessage("the card", isCard(t))

	h.send(h.s.SlashCommand("UX", "C1", "queue"))
	h.waitMessage("queue refused", func(m slacktest.Message) bool { return m.Recipient == "UX" && strings.Contains(m.Text, "Only members") })
	h.send(h.s.SlashCommand("UC1", "C1", "queue"))
	q := h.waitMessage("the queue", func(m slacktest.Message) bool {
		return m.Recipient == "UC1" && strings.Contains(m.Text, "Consultant requests")
	})
	if !strings.Contains(q.Text, "<@U4>") || !strings.Contains(q.Text, "open") || !strings.Contains(q.Text, rec.ID) {
		t.Errorf("queue = %q", q.Text)
	}
	checkDefanged(t, "queue", q.Text)

	h.send(h.s.SlashCommand("U4", "C1", "status"))
	h.waitMessage("status shows the handoff", func(m slacktest.Message) bool {
		return m.Recipient == "U4" && strings.Contains(m.Text, "already have a request")
	})

	claim := findButton(t, card, "tl_ho_claim")
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("claimed", func(m slacktest.Message) bool { return m.TS == card.TS && m.Updated > 0 })
	h.send(h.s.SlashCommand("U4", "C1", "end"))
	h.waitMessage("the card closed by the user", func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(blockText(t, m), "Closed by <@U4>")
	})
	h.waitMessage("the thread told", and(inThread(consultants, card.TS), textHas("ended the conversation")))

	h.send(h.s.SlashCommand("U4", "C1", "forget"))
	h.waitMessage("forgotten", func(m slacktest.Message) bool {
		return m.Recipient == "U4" && strings.Contains(m.Text, "deleted everything")
	})
	if _, err := store.Get(h.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("handoff after forget: %v, want ErrNotFound", err)
	}
}
