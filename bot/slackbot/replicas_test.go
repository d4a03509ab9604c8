package slackbot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// replica is one bot process of a multi-replica deployment: its own
// socket, engine, store handle and counters; the Redis data is shared.
type replica struct {
	*running
	eng     *conversation.Engine
	metrics *bottest.Counters
}

// startReplicas starts n bots against h's fake Slack sharing one Redis
// (one key prefix), each with its own client and connection pool like
// separate processes, and waits until all n sockets are open. Each keeps
// one socket (unless mod says otherwise), so socket i is replica i.
func startReplicas(h *harness, n int, mod func(*slackbot.Config)) []*replica {
	h.t.Helper()
	first, prefix := redistest.New(h.t)
	out := make([]*replica, n)
	for i := range out {
		client := first
		if i > 0 {
			client = redisClientLike(h.t, first)
		}
		store := redisstore.New(client, redisstore.WithPrefix(prefix))
		eng := conversation.New(bottest.Knowledge(h.t), store, conversation.Config{}, nil)
		cfg := testConfig(h.s)
		cfg.Sockets = 1
		if mod != nil {
			mod(&cfg)
		}
		m := &bottest.Counters{}
		b, err := slackbot.New(cfg, eng, store, testLogger(h.t).With("replica", i), slackbot.WithMetrics(m))
		if err != nil {
			h.t.Fatalf("slackbot.New: %v", err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		r := &running{b: b, cancel: cancel, done: make(chan error, 1)}
		go func() { r.done <- b.Run(ctx) }()
		h.t.Cleanup(func() {
			if err := r.stop(); err != nil {
				h.t.Errorf("replica %d: bot.Run: %v", i, err)
			}
		})
		out[i] = &replica{running: r, eng: eng, metrics: m}
		if err := h.s.WaitConnections(h.ctx, i+1); err != nil {
			h.t.Fatalf("replica %d did not connect: %v", i, err)
		}
	}
	return out
}

// redisClientLike returns a new client (its own pool) to the server c
// talks to, closed when the test ends.
func redisClientLike(t testing.TB, c redis.UniversalClient) redis.UniversalClient {
	t.Helper()
	rc, ok := c.(*redis.Client)
	if !ok {
		t.Fatalf("redistest gave a %T, want a *redis.Client", c)
	}
	o := rc.Options()
	n := redis.NewClient(&redis.Options{
		Addr: o.Addr, Username: o.Username, Password: o.Password, DB: o.DB, TLSConfig: o.TLSConfig,
		Protocol: o.Protocol, DialTimeout: o.DialTimeout, ReadTimeout: o.ReadTimeout, WriteTimeout: o.WriteTimeout,
	})
	t.Cleanup(func() { _ = n.Close() })
	return n
}

// sum adds a counter over the replicas; prefix "handled:" adds every kind.
func sum(rs []*replica, prefix string) int64 {
	var n int64
	for _, r := range rs {
		for k, v := range r.metrics.Snapshot() {
			if strings.HasPrefix(k, prefix) {
				n += v
			}
		}
	}
	return n
}

// waitSettled waits until the replicas finished (handled or skipped as
// duplicates) n envelopes in all.
func waitSettled(h *harness, rs []*replica, n int64) {
	h.t.Helper()
	for sum(rs, "handled:")+sum(rs, "duplicate:") < n {
		select {
		case <-h.ctx.Done():
			h.t.Fatalf("replicas finished %d handled + %d duplicates of %d envelopes", sum(rs, "handled:"), sum(rs, "duplicate:"), n)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// sendTo delivers e to socket conn and waits for its ack.
func sendTo(h *harness, conn int, e slacktest.Envelope) {
	h.t.Helper()
	id := h.s.SendTo(conn, e)
	if id == "" {
		h.t.Fatalf("no socket %d", conn)
	}
	if _, err := h.s.WaitAck(h.ctx, id); err != nil {
		h.t.Fatalf("no ack from socket %d: %v", conn, err)
	}
}

// TestReplicasHandleEachEventOnce spreads DMs round-robin over three
// replicas and redelivers every one of them (same event_id, new envelope)
// to another replica, twice: each event gets exactly one reply.
func TestReplicasHandleEachEventOnce(t *testing.T) {
	h := newHarness(t)
	rs := startReplicas(h, 3, nil)
	const users = 24
	var envs []slacktest.Envelope
	for i := range users {
		u := fmt.Sprintf("U%03d", i)
		envs = append(envs, h.s.MessageIM(u, slacktest.IMChannel(u), "What does a CTO do?"))
	}
	sent := 0
	for i, e := range envs {
		h.send(e) // round-robin
		sendTo(h, (i+1)%3, e.Retry(1))
		sendTo(h, (i+2)%3, e.Retry(2))
		sent += 3
	}
	waitSettled(h, rs, int64(sent))

	for i := range users {
		dm := slacktest.IMChannel(fmt.Sprintf("U%03d", i))
		if n := len(h.s.Messages(dm)); n != 1 {
			t.Errorf("%s got %d replies, want exactly 1", dm, n)
		}
	}
	if got := sum(rs, "duplicate:"); got != 2*users {
		t.Errorf("duplicates skipped = %d, want %d", got, 2*users)
	}
	busy := 0
	for _, r := range rs {
		if sum([]*replica{r}, "handled:") > 0 {
			busy++
		}
	}
	if busy != 3 {
		t.Errorf("%d of 3 replicas handled events; the deliveries were not spread", busy)
	}
}

// TestReplicasAssessmentAcrossReplicas clicks one user's assessment through
// with each click on another replica, some clicks delivered twice to two
// replicas at once (a double click): the answers stay in order, none is
// recorded twice, and the assessment ends in one recommendation.
func TestReplicasAssessmentAcrossReplicas(t *testing.T) {
	h := newHarness(t)
	rs := startReplicas(h, 3, nil)
	const user = "U42"
	dm := slacktest.IMChannel(user)
	sendTo(h, 0, h.s.MessageIM(user, dm, "start the assessment"))

	done := map[string]bool{}
	var first slacktest.Message
	var labels []string // the label of each option clicked, in order
	total := 0
	for i := 0; ; i++ {
		if i == 30 {
			t.Fatal("no recommendation after 30 answers")
		}
		next := h.waitMessage("the next question or the recommendation", func(m slacktest.Message) bool {
			return m.Channel == dm && !done[m.TS] && (isQuestion(t)(m) || isRecommendation(t)(m))
		})
		if isRecommendation(t)(next) {
			break
		}
		if i == 0 {
			first = next
		}
		total++
		btn := choiceButtons(t, next)[i%len(choiceButtons(t, next))]
		labels = append(labels, btn.Label)
		clickOnReplicas(t, h, user, next, btn, i)
		h.waitMessage("the question updated in place", func(m slacktest.Message) bool {
			return m.TS == next.TS && m.Updated > 0 && len(buttonsOf(t, m)) == 0
		})
		done[next.TS] = true
	}
	if first.TS == "" {
		t.Fatal("no question was asked")
	}
	var recs, questions int
	for _, m := range h.s.Messages(dm) {
		switch {
		case isRecommendation(t)(m):
			recs++
		case done[m.TS]:
			questions++
		}
	}
	if recs != 1 {
		t.Errorf("%d recommendations, want 1", recs)
	}
	st, err := rs[2].eng.Status(h.ctx, conversationKey(user, ""))
	if err != nil {
		t.Fatalf("Status: %v", err)
	}
	if st.InProgress || st.Last == nil {
		t.Fatalf("after the recommendation: in progress %v, last %v", st.InProgress, st.Last)
	}
	if len(st.Answers) != total || total != st.Total {
		t.Errorf("stored %d answers for %d questions clicked, assessment has %d", len(st.Answers), total, st.Total)
	}
	for i, qa := range st.Answers {
		if i < len(labels) && qa.Answer != labels[i] {
			t.Errorf("stored answer %d = %q, clicked %q", i+1, qa.Answer, labels[i])
		}
	}
	if questions != total {
		t.Errorf("%d question messages answered in place, want %d", questions, total)
	}
	served := 0
	for _, r := range rs {
		if r.metrics.Get("handled:interactive:block_actions") > 0 {
			served++
		}
	}
	if served < 2 {
		t.Errorf("clicks were handled by %d replica(s), want them spread", served)
	}
}

// clickOnReplicas clicks btn of question q as user: click i goes to
// replica i+1 (of 3), and every second one is a double click, the same
// click sent to two replicas at once.
func clickOnReplicas(t *testing.T, h *harness, user string, q slacktest.Message, btn slacktest.Button, i int) {
	t.Helper()
	click := func() slacktest.Envelope {
		return h.s.BlockAction(user, q.Channel, q.TS, btn.BlockID, btn.ActionID, btn.Value)
	}
	if i%2 == 0 {
		sendTo(h, (i+1)%3, click())
		return
	}
	a := h.s.SendTo((i+1)%3, click())
	b := h.s.SendTo((i+2)%3, click())
	for _, id := range []string{a, b} {
		if _, err := h.s.WaitAck(h.ctx, id); err != nil {
			t.Fatalf("no ack: %v", err)
		}
	}
}
