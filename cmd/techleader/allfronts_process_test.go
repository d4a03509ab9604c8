package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/bot/web"
)

// The tests of this file run `techleader serve` with every front end on:
// Slack (the fake Slack), Microsoft Teams (the fake Bot Framework) and the
// web chat, all sharing the consultants' desk in Slack and one Redis
// (TEST_REDIS_URL when set, else a miniredis on a local port).

// The consultants' desk of these tests: a Slack channel with one
// consultant in it.
const (
	deskChannel    = "CDESK"
	consultantID   = "UC1"
	consultantName = "Ada Consultant"
)

// startAllFronts starts n serve processes with Slack, Teams and the web
// chat (see startTeamsReplicas), the consultants' desk in deskChannel,
// and waits until every front end of every process serves.
func startAllFronts(t *testing.T, n int) (*replicaProcs, *teamstest.Server) {
	t.Helper()
	r, bf := startTeamsReplicas(t, n,
		"WEB_ADDR=127.0.0.1:0",
		"WEB_BURST=500", // one session's turns come fast: a rate limit is not what is tested
		"CONSULTANT_CHANNEL="+deskChannel,
		"HANDOFF_POLL=100ms",
	)
	for _, p := range r.procs {
		if _, err := p.waitWeb(r.ctx); err != nil {
			t.Fatal(err)
		}
	}
	r.s.SetChannelMembers(deskChannel, consultantID)
	r.s.AddUser(slacktest.User{ID: consultantID, Name: "ada", RealName: consultantName})
	return r, bf
}

// deskCard waits for the card of a consultant request in the desk channel
// whose blocks contain who (the user's name) and from (where they asked).
func (r *replicaProcs) deskCard(who, from string) slacktest.Message {
	r.t.Helper()
	return r.waitMessage("the card of "+who, func(m slacktest.Message) bool {
		if m.Channel != deskChannel || m.ThreadTS != "" || !strings.Contains(m.Text, "Consultant request") {
			return false
		}
		body := slacktest.BlockText(r.t, m)
		return strings.Contains(body, who) && strings.Contains(body, from)
	})
}

// webRequestConsultant sends the contact form as name from v and returns
// the card it made in the desk channel.
func (r *replicaProcs) webRequestConsultant(v *webClient, name string) slacktest.Message {
	r.t.Helper()
	sent := v.post(web.PathContact, web.ContactRequest{Name: name, Email: "visitor@shipping.example", Size: "51-200"})
	if !strings.Contains(allText(sent), "passed your request on") {
		r.t.Errorf("the contact form's answer: %q", allText(sent))
	}
	return r.deskCard(name, "a visitor on the website")
}

// claim clicks the card's claim button as the consultant, on socket conn.
func (r *replicaProcs) claim(conn int, card slacktest.Message) {
	r.t.Helper()
	b := slacktest.FindButton(r.t, card, "tl_ho_claim")
	r.waitAcks(r.sendTo(conn, r.s.BlockAction(consultantID, deskChannel, card.TS, b.BlockID, b.ActionID, b.Value)))
}

// consultantSays posts text as the consultant in the card's thread, on
// socket conn.
func (r *replicaProcs) consultantSays(conn int, card slacktest.Message, text string) {
	r.t.Helper()
	r.waitAcks(r.sendTo(conn, r.s.ThreadMessage(consultantID, deskChannel, card.TS, text)))
}

// readyChecks waits until the process's /readyz?verbose is 200 and checks
// that it lists each of names as ok.
func (r *replicaProcs) readyChecks(p *serveProcess, names ...string) {
	r.t.Helper()
	body := waitGet(r.ctx, r.t, "http://"+p.addr+"/readyz?verbose", p.name+" ready",
		func(code int, _ string) bool { return code == http.StatusOK })
	for _, name := range names {
		if !strings.Contains("\n"+body, "\n"+name+": ok\n") {
			r.t.Errorf("%s's /readyz?verbose does not list %s as ok:\n%s", p.name, name, body)
		}
	}
}

// countText counts the Teams activities of conversation whose text
// contains text.
func countText(bf *teamstest.Server, conversation, text string) int {
	n := 0
	for _, p := range bf.Activities(conversation) {
		if c, _ := teamstest.CardOf(p); strings.Contains(c.Text(), text) {
			n++
		}
	}
	return n
}

// countPushes counts the pushes whose text contains text.
func countPushes(pushes []web.PushJSON, text string) int {
	n := 0
	for _, p := range pushes {
		if strings.Contains(allText(web.TurnResponse{Pushes: []web.PushJSON{p}}), text) {
			n++
		}
	}
	return n
}

// TestServeProcessAllFrontEnds runs one serve process with Slack, Teams
// and the web chat on: a Slack DM, a Teams message and a web turn are each
// answered once; a web visitor's and a Teams user's requests for a
// consultant each reach the Slack desk as a card, the consultant claims
// both and answers each in its card's thread, and each answer reaches its
// user only, once (the visitor's over its event stream, the Teams user's
// through the connector). /readyz lists Redis and the three front ends as
// ok, no delivery was a duplicate, and the process exits 0 on SIGTERM.
func TestServeProcessAllFrontEnds(t *testing.T) {
	r, bf := startAllFronts(t, 1)
	p := r.procs[0]
	r.readyChecks(p, "redis", "slack", "teams", "web")

	user := r.user("S")
	dm := slacktest.IMChannel(user)
	r.waitAcks(r.sendTo(0, r.s.MessageIM(user, dm, "What does a CTO do?")))
	ann := teamstest.User("ann" + r.run)
	r.teamsMessage(bf, p, bf.Message(ann, "What does a CIO do?"))
	v := newWebClient(t, p.webAddr)
	v.state()
	if got := allText(v.say("What does a CTO do?")); !strings.Contains(got, "Chief Technology Officer") {
		t.Errorf("the web answer: %q", got)
	}
	r.waitMessage("the Slack answer", func(m slacktest.Message) bool { return m.Channel == dm })
	teamsSaid(r.ctx, t, bf, teamstest.PersonalConversation(ann), "Information")

	pushes := v.events(r.ctx)
	webCard := r.webRequestConsultant(v, "Grace Visitor")
	bob := teamstest.User("bob" + r.run)
	bobChat := teamstest.PersonalConversation(bob)
	teamsRequestConsultant(r.ctx, t, bf, p.teamsURL, bob)
	teamsCard := r.deskCard(bob.Name, "a Microsoft Teams user")

	const toGrace, toBob = "Hi Grace, how many engineers do you have?", "Hi Bob, where is your team based?"
	r.claim(0, webCard)
	r.claim(0, teamsCard)
	waitPush(r.ctx, t, pushes, consultantName+" from Consulting Springfield will help you")
	teamsSaid(r.ctx, t, bf, bobChat, consultantName+" from Consulting Springfield will help you")
	r.consultantSays(0, webCard, toGrace)
	r.consultantSays(0, teamsCard, toBob)
	waitPush(r.ctx, t, pushes, toGrace)
	teamsSaid(r.ctx, t, bf, bobChat, toBob)
	kept := v.state().Pushes // the session's push log, as a reload shows it

	// Every delivery was handled, none twice: 1 DM and 2 thread replies,
	// 2 claims; 2 Teams messages and a click; 2 web turns (the question and
	// the contact form).
	cs := r.waitCounters("every delivery handled", func(cs []map[string]float64) bool {
		return counterSum(cs[0], "handled:events_api") == 3 && counterSum(cs[0], "handled:interactive") == 2 &&
			counterSum(cs[0], "teams_handled:") == 3
	})
	r.stopAll()
	if d := counterSum(cs[0], "duplicate:") + counterSum(cs[0], "teams_duplicate:"); d != 0 {
		t.Errorf("%v deliveries counted as duplicates, want none: %v", d, cs[0])
	}
	if got := counterSum(cs[0], "teams_handled:message"); got != 2 {
		t.Errorf("Teams messages handled: %v, want 2", got)
	}
	if got := counterSum(cs[0], "web_turns:"); got != 2 {
		t.Errorf("web turns: %v, want 2", got)
	}
	if n, m := len(r.s.Messages(dm)), len(bf.Activities(teamstest.PersonalConversation(ann))); n != 1 || m != 1 {
		t.Errorf("%d Slack replies and %d Teams answers to one question each, want 1 each", n, m)
	}
	if n, m := countPushes(kept, toGrace), countText(bf, bobChat, toBob); n != 1 || m != 1 {
		t.Errorf("the consultant's answers reached the visitor %d times and the Teams user %d times, want once each", n, m)
	}
	if n, m := countPushes(kept, toBob), countText(bf, bobChat, toGrace); n != 0 || m != 0 {
		t.Errorf("an answer reached the wrong user: the visitor got Bob's %d times, Bob got Grace's %d times", n, m)
	}
}
