package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// The helpers of the process tests in which Redis fails over or comes
// back empty: one serve process, one fake Slack, and a Redis of the test's
// own (never the shared one, which other tests use meanwhile).

// outageGuard bounds each outage test's waits; it only guards against
// hangs.
const outageGuard = 2 * time.Minute

// outage is a serve process against a fake Slack, for one test.
type outage struct {
	t   *testing.T
	ctx context.Context
	s   *slacktest.Server
	p   *serveProcess
}

// startOutage starts serve against a new fake Slack with env added (the
// Redis settings) and waits until it serves and its socket is open.
func startOutage(t *testing.T, env ...string) *outage {
	t.Helper()
	if testing.Short() {
		t.Skip("starts processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), outageGuard)
	t.Cleanup(cancel)
	o := &outage{t: t, ctx: ctx, s: slacktest.New(t)}
	o.p = startServe(t, "serve", childEnv(append([]string{
		envRunMain + "=1",
		"SLACK_APP_TOKEN=" + slacktest.AppToken,
		"SLACK_BOT_TOKEN=" + slacktest.BotToken,
		"SLACK_API_URL=" + o.s.APIURL(),
		"SLACK_SHUTDOWN_TIMEOUT=20s",
		"SLACK_POST_RATE=1000",
		"SLACK_POST_BURST=100",
		"SLACK_USER_BURST=1000",
		"HTTP_ADDR=127.0.0.1:0",
		"LOG_LEVEL=debug",
		// The weekly digest, posted at start-up once its hour has passed,
		// would be one more message in the consultants' channel.
		"INSIGHTS_DIGEST=off",
	}, env...)...))
	if err := o.p.waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := o.s.WaitConnections(ctx, 1); err != nil {
		t.Fatalf("serve did not connect: %v", err)
	}
	return o
}

// send delivers e and waits for its ack.
func (o *outage) send(e slacktest.Envelope) {
	o.t.Helper()
	id := o.s.Send(e)
	if id == "" {
		o.t.Fatal("no socket to send to")
	}
	if _, err := o.s.WaitAck(o.ctx, id); err != nil {
		o.t.Fatalf("no ack: %v", err)
	}
}

// wait waits for a message matching match.
func (o *outage) wait(what string, match func(slacktest.Message) bool) slacktest.Message {
	o.t.Helper()
	m, err := o.s.WaitMessage(o.ctx, match)
	if err != nil {
		o.t.Fatalf("waiting for %s: %v", what, err)
	}
	return m
}

// question waits for a question in dm other than those in done.
func (o *outage) question(dm string, done map[string]bool) slacktest.Message {
	o.t.Helper()
	return o.wait("a question", func(m slacktest.Message) bool {
		return m.Channel == dm && !done[m.TS] && !m.Ephemeral && slacktest.IsQuestion(o.t, m)
	})
}

// click clicks q's first option as user and returns the envelope sent.
func (o *outage) click(user string, q slacktest.Message) slacktest.Envelope {
	o.t.Helper()
	btn := slacktest.ChoiceButtons(o.t, q)[0]
	e := o.s.BlockAction(user, q.Channel, q.TS, btn.BlockID, btn.ActionID, btn.Value)
	o.send(e)
	return e
}

// answered waits until q shows its answer in place, without buttons.
func (o *outage) answered(q slacktest.Message) {
	o.t.Helper()
	o.wait("the question answered in place", func(m slacktest.Message) bool {
		return m.TS == q.TS && m.Updated > 0 && len(slacktest.Buttons(o.t, m)) == 0
	})
}

// metric reads the process's /metrics and returns the sum of the series
// of the metric name (all label sets).
func (o *outage) metric(name string) float64 {
	o.t.Helper()
	req, err := http.NewRequestWithContext(o.ctx, http.MethodGet, "http://"+o.p.addr+"/metrics", nil)
	if err != nil {
		o.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		o.t.Fatalf("/metrics: %v", err)
	}
	defer resp.Body.Close()
	var sum float64
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, name)
		if !ok || (rest[0] != ' ' && rest[0] != '{') {
			continue
		}
		v, err := strconv.ParseFloat(rest[strings.LastIndexByte(rest, ' ')+1:], 64)
		if err != nil {
			o.t.Fatalf("/metrics line %q: %v", line, err)
		}
		sum += v
	}
	if err := sc.Err(); err != nil {
		o.t.Fatal(err)
	}
	return sum
}

// waitMetric polls name until it reaches at least want (bounded by the
// hang guard only).
func (o *outage) waitMetric(name string, want float64) {
	o.t.Helper()
	for {
		if o.metric(name) >= want {
			return
		}
		select {
		case <-o.ctx.Done():
			o.t.Fatalf("%s did not reach %v: %v", name, want, o.ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stop stops serve with SIGTERM and checks it exits 0 without a panic
// recovered on the way.
func (o *outage) stop() {
	o.t.Helper()
	if n := o.metric("techleader_panics_recovered_total"); n != 0 {
		o.t.Errorf("%v panics recovered", n)
	}
	if err := o.p.stop(o.ctx); err != nil {
		o.t.Fatal(err)
	}
	if log := o.p.log.String(); strings.Contains(log, "goroutine ") || strings.Contains(log, "panic:") {
		o.t.Errorf("a stack trace in the log:\n%s", tail(log, 3000))
	}
}

// logLines returns the lines of the process's log containing s.
func (o *outage) logLines(s string) []string {
	var out []string
	for _, l := range strings.Split(o.p.log.String(), "\n") {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return out
}

// texts are the texts of the messages in channel, for failure messages.
func (o *outage) texts(channel string) string {
	var b strings.Builder
	for _, m := range o.s.Messages(channel) {
		fmt.Fprintf(&b, "\n  ephemeral=%v updated=%d %q", m.Ephemeral, m.Updated, tail(m.Text, 100))
	}
	return b.String()
}
