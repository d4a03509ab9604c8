package slackbot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/handoff"
)

// claimClick is a consultant's click on Claim (or Close) of handoff id.
func claimClick(s *slacktest.Server, consultant, actionID, id string) slacktest.Envelope {
	return s.BlockAction(consultant, consultants, "1700000000.000100", "tlho|"+id, actionID, id)
}

func (h *harness) waitState(store handoff.Store, id string, want handoff.State) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		rec, err := store.Get(h.ctx, id)
		if err == nil && rec.State == want {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("handoff %s: state %s (%v), want %s", id, rec.State, err, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestHandoffMembersRefreshShared: clicks arriving while the consultants'
// list is being refreshed (a slow, rate-limited conversations.members)
// share that one refresh instead of queueing behind a lock for one each.
func TestHandoffMembersRefreshShared(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1", "UC2", "UC3", "UC4")
	h.startHO(store, hoConfig(), nil)
	var ids []string
	for _, u := range []string{"U1", "U2", "U3", "U4"} {
		ids = append(ids, seed(t, store, u, time.Hour).ID)
	}
	before := len(h.s.Calls("conversations.members"))
	h.s.FailNext("conversations.members", 1, slacktest.Fault{Status: 429, RetryAfter: "1"})
	var envs []string
	for i, c := range []string{"UC1", "UC2", "UC3", "UC4"} {
		envs = append(envs, h.s.Send(claimClick(h.s, c, "tl_ho_claim", ids[i])))
	}
	for _, e := range envs {
		if _, err := h.s.WaitAck(h.ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		h.waitState(store, id, handoff.StateClaimed)
	}
	if n := len(h.s.Calls("conversations.members")) - before; n != 2 {
		t.Errorf("%d conversations.members calls for 4 concurrent claims, want 2 (one rate-limited, one shared refresh)", n)
	}
}

// TestHandoffMembersStaleOnFailure: when the refresh fails, the last list
// known still authorises (and still refuses non-members), and failed
// refreshes are not retried on every click.
func TestHandoffMembersStaleOnFailure(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	a, b := seed(t, store, "U1", time.Hour), seed(t, store, "U2", time.Hour)
	h.send(claimClick(h.s, "UC1", "tl_ho_claim", a.ID))
	h.waitState(store, a.ID, handoff.StateClaimed)

	h.s.FailNext("conversations.members", 1000, slacktest.Fault{Error: "channel_not_found"})
	h.send(claimClick(h.s, "UC1", "tl_ho_claim", b.ID))
	h.waitState(store, b.ID, handoff.StateClaimed)
	failed := len(h.s.Calls("conversations.members"))
	h.send(claimClick(h.s, "UX", "tl_ho_close", b.ID))
	h.waitMessage("the non-member refused", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "UX" && m.Text != "" && strings.Contains(m.Text, "Only members")
	})
	h.send(claimClick(h.s, "UC1", "tl_ho_close", a.ID))
	h.waitState(store, a.ID, handoff.StateClosed)
	if n := len(h.s.Calls("conversations.members")); n != failed {
		t.Errorf("%d more conversations.members calls right after a failed refresh, want none (back-off)", n-failed)
	}
}
