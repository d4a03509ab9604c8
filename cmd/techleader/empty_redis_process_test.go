package main

import (
	"os"
	"strings"
	"testing"

	"github.com/alicebob/miniredis/v2"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// throwawayRedis is a Redis of the test's own: a redis-server when
// TEST_REDIS_SERVER names one (CI), else a miniredis on a local port. empty
// brings it back with nothing in it: the server is killed and restarted
// without persistence, the miniredis stopped, flushed and restarted.
func throwawayRedis(t *testing.T) (url string, empty func()) {
	t.Helper()
	if os.Getenv(redistest.EnvServer) != "" {
		srv := redistest.StartServer(t)
		return srv.URL(), srv.Restart
	}
	m := miniredis.RunT(t)
	return "redis://" + m.Addr() + "/0", func() {
		m.Close()
		m.FlushAll()
		if err := m.Restart(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestServeSurvivesAnEmptyRedis runs `techleader serve` on a Redis of the
// test's own and brings that Redis back empty while one user is on the
// second question of the assessment and another user's consultant request
// waits in the handoff outbox (its card cannot be posted: the check for an
// earlier card fails). The first user's next click is told privately that
// the progress is gone, with a button to start again; the lost outbox is
// logged as an error and counted with its one job; questions are still
// answered; nothing panics and the process exits 0 on SIGTERM.
func TestServeSurvivesAnEmptyRedis(t *testing.T) {
	url, empty := throwawayRedis(t)
	const consultants = "CCONSULT"
	o := startOutage(t,
		"REDIS_URL="+url,
		"REDIS_FAILOVER_MAX=20s",
		"CONSULTANT_CHANNEL="+consultants,
		"HANDOFF_POLL=100ms",
		"SLACK_API_ATTEMPTS=1",
	)
	// Every look for an earlier card fails, so the card job stays queued.
	o.s.FailNext("conversations.history", 1000, slacktest.Fault{Status: 500})
	run := runTag()
	amy, ben := "U"+run+"A", "U"+run+"B"
	amyDM, benDM := slacktest.IMChannel(amy), slacktest.IMChannel(ben)
	o.s.AddUser(slacktest.User{ID: ben, Name: "ben", RealName: "Ben Example"})

	o.send(o.s.MessageIM(amy, amyDM, "start the assessment"))
	done := map[string]bool{}
	q1 := o.question(amyDM, done)
	o.click(amy, q1)
	o.answered(q1)
	done[q1.TS] = true
	q2 := o.question(amyDM, done)

	o.send(o.s.MessageIM(ben, benDM, "can I talk to a human?"))
	choice := o.wait("the choice of form or notice", func(m slacktest.Message) bool {
		return m.Channel == benDM && strings.Contains(m.Text, "notify") && len(slacktest.Buttons(t, m)) > 0
	})
	skip := slacktest.FindButton(t, choice, "tl_ho_skip")
	o.send(o.s.BlockAction(ben, benDM, choice.TS, skip.BlockID, skip.ActionID, skip.Value))
	if _, err := o.s.WaitCall(o.ctx, "conversations.history", nil); err != nil {
		t.Fatalf("the card job was not tried: %v", err)
	}

	empty()
	o.click(amy, q2)
	notice := o.wait("the lost-progress notice", func(m slacktest.Message) bool {
		return m.Channel == amyDM && m.Ephemeral && m.Recipient == amy && strings.HasPrefix(m.Text, "Sorry, I no longer have your earlier answers")
	})
	slacktest.FindButton(t, notice, "tl_action_start")

	o.waitMetric("techleader_handoff_outbox_lost_total", 1)
	if n := o.metric("techleader_handoff_card_jobs_lost_total"); n != 1 {
		t.Errorf("card jobs counted lost: %v, want 1", n)
	}
	if lines := o.logLines("handoff outbox lost"); len(lines) != 1 || !strings.Contains(lines[0], `"level":"ERROR"`) || !strings.Contains(lines[0], `"lost_jobs":1`) {
		t.Errorf("log lines on the lost outbox: %q, want one error with lost_jobs 1", lines)
	}

	o.send(o.s.MessageIM(amy, amyDM, "What does a CTO do?"))
	o.wait("the knowledge answer", func(m slacktest.Message) bool {
		return m.Channel == amyDM && !m.Ephemeral && !done[m.TS] && m.TS != q2.TS && strings.Contains(m.Text, "CTO")
	})
	o.stop()
	if cards := o.s.Messages(consultants); len(cards) != 0 {
		t.Errorf("%d messages in the consultants' channel, want none (the card job was lost)", len(cards))
	}
}
