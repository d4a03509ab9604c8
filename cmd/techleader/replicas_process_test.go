package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/knowledge"
)

// The tests of this file run three `techleader serve` processes against
// one fake Slack (which spreads envelopes over their sockets like Slack
// over the Socket Mode connections of one app) and one Redis: the server
// of TEST_REDIS_URL when set, else a miniredis on a local port.

// TestServeProcessesHandleEachEventOnce sends DMs of different users
// spread over the three processes and redelivers each event (same
// event_id, new envelope) to the two other processes at once: every DM
// gets exactly one reply, each process skips its share of duplicates, and
// the processes exit 0 on SIGTERM.
func TestServeProcessesHandleEachEventOnce(t *testing.T) {
	r := startReplicaProcesses(t, 3)
	const users = 12
	dms, acks := r.sendDMsRedelivered(users, "What does a CTO do?")
	r.waitAcks(acks...)
	cs := r.waitCounters("every delivery handled or skipped", func(cs []map[string]float64) bool {
		return countersSum(cs, "handled:events_api")+countersSum(cs, "duplicate:events_api") == 3*users
	})
	for i, c := range cs {
		if got := counterSum(c, "received:events_api"); got != users {
			t.Errorf("replica %d received %v events, want %d (the fake spreads them by socket)", i, got, users)
		}
	}
	if got := countersSum(cs, "handled:events_api"); got != users {
		t.Errorf("the processes handled %v events, want %d: one per event_id", got, users)
	}
	if got := countersSum(cs, "duplicate:events_api"); got != 2*users {
		t.Errorf("the processes skipped %v duplicates, want %d", got, 2*users)
	}
	t.Logf("events handled per process: %v, %v, %v",
		counterSum(cs[0], "handled:events_api"), counterSum(cs[1], "handled:events_api"), counterSum(cs[2], "handled:events_api"))

	r.stopAll() // drained: nothing is in flight any more
	for _, dm := range dms {
		if n := len(r.s.Messages(dm)); n != 1 {
			t.Errorf("%s got %d replies, want exactly 1", dm, n)
		}
	}
}

// sendDMsRedelivered sends a DM with text from each of users new users,
// each to another socket in turn, and redelivers each (the same event_id
// in a new envelope) to every other socket: every delivery is on the wire
// before any is acked. It returns the DM channels and the envelope ids to
// wait for.
func (r *replicaProcs) sendDMsRedelivered(users int, text string) (dms, acks []string) {
	r.t.Helper()
	n := len(r.procs)
	for i := range users {
		u := r.user(fmt.Sprintf("E%02d", i))
		dms = append(dms, slacktest.IMChannel(u))
		e := r.s.MessageIM(u, dms[i], text)
		acks = append(acks, r.sendTo(i%n, e))
		for retry := 1; retry < n; retry++ {
			acks = append(acks, r.sendTo((i+retry)%n, e.Retry(retry)))
		}
	}
	return dms, acks
}

// status reads the conversation of key from the processes' Redis, as the
// engine reads it.
func (r *replicaProcs) status(key conversation.Key) conversation.Status {
	r.t.Helper()
	kb, err := knowledge.New()
	if err != nil {
		r.t.Fatal(err)
	}
	eng := conversation.New(kb, redisstore.New(r.redis, redisstore.WithPrefix(r.prefix)), conversation.Config{}, nil)
	st, err := eng.Status(r.ctx, key)
	if err != nil {
		r.t.Fatalf("Status: %v", err)
	}
	return st
}

// TestServeProcessesAssessmentAcrossProcesses clicks one user's assessment
// through with each click on another process than the one before, every
// other click double-clicked (the same button, a second envelope, to a
// third process at once): every question is answered in place once, the
// assessment ends in exactly one recommendation, and Redis holds every
// answer, in the order clicked.
func TestServeProcessesAssessmentAcrossProcesses(t *testing.T) {
	r := startReplicaProcesses(t, 3)
	user := r.user("A")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "start the assessment")))

	done := map[string]bool{} // questions answered, by ts
	var labels []string       // the label of each option clicked, in order
	for i := 0; ; i++ {
		if i == 30 {
			t.Fatal("no recommendation after 30 answers")
		}
		next := r.waitMessage("the next question or the recommendation", func(m slacktest.Message) bool {
			return m.Channel == dm && !done[m.TS] && (slacktest.IsQuestion(t, m) || slacktest.IsRecommendation(t, m))
		})
		if slacktest.IsRecommendation(t, next) {
			break
		}
		choices := slacktest.ChoiceButtons(t, next)
		btn := choices[i%len(choices)]
		labels = append(labels, btn.Label)
		click := func() slacktest.Envelope {
			return r.s.BlockAction(user, dm, next.TS, btn.BlockID, btn.ActionID, btn.Value)
		}
		ids := []string{r.sendTo((i+1)%3, click())} // never the process of the click before
		if i%2 == 1 {
			ids = append(ids, r.sendTo((i+2)%3, click()))
		}
		r.waitAcks(ids...)
		r.waitMessage("the question answered in place", func(m slacktest.Message) bool {
			return m.TS == next.TS && m.Updated > 0 && len(slacktest.Buttons(t, m)) == 0
		})
		done[next.TS] = true
	}
	cs := r.counters()
	r.stopAll() // drained: a losing double click is finished too

	var recs, answered int
	for _, m := range r.s.Messages(dm) {
		switch {
		case slacktest.IsRecommendation(t, m):
			recs++
		case done[m.TS]:
			answered++
		case slacktest.IsQuestion(t, m):
			t.Errorf("a question is left open: %q", m.Text)
		}
	}
	if recs != 1 {
		t.Errorf("%d recommendations, want 1", recs)
	}
	if answered != len(labels) {
		t.Errorf("%d question messages answered in place, want %d", answered, len(labels))
	}
	for i, c := range cs {
		if counterSum(c, "received:interactive") == 0 {
			t.Errorf("replica %d got none of the clicks", i)
		}
	}

	st := r.status(conversation.Key{Platform: "slack", Team: slacktest.TeamID, User: user})
	if st.InProgress || st.Last == nil {
		t.Fatalf("after the recommendation: in progress %v, last %v", st.InProgress, st.Last)
	}
	if len(st.Answers) != len(labels) || len(labels) != st.Total {
		t.Errorf("stored %d answers for %d questions clicked; the assessment has %d", len(st.Answers), len(labels), st.Total)
	}
	for i, qa := range st.Answers {
		if i < len(labels) && qa.Answer != labels[i] {
			t.Errorf("stored answer %d = %q, clicked %q", i+1, qa.Answer, labels[i])
		}
	}
}

// TestServeProcessesRemindOnce opens a handoff (a DM asking for a human,
// then "just notify" clicked on another process) with three processes
// polling for due reminders every 100 ms, a reminder every second and at
// most two: the consultants' channel gets one card, and its thread gets
// exactly "Reminder 1/2" and "Reminder 2/2", once each, however many
// processes saw them due. All three exit 0 on SIGTERM.
func TestServeProcessesRemindOnce(t *testing.T) {
	const consultants = "CCONSULT"
	r := startReplicaProcesses(t, 3,
		"CONSULTANT_CHANNEL="+consultants,
		"HANDOFF_REMINDER=1s",
		"HANDOFF_REMINDER_LIMIT=2",
		"HANDOFF_POLL=100ms",
	)
	user := r.user("H")
	dm := slacktest.IMChannel(user)
	r.s.AddUser(slacktest.User{ID: user, Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})

	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "can I talk to a human?")))
	choice := r.waitMessage("the choice of form or notice", func(m slacktest.Message) bool {
		return m.Channel == dm && strings.Contains(m.Text, "notify") && len(slacktest.Buttons(t, m)) > 0
	})
	skip := slacktest.FindButton(t, choice, "tl_ho_skip")
	r.waitAcks(r.sendTo(1, r.s.BlockAction(user, dm, choice.TS, skip.BlockID, skip.ActionID, skip.Value)))
	r.waitMessage("the confirmation", func(m slacktest.Message) bool {
		return m.Channel == dm && strings.Contains(m.Text, "passed your request on")
	})
	isCard := func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "Consultant request")
	}
	card := r.waitMessage("the card", isCard)
	isReminder := func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == card.TS && strings.Contains(m.Text, "Reminder")
	}
	r.waitMessage("the last reminder", func(m slacktest.Message) bool {
		return isReminder(m) && strings.Contains(m.Text, "Reminder 2/2")
	})
	r.stopAll()

	var cards int
	var reminders []string
	for _, m := range r.s.Messages(consultants) {
		switch {
		case isCard(m):
			cards++
		case isReminder(m):
			reminders = append(reminders, m.Text)
		}
	}
	if cards != 1 {
		t.Errorf("%d cards, want 1", cards)
	}
	if len(reminders) != 2 || !strings.HasPrefix(reminders[0], "Reminder 1/2") || !strings.HasPrefix(reminders[1], "Reminder 2/2") {
		t.Errorf("reminders in the card's thread = %q, want Reminder 1/2 then 2/2, once each", reminders)
	}
	rec, err := redisstore.NewHandoffStore(r.redis, r.prefix, time.Hour).Active(r.ctx, conversation.Key{Platform: "slack", Team: slacktest.TeamID, User: user})
	if err != nil {
		t.Fatalf("the handoff in Redis: %v", err)
	}
	if rec.State != handoff.StateOpen || rec.Card.Message != card.TS || rec.Reminders != 2 {
		t.Errorf("stored handoff: state %s, card %q, %d reminders; want open, %q, 2", rec.State, rec.Card.Message, rec.Reminders, card.TS)
	}
}
