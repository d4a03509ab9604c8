package main

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
)

// TestServeProcessesDigestOnceAndReport starts three `techleader serve`
// processes on one Redis with the weekly digest due a minute ago
// (INSIGHTS_DIGEST set to that minute: a digest missed while no replica
// ran is posted at start-up), the first try held up by a 429: the
// consultants' channel gets it exactly once. A question declined on one
// process, once written in the background, then shows in the report a
// consultant asks another process for.
func TestServeProcessesDigestOnceAndReport(t *testing.T) {
	const consultants = "CCONSULT"
	at := time.Now().UTC().Add(-time.Minute)
	schedule := insights.Schedule{On: true, Weekday: at.Weekday(), Hour: at.Hour(), Minute: at.Minute()}
	due := time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), 0, 0, time.UTC)
	// The first post is refused with a 429 asking to wait 2 s: the others
	// start meanwhile and find the digest held.
	slow := func(s *slacktest.Server) {
		s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 429, RetryAfter: "2"})
	}
	r := startReplicaProcessesAfter(t, 3, slow,
		"CONSULTANT_CHANNEL="+consultants,
		"INSIGHTS_DIGEST="+schedule.String(),
		"INSIGHTS_TZ=UTC",
	)
	r.s.SetChannelMembers(consultants, "UC1")
	isDigest := func(m slacktest.Message) bool {
		return m.Channel == consultants && strings.Contains(m.Text, "Weekly digest")
	}
	r.waitMessage("the digest", isDigest)

	// Done once the holder marked it: the others then leave it alone.
	store := redisstore.NewInsightsStore(r.redis, r.prefix, insights.NewPolicy(insights.DefaultConfig(), nil))
	id := insights.DigestID(due, time.UTC)
	for {
		st, err := store.Claim(r.ctx, id, "the-test", time.Minute)
		if err != nil || st == insights.Claimed {
			t.Fatalf("digest %s: %v %v; want held or done by a process", id, st, err)
		}
		if st == insights.Done {
			break
		}
		select {
		case <-r.ctx.Done():
			t.Fatalf("digest %s never marked done", id)
		case <-time.After(20 * time.Millisecond):
		}
	}

	user := r.user("Q")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "Do you sell office chairs?")))
	r.waitMessage("the decline", func(m slacktest.Message) bool { return m.Channel == dm })
	// Process 0 writes its insights within a second, in the background;
	// the report of another process shows them once written.
	today := insights.DayOf(time.Now(), time.UTC)
	for {
		tot, err := store.Totals(r.ctx, insights.Period{First: today.Add(-1), Last: today.Add(1)})
		if err == nil && tot.Events[insights.KindDeclined] == 1 {
			break
		}
		select {
		case <-r.ctx.Done():
			t.Fatalf("the decline was never written: %+v, %v", tot.Events, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	r.waitAcks(r.sendTo(2, r.s.SlashCommand("UC1", consultants, "report 7d")))
	rep := r.waitMessage("the report", func(m slacktest.Message) bool { return m.Ephemeral && m.Recipient == "UC1" })
	body := slacktest.BlockText(t, rep)
	for _, want := range []string{"*Conversations:* 1 person", "0 answered (0 clarifications offered), 1 declined", "1× Do you sell office chairs?"} {
		if !strings.Contains(body, want) {
			t.Errorf("the report lacks %q:\n%s", want, body)
		}
	}
	r.stopAll()

	digests := 0
	for _, m := range r.s.Messages(consultants) {
		if isDigest(m) {
			digests++
		}
	}
	if digests != 1 {
		t.Errorf("%d digests posted by three processes, want 1", digests)
	}
}

// TestServeWritesInsightsOnShutdown: with events left to wait an hour
// (INSIGHTS_FLUSH=1h), a declined question is not in Redis after its
// turn, and SIGTERM writes it before the process exits.
func TestServeWritesInsightsOnShutdown(t *testing.T) {
	r := startReplicaProcesses(t, 1, "INSIGHTS_FLUSH=1h")
	user := r.user("S")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "Do you sell office chairs?")))
	r.waitMessage("the decline", func(m slacktest.Message) bool { return m.Channel == dm })
	store := redisstore.NewInsightsStore(r.redis, r.prefix, insights.NewPolicy(insights.DefaultConfig(), nil))
	today := insights.DayOf(time.Now(), time.UTC)
	period := insights.Period{First: today.Add(-1), Last: today.Add(1)}
	declined := func() (int64, []insights.Question) {
		t.Helper()
		tot, err := store.Totals(r.ctx, period)
		if err != nil {
			t.Fatal(err)
		}
		qs, err := store.Questions(r.ctx, period)
		if err != nil {
			t.Fatal(err)
		}
		return tot.Events[insights.KindDeclined], qs
	}
	if n, qs := declined(); n != 0 || len(qs) != 0 {
		t.Fatalf("written before shutdown: %d declined, %d texts; the event should wait in the queue", n, len(qs))
	}
	r.stopAll()
	if n, qs := declined(); n != 1 || len(qs) != 1 || qs[0].Text != "Do you sell office chairs?" {
		t.Fatalf("after SIGTERM: %d declined, texts %+v; want the decline written", n, qs)
	}
}
