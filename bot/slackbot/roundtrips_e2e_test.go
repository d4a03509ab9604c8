package slackbot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// startRoundTripBot starts a bot on Redis with handoffs and queued
// insights, as serve wires them, and counts its round trips.
func startRoundTripBot(t *testing.T) (*harness, *redistest.RoundTrips, *insights.Async, *redisstore.InsightsStore) {
	t.Helper()
	h := newHarness(t)
	client, prefix := redistest.New(t)
	trips := &redistest.RoundTrips{}
	client.AddHook(trips)
	hs := redisstore.NewHandoffStore(client, prefix, time.Hour)
	h.store = redisstore.New(client, redisstore.WithPrefix(prefix), redisstore.WithHandoffStore(hs))
	policy := insights.NewPolicy(insights.DefaultConfig(), nil)
	ins := redisstore.NewInsightsStore(client, prefix, policy)
	// Written only when the test flushes, so the turns' trips are counted
	// alone.
	async := insights.NewAsync(ins, policy, insights.AsyncConfig{Interval: time.Hour}, nil)
	t.Cleanup(func() { _ = async.Close(context.Background()) })
	h.eng = conversation.New(bottest.Knowledge(t), h.store, conversation.Config{}, nil,
		conversation.WithRecorder(insights.EngineRecorder(async)))
	// Background handoff work (outbox, reminders) runs at start, then not
	// again during the test.
	quiet := handoff.Config{Reminder: time.Hour, Poll: time.Hour, OutboxIdle: time.Hour}
	h.start(func(c *slackbot.Config) { c.ConsultantChannel = consultants }, slackbot.WithHandoffs(hs, quiet))
	return h, trips, async, ins
}

// TestDMTurnRoundTrips counts the Redis round trips of ordinary DM turns
// (a knowledge question, new and returning users) with handoffs and
// insights on, as serve wires them: each turn is one pipeline (claim the
// event, read the conversation, read the active handoff) and the save's
// script; its insights events are queued, and written later for all the
// turns in one round trip. It runs on the real Redis of TEST_REDIS_URL
// when set.
func TestDMTurnRoundTrips(t *testing.T) {
	h, trips, async, ins := startRoundTripBot(t)

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
	// Write the warm-up's events, which loads the batch script on a Redis
	// that has not seen it (EVALSHA, then EVAL).
	if err := async.Flush(h.ctx); err != nil {
		t.Fatal(err)
	}
	warm := async.Stats().Written
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
	// The events of the 8 turns wait in the queue and are written in one
	// round trip.
	st := async.Stats()
	if st.Queued < 8 || st.Written != warm {
		t.Fatalf("insights queue %+v, want an event or more per turn, none written", st)
	}
	if err := async.Flush(h.ctx); err != nil {
		t.Fatal(err)
	}
	if got := trips.Trips(); len(got) != 1 || got[0] != "evalsha" {
		t.Errorf("writing %d insights events: round trips %q, want one evalsha", st.Queued, got)
	}
	today := insights.DayOf(time.Now(), time.UTC)
	tot, err := ins.Totals(h.ctx, insights.Period{First: today.Add(-1), Last: today.Add(1)})
	if err != nil {
		t.Fatal(err)
	}
	var events int64
	for _, n := range tot.Events {
		events += n
	}
	if events != int64(warm)+int64(st.Queued) || tot.Users != users+1 || tot.Events[insights.KindAnswered] < 9 {
		t.Errorf("written: %d events (%v) of %d users, want the %d queued and %d of the warm-up, of %d users", events, tot.Events, tot.Users, st.Queued, warm, users+1)
	}
}
