package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

// swallowing takes card jobs from the outbox and drops them, as a replica
// that crashed right after reading them would.
type swallowing struct {
	handoff.Store
	took chan struct{}
}

func (s swallowing) NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]handoff.CardJob, error) {
	jobs, err := s.Store.NextCards(ctx, consumer, idle, max)
	if len(jobs) > 0 {
		select {
		case s.took <- struct{}{}:
		default:
		}
	}
	return nil, err
}

func TestHandoffCardPostedOnceAfterCrash(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	dead := swallowing{Store: store, took: make(chan struct{}, 1)}
	first := h.startHO(dead, hoConfig(), nil)
	dm := slacktest.IMChannel("U1")

	// Free text: no trigger id, so the DM offers the form or a plain notice.
	h.send(h.s.MessageIM("U1", dm, "can I talk to a human?"))
	choice := h.waitMessage("the choice", func(m slacktest.Message) bool {
		return m.Channel == dm && len(buttonsOf(t, m)) > 0 && strings.Contains(m.Text, "notify")
	})
	skip := findButton(t, choice, "tl_ho_skip")
	h.send(h.s.BlockAction("U1", dm, choice.TS, skip.BlockID, skip.ActionID, skip.Value))
	h.waitMessage("the confirmation", and(inChannel(dm), textHas("passed your request on")))
	select {
	case <-dead.took:
	case <-h.ctx.Done():
		t.Fatal("the first replica never took the card job")
	}
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 0 {
		t.Fatalf("%d cards before the restart", n)
	}

	cfg := hoConfig()
	cfg.OutboxIdle = 400 * time.Millisecond // take the dead replica's job over; its post-and-record step gets OutboxIdle/2, which must fit a -race run
	second := h.startHO(store, cfg, nil)
	card := h.waitMessage("the card after the restart", isCard(t))
	if body := blockText(t, card); !strings.Contains(body, "alice@acme.example") || !strings.Contains(body, "skipped the form") {
		t.Errorf("skipped-form card lacks the Slack profile: %q", body)
	}
	if err := second.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 1 {
		t.Fatalf("%d cards, want exactly 1", n)
	}
	rec, err := store.Active(h.ctx, conversationKey("U1", ""))
	if err != nil || rec.Card.Message != card.TS {
		t.Errorf("recorded card = %q (%v), want %q", rec.Card.Message, err, card.TS)
	}
}

func TestHandoffCardSurvivesSlackErrors(t *testing.T) {
	tests := []struct {
		name   string
		faults []slacktest.Fault
	}{
		{"429s", []slacktest.Fault{{Status: 429, RetryAfter: "0"}, {Status: 429}}},
		{"500s then 429", []slacktest.Fault{{Status: 500}, {Status: 503}, {Status: 429, RetryAfter: "0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			seed(t, store, "U2", time.Hour)
			for _, f := range tt.faults {
				h.s.FailNext("chat.postMessage", 1, f)
			}
			r := h.startHO(store, hoConfig(), nil)
			card := h.waitMessage("the card", isCard(t))
			checkDefanged(t, "card", blockText(t, card))
			if err := r.stop(); err != nil {
				t.Fatal(err)
			}
			if n := len(cards(t, h.s)); n != 1 {
				t.Fatalf("%d cards, want 1", n)
			}
			failed := 0
			for _, c := range h.s.Calls("chat.postMessage") {
				if c.Status >= 400 {
					failed++
				}
			}
			if failed != len(tt.faults) {
				t.Errorf("%d failed posts, want %d (the faults were not hit)", failed, len(tt.faults))
			}
		})
	}
}

func TestHandoffCardRetriedByAnotherReplicaAfterFailures(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	seed(t, store, "U2", time.Hour)
	h.s.FailNext("chat.postMessage", 2, slacktest.Fault{Status: 500})
	first := h.startHO(store, hoConfig(), func(c *slackbot.Config) { c.APIAttempts = 2 })
	failures := map[time.Time]bool{}
	h.waitCall("chat.postMessage", func(c slacktest.Call) bool { // runs under the fake's lock: no s.Calls here
		if c.Status == 500 {
			failures[c.At] = true
		}
		return len(failures) == 2
	})
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 0 {
		t.Fatalf("%d cards posted by the failing replica", n)
	}
	cfg := hoConfig()
	cfg.OutboxIdle = 400 * time.Millisecond
	second := h.startHO(store, cfg, nil)
	h.waitMessage("the card", isCard(t))
	if err := second.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 1 {
		t.Fatalf("%d cards, want 1", n)
	}
}

func TestHandoffRemindersOnceWithTwoReplicas(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	cfg := hoConfig()
	cfg.Reminder, cfg.ReminderLimit = 30*time.Millisecond, 2
	rec := seed(t, store, "U3", cfg.Reminder)
	a := h.startHO(store, cfg, nil)
	b := h.startHO(store, cfg, nil)
	card := h.waitMessage("the card", isCard(t))
	isReminder := and(inThread(consultants, card.TS), textHas("Reminder"))
	h.waitMessage("the second reminder", and(isReminder, textHas("Reminder 2/2")))
	for _, r := range []*running{a, b} {
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, m := range h.s.Messages(consultants) {
		if isReminder(m) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d reminders posted, want 2 (once per interval, up to the limit)", n)
	}
	if got, _ := store.Get(h.ctx, rec.ID); got.Reminders != 2 {
		t.Errorf("Reminders = %d, want 2", got.Reminders)
	}
}
