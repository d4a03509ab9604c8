package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// dueNow is a weekly schedule whose last time was a minute ago: a digest
// due now, posted at start-up (a digest missed while no replica ran is
// caught up), with no clock of the test's own.
func dueNow(now time.Time) (insights.Schedule, string) {
	at := now.UTC().Add(-time.Minute)
	s := insights.Schedule{On: true, Weekday: at.Weekday(), Hour: at.Hour(), Minute: at.Minute()}
	due := time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), 0, 0, time.UTC)
	return s, insights.DigestID(due, time.UTC)
}

// waitDone waits until the digest id is marked done in c.
func waitDone(t *testing.T, ctx context.Context, c insights.Claims, id string) {
	t.Helper()
	for {
		st, err := c.Claim(ctx, id, "the-test", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		switch st {
		case insights.Done:
			return
		case insights.Claimed:
			t.Fatalf("the test could claim %s: no replica held it", id)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s never done", id)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// TestDigestOnceAcrossReplicasAfterLostAnswer runs three bots on one
// Redis with the digest due: exactly one posts it. Its first post is
// accepted by Slack but answered with a 500: the retry finds it in the
// channel's history and posts nothing more.
func TestDigestOnceAcrossReplicasAfterLostAnswer(t *testing.T) {
	h := newHarness(t)
	h.s.SetClock(time.Now)
	first, prefix := redistest.New(t)
	policy := insights.NewPolicy(insights.DefaultConfig(), nil)
	seedStore := redisstore.NewInsightsStore(first, prefix, policy)
	before := time.Now().Add(-48 * time.Hour) // in the digest's week
	for i, e := range []insights.Event{insights.AssessmentStarted(), insights.AssessmentStarted(), insights.AssessmentCompleted("cto"),
		insights.ConsultRequested(), insights.Rated(5, insights.RatedRecommendation)} {
		e.At = before
		if err := seedStore.Record(h.ctx, conversationKey([]string{"U1", "U2", "U1", "U1", "U2"}[i], ""), e); err != nil {
			t.Fatal(err)
		}
	}
	schedule, id := dueNow(time.Now())
	h.s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 500, Served: true})

	for i := range 3 {
		client := first
		if i > 0 {
			client = redisClientLike(t, first)
		}
		ins := redisstore.NewInsightsStore(client, prefix, policy)
		h.start(func(c *slackbot.Config) { c.ConsultantChannel = consultants },
			slackbot.WithHandoffs(newHandoffStore(t), hoConfig()),
			slackbot.WithInsights(slackbot.Insights{Reader: ins, Policy: policy, Claims: ins, Digest: schedule}))
	}
	digest := h.waitMessage("the digest", and(inChannel(consultants), textHas("Weekly digest")))
	waitDone(t, h.ctx, seedStore, id)

	body := blockText(t, digest)
	for _, want := range []string{"*Conversations:* 2 people", "Assessment started        2", "Assessment completed      1",
		"Consultant requested      1", "5.00 of 5 from 1 rating"} {
		if !strings.Contains(body, want) {
			t.Errorf("the digest lacks %q:\n%s", want, body)
		}
	}
	var digests int
	for _, m := range h.s.Messages(consultants) {
		if strings.Contains(m.Text, "Weekly digest") {
			digests++
		}
	}
	posts := h.s.Calls("chat.postMessage")
	if digests != 1 || len(posts) != 1 || len(h.s.Calls("conversations.history")) != 1 {
		t.Errorf("%d digests from %d chat.postMessage calls and %d history searches; want 1 from 1 (the 500) and 1",
			digests, len(posts), len(h.s.Calls("conversations.history")))
	}
}
