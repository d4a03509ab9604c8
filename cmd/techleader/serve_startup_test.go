package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// msgRetrying is what serve logs for each failed attempt to reach Slack.
const msgRetrying = "Slack cannot be reached; retrying"

// closedPort returns a loopback address nothing listens on (it was free a
// moment ago).
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

// noExitSleep is the GORACE setting that stops the race detector from
// sleeping 1 s before the process exits, which would count against serve
// in the tests that time its exit.
func noExitSleep() string {
	return "GORACE=" + strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0")
}

// logRecord is the part of a serve log line the start-up tests read.
type logRecord struct {
	Level, Msg, Err string
	Attempt         int
}

// logRecords returns serve's JSON log lines with message msg.
func logRecords(log *bottest.Buffer, msg string) []logRecord {
	var out []logRecord
	sc := bufio.NewScanner(strings.NewReader(log.String()))
	for sc.Scan() {
		var r logRecord
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Msg == msg {
			out = append(out, r)
		}
	}
	return out
}

// waitLogged waits until serve logged n lines with message msg.
func waitLogged(ctx context.Context, t *testing.T, p *serveProcess, msg string, n int) []logRecord {
	t.Helper()
	for {
		if rs := logRecords(p.log, msg); len(rs) >= n {
			return rs
		}
		select {
		case <-ctx.Done():
			t.Fatalf("serve did not log %d × %q: %v", n, msg, ctx.Err())
		case <-p.done:
			t.Fatalf("serve exited (%v) before logging %d × %q", p.err, n, msg)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// TestServeRidesOutUnreachableSlack starts serve with the Slack API at a
// closed port: it keeps running, /healthz answers 200 and /readyz 503
// naming Slack, and it logs each attempt at warn with its cause. When the
// fake Slack then starts on that port, the bot connects, answers a DM and
// turns ready.
func TestServeRidesOutUnreachableSlack(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	addr := closedPort(t)
	env, user := shutdownEnv(t, "http://"+addr+"/api/")
	env = append(env, "SLACK_RECONNECT_BACKOFF=100ms", "SLACK_RECONNECT_BACKOFF_MAX=400ms")
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	p := startServe(t, "serve", env)
	started := time.Now()
	if err := p.waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Until(started.Add(3 * time.Second)))
	if p.exited() {
		t.Fatalf("serve exited while Slack was unreachable: %v", p.err)
	}
	base := "http://" + p.addr
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %q", code, body)
	}
	code, body := httpGet(t, base+"/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: not connected (auth.test: ") || !strings.Contains(body, "connection refused") {
		t.Errorf("/readyz = %d %q, want 503 naming slack: not connected (auth.test: … connection refused)", code, body)
	}
	tries := waitLogged(ctx, t, p, msgRetrying, 2)
	for i, r := range tries {
		if r.Level != "WARN" || r.Attempt != i+1 || !strings.Contains(r.Err, "connection refused") {
			t.Errorf("retry line %d = %+v, want WARN, attempt %d, the cause", i, r, i+1)
		}
	}

	s := slacktest.NewAt(t, addr)
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatalf("serve did not connect once Slack was up: %v", err)
	}
	dm := slacktest.IMChannel(user(1))
	if _, err := s.WaitAck(ctx, s.Send(s.MessageIM(user(1), dm, "What does a CTO do?"))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitMessage(ctx, func(m slacktest.Message) bool { return m.Channel == dm }); err != nil {
		t.Fatalf("no answer to the DM: %v", err)
	}
	waitGet(ctx, t, base+"/readyz", "ready once connected", func(code int, _ string) bool { return code == http.StatusOK })
	if err := p.stop(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestServeStopsOnRefusedBotToken: a fake Slack answering invalid_auth
// stops serve with a non-zero status within 2 s of it serving its ops
// endpoints, and one line that names the token variable (never the token).
func TestServeStopsOnRefusedBotToken(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	s := slacktest.New(t)
	env, _ := shutdownEnv(t, s.APIURL())
	const wrong = "xoxb-wrong-token"
	env = append(env, "SLACK_BOT_TOKEN="+wrong, noExitSleep()) // the last one counts
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	p := startServe(t, "serve", env)
	if err := p.waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(2 * time.Second):
		t.Fatal("serve still runs 2 s after Slack refused its token")
	}
	var exit *exec.ExitError
	if !errors.As(p.err, &exit) || exit.ExitCode() == 0 {
		t.Errorf("exit = %v, want a non-zero status", p.err)
	}
	log := p.log.String()
	var naming []string
	for line := range strings.Lines(log) {
		if strings.Contains(line, "SLACK_BOT_TOKEN") {
			naming = append(naming, strings.TrimSpace(line))
		}
	}
	if len(naming) != 1 || !strings.HasPrefix(naming[0], "techleader: serve: ") || !strings.Contains(naming[0], "invalid_auth") {
		t.Errorf("lines naming SLACK_BOT_TOKEN = %q, want one plain line with the cause", naming)
	}
	if strings.Contains(log, wrong) {
		t.Error("the token reached the output")
	}
	if n := len(s.Calls("auth.test")); n != 1 {
		t.Errorf("auth.test called %d times, want 1: invalid_auth is not retried", n)
	}
}

// TestServeSIGTERMWhileSlackUnreachable: SIGTERM while serve waits to
// retry an unreachable Slack ends it with status 0 within 1 s.
func TestServeSIGTERMWhileSlackUnreachable(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	env, _ := shutdownEnv(t, "http://"+closedPort(t)+"/api/")
	env = append(env, noExitSleep())
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	p := startServe(t, "serve", env)
	waitLogged(ctx, t, p, msgRetrying, 1)
	if err := p.signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithTimeout(ctx, time.Second)
	defer wcancel()
	if err := p.wait(wctx); err != nil {
		t.Fatalf("after SIGTERM in the retry loop: %v", err)
	}
}
