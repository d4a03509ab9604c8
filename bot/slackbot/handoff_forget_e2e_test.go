package slackbot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

// forgetsFirst forgets the handoff's user just before recording its card,
// as a /techleader forget landing while the card was being posted.
type forgetsFirst struct{ handoff.Store }

func (f forgetsFirst) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	if rec, err := f.Store.Get(ctx, id); err == nil {
		if err := f.Store.Forget(ctx, rec.User); err != nil {
			return false, err
		}
	}
	return f.Store.SetCard(ctx, id, card)
}

// TestHandoffForgetWhileCardPosted: a card whose handoff was forgotten
// while it was being posted is deleted.
func TestHandoffForgetWhileCardPosted(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.startHO(forgetsFirst{store}, hoConfig(), nil)
	rec := seed(t, store, "U1", time.Hour)
	del := h.waitCall("chat.delete", nil)
	posts := cardPosts(t, h.s, rec.ID)
	if len(posts) != 1 {
		t.Fatalf("%d card posts, want 1", len(posts))
	}
	if del.Error != "" || del.Args["channel"] != consultants {
		t.Errorf("chat.delete = %+v", del)
	}
	if n := len(cards(t, h.s)); n != 0 {
		t.Errorf("%d cards left after the handoff was forgotten", n)
	}
	if _, err := store.Get(h.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("handoff after forget: %v", err)
	}
}

// TestHandoffForgetRedactsCard: /techleader forget redacts the card of the
// user's open request, and the confirmation says what stays in the
// consultants' channel.
func TestHandoffForgetRedactsCard(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.startHO(store, hoConfig(), nil)
	rec := seed(t, store, "U4", time.Hour)
	card := h.waitMessage("the card", isCard(t))
	h.waitRecorded(store, rec.ID)
	h.send(h.s.SlashCommand("U4", "C1", "forget"))
	done := h.waitMessage("forgotten", func(m slacktest.Message) bool {
		return m.Recipient == "U4" && strings.Contains(m.Text, "deleted everything")
	})
	if !strings.Contains(done.Text, "stay there") {
		t.Errorf("confirmation does not say what stays in the consultants' channel: %q", done.Text)
	}
	red := h.waitMessage("the card redacted", func(m slacktest.Message) bool { return m.TS == card.TS && m.Updated > 0 })
	body := blockText(t, red) + red.Text
	if !strings.Contains(body, "removed at the user's request") || strings.Contains(body, "bob@acme.example") || len(buttonsOf(t, red)) != 0 {
		t.Errorf("redacted card = %q with %d buttons", body, len(buttonsOf(t, red)))
	}
}

// TestHandoffDMForgetMe: "forget me" typed in the DM deletes the user's
// conversation and handoff records and redacts the card, like /techleader
// forget: during an open request, and during a live relay (where it is
// not passed on to the consultant).
func TestHandoffDMForgetMe(t *testing.T) {
	for _, claimed := range []bool{false, true} {
		t.Run(map[bool]string{false: "open", true: "claimed"}[claimed], func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			h.s.SetChannelMembers(consultants, "UC1")
			h.startHO(store, hoConfig(), nil)
			dm := slacktest.IMChannel("U4")
			h.send(h.s.MessageIM("U4", dm, "start the assessment"))
			h.answerQuestion("U4", dm, map[string]bool{})
			rec := seed(t, store, "U4", time.Hour)
			card := h.waitMessage("the card", isCard(t))
			h.waitRecorded(store, rec.ID)
			if claimed {
				claim := findButton(t, card, "tl_ho_claim")
				h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
				h.waitState(store, rec.ID, handoff.StateClaimed)
			}

			h.send(h.s.MessageIM("U4", dm, "forget me"))
			done := h.waitMessage("the confirmation in the DM", and(inChannel(dm), textHas("deleted everything")))
			if !strings.Contains(done.Text, "stay there") {
				t.Errorf("confirmation does not say what stays in the consultants' channel: %q", done.Text)
			}
			red := h.waitMessage("the card redacted", func(m slacktest.Message) bool { return m.TS == card.TS && strings.Contains(m.Text, "removed") })
			body := blockText(t, red) + red.Text
			if !strings.Contains(body, "removed at the user's request") || strings.Contains(body, "bob@acme.example") || len(buttonsOf(t, red)) != 0 {
				t.Errorf("redacted card = %q with %d buttons", body, len(buttonsOf(t, red)))
			}
			if _, err := store.Get(h.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
				t.Errorf("handoff after forget me: %v, want ErrNotFound", err)
			}
			if _, err := store.Active(h.ctx, conversationKey("U4", "")); !errors.Is(err, handoff.ErrNotFound) {
				t.Errorf("active handoff after forget me: %v, want ErrNotFound", err)
			}
			if st, err := h.eng.Status(h.ctx, conversationKey("U4", "")); err != nil || st.InProgress || len(st.Answers) != 0 {
				t.Errorf("conversation after forget me: %+v, %v", st, err)
			}
			for _, m := range h.s.Messages(consultants) {
				if strings.Contains(m.Text, "forget me") {
					t.Errorf("\"forget me\" was relayed to the consultants: %q", m.Text)
				}
			}
		})
	}
}
