package slackbot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// forgetful fails to record cards (SetCard) its first fails times, as a
// replica that crashed, or lost Redis, right after Slack accepted the card.
type forgetful struct {
	handoff.Store
	fails  atomic.Int32
	failed chan struct{} // one signal per refused SetCard
}

func newForgetful(s handoff.Store, fails int32) *forgetful {
	f := &forgetful{Store: s, failed: make(chan struct{}, 100)}
	f.fails.Store(fails)
	return f
}

func (f *forgetful) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	if f.fails.Add(-1) >= 0 {
		f.failed <- struct{}{}
		return false, fmt.Errorf("record card: %w", conversation.ErrUnavailable)
	}
	return f.Store.SetCard(ctx, id, card)
}

// cardPosts are the chat.postMessage calls that carried a card's metadata
// for handoff id (failed ones included).
func cardPosts(t *testing.T, s *slacktest.Server, id string) []slacktest.Call {
	t.Helper()
	var out []slacktest.Call
	for _, c := range s.Calls("chat.postMessage") {
		var m struct {
			EventType    string `json:"event_type"`
			EventPayload struct {
				HandoffID string `json:"handoff_id"`
			} `json:"event_payload"`
		}
		if c.Args["metadata"] == "" || json.Unmarshal([]byte(c.Args["metadata"]), &m) != nil {
			continue
		}
		if c.Args["channel"] == consultants && m.EventType == "techleader_handoff" && m.EventPayload.HandoffID == id {
			out = append(out, c)
		}
	}
	return out
}

// waitRecorded waits until handoff id records a card and returns its ts.
func (h *harness) waitRecorded(store handoff.Store, id string) string {
	h.t.Helper()
	for {
		if rec, err := store.Get(h.ctx, id); err == nil && rec.Card.Message != "" {
			return rec.Card.Message
		}
		select {
		case <-h.ctx.Done():
			h.t.Fatal("the card was never recorded")
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// checkOneCard checks that the consultants' channel holds exactly one card,
// of rec, posted once (one chat.postMessage with its metadata, which the
// card carries), that rec records it, and that its job is done.
func checkOneCard(t *testing.T, h *harness, store handoff.Store, rec handoff.Handoff) {
	t.Helper()
	cs := cards(t, h.s)
	if len(cs) != 1 {
		t.Fatalf("%d cards, want exactly 1", len(cs))
	}
	if n := len(cardPosts(t, h.s, rec.ID)); n != 1 {
		t.Errorf("%d chat.postMessage calls for the card, want 1", n)
	}
	var meta struct {
		EventType    string            `json:"event_type"`
		EventPayload map[string]string `json:"event_payload"`
	}
	if err := json.Unmarshal(cs[0].Metadata, &meta); err != nil || meta.EventType != "techleader_handoff" || meta.EventPayload["handoff_id"] != rec.ID {
		t.Errorf("card metadata = %s (%v)", cs[0].Metadata, err)
	}
	got, err := store.Get(h.ctx, rec.ID)
	if err != nil || got.Card.Message != cs[0].TS || got.Card.Space != consultants {
		t.Errorf("recorded card = %s/%s (%v), want %s/%s", got.Card.Space, got.Card.Message, err, consultants, cs[0].TS)
	}
	if jobs, err := store.NextCards(h.ctx, "probe", 0, 10); err != nil || len(jobs) != 0 {
		t.Errorf("card jobs left: %+v (%v), want none", jobs, err)
	}
}

// checkSearched checks that the card was searched for with
// conversations.history as the bot should: the consultants' channel, all
// metadata, from before the handoff's creation, a small page.
func checkSearched(t *testing.T, s *slacktest.Server, rec handoff.Handoff) {
	t.Helper()
	calls := s.Calls("conversations.history")
	if len(calls) == 0 {
		t.Fatal("no conversations.history call")
	}
	for _, c := range calls {
		a := c.Args
		oldest, err := time.Parse("2006-01-02", "2000-01-01")
		if sec, _, ok := strings.Cut(a["oldest"], "."); ok {
			var n int64
			if _, err = fmt.Sscan(sec, &n); err == nil {
				oldest = time.Unix(n, 0)
			}
		}
		if a["channel"] != consultants || a["include_all_metadata"] != "1" || err != nil ||
			!oldest.Before(rec.CreatedAt) || rec.CreatedAt.Sub(oldest) > time.Hour || a["limit"] == "" {
			t.Errorf("conversations.history args = %v", a)
		}
	}
}

// A replica posts the card, then fails to record it (it crashed or lost
// Redis): the job is retried — by another replica after a restart, or by
// the same one — which finds the card by its metadata, records it and
// posts nothing.
func TestHandoffCardPostedButNotRecorded(t *testing.T) {
	t.Run("retaken after a restart", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		broken := newForgetful(store, 5) // every try of the first replica
		first := h.startHO(broken, hoConfig(), nil)
		rec := seed(t, store, "U5", time.Hour)
		card := h.waitMessage("the card", isCard(t))
		for range 5 {
			select {
			case <-broken.failed:
			case <-h.ctx.Done():
				t.Fatal("the card's ts was never recorded in vain")
			}
		}
		if err := first.stop(); err != nil {
			t.Fatal(err)
		}
		if got, _ := store.Get(h.ctx, rec.ID); got.Card.Message != "" {
			t.Fatalf("card recorded by the broken replica: %q", got.Card.Message)
		}
		searches := len(h.s.Calls("conversations.history"))

		cfg := hoConfig()
		cfg.OutboxIdle = 400 * time.Millisecond // take the job over
		second := h.startHO(store, cfg, nil)
		if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
			t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
		}
		if err := second.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
		if n := len(h.s.Calls("conversations.history")); n <= searches {
			t.Error("the second replica did not search for the card")
		}
		checkSearched(t, h.s, rec)
	})
	t.Run("retried by the same replica", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		broken := newForgetful(store, 2)
		cfg := hoConfig()
		cfg.OutboxIdle = 300 * time.Millisecond // a try lasts at most 150 ms: two SetCards
		r := h.startHO(broken, cfg, nil)
		rec := seed(t, store, "U5", time.Hour)
		card := h.waitMessage("the card", isCard(t))
		if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
			t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
		}
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		if n := broken.fails.Load(); n >= 0 {
			t.Fatalf("SetCard failed %d times, want 2", 2-n)
		}
		checkOneCard(t, h, store, rec)
		checkSearched(t, h.s, rec)
	})
}

// Slack posts the card but its answer is lost (a 500 after the fact): the
// retry of chat.postMessage finds the card instead of posting it again.
func TestHandoffCardPostAnswerLost(t *testing.T) {
	for _, f := range []slacktest.Fault{{Status: 500, Served: true}, {Status: 200, Error: "internal_error", Served: true}} {
		t.Run(fmt.Sprintf("%d %s", f.Status, f.Error), func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			rec := seed(t, store, "U6", time.Hour)
			h.s.FailNext("chat.postMessage", 1, f)
			r := h.startHO(store, hoConfig(), nil)
			card := h.waitMessage("the card", isCard(t))
			if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
				t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
			}
			if err := r.stop(); err != nil {
				t.Fatal(err)
			}
			checkOneCard(t, h, store, rec)
			if n := len(h.s.Calls("conversations.history")); n != 2 {
				t.Errorf("%d conversations.history calls, want 2 (before posting, before the retry)", n)
			}
		})
	}
}

// The search for an earlier card failing for now delays the card; failing
// for good (no permission to read the channel) posts it all the same.
func TestHandoffCardSearchFails(t *testing.T) {
	t.Run("for now", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		rec := seed(t, store, "U7", time.Hour)
		h.s.FailNext("conversations.history", 2, slacktest.Fault{Status: 503})
		cfg := hoConfig()
		cfg.OutboxIdle = 50 * time.Millisecond
		r := h.startHO(store, cfg, func(c *slackbot.Config) { c.APIAttempts = 2 })
		h.waitRecorded(store, rec.ID)
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
		calls := h.s.Calls("")
		firstPost := len(calls)
		for i, c := range calls {
			if c.Method == "chat.postMessage" {
				firstPost = i
				break
			}
		}
		failed := 0
		for _, c := range calls[:firstPost] {
			if c.Method == "conversations.history" && c.Status == 503 {
				failed++
			}
		}
		if failed != 2 {
			t.Errorf("%d failed searches before the post, want 2", failed)
		}
	})
	t.Run("for good", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		rec := seed(t, store, "U7", time.Hour)
		h.s.FailNext("conversations.history", 1, slacktest.Fault{Error: "missing_scope"})
		r := h.startHO(store, hoConfig(), nil)
		h.waitRecorded(store, rec.ID)
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
	})
}
