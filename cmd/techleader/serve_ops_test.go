package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// waitOpsAddr reads the ops server's address from serve's JSON log (the
// "ops server listening" line), waiting for it until ctx ends.
func waitOpsAddr(ctx context.Context, t *testing.T, logs *bottest.Buffer) string {
	t.Helper()
	return waitLogAddr(ctx, t, logs, "ops server listening")
}

// waitGet polls url until ok(status, body) holds or ctx ends, and returns
// the last body. Failed requests count as status 0.
func waitGet(ctx context.Context, t *testing.T, url, what string, ok func(int, string) bool) string {
	t.Helper()
	c := &http.Client{Timeout: 5 * time.Second}
	var code int
	var body string
	for {
		code, body = 0, ""
		if resp, err := c.Get(url); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			code, body = resp.StatusCode, string(b)
		}
		if ok(code, body) {
			return body
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: GET %s = %d %q", what, url, code, tail(body, 1500))
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// TestServeOpsEndpoints runs serve against the fake Slack and checks the
// ops listener it opens on HTTP_ADDR: /healthz answers, /readyz turns 200
// once the socket is connected and 503 (naming slack) while it is down,
// /metrics counts a DM's envelope, and the listener closes when serve
// returns.
func TestServeOpsEndpoints(t *testing.T) {
	clearSlackEnv(t)
	s := slacktest.New(t)
	t.Setenv("SLACK_APP_TOKEN", slacktest.AppToken)
	t.Setenv("SLACK_BOT_TOKEN", slacktest.BotToken)
	t.Setenv("SLACK_API_URL", s.APIURL())
	user := opsUser(t)
	proc := runInBackground(t, []string{"serve"})
	defer proc.logOnFailure(t)

	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second) // hang guard
	defer wcancel()
	base := "http://" + waitOpsAddr(wctx, t, &proc.errOut)
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %q", code, body)
	}
	if err := s.WaitConnections(wctx, 1); err != nil {
		t.Fatal(err)
	}
	waitGet(wctx, t, base+"/readyz", "ready once connected", func(code int, _ string) bool { return code == http.StatusOK })

	dm := slacktest.IMChannel(user)
	if _, err := s.WaitAck(wctx, s.Send(s.MessageIM(user, dm, "What does a CTO do?"))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitMessage(wctx, func(m slacktest.Message) bool { return m.Channel == dm }); err != nil {
		t.Fatal(err)
	}
	code, body := httpGet(t, base+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics = %d", code)
	}
	for _, want := range []string{
		`techleader_slack_envelopes_received_total{kind="events_api:message"} 1`,
		"techleader_slack_ack_latency_seconds_bucket",
		"techleader_knowledge_answers_total{",
		"go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q:\n%.2000s", want, body)
		}
	}

	// Socket down, and Slack will not open another: not ready, still alive.
	s.SetConnectionsOpenError("internal_error")
	s.DropConnections()
	waitGet(wctx, t, base+"/readyz", "unready with the socket down", func(code int, body string) bool {
		return code == http.StatusServiceUnavailable && strings.Contains(body, "slack: socket not connected")
	})
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz with the socket down = %d %q", code, body)
	}
	s.SetConnectionsOpenError("")
	waitGet(wctx, t, base+"/readyz", "ready after reconnecting", func(code int, _ string) bool { return code == http.StatusOK })

	proc.stop(wctx, t, "run")
	if _, err := (&http.Client{Timeout: time.Second}).Get(base + "/healthz"); err == nil {
		t.Error("the ops server still answers after serve returned")
	}
}

// opsUser is a user id unique to this test (a real Redis is shared); on
// the test Redis, serve is pointed at it and the user's keys are deleted
// after the test.
func opsUser(t *testing.T) string {
	t.Helper()
	var tag [4]byte
	_, _ = rand.Read(tag[:])
	user := "UOPS" + strings.ToUpper(hex.EncodeToString(tag[:])) // unique: a real Redis is shared
	if u := os.Getenv(redistest.EnvURL); u != "" {
		t.Setenv("REDIS_URL", u)
		opt, err := redis.ParseURL(u)
		if err != nil {
			t.Fatal(err)
		}
		c := redis.NewClient(opt)
		t.Cleanup(func() {
			defer c.Close()
			prefix := "techleader:{slack:" + slacktest.TeamID + ":" + user + "}"
			if err := redistest.DeletePrefix(context.Background(), c, prefix); err != nil {
				t.Errorf("cleanup %s: %v", prefix, err)
			}
		})
	}
	return user
}
