package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// TestServeWebOnlyProcess runs `techleader serve` as a process with
// WEB_ADDR and no Slack tokens, its sessions and conversations in Redis:
// the web chat answers a turn over HTTP, says plainly that consultants
// aren't connected (there is no desk), counts its turns on /metrics, is
// ready, and the process exits 0 on SIGTERM without logging what the
// visitor typed.
func TestServeWebOnlyProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	url, client, real := sharedRedis(t)
	prefix := "tltest" + runTag()
	if real {
		t.Cleanup(func() {
			if err := redistest.DeletePrefix(context.Background(), client, prefix); err != nil {
				t.Errorf("cleanup %s: %v", prefix, err)
			}
		})
	}
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	p := startServe(t, "serve", childEnv(envRunMain+"=1", "WEB_ADDR=127.0.0.1:0", "HTTP_ADDR=127.0.0.1:0",
		"REDIS_URL="+url, "REDIS_PREFIX="+prefix, "LOG_LEVEL=info"))
	if err := p.waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	addr, err := p.waitWeb(ctx)
	if err != nil {
		t.Fatal(err)
	}

	const question = "We are 40 people. What does a CTO do?"
	v := newWebClient(t, addr)
	v.state()
	if got := allText(v.say(question)); !strings.Contains(got, "Chief Technology Officer") {
		t.Errorf("the answer: %q", got)
	}
	if got := allText(v.say("can I talk to a human?")); !strings.Contains(got, "aren't connected") {
		t.Errorf("asking for a consultant without a desk: %q", got)
	}
	if n, err := client.Exists(ctx, prefix+":web:{"+sessionOf(t, v)+"}:session").Result(); err != nil || n != 1 {
		t.Errorf("the session is not in Redis: %d, %v", n, err)
	}
	ops := "http://" + p.addr
	waitGet(ctx, t, ops+"/readyz", "ready", func(code int, _ string) bool { return code == http.StatusOK })
	metrics := waitGet(ctx, t, ops+"/metrics", "metrics", func(code int, _ string) bool { return code == http.StatusOK })
	for series, want := range map[string]string{
		`techleader_web_turn_duration_seconds_count{kind="text"}`: "2",
		`techleader_web_sessions_started_total`:                   "1",
	} {
		if got, err := metricValue(metrics, series); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %s", series, got, err, want)
		}
	}
	if err := p.stop(ctx); err != nil {
		t.Fatal(err)
	}
	if log := p.log.String(); strings.Contains(log, "40 people") || strings.Contains(log, "Chief Technology") {
		t.Error("the visitor's text or the answer reached the log at info level")
	}
}

// sessionOf is the public id of the visitor's session.
func sessionOf(t *testing.T, v *webClient) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, v.base+"/", nil)
	for _, c := range v.c.Jar.Cookies(req.URL) {
		if c.Name == "tl_web" {
			return web.PublicID(c.Value)
		}
	}
	t.Fatal("no session cookie")
	return ""
}

// TestServeSlackAndWebProcess runs one serve process with Slack and the
// web chat on one Redis: a Slack DM and a web turn are both answered; a
// web visitor's request becomes a card in the consultants' channel,
// marked as coming from the website; the consultant claims it and
// replies in its thread, the reply reaches the visitor's event stream
// under the consultant's Slack name, and the visitor's answer reaches the
// thread. The process exits 0 on SIGTERM.
func TestServeSlackAndWebProcess(t *testing.T) {
	const consultants = "CCONSULT"
	r := startReplicaProcesses(t, 1, "WEB_ADDR=127.0.0.1:0", "CONSULTANT_CHANNEL="+consultants, "HANDOFF_POLL=100ms")
	addr, err := r.procs[0].waitWeb(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.s.SetChannelMembers(consultants, "UC1")
	r.s.AddUser(slacktest.User{ID: "UC1", Name: "ada", RealName: "Ada Consultant"})

	user := r.user("S")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "What does a CIO do?")))
	r.waitMessage("the Slack answer", func(m slacktest.Message) bool { return m.Channel == dm })

	v := newWebClient(t, addr)
	v.state()
	if got := allText(v.say("What does a CTO do?")); !strings.Contains(got, "Chief Technology Officer") {
		t.Errorf("the web answer: %q", got)
	}
	pushes := v.events(r.ctx)
	sent := v.post(web.PathContact, web.ContactRequest{Name: "Grace Visitor", Email: "grace@shipping.example", Size: "51-200"})
	if !strings.Contains(allText(sent), "passed your request on") {
		t.Errorf("the contact form's answer: %q", allText(sent))
	}
	card := r.waitMessage("the card", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "Consultant request from a visitor on the website")
	})
	if body := slacktest.BlockText(t, card); !strings.Contains(body, "Grace Visitor") || !strings.Contains(body, "51-200") {
		t.Errorf("the card lacks the form's details: %q", body)
	}
	claim := slacktest.FindButton(t, card, "tl_ho_claim")
	r.waitAcks(r.sendTo(0, r.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value)))
	waitPush(r.ctx, t, pushes, "Ada Consultant from Consulting Springfield will help you")

	r.waitAcks(r.sendTo(0, r.s.ThreadMessage("UC1", consultants, card.TS, "Hi Grace, how many engineers do you have?")))
	reply := waitPush(r.ctx, t, pushes, "how many engineers")
	if reply.Kind != web.PushConsultant || reply.From != "Ada Consultant, consultant" {
		t.Errorf("the consultant's reply was pushed as %+v", reply)
	}
	if got := v.say("Twelve, all on the product."); len(got.Replies) != 0 {
		t.Errorf("the bot answered a message meant for the consultant: %q", allText(got))
	}
	r.waitMessage("the visitor's answer in the thread", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == card.TS &&
			strings.Contains(m.Text, "a visitor on the website wrote") && strings.Contains(m.Text, "Twelve, all on the product.")
	})
	ended := v.say("end")
	if !strings.Contains(allText(ended), "You ended the conversation") {
		t.Errorf("end: %q", allText(ended))
	}
	r.waitMessage("the card closed", func(m slacktest.Message) bool {
		return m.TS == card.TS && m.Updated > 0 && strings.Contains(slacktest.BlockText(t, m), "Closed by")
	})
	readyBody := waitGet(r.ctx, t, "http://"+r.procs[0].addr+"/readyz", "ready", func(code int, _ string) bool { return code == http.StatusOK })
	if strings.TrimSpace(readyBody) != "ok" {
		t.Errorf("/readyz: %q", readyBody)
	}
	stopped := time.Now()
	r.stopAll() // with the event stream still open
	t.Logf("stopped in %v with an event stream open", time.Since(stopped).Round(time.Millisecond))
}
