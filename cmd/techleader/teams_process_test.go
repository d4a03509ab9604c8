package main

import (
	"fmt"
	"sync"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/bot/teams/teamstest"
)

// The tests of this file run `techleader serve` processes with Slack and
// Teams both on, against the fake Slack, the fake Bot Framework and one
// Redis (TEST_REDIS_URL when set, else a miniredis on a local port).

// startTeamsReplicas starts n serve processes with Slack and Teams (see
// startReplicaProcesses) and waits for their Teams endpoints.
func startTeamsReplicas(t *testing.T, n int, env ...string) (*replicaProcs, *teamstest.Server) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts processes")
	}
	bf := teamstest.New(t) // stopped after the processes
	env = append([]string{
		"TEAMS_APP_ID=" + teamstest.AppID,
		"TEAMS_APP_PASSWORD=" + teamstest.AppPassword,
		"TEAMS_TOKEN_URL=" + bf.TokenURL(teamstest.MultiTenant),
		"TEAMS_OPENID_METADATA_URL=" + bf.MetadataURL(),
		"TEAMS_ADDR=127.0.0.1:0",
		"TEAMS_SHUTDOWN_TIMEOUT=20s",
	}, env...)
	r := startReplicaProcesses(t, n, env...)
	for _, p := range r.procs {
		if err := p.waitTeams(r.ctx); err != nil {
			t.Fatal(err)
		}
	}
	return r, bf
}

// teamsMessage delivers a to p's endpoint and fails unless it is
// answered 200.
func (r *replicaProcs) teamsMessage(bf *teamstest.Server, p *serveProcess, a teamstest.Activity) {
	r.t.Helper()
	res, err := bf.Deliver(r.ctx, p.teamsURL, a)
	if err != nil {
		r.t.Error(err)
		return
	}
	if res.Status != 200 {
		r.t.Errorf("%s answered %d: %s", p.name, res.Status, res.Body)
	}
}

// TestServeProcessSlackAndTeams runs one serve process with both front
// ends: a Slack DM and a Teams message are each answered once, and the
// process exits 0 on SIGTERM.
func TestServeProcessSlackAndTeams(t *testing.T) {
	r, bf := startTeamsReplicas(t, 1)
	user := r.user("S")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "What does a CTO do?")))
	ann := teamstest.User("ann" + r.run)
	r.teamsMessage(bf, r.procs[0], bf.Message(ann, "What does a CIO do?"))
	r.waitMessage("the Slack reply", func(m slacktest.Message) bool { return m.Channel == dm })
	if _, err := bf.WaitActivities(r.ctx, teamstest.PersonalConversation(ann), 1); err != nil {
		t.Fatal(err)
	}
	cs := r.waitCounters("both handled", func(cs []map[string]float64) bool {
		return counterSum(cs[0], "handled:events_api") > 0 && counterSum(cs[0], "teams_handled:message") > 0
	})
	r.stopAll()
	if got := counterSum(cs[0], "handled:events_api"); got != 1 {
		t.Errorf("Slack events handled: %v, want 1", got)
	}
	if got := counterSum(cs[0], "teams_handled:message"); got != 1 {
		t.Errorf("Teams messages handled: %v, want 1", got)
	}
	if n, m := len(r.s.Messages(dm)), len(bf.Activities(teamstest.PersonalConversation(ann))); n != 1 || m != 1 {
		t.Errorf("%d Slack replies and %d Teams answers, want 1 each", n, m)
	}
}

// TestServeProcessesTeamsActivitiesOnce runs three serve processes with
// Slack and Teams on one Redis. Every Teams activity is delivered to all
// three endpoints at once (as when the Bot Framework retries through a
// load balancer) and every Slack event to all three sockets: each is
// handled once, the other deliveries are counted as duplicates, every
// user gets one answer, and the processes exit 0 on SIGTERM.
func TestServeProcessesTeamsActivitiesOnce(t *testing.T) {
	r, bf := startTeamsReplicas(t, 3)
	const users = 12
	var wg sync.WaitGroup
	var acks []string
	for i := range users {
		a := bf.Message(teamstest.User(fmt.Sprintf("t%s%02d", r.run, i)), "What does a CTO do?")
		for _, p := range r.procs {
			wg.Go(func() { r.teamsMessage(bf, p, a) })
		}
		if i%2 == 0 {
			u := r.user(fmt.Sprintf("E%02d", i))
			e := r.s.MessageIM(u, slacktest.IMChannel(u), "What does a CIO do?")
			acks = append(acks, r.sendTo(i%3, e), r.sendTo((i+1)%3, e.Retry(1)), r.sendTo((i+2)%3, e.Retry(2)))
		}
	}
	wg.Wait()
	r.waitAcks(acks...)
	cs := r.waitCounters("every delivery handled or skipped", func(cs []map[string]float64) bool {
		return countersSum(cs, "teams_handled:message")+countersSum(cs, "teams_duplicate:message") == 3*users &&
			countersSum(cs, "handled:events_api")+countersSum(cs, "duplicate:events_api") == 3*users/2
	})
	for i, c := range cs {
		if got := counterSum(c, "teams_received:message"); got != users {
			t.Errorf("replica %d received %v Teams messages, want %d", i, got, users)
		}
	}
	if got := countersSum(cs, "teams_handled:message"); got != users {
		t.Errorf("the processes handled %v Teams messages, want %d: one per activity", got, users)
	}
	if got := countersSum(cs, "handled:events_api"); got != users/2 {
		t.Errorf("the processes handled %v Slack events, want %d", got, users/2)
	}
	t.Logf("Teams messages handled per process: %v, %v, %v",
		counterSum(cs[0], "teams_handled:message"), counterSum(cs[1], "teams_handled:message"), counterSum(cs[2], "teams_handled:message"))

	r.stopAll()
	for i := range users {
		conv := teamstest.PersonalConversation(teamstest.User(fmt.Sprintf("t%s%02d", r.run, i)))
		if n := len(bf.Activities(conv)); n != 1 {
			t.Errorf("%s got %d answers, want exactly 1", conv, n)
		}
		if i%2 == 0 {
			dm := slacktest.IMChannel(r.user(fmt.Sprintf("E%02d", i)))
			if n := len(r.s.Messages(dm)); n != 1 {
				t.Errorf("%s got %d replies, want exactly 1", dm, n)
			}
		}
	}
}
