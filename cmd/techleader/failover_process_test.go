package main

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// failoverMax is REDIS_FAILOVER_MAX in the failover test: a generous
// deadline. The test's Sentinels take a master for down after 1 s; the
// failover measured here takes 2-3 s.
const failoverMax = 30 * time.Second

// TestServeRidesOutASentinelFailover runs `techleader serve` on a Sentinel
// setup of the test's own (skipped without TEST_REDIS_SERVER) and kills
// the master in the middle of a user's assessment. The click the user
// sends while the master is dead is answered (not "couldn't save") once
// the replica is promoted, within REDIS_FAILOVER_MAX; the next question
// and a consultant request work; a redelivery of the DM that started the
// assessment (sent before the failover) and of the click (during it) are
// each skipped as duplicates; the process exits 0 on SIGTERM.
func TestServeRidesOutASentinelFailover(t *testing.T) {
	sen := redistest.StartSentinel(t)
	const consultants = "CCONSULT"
	o := startOutage(t,
		"REDIS_SENTINEL_ADDRS="+strings.Join(sen.Addrs(), ","),
		"REDIS_SENTINEL_MASTER="+redistest.SentinelMaster,
		"REDIS_FAILOVER_MAX="+failoverMax.String(),
		"CONSULTANT_CHANNEL="+consultants,
		"HANDOFF_POLL=200ms",
	)
	user := "U" + runTag() + "F"
	dm := slacktest.IMChannel(user)
	o.s.AddUser(slacktest.User{ID: user, Name: "fay", RealName: "Fay Example"})

	hello := o.s.MessageIM(user, dm, "start the assessment")
	o.send(hello)
	done := map[string]bool{}
	q1 := o.question(dm, done)
	o.click(user, q1)
	o.answered(q1)
	done[q1.TS] = true
	q2 := o.question(dm, done)

	// Replication is asynchronous: this test is about the failover, not
	// the writes one may lose, so the replica gets everything first.
	if n, err := sen.Master.Client().Do(o.ctx, "WAIT", 1, 5000).Int(); err != nil || n != 1 {
		t.Fatalf("WAIT for the replica: %d, %v", n, err)
	}
	old, err := sen.MasterAddr(o.ctx)
	if err != nil {
		t.Fatal(err)
	}
	sen.Master.Kill()
	killed := time.Now()
	during := o.click(user, q2)
	o.answered(q2)
	took := time.Since(killed)
	done[q2.TS] = true
	if now, err := sen.MasterAddr(o.ctx); err != nil || now == old {
		t.Fatalf("master after the answer: %s, %v; want the promoted replica, not %s", now, err, old)
	}
	t.Logf("the click sent as the master died was answered %v later (REDIS_FAILOVER_MAX %v, down-after 1 s)", took.Round(10*time.Millisecond), failoverMax)
	for _, l := range o.logLines("redis answers again") {
		t.Logf("serve logged: %s", l)
	}

	q3 := o.question(dm, done) // asked on the new master
	o.click(user, q3)
	o.answered(q3)
	done[q3.TS] = true
	o.send(hello.Retry(1))
	o.send(during) // the same envelope again
	cs := o.waitDuplicates()

	o.requestConsultant(user, dm, consultants)
	o.stop()

	o.checkAnsweredOnce(dm, done)
	if handled := counterSum(cs, "handled:events_api") + counterSum(cs, "handled:interactive"); handled != 4 {
		t.Errorf("%v envelopes handled before the consultant request, want 4 (a DM, three clicks); counters %v", handled, cs)
	}
}

// waitDuplicates waits until serve counted a duplicate event and a
// duplicate click, and returns its envelope counters.
func (o *outage) waitDuplicates() map[string]float64 {
	o.t.Helper()
	for {
		cs, err := o.p.counters(o.ctx)
		if err != nil {
			o.t.Fatalf("waiting for the duplicates: %v", err)
		}
		if counterSum(cs, "duplicate:events_api") >= 1 && counterSum(cs, "duplicate:interactive") >= 1 {
			return cs
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// requestConsultant asks for a consultant as user, skips the form, and
// waits for the card in the consultants' channel.
func (o *outage) requestConsultant(user, dm, consultants string) {
	o.t.Helper()
	o.send(o.s.MessageIM(user, dm, "can I talk to a human?"))
	choice := o.wait("the choice of form or notice", func(m slacktest.Message) bool {
		return m.Channel == dm && strings.Contains(m.Text, "notify") && len(slacktest.Buttons(o.t, m)) > 0
	})
	skip := slacktest.FindButton(o.t, choice, "tl_ho_skip")
	o.send(o.s.BlockAction(user, dm, choice.TS, skip.BlockID, skip.ActionID, skip.Value))
	o.wait("the card", func(m slacktest.Message) bool {
		return m.Channel == consultants && strings.Contains(m.Text, "Consultant request")
	})
}

// checkAnsweredOnce checks dm after the process stopped: one intro, each
// question in done updated once, one question left open, and no notice
// of an outage or of a stale click.
func (o *outage) checkAnsweredOnce(dm string, done map[string]bool) {
	o.t.Helper()
	var intros, open int
	for _, m := range o.s.Messages(dm) {
		if strings.Contains(m.Text, "just now") || strings.Contains(m.Text, "already answered") {
			o.t.Errorf("message %q: the failover or a redelivery showed", m.Text)
		}
		if strings.HasPrefix(m.Text, "Let's find out") {
			intros++
		}
		if slacktest.IsQuestion(o.t, m) {
			open++
		}
		if done[m.TS] && m.Updated != 1 {
			o.t.Errorf("question %s updated %d times, want once", m.TS, m.Updated)
		}
	}
	if intros != 1 || open != 1 {
		o.t.Errorf("%d intros and %d open questions, want one of each (the fourth); messages:%s", intros, open, o.texts(dm))
	}
}
