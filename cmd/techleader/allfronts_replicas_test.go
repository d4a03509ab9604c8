package main

import (
	"fmt"
	"sync"
	"testing"

	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
)

// teamsSpread delivers a message from each of users new Teams users to
// one process in turn, and every other one to the next process as well,
// at the same time (the Bot Framework retrying through a load balancer),
// on wg's goroutines. It returns the users' conversations and how many
// deliveries each process was sent.
func (r *replicaProcs) teamsSpread(wg *sync.WaitGroup, bf *teamstest.Server, users int, text string) (convs []string, sent []int) {
	n := len(r.procs)
	sent = make([]int, n)
	for i := range users {
		u := teamstest.User(fmt.Sprintf("t%s%02d", r.run, i))
		convs = append(convs, teamstest.PersonalConversation(u))
		a := bf.Message(u, text)
		to := []int{i % n}
		if i%2 == 0 {
			to = append(to, (i+1)%n)
		}
		for _, j := range to {
			sent[j]++
			wg.Go(func() { r.teamsMessage(bf, r.procs[j], a) })
		}
	}
	return convs, sent
}

// webAssessSpread takes the web visitor v through the assessment, each
// turn on the next process in turn; every other choice is sent twice at
// once, to two processes (a double click on a page behind a load
// balancer), and exactly one of the two may answer the question. It
// returns the labels chosen, in order, and the turns each process was
// sent.
func (r *replicaProcs) webAssessSpread(v *webClient) (labels []string, turns []int) {
	r.t.Helper()
	n := len(r.procs)
	turns = make([]int, n)
	on := func(i int) *webClient {
		turns[i%n]++
		return v.at(r.procs[i%n].webAddr)
	}
	resp := on(0).act(string(conversation.ActionStartAssessment))
	for i := 1; ; i++ {
		q := webQuestion(resp)
		if q == nil {
			if !webRecommended(resp) {
				r.t.Fatalf("after %d answers, neither a question nor the recommendation: %q", len(labels), allText(resp))
			}
			return labels, turns
		}
		if i > 30 {
			r.t.Fatal("no recommendation after 30 answers")
		}
		opt := q.Options[i%len(q.Options)]
		labels = append(labels, opt.Label)
		choice := web.TurnRequest{Choice: &web.Choice{Question: q.ID, Round: q.Round, Value: opt.Value}}
		if i%2 == 1 {
			if resp = on(i).post(web.PathTurn, choice); !webAnswered(resp, q) {
				r.t.Fatalf("question %s not answered: %q", q.ID, allText(resp))
			}
			continue
		}
		first, second := on(i), on(i+1)
		var other web.TurnResponse
		var err error
		var wg sync.WaitGroup
		wg.Go(func() { other, err = second.tryPost(web.PathTurn, choice) })
		resp = first.post(web.PathTurn, choice)
		wg.Wait()
		if err != nil {
			r.t.Fatal(err)
		}
		if webAnswered(resp, q) == webAnswered(other, q) {
			r.t.Fatalf("question %s sent twice at once: answered by both or neither: %q and %q", q.ID, allText(resp), allText(other))
		}
		if webAnswered(other, q) {
			resp = other
		}
	}
}

// webQuestion is the question a turn's answer asks, nil when none.
func webQuestion(tr web.TurnResponse) *web.Question {
	for _, r := range tr.Replies {
		if r.Question != nil {
			return r.Question
		}
	}
	return nil
}

// webAnswered reports whether a turn's answer shows q answered.
func webAnswered(tr web.TurnResponse, q *web.Question) bool {
	for _, r := range tr.Replies {
		if r.Answered != nil && r.Answered.Question == q.ID && r.Answered.Round == q.Round {
			return true
		}
	}
	return false
}

// webRecommended reports whether a turn's answer is the recommendation.
func webRecommended(tr web.TurnResponse) bool {
	for _, r := range tr.Replies {
		if r.Recommendation != nil {
			return true
		}
	}
	return false
}

// The consultant's side of the web visitor's handoff in
// TestServeProcessesAllFrontEndsOnce.
const (
	claimedPush    = consultantName + " from Consulting Springfield will help you"
	consultantAsks = "Hi Grace, how many engineers do you have?"
	consultantBye  = "Talk soon, Grace."
)

// webPushesEverywhere opens the event stream of v's session on every
// process and sends v's contact form to process form. The consultant
// claims the card on one socket, then answers in its thread on another,
// that answer redelivered to the third, and once it is pushed says
// goodbye on the claim's socket: every stream gets the claim's notice and
// both answers, once each, whichever process wrote them. (Each step waits
// for the one before, as a consultant does: a thread message before the
// claim counts stays among the consultants.)
func (r *replicaProcs) webPushesEverywhere(v *webClient, form int) {
	r.t.Helper()
	n := len(r.procs)
	streams := make([]<-chan web.PushJSON, n)
	for i, p := range r.procs {
		streams[i] = v.at(p.webAddr).events(r.ctx)
	}
	card := r.webRequestConsultant(v.at(r.procs[form].webAddr), "Grace Visitor")
	r.claim(2%n, card)
	first := pushesUntil(r.ctx, r.t, streams[0], claimedPush)
	e := r.s.ThreadMessage(consultantID, deskChannel, card.TS, consultantAsks)
	r.waitAcks(r.sendTo(0, e), r.sendTo(1%n, e.Retry(1)))
	first = append(first, pushesUntil(r.ctx, r.t, streams[0], consultantAsks)...)
	r.consultantSays(2%n, card, consultantBye)
	for i, s := range streams {
		got := pushesUntil(r.ctx, r.t, s, consultantBye)
		if i == 0 {
			got = append(first, got...)
		}
		for _, want := range []string{claimedPush, consultantAsks, consultantBye} {
			if c := countPushes(got, want); c != 1 {
				r.t.Errorf("the stream on %s got %q %d times, want once", r.procs[i].name, want, c)
			}
		}
	}
}

// TestServeProcessesAllFrontEndsOnce runs three serve processes with
// Slack, Teams and the web chat on, sharing one Redis, one fake Slack and
// one fake Bot Framework, and keeps the three front ends busy at once:
// Slack DMs each delivered to one socket and redelivered to the two
// others; Teams messages each delivered to another process, every other
// one to two processes at the same time; a web visitor's assessment with
// its turns spread over the processes, every other choice sent to two at
// once. Each event is handled once (one Slack reply, one Teams answer per
// user, the duplicates counted), each web turn by the process it was sent
// to, the assessment stored with every answer once, in order; and the
// visitor's pushes from the consultant (one answer redelivered to another
// process) reach its event stream on every process, and its push log
// once. The processes exit 0 on SIGTERM.
func TestServeProcessesAllFrontEndsOnce(t *testing.T) {
	r, bf := startAllFronts(t, 3)
	const slackUsers, teamsUsers, form = 6, 9, 1
	dms, acks := r.sendDMsRedelivered(slackUsers, "What does a CIO do?")
	var wg sync.WaitGroup
	convs, teamsSent := r.teamsSpread(&wg, bf, teamsUsers, "What does a CTO do?")
	v := newWebClient(t, r.procs[0].webAddr)
	v.state()
	labels, webTurns := r.webAssessSpread(v)
	wg.Wait()
	r.waitAcks(acks...)
	r.webPushesEverywhere(v, form)
	webTurns[form]++

	var teamsDeliveries int
	for _, n := range teamsSent {
		teamsDeliveries += n
	}
	cs := r.waitCounters("every delivery handled or skipped", func(cs []map[string]float64) bool {
		return countersSum(cs, "handled:events_api")+countersSum(cs, "duplicate:events_api") == 3*slackUsers+3 &&
			countersSum(cs, "handled:interactive") == 1 &&
			countersSum(cs, "teams_handled:message")+countersSum(cs, "teams_duplicate:message") == float64(teamsDeliveries)
	})
	checkAllFrontsCounters(t, cs, slackUsers, teamsUsers, teamsSent, webTurns)
	kept := v.state().Pushes // every delivery handled: a duplicate push would be in the log by now
	for _, want := range []string{claimedPush, consultantAsks, consultantBye} {
		if c := countPushes(kept, want); c != 1 {
			t.Errorf("the session's push log holds %q %d times, want once", want, c)
		}
	}
	r.stopAll() // drained: nothing is in flight any more

	for _, dm := range dms {
		if n := len(r.s.Messages(dm)); n != 1 {
			t.Errorf("%s got %d Slack replies, want exactly 1", dm, n)
		}
	}
	for _, conv := range convs {
		if n := len(bf.Activities(conv)); n != 1 {
			t.Errorf("%s got %d Teams answers, want exactly 1", conv, n)
		}
	}
	st := r.status(web.Key(sessionOf(t, v)))
	if st.InProgress || st.Last == nil || len(st.Answers) != len(labels) || len(labels) != st.Total {
		t.Fatalf("stored: in progress %v, last %v, %d answers for %d choices of %d questions",
			st.InProgress, st.Last, len(st.Answers), len(labels), st.Total)
	}
	for i, qa := range st.Answers {
		if qa.Answer != labels[i] {
			t.Errorf("stored answer %d = %q, chosen %q", i+1, qa.Answer, labels[i])
		}
	}
}

// checkAllFrontsCounters checks the processes' counters after
// TestServeProcessesAllFrontEndsOnce's deliveries: the Slack DMs handled
// once each, their redeliveries and the Teams double deliveries counted
// as duplicates, and every process received the Teams deliveries and web
// turns it was sent.
func checkAllFrontsCounters(t *testing.T, cs []map[string]float64, slackUsers, teamsUsers int, teamsSent, webTurns []int) {
	t.Helper()
	if got := countersSum(cs, "handled:events_api"); got != float64(slackUsers+2) {
		t.Errorf("Slack events handled: %v, want %d (a DM per user and the consultant's 2 answers)", got, slackUsers+2)
	}
	if got := countersSum(cs, "duplicate:events_api"); got != float64(2*slackUsers+1) {
		t.Errorf("Slack redeliveries skipped: %v, want %d", got, 2*slackUsers+1)
	}
	if got := countersSum(cs, "teams_handled:message"); got != float64(teamsUsers) {
		t.Errorf("Teams messages handled: %v, want %d: one per activity", got, teamsUsers)
	}
	if got, want := countersSum(cs, "teams_duplicate:message"), (teamsUsers+1)/2; got != float64(want) {
		t.Errorf("Teams messages skipped as duplicates: %v, want %d", got, want)
	}
	for i, c := range cs {
		if got := counterSum(c, "teams_received:message"); got != float64(teamsSent[i]) {
			t.Errorf("replica %d received %v Teams messages, was sent %d", i, got, teamsSent[i])
		}
		if got := counterSum(c, "web_turns:"); got != float64(webTurns[i]) {
			t.Errorf("replica %d answered %v web turns, was sent %d", i, got, webTurns[i])
		}
		if got := counterSum(c, "received:events_api"); got < float64(slackUsers) {
			t.Errorf("replica %d received %v Slack events, want at least %d (one delivery of each DM)", i, got, slackUsers)
		}
	}
	t.Logf("handled per process: Slack %v, %v, %v; Teams %v, %v, %v; web turns %v",
		counterSum(cs[0], "handled:events_api"), counterSum(cs[1], "handled:events_api"), counterSum(cs[2], "handled:events_api"),
		counterSum(cs[0], "teams_handled:message"), counterSum(cs[1], "teams_handled:message"), counterSum(cs[2], "teams_handled:message"),
		webTurns)
}
