package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// seedContact stores a handoff of user with contact c (no card yet).
func seedContact(t *testing.T, store handoff.Store, user string, c handoff.Contact) handoff.Handoff {
	t.Helper()
	rec := handoff.Handoff{
		ID: handoff.NewID(), User: conversationKey(user, ""), UserRef: slacktest.IMChannel(user), State: handoff.StateOpen,
		CreatedAt: time.Now().UTC(), Contact: c,
		Answers: []conversation.QA{{Question: strings.Repeat("<", 200), Answer: strings.Repeat("<", 200)}},
		Recent:  []string{strings.Repeat("<", 300), strings.Repeat("<\n", 150)},
	}
	if err := store.Create(context.Background(), rec, time.Hour); err != nil {
		t.Fatal(err)
	}
	return rec
}

// checkCardLimits fails when a card's block texts break Block Kit's limits
// or the card's own cap.
func checkCardLimits(t *testing.T, m slacktest.Message) {
	t.Helper()
	bs := blocksOf(t, m.Blocks)
	if len(bs) > 50 {
		t.Errorf("card has %d blocks", len(bs))
	}
	total := 0
	for _, b := range bs {
		if b.Text != nil {
			n := utf8.RuneCountInString(b.Text.Text)
			total += n
			if n > 3000 {
				t.Errorf("a %s block has %d characters", b.Type, n)
			}
		}
	}
	if total > 12000 {
		t.Errorf("card text is %d characters, want at most 12000", total)
	}
}

var hugeContact = handoff.Contact{
	Name: strings.Repeat("<", handoff.MaxName), Company: strings.Repeat("<", handoff.MaxShort), Email: "bob@acme.example",
	ContactTime: strings.Repeat("<", handoff.MaxShort), Note: strings.Repeat("<<<<", handoff.MaxNote/4),
}

// TestHandoffCardLongFields: a note of 2,000 '<' (8,000 characters once
// escaped) and other fields at their maximum still give a card with its
// Claim button, every text within Block Kit's limits.
func TestHandoffCardLongFields(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.startHO(store, hoConfig(), nil)
	rec := seedContact(t, store, "U1", hugeContact)
	card := h.waitMessage("the card", isCard(t))
	if b := findButton(t, card, "tl_ho_claim"); b.Value != rec.ID {
		t.Errorf("Claim button for %q, want %q", b.Value, rec.ID)
	}
	checkCardLimits(t, card)
	// The notification line consultants see: no emoji name, no stray markup.
	if want := "Consultant request from <@U1> — Waiting for a consultant"; card.Text != want {
		t.Errorf("card notification text = %q, want %q", card.Text, want)
	}
	body := blockText(t, card)
	if !strings.Contains(body, "&lt;&lt;") || !strings.Contains(body, "…") || !strings.Contains(body, "bob@acme.example") {
		t.Errorf("card lacks the escaped, shortened note or the email: %q", truncateForLog(body))
	}
	if calls := h.s.Calls("chat.postMessage"); len(calls) != 1 || calls[0].Error != "" {
		t.Errorf("chat.postMessage calls: %d (first error %q), want 1 accepted", len(calls), calls[0].Error)
	}
}

// TestHandoffCardMinimalFallback: when Slack refuses the card's blocks, the
// card is posted again with the minimal blocks: who, email, status and the
// buttons.
func TestHandoffCardMinimalFallback(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.startHO(store, hoConfig(), nil)
	h.s.FailNext("chat.postMessage", 1, slacktest.Fault{Error: "invalid_blocks"})
	rec := seedContact(t, store, "U1", hugeContact)
	card := h.waitMessage("the card", isCard(t))
	if b := findButton(t, card, "tl_ho_claim"); b.Value != rec.ID {
		t.Errorf("Claim button for %q, want %q", b.Value, rec.ID)
	}
	findButton(t, card, "tl_ho_close")
	checkCardLimits(t, card)
	body := blockText(t, card)
	for _, want := range []string{"<@U1>", "bob@acme.example", "Waiting for a consultant"} {
		if !strings.Contains(body, want) {
			t.Errorf("minimal card lacks %q: %q", want, truncateForLog(body))
		}
	}
	if got := h.waitRecorded(store, rec.ID); got != card.TS {
		t.Errorf("recorded card %q, want %q", got, card.TS)
	}
}

func truncateForLog(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
