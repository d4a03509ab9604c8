package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// TestSIGTERMMidBurstLosesNothing runs `techleader serve` as a process
// against the fake Slack, sends a burst of DMs from different users and
// SIGTERM in the middle of it: the process exits 0, and every envelope it
// acknowledged got its reply before it exited.
func TestSIGTERMMidBurstLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	s := slacktest.New(t)
	env, user := shutdownEnv(t, s.APIURL())
	const users = 40

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // hang guard
	defer cancel()
	p := startServe(t, "serve", env)
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatalf("serve did not connect: %v", err)
	}

	type delivery struct{ envelope, dm string }
	var (
		mu   sync.Mutex
		sent []delivery
	)
	send := func(i int) {
		dm := slacktest.IMChannel(user(i))
		id := s.Send(s.MessageIM(user(i), dm, "What does a CTO do?"))
		if id != "" {
			mu.Lock()
			sent = append(sent, delivery{id, dm})
			mu.Unlock()
		}
	}
	for i := range users / 2 {
		send(i)
	}
	// A quarter of the burst is acked (so work is in flight) before SIGTERM.
	for _, e := range sent[:users/4] {
		if _, err := s.WaitAck(ctx, e.envelope); err != nil {
			t.Fatalf("envelope not acked: %v", err)
		}
	}
	if err := p.signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup // the rest of the burst races the shutdown
	for i := users / 2; i < users; i++ {
		wg.Go(func() { send(i) })
	}

	if err := p.wait(ctx); err != nil {
		t.Fatalf("after SIGTERM: %v", err)
	}
	wg.Wait()

	acked := map[string]bool{}
	for _, a := range s.Acks() {
		acked[a.EnvelopeID] = true
	}
	nAcked := 0
	for _, e := range sent {
		if !acked[e.envelope] {
			continue // never acked: Slack would redeliver it
		}
		nAcked++
		if n := len(s.Messages(e.dm)); n != 1 {
			t.Errorf("envelope %s was acked but %s got %d replies, want 1", e.envelope, e.dm, n)
		}
	}
	if nAcked < users/4 {
		t.Fatalf("%d envelopes acked, want at least %d", nAcked, users/4)
	}
	t.Logf("%d envelopes delivered to the socket, %d acked, all acked ones answered", len(sent), nAcked)
	if log := p.log.String(); strings.Contains(log, slacktest.BotToken) || strings.Contains(log, slacktest.AppToken) {
		t.Error("a token reached the logs")
	}
}

// shutdownEnv is the environment of a serve process against the Slack Web
// API at apiURL, on the test Redis when there is one (with a prefix of its
// own, deleted after the test), and the ids of this run's users.
func shutdownEnv(t *testing.T, apiURL string) (env []string, user func(i int) string) {
	t.Helper()
	var tag [4]byte
	_, _ = rand.Read(tag[:])
	run := hex.EncodeToString(tag[:]) // user ids unique to this run: a real Redis is shared
	env = childEnv(
		envRunMain+"=1",
		"SLACK_APP_TOKEN="+slacktest.AppToken,
		"SLACK_BOT_TOKEN="+slacktest.BotToken,
		"SLACK_API_URL="+apiURL,
		"SLACK_SHUTDOWN_TIMEOUT=20s",
		"HTTP_ADDR=127.0.0.1:0",
		"LOG_LEVEL=debug",
	)
	user = func(i int) string { return fmt.Sprintf("U%s%03d", strings.ToUpper(run), i) }
	if u := os.Getenv(redistest.EnvURL); u != "" {
		prefix := "tltest" + run // everything serve writes, dedupe marks included
		env = append(env, "REDIS_URL="+u, "REDIS_PREFIX="+prefix)
		opt, err := redis.ParseURL(u)
		if err != nil {
			t.Fatal(err)
		}
		c := redis.NewClient(opt)
		t.Cleanup(func() {
			defer c.Close()
			if err := redistest.DeletePrefix(context.Background(), c, prefix); err != nil {
				t.Errorf("cleanup %s: %v", prefix, err)
			}
		})
	} // else serve keeps conversations in memory
	return env, user
}
