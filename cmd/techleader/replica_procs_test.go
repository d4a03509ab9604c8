package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// replicaProcs is a fake Slack and several serve processes on one Redis.
type replicaProcs struct {
	t      *testing.T
	ctx    context.Context // hang guard of every wait
	s      *slacktest.Server
	procs  []*serveProcess
	redis  *redis.Client
	run    string // tag for ids unique to this run
	prefix string // REDIS_PREFIX of this run's processes: its keys are deleted at the end
}

// replicaHangGuard bounds the waits of the process tests; it only guards
// against hangs.
const replicaHangGuard = 60 * time.Second

// startReplicaProcesses starts n serve processes against a new fake Slack
// and one shared Redis, with env added to their environment, and waits
// until each serves and all n sockets are open. Each process opens one
// socket (SLACK_SOCKETS=1), so the n socket indexes of the fake are the n
// processes.
func startReplicaProcesses(t *testing.T, n int, env ...string) *replicaProcs {
	t.Helper()
	return startReplicaProcessesAfter(t, n, nil, env...)
}

// startReplicaProcessesAfter is startReplicaProcesses with setup run on
// the fake Slack before the processes start (nil: none).
func startReplicaProcessesAfter(t *testing.T, n int, setup func(*slacktest.Server), env ...string) *replicaProcs {
	t.Helper()
	if testing.Short() {
		t.Skip("starts processes")
	}
	url, client, real := sharedRedis(t)
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	t.Cleanup(cancel)
	run := runTag()
	r := &replicaProcs{t: t, ctx: ctx, s: slacktest.New(t), redis: client, run: run, prefix: "tltest" + run}
	if real {
		// Registered before the processes start, so it runs after they
		// are gone.
		t.Cleanup(r.deleteKeys)
	}
	if setup != nil {
		setup(r.s)
	}
	base := childEnv(append([]string{
		envRunMain + "=1",
		"SLACK_APP_TOKEN=" + slacktest.AppToken,
		"SLACK_BOT_TOKEN=" + slacktest.BotToken,
		"SLACK_API_URL=" + r.s.APIURL(),
		"SLACK_SHUTDOWN_TIMEOUT=20s",
		"SLACK_POST_RATE=1000", // no pacing: an assessment posts many messages to one DM
		"SLACK_POST_BURST=100",
		"SLACK_USER_BURST=1000", // nor flood control: tests type whole assessments quickly
		"REDIS_URL=" + url,
		"REDIS_PREFIX=" + r.prefix,
		"HTTP_ADDR=127.0.0.1:0",
		"LOG_LEVEL=debug",
		"INSIGHTS_DIGEST=off", // a test that wants the digest sets it (a later value wins)
		"SLACK_SOCKETS=1",     // one socket each: socket i is process i
	}, env...)...)
	for i := range n {
		r.procs = append(r.procs, startServe(t, fmt.Sprintf("replica %d", i), base))
	}
	for _, p := range r.procs {
		if err := p.waitReady(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.s.WaitConnections(ctx, n); err != nil {
		t.Fatalf("the %d processes did not all connect: %v", n, err)
	}
	return r
}

// user returns a user id unique to this run.
func (r *replicaProcs) user(suffix string) string { return "U" + r.run + suffix }

// deleteKeys deletes from a real Redis everything this run's processes
// wrote: all of it is under the run's own REDIS_PREFIX.
func (r *replicaProcs) deleteKeys() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := redistest.DeletePrefix(ctx, r.redis, r.prefix); err != nil {
		r.t.Errorf("cleanup %s: %v", r.prefix, err)
	}
}

// sendTo delivers e to socket conn without waiting for the ack and
// returns its envelope id.
func (r *replicaProcs) sendTo(conn int, e slacktest.Envelope) string {
	r.t.Helper()
	id := r.s.SendTo(conn, e)
	if id == "" {
		r.t.Fatalf("no socket %d", conn)
	}
	return id
}

// waitAcks waits for the acks of the envelopes ids.
func (r *replicaProcs) waitAcks(ids ...string) {
	r.t.Helper()
	for _, id := range ids {
		if _, err := r.s.WaitAck(r.ctx, id); err != nil {
			r.t.Fatalf("no ack: %v", err)
		}
	}
}

// waitMessage waits for a message of the fake Slack matching match.
func (r *replicaProcs) waitMessage(what string, match func(slacktest.Message) bool) slacktest.Message {
	r.t.Helper()
	m, err := r.s.WaitMessage(r.ctx, match)
	if err != nil {
		r.t.Fatalf("waiting for %s: %v", what, err)
	}
	return m
}

// counters reads every process's envelope counters.
func (r *replicaProcs) counters() []map[string]float64 {
	r.t.Helper()
	out := make([]map[string]float64, len(r.procs))
	for i, p := range r.procs {
		c, err := p.counters(r.ctx)
		if err != nil {
			r.t.Fatal(err)
		}
		out[i] = c
	}
	return out
}

// waitCounters polls the processes' counters until done accepts them. The
// poll is bounded by the hang guard only.
func (r *replicaProcs) waitCounters(what string, done func([]map[string]float64) bool) []map[string]float64 {
	r.t.Helper()
	for {
		cs := r.counters()
		if done(cs) {
			return cs
		}
		select {
		case <-r.ctx.Done():
			r.t.Fatalf("waiting for %s: %v; counters: %v", what, r.ctx.Err(), cs)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stopAll sends SIGTERM to every process at once and waits until all
// exited with status 0.
func (r *replicaProcs) stopAll() {
	r.t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(r.procs))
	for i, p := range r.procs {
		wg.Go(func() { errs[i] = p.stop(r.ctx) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		r.t.Fatal(err)
	}
}

// counterSum adds the counters whose name starts with prefix.
func counterSum(c map[string]float64, prefix string) float64 {
	var n float64
	for k, v := range c {
		if strings.HasPrefix(k, prefix) {
			n += v
		}
	}
	return n
}

// countersSum adds counterSum over processes.
func countersSum(cs []map[string]float64, prefix string) float64 {
	var n float64
	for _, c := range cs {
		n += counterSum(c, prefix)
	}
	return n
}
