package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
	"github.com/springfield/techleader/knowledge"
)

// insightsRig is a harness whose engine records into a Redis insights
// store, with the handoff on and the consultancy's reports.
type insightsRig struct {
	*harness
	ins     *redisstore.InsightsStore
	async   *insights.Async       // records into ins, as serve does; reports read through it
	client  redis.UniversalClient // the insights store's
	policy  insights.Policy
	prefix  string // the insights store's key prefix
	hoStore *redisstore.HandoffStore
}

func newInsightsRig(t *testing.T, cfg insights.Config) *insightsRig {
	t.Helper()
	h := newHarness(t)
	c, prefix := redistest.New(t)
	policy := insights.NewPolicy(cfg, nil)
	ins := redisstore.NewInsightsStore(c, prefix, policy)
	// Events are written when a report reads or the test flushes, never
	// on a timer, so what a test sees does not depend on timing.
	async := insights.NewAsync(ins, policy, insights.AsyncConfig{Interval: time.Hour}, nil)
	t.Cleanup(func() { _ = async.Close(context.Background()) })
	h.eng = conversation.New(bottest.Knowledge(t), h.store, conversation.Config{}, nil, conversation.WithRecorder(insights.EngineRecorder(async)))
	return &insightsRig{harness: h, ins: ins, async: async, client: c, policy: policy, prefix: prefix, hoStore: newHandoffStore(t)}
}

// flush writes the queued insights events.
func (r *insightsRig) flush() {
	r.t.Helper()
	if err := r.async.Flush(r.ctx); err != nil {
		r.t.Fatalf("flush insights: %v", err)
	}
}

// startBot starts a bot with handoffs and the reports (digest as given).
func (r *insightsRig) startBot(digest insights.Schedule) *running {
	r.t.Helper()
	r.s.SetClock(time.Now) // message ts follow the clock, as history searches expect
	return r.start(func(c *slackbot.Config) { c.ConsultantChannel = consultants },
		slackbot.WithHandoffs(r.hoStore, hoConfig()),
		slackbot.WithInsights(slackbot.Insights{
			Reader: r.async, Policy: r.policy, Claims: r.ins, Recorder: r.async, Digest: digest,
			Titles: func(id string) string { a, _ := bottest.Knowledge(r.t).Article(id); return a.Title },
		}))
}

// fresh matches the messages not yet held by the fake Slack now that
// match accepts.
func (r *insightsRig) fresh(match func(slacktest.Message) bool) func(slacktest.Message) bool {
	known := map[string]bool{}
	for _, m := range r.s.Messages("") {
		known[m.Channel+"/"+m.TS] = true
	}
	return func(m slacktest.Message) bool { return !known[m.Channel+"/"+m.TS] && match(m) }
}

// ask sends text to the bot in user's DM and waits for the first reply.
func (r *insightsRig) ask(user, text string) slacktest.Message {
	r.t.Helper()
	dm := slacktest.IMChannel(user)
	reply := r.fresh(inChannel(dm))
	r.send(r.s.MessageIM(user, dm, text))
	return r.waitMessage("the reply to "+text, reply)
}

// rateButton returns m's rating button whose id ends with suffix.
func rateButton(t *testing.T, m slacktest.Message, suffix string) slacktest.Button {
	t.Helper()
	for _, b := range buttonsOf(t, m) {
		if strings.HasPrefix(b.ActionID, "tl_action_rate:") && strings.HasSuffix(b.ActionID, suffix) {
			return b
		}
	}
	t.Fatalf("no rating button ending %q in %q", suffix, m.Text)
	return slacktest.Button{}
}

// report runs /techleader report args as user in channel and returns
// the private answer's text and its blocks' text.
func (r *insightsRig) report(user, channel, args string) string {
	r.t.Helper()
	answer := r.fresh(func(m slacktest.Message) bool { return m.Ephemeral && m.Recipient == user && m.Channel == channel })
	r.send(r.s.SlashCommand(user, channel, strings.TrimSpace("report "+args)))
	m := r.waitMessage("the report's answer", answer)
	return m.Text + "\n" + blockText(r.t, m)
}

// declined picks questions the knowledge base declines (the test is
// about counting them, not about what the base knows).
func declined(t *testing.T, qs ...string) []string {
	t.Helper()
	for _, q := range qs {
		if res := bottest.Knowledge(t).Search(q); res.Kind != knowledge.KindDecline {
			t.Fatalf("the knowledge base answers %q (%s): pick another question to decline", q, res.ID)
		}
	}
	return qs
}

// TestInsightsEndToEnd: users ask, are declined, complete and abandon
// assessments, ask for a consultant, are helped and rate it; the report a
// consultant asks for shows exactly those figures, and a non-consultant is
// refused politely.
func TestInsightsEndToEnd(t *testing.T) {
	r := newInsightsRig(t, insights.DefaultConfig())
	r.s.SetChannelMembers(consultants, "UC1")
	r.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	r.startBot(insights.Schedule{})

	// Questions: one answered, two declined.
	const asked = "What does a CTO do?"
	res := bottest.Knowledge(t).Search(asked)
	if res.Kind != knowledge.KindArticle || len(res.Alternatives) > 0 {
		t.Fatalf("%q is not a clear answer: %+v", asked, res)
	}
	r.ask("U1", asked)
	qs := declined(t, "Do you sell office chairs for <!here> & co?", "What's the best pizza in town?")
	r.ask("U1", qs[0])
	r.ask("U2", qs[1])

	// U3 completes the assessment and finds it useful (clicked twice).
	r.assess("U3")
	dm3 := slacktest.IMChannel("U3")
	useful := r.waitMessage("was it useful?", and(inChannel(dm3), textHas("Was this recommendation useful?")))
	yes := rateButton(t, useful, ":yes")
	r.send(r.s.BlockAction("U3", dm3, useful.TS, yes.BlockID, yes.ActionID, yes.Value))
	r.send(r.s.BlockAction("U3", dm3, useful.TS, yes.BlockID, yes.ActionID, yes.Value)) // a double click
	r.waitMessage("the thanks", and(inChannel(dm3), textHas("glad it helped")))
	r.waitMessage("the second click thanked", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "U3" && strings.Contains(m.Text, "already rated")
	})
	st3, err := r.eng.Status(r.ctx, conversationKey("U3", ""))
	if err != nil || st3.Last == nil {
		t.Fatalf("U3's status: %+v, %v", st3, err)
	}

	// U4 answers two questions and cancels at the third.
	r.send(r.s.SlashCommand("U4", "C1", "assess"))
	done := map[string]bool{}
	r.answerQuestion("U4", slacktest.IMChannel("U4"), done)
	r.answerQuestion("U4", slacktest.IMChannel("U4"), done)
	r.ask("U4", "cancel")

	card := r.consultAndRate(t)
	checkCardThread(t, r, card)

	// The consultant's report.
	body := r.report("UC1", consultants, "")
	for _, want := range []string{
		"*Conversations:* 4 people",
		"*Questions:* 1 answered (0 clarifications offered), 2 declined",
		"1. " + res.Title + " — 1",
		"Assessment started        2", "Assessment completed      1", "Consultant requested      1", "Consultant claimed        1",
		"*Assessments:* 2 started, 1 completed, 1 abandoned (question 3: 1)",
		"*Outcomes:* " + string(st3.Last.Kind) + " 1",
		"*Consultants:* 1 requested, 1 claimed, 1 closed",
		"(1 claim)",
		"*Satisfaction:* 4.50 of 5 from 2 ratings",
		"after a consultant: 4.00 of 5 from 1 rating", "after a recommendation: 5.00 of 5 from 1 rating",
		"(2 asked in the last 7 days)", "• 1× Do you sell office chairs for &lt;!here&gt; &amp; co?", "• 1× What's the best pizza in town?",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the report lacks %q:\n%s", want, body)
		}
	}
	if month := r.report("UC1", consultants, "30d"); !strings.Contains(month, "Insights: last 30 days") || !strings.Contains(month, "*Conversations:* 4 people") {
		t.Errorf("30d report:\n%s", month)
	}
	if bad := r.report("UC1", consultants, "last week"); !strings.Contains(bad, "Usage: `/techleader report") {
		t.Errorf("a bad period answered:\n%s", bad)
	}

	// Anyone else is refused politely, and learns nothing.
	refused := r.report("UX", "C1", "7d")
	if !strings.Contains(refused, "reports are only for Consulting Springfield's consultants") || strings.Contains(refused, "Conversations") {
		t.Errorf("a non-consultant was answered:\n%s", refused)
	}
}

// consultAndRate has U1 ask for a consultant, UC1 claim and close, and U1
// rate it 4 (twice: a double click) with a comment; it returns the card.
func (r *insightsRig) consultAndRate(t *testing.T) slacktest.Message {
	t.Helper()
	dm := slacktest.IMChannel("U1")
	r.send(r.s.MessageIM("U1", dm, "can I talk to a human?"))
	choice := r.waitMessage("the choice", func(m slacktest.Message) bool {
		return m.Channel == dm && strings.Contains(m.Text, "notify") && len(buttonsOf(t, m)) > 0
	})
	skip := findButton(t, choice, "tl_ho_skip")
	r.send(r.s.BlockAction("U1", dm, choice.TS, skip.BlockID, skip.ActionID, skip.Value))
	card := r.waitMessage("the card", isCard(t))
	claim := findButton(t, card, "tl_ho_claim")
	r.send(r.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	r.waitMessage("the user told who helps", and(inChannel(dm), textHas("<@UC1> from Consulting Springfield")))
	closeBtn := findButton(t, r.waitMessage("the claimed card", func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(blockText(t, m), "Claimed by")
	}), "tl_ho_close")
	r.send(r.s.BlockAction("UC1", consultants, card.TS, closeBtn.BlockID, closeBtn.ActionID, closeBtn.Value))

	prompt := r.waitMessage("did this help?", and(inChannel(dm), textHas("Did this help?")))
	if n := len(buttonsOf(t, prompt)); n != 5 {
		t.Fatalf("%d rating buttons, want 5", n)
	}
	four := rateButton(t, prompt, ":4")
	r.send(r.s.BlockAction("U1", dm, prompt.TS, four.BlockID, four.ActionID, four.Value))
	r.send(r.s.BlockAction("U1", dm, prompt.TS, four.BlockID, four.ActionID, four.Value))
	r.waitMessage("the rating thanked", and(inChannel(dm), textHas("rating this conversation 4/5")))
	r.waitMessage("the thread told", and(inThread(consultants, card.TS), textHas("rated this conversation 4/5")))
	r.waitMessage("the double click thanked", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "U1" && strings.Contains(m.Text, "already rated")
	})
	r.ask("U1", "Thanks, very clear <!channel>")
	r.waitMessage("the comment in the thread", and(inThread(consultants, card.TS), textHas("commented on their 4/5 rating")))
	return card
}

// checkCardThread: the thread has the rating once and the comment escaped.
func checkCardThread(t *testing.T, r *insightsRig, card slacktest.Message) {
	t.Helper()
	rated, comments := 0, 0
	for _, m := range r.s.Messages(consultants) {
		if m.ThreadTS != card.TS {
			continue
		}
		if strings.Contains(m.Text, "rated this conversation 4/5") {
			rated++
		}
		if strings.Contains(m.Text, "commented on their 4/5 rating") {
			comments++
			if strings.Contains(m.Text, "<!channel>") || !strings.Contains(m.Text, "&lt;!channel&gt;") {
				t.Errorf("the comment is not escaped: %q", m.Text)
			}
		}
	}
	if rated != 1 || comments != 1 {
		t.Errorf("%d rating notes and %d comments in the thread, want 1 and 1", rated, comments)
	}
	rec, err := r.hoStore.Get(r.ctx, findButton(t, card, "tl_ho_claim").Value)
	if err != nil || rec.State != handoff.StateClosed {
		t.Errorf("handoff after the rating: %+v, %v", rec.State, err)
	}
}

// TestInsightsForgetDeletesTexts: forget, through the bot, deletes the
// user's unanswered questions, written or still queued, and leaves other
// users'.
func TestInsightsForgetDeletesTexts(t *testing.T) {
	r := newInsightsRig(t, insights.DefaultConfig())
	r.startBot(insights.Schedule{})
	qs := declined(t, "Do you sell office chairs?", "What's the best pizza in town?", "Can you fix my printer?")
	r.ask("U5", qs[0])
	r.flush()
	if dump := redistest.Dump(t, r.client, r.prefix); !strings.Contains(dump, "office chairs") {
		t.Fatalf("the question was not kept:\n%s", dump)
	}
	r.ask("U5", qs[2])
	r.ask("U6", qs[1])
	if st := r.async.Stats(); st.Texts != 2 {
		t.Fatalf("insights queue %+v, want the last two questions waiting", st)
	}
	r.send(r.s.SlashCommand("U5", "C1", "forget"))
	r.waitMessage("the confirmation", func(m slacktest.Message) bool { return strings.Contains(m.Text, "deleted everything") })
	r.flush()
	dump := redistest.Dump(t, r.client, r.prefix)
	if strings.Contains(dump, "office chairs") || strings.Contains(dump, "printer") || !strings.Contains(dump, "pizza") {
		t.Errorf("after U5's forget the store holds:\n%s", dump)
	}
	day := insights.DayOf(time.Now(), time.UTC)
	kept, err := r.ins.Questions(r.ctx, insights.Period{First: day.Add(-1), Last: day.Add(1)})
	if err != nil || len(kept) != 1 || kept[0].Text != qs[1] {
		t.Errorf("questions kept %+v (%v), want only U6's", kept, err)
	}
}

// TestInsightsTextOffStoresNone: with INSIGHTS_TEXT=off a declined
// question is counted and its text is nowhere in Redis.
func TestInsightsTextOffStoresNone(t *testing.T) {
	cfg := insights.DefaultConfig()
	cfg.Text = false
	r := newInsightsRig(t, cfg)
	r.s.SetChannelMembers(consultants, "UC1")
	r.startBot(insights.Schedule{})
	q := declined(t, "Do you sell office chairs?")[0]
	r.ask("U7", q)
	r.flush()
	dump := redistest.Dump(t, r.client, r.prefix)
	if strings.Contains(dump, "office") || strings.Contains(dump, "U7") {
		t.Errorf("the store holds the text or the user:\n%s", dump)
	}
	body := r.report("UC1", consultants, "")
	if !strings.Contains(body, "1 declined") || !strings.Contains(body, "not kept (INSIGHTS_TEXT=off)") {
		t.Errorf("report:\n%s", body)
	}
}
