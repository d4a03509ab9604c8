package slackbot_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// TestDMTurnRoundTrips counts the Redis round trips of ordinary DM turns
// (a knowledge question, new and returning users) with handoffs on, as
// serve wires them: each turn is one pipeline (claim the event, read the
// conversation, read the active handoff) and the save's script. It runs on
// the real Redis of TEST_REDIS_URL when set.
func TestDMTurnRoundTrips(t *testing.T) {
	h := newHarness(t)
	client, prefix := redistest.New(t)
	trips := &redistest.RoundTrips{}
	client.AddHook(trips)
	hs := redisstore.NewHandoffStore(client, prefix, time.Hour)
	h.store = redisstore.New(client, redisstore.WithPrefix(prefix), redisstore.WithHandoffStore(hs))
	h.eng = conversation.New(knowledgeBase(t), h.store, conversation.Config{}, nil)
	// Background handoff work (outbox, reminders) runs at start, then not
	// again during the test.
	quiet := handoff.Config{Reminder: time.Hour, Poll: time.Hour, OutboxIdle: time.Hour}
	h.start(func(c *slackbot.Config) { c.ConsultantChannel = consultants }, slackbot.WithHandoffs(hs, quiet))

	seen := map[string]bool{}
	ask := func(user, q string) {
		t.Helper()
		dm := slacktest.IMChannel(user)
		h.send(h.s.MessageIM(user, dm, q))
		m := h.waitMessage("the answer", func(m slacktest.Message) bool { return m.Channel == dm && !seen[m.TS] })
		seen[m.TS] = true
	}
	ask("UWARM", "What does a CTO do?") // loads the save script, fills the pool
	// The handoff loop's first round ends with the due reminders' lookup;
	// it must be over before counting.
	for !slices.Contains(trips.Trips(), "zrangebyscore") {
		if h.ctx.Err() != nil {
			t.Fatalf("the handoff loop never looked for reminders: %q", trips.Trips())
		}
		time.Sleep(5 * time.Millisecond)
	}
	trips.Reset()
	const users = 4
	for round, q := range []string{"What does a CTO do?", "cio vs cto??"} { // new users, then returning ones
		for i := range users {
			ask(fmt.Sprintf("URT%d", i), q)
		}
		got := trips.Trips()
		if len(got) != 2*users {
			t.Errorf("round %d: %d round trips for %d DM turns, want %d:\n%s", round, len(got), users, 2*users, strings.Join(got, "\n"))
		}
		for i, tr := range got {
			if want := []string{"set hmget get", "evalsha"}[i%2]; tr != want {
				t.Errorf("round %d: trip %d = %q, want %q", round, i, tr, want)
			}
		}
		trips.Reset()
	}
}
