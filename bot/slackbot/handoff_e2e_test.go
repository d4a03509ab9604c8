package slackbot_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

const consultants = "CCONSULT"

// hoConfig has short waits; member lists are not cached so that tests can
// change them.
func hoConfig() handoff.Config {
	return handoff.Config{Reminder: time.Hour, Poll: 10 * time.Millisecond, OutboxIdle: time.Hour, MemberCache: time.Nanosecond}
}

func newHandoffStore(t *testing.T) *redisstore.HandoffStore {
	t.Helper()
	c, prefix := redistest.New(t)
	return redisstore.NewHandoffStore(c, prefix, time.Hour)
}

func (h *harness) startHO(store handoff.Store, cfg handoff.Config, mod func(*slackbot.Config)) *running {
	h.t.Helper()
	h.s.SetClock(time.Now) // message ts follow the clock, as the card search expects
	return h.start(func(c *slackbot.Config) {
		c.ConsultantChannel = consultants
		if mod != nil {
			mod(c)
		}
	}, slackbot.WithHandoffs(store, cfg))
}

// isCard matches the top-level handoff cards in the consultants' channel.
func isCard(t testing.TB) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "Consultant request")
	}
}

func cards(t testing.TB, s *slacktest.Server) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range s.Messages(consultants) {
		if isCard(t)(m) {
			out = append(out, m)
		}
	}
	return out
}

func inThread(channel, ts string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return m.Channel == channel && m.ThreadTS == ts }
}

func textHas(s string) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool { return strings.Contains(m.Text, s) }
}

func and(fs ...func(slacktest.Message) bool) func(slacktest.Message) bool {
	return func(m slacktest.Message) bool {
		for _, f := range fs {
			if !f(m) {
				return false
			}
		}
		return true
	}
}

// assess runs the whole assessment in user's DM and returns the
// recommendation message.
func (h *harness) assess(user string) slacktest.Message {
	h.t.Helper()
	dm := slacktest.IMChannel(user)
	h.send(h.s.SlashCommand(user, "C1", "assess"))
	st, err := h.eng.Status(h.ctx, conversationKey(user, ""))
	if err != nil {
		h.t.Fatal(err)
	}
	done := map[string]bool{}
	for range st.Total {
		h.answerQuestion(user, dm, done)
	}
	return h.waitMessage("the recommendation", func(m slacktest.Message) bool { return m.Channel == dm && isRecommendation(h.t)(m) })
}

// formValues is a contact form submission.
func formValues(name, email, company, note string) map[string]map[string]string {
	return map[string]map[string]string{
		"tlho_name": {"v": name}, "tlho_email": {"v": email}, "tlho_company": {"v": company}, "tlho_note": {"v": note},
	}
}

const injection = "<!channel> @here <https://evil.example|click> <@U999> @everyone"

// checkDefanged fails when text carries a live mention or link.
func checkDefanged(t *testing.T, what, text string) {
	t.Helper()
	for _, bad := range []string{"<!channel>", "<!here>", "<https://evil", "<@U999>"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s contains %q: %q", what, bad, text)
		}
	}
	for _, mass := range []string{"@here", "@everyone", "@channel"} {
		if strings.Contains(text, mass) {
			t.Errorf("%s contains a bare %s: %q", what, mass, text)
		}
	}
	if !strings.Contains(text, "&lt;!channel&gt;") {
		t.Errorf("%s does not show the escaped text: %q", what, text)
	}
}

func TestHandoffFormClaimRelayClose(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	h.s.SetChannelMembers(consultants, "UC1", "UC2")
	h.startHO(store, hoConfig(), nil)
	dm := slacktest.IMChannel("U1")

	card := submitContactForm(t, h, store)
	h.waitMessage("the confirmation in the DM", and(inChannel(dm), textHas("passed your request on")))
	claim := findButton(t, card, "tl_ho_claim")
	notice := claimCard(t, h, store, card, claim)
	relayBothWays(t, h, card, notice)

	// The consultant closes.
	closeBtn := findButton(t, h.waitMessage("card", func(m slacktest.Message) bool { return m.TS == card.TS }), "tl_ho_close")
	h.send(h.s.BlockAction("UC1", consultants, card.TS, closeBtn.BlockID, closeBtn.ActionID, closeBtn.Value))
	h.waitMessage("the card closed", func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(blockText(t, m), "Closed by <@UC1>") && len(buttonsOf(t, m)) == 0
	})
	h.waitMessage("the user told", and(inChannel(dm), textHas("closed this conversation")))
	got, err := store.Get(h.ctx, claim.Value)
	if err != nil || got.State != handoff.StateClosed || len(got.Transcript) != 2 ||
		got.Transcript[0].From != handoff.FromUser || got.Transcript[1].From != handoff.FromConsultant {
		t.Fatalf("after close: %+v, %v; want closed with the two relayed lines", got, err)
	}
	// The bot answers again.
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("an engine answer", and(inChannel(dm), func(m slacktest.Message) bool {
		return strings.Contains(strings.ToLower(m.Text), "cio") || strings.Contains(strings.ToLower(m.Text), "information")
	}))
}

// submitContactForm takes U1 through the assessment to the contact form,
// submits it (first with an invalid email) and returns the card.
func submitContactForm(t *testing.T, h *harness, store handoff.Store) slacktest.Message {
	t.Helper()
	dm := slacktest.IMChannel("U1")
	rec := h.assess("U1")
	consult := findButton(t, rec, "tl_action_consult")
	h.send(h.s.BlockAction("U1", dm, rec.TS, consult.BlockID, consult.ActionID, consult.Value))

	// The form opens, then gets the name from users.info.
	h.waitCall("views.open", nil)
	h.waitCall("views.update", nil)
	var form slacktest.View
	for _, v := range h.s.Views() {
		if v.CallbackID == "tl_handoff" {
			form = v
		}
	}
	if !strings.Contains(string(form.JSON), "Alice Example") {
		t.Errorf("form not prefilled with the name: %s", form.JSON)
	}

	// An invalid email gets an inline error and stores nothing.
	ack := h.send(h.s.ViewSubmission("U1", "tl_handoff", form.PrivateMetadata, formValues("Alice", "alice@", "ACME", "")))
	var resp struct {
		Action string            `json:"response_action"`
		Errors map[string]string `json:"errors"`
	}
	if err := json.Unmarshal(ack.Payload, &resp); err != nil || resp.Action != "errors" || resp.Errors["tlho_email"] == "" {
		t.Fatalf("ack of an invalid form = %s (%v), want errors for tlho_email", ack.Payload, err)
	}
	if _, err := store.Active(h.ctx, conversationKey("U1", "")); !errors.Is(err, handoff.ErrNotFound) {
		t.Fatalf("an invalid form stored a handoff: %v", err)
	}

	// Fixed: the modal closes (empty ack) and the card appears.
	ack = h.send(h.s.ViewSubmission("U1", "tl_handoff", form.PrivateMetadata, formValues("Alice", "alice@acme.example", "ACME "+injection, injection)))
	if len(ack.Payload) > 0 && string(ack.Payload) != "null" && string(ack.Payload) != "{}" {
		t.Errorf("ack of a valid form = %s, want empty", ack.Payload)
	}
	card := h.waitMessage("the card", isCard(t))
	body := blockText(t, card)
	st, _ := h.eng.Status(h.ctx, conversationKey("U1", ""))
	if st.Last == nil || !strings.Contains(body, st.Last.Title) || len(st.Answers) == 0 || !strings.Contains(body, st.Answers[0].Answer) {
		t.Errorf("card lacks the recommendation or answers: %q", body)
	}
	for _, want := range []string{"<@U1>", "alice@acme.example", "Waiting"} {
		if !strings.Contains(body, want) {
			t.Errorf("card lacks %q: %q", want, body)
		}
	}
	checkDefanged(t, "card", body)
	return card
}

// claimCard has a non-member try to claim the card, then UC1 claim it and
// UC2 try again; it returns the DM message telling U1 who helps them.
func claimCard(t *testing.T, h *harness, store handoff.Store, card slacktest.Message, claim slacktest.Button) slacktest.Message {
	t.Helper()
	// A non-member cannot claim.
	h.send(h.s.BlockAction("UX", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the refusal", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "UX" && strings.Contains(m.Text, "Only members")
	})
	if got, _ := store.Get(h.ctx, claim.Value); got.State != handoff.StateOpen {
		t.Fatalf("a non-member's click changed the handoff to %s", got.State)
	}

	// A consultant claims; the card and the user say so.
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the card claimed", func(m slacktest.Message) bool {
		return m.TS == card.TS && m.Updated > 0 && strings.Contains(blockText(t, m), "Claimed by <@UC1>")
	})
	notice := h.waitMessage("the user told who helps", and(inChannel(slacktest.IMChannel("U1")), textHas("<@UC1> from Consulting Springfield")))

	// A second claim is refused politely.
	h.send(h.s.BlockAction("UC2", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("the double claim refused", func(m slacktest.Message) bool {
		return m.Ephemeral && m.Recipient == "UC2" && strings.Contains(m.Text, "already claimed")
	})
	if got, _ := store.Get(h.ctx, claim.Value); got.ClaimedBy != "UC1" {
		t.Fatalf("ClaimedBy = %q after a second claim", got.ClaimedBy)
	}
	return notice
}

// relayBothWays checks the live relay: the user's DM goes to the card's
// thread, not to the engine; another consultant's thread message stays
// internal and the claimer's reaches the user, all defanged.
func relayBothWays(t *testing.T, h *harness, card, notice slacktest.Message) {
	t.Helper()
	dm := slacktest.IMChannel("U1")
	h.send(h.s.MessageIM("U1", dm, "Hello! "+injection))
	relayed := h.waitMessage("the user's message in the thread", and(inThread(consultants, card.TS), textHas("Hello!")))
	checkDefanged(t, "relayed user text", relayed.Text)
	h.send(h.s.ThreadMessage("UC2", consultants, card.TS, "internal note"))
	h.send(h.s.ThreadMessage("UC1", consultants, card.TS, "Hi Alice, "+injection))
	reply := h.waitMessage("the consultant's reply in the DM", and(inChannel(dm), textHas("Hi Alice")))
	checkDefanged(t, "relayed consultant text", reply.Text)
	for _, m := range h.s.Messages(dm) {
		if m.TS > notice.TS && m.TS < reply.TS {
			t.Errorf("the bot spoke in the DM during the relay: %q", m.Text)
		}
		if strings.Contains(m.Text, "internal note") {
			t.Error("another consultant's thread message reached the user")
		}
	}
}

// swallowing takes card jobs from the outbox and drops them, as a replica
// that crashed right after reading them would.
type swallowing struct {
	handoff.Store
	took chan struct{}
}

func (s swallowing) NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]handoff.CardJob, error) {
	jobs, err := s.Store.NextCards(ctx, consumer, idle, max)
	if len(jobs) > 0 {
		select {
		case s.took <- struct{}{}:
		default:
		}
	}
	return nil, err
}

func TestHandoffCardPostedOnceAfterCrash(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.AddUser(slacktest.User{ID: "U1", Name: "alice", RealName: "Alice Example", Email: "alice@acme.example"})
	dead := swallowing{Store: store, took: make(chan struct{}, 1)}
	first := h.startHO(dead, hoConfig(), nil)
	dm := slacktest.IMChannel("U1")

	// Free text: no trigger id, so the DM offers the form or a plain notice.
	h.send(h.s.MessageIM("U1", dm, "can I talk to a human?"))
	choice := h.waitMessage("the choice", func(m slacktest.Message) bool {
		return m.Channel == dm && len(buttonsOf(t, m)) > 0 && strings.Contains(m.Text, "notify")
	})
	skip := findButton(t, choice, "tl_ho_skip")
	h.send(h.s.BlockAction("U1", dm, choice.TS, skip.BlockID, skip.ActionID, skip.Value))
	h.waitMessage("the confirmation", and(inChannel(dm), textHas("passed your request on")))
	select {
	case <-dead.took:
	case <-h.ctx.Done():
		t.Fatal("the first replica never took the card job")
	}
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 0 {
		t.Fatalf("%d cards before the restart", n)
	}

	cfg := hoConfig()
	cfg.OutboxIdle = 400 * time.Millisecond // take the dead replica's job over; its post-and-record step gets OutboxIdle/2, which must fit a -race run
	second := h.startHO(store, cfg, nil)
	card := h.waitMessage("the card after the restart", isCard(t))
	if body := blockText(t, card); !strings.Contains(body, "alice@acme.example") || !strings.Contains(body, "skipped the form") {
		t.Errorf("skipped-form card lacks the Slack profile: %q", body)
	}
	if err := second.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 1 {
		t.Fatalf("%d cards, want exactly 1", n)
	}
	rec, err := store.Active(h.ctx, conversationKey("U1", ""))
	if err != nil || rec.Card.Message != card.TS {
		t.Errorf("recorded card = %q (%v), want %q", rec.Card.Message, err, card.TS)
	}
}

// seed stores a handoff as a replica that stopped right after the request
// would have left it: record and card job, no card.
func seed(t *testing.T, store handoff.Store, user string, reminder time.Duration) handoff.Handoff {
	t.Helper()
	rec := handoff.Handoff{
		ID: handoff.NewID(), User: conversationKey(user, ""), UserRef: slacktest.IMChannel(user), State: handoff.StateOpen,
		CreatedAt: time.Now().UTC(), Contact: handoff.Contact{Name: "Bob", Email: "bob@acme.example", Company: injection},
	}
	if err := store.Create(context.Background(), rec, reminder); err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestHandoffCardSurvivesSlackErrors(t *testing.T) {
	tests := []struct {
		name   string
		faults []slacktest.Fault
	}{
		{"429s", []slacktest.Fault{{Status: 429, RetryAfter: "0"}, {Status: 429}}},
		{"500s then 429", []slacktest.Fault{{Status: 500}, {Status: 503}, {Status: 429, RetryAfter: "0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			seed(t, store, "U2", time.Hour)
			for _, f := range tt.faults {
				h.s.FailNext("chat.postMessage", 1, f)
			}
			r := h.startHO(store, hoConfig(), nil)
			card := h.waitMessage("the card", isCard(t))
			checkDefanged(t, "card", blockText(t, card))
			if err := r.stop(); err != nil {
				t.Fatal(err)
			}
			if n := len(cards(t, h.s)); n != 1 {
				t.Fatalf("%d cards, want 1", n)
			}
			failed := 0
			for _, c := range h.s.Calls("chat.postMessage") {
				if c.Status >= 400 {
					failed++
				}
			}
			if failed != len(tt.faults) {
				t.Errorf("%d failed posts, want %d (the faults were not hit)", failed, len(tt.faults))
			}
		})
	}
}

func TestHandoffCardRetriedByAnotherReplicaAfterFailures(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	seed(t, store, "U2", time.Hour)
	h.s.FailNext("chat.postMessage", 2, slacktest.Fault{Status: 500})
	first := h.startHO(store, hoConfig(), func(c *slackbot.Config) { c.APIAttempts = 2 })
	failures := map[time.Time]bool{}
	h.waitCall("chat.postMessage", func(c slacktest.Call) bool { // runs under the fake's lock: no s.Calls here
		if c.Status == 500 {
			failures[c.At] = true
		}
		return len(failures) == 2
	})
	if err := first.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 0 {
		t.Fatalf("%d cards posted by the failing replica", n)
	}
	cfg := hoConfig()
	cfg.OutboxIdle = 400 * time.Millisecond
	second := h.startHO(store, cfg, nil)
	h.waitMessage("the card", isCard(t))
	if err := second.stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(cards(t, h.s)); n != 1 {
		t.Fatalf("%d cards, want 1", n)
	}
}

func TestHandoffRemindersOnceWithTwoReplicas(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	cfg := hoConfig()
	cfg.Reminder, cfg.ReminderLimit = 30*time.Millisecond, 2
	rec := seed(t, store, "U3", cfg.Reminder)
	a := h.startHO(store, cfg, nil)
	b := h.startHO(store, cfg, nil)
	card := h.waitMessage("the card", isCard(t))
	isReminder := and(inThread(consultants, card.TS), textHas("Reminder"))
	h.waitMessage("the second reminder", and(isReminder, textHas("Reminder 2/2")))
	for _, r := range []*running{a, b} {
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, m := range h.s.Messages(consultants) {
		if isReminder(m) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d reminders posted, want 2 (once per interval, up to the limit)", n)
	}
	if got, _ := store.Get(h.ctx, rec.ID); got.Reminders != 2 {
		t.Errorf("Reminders = %d, want 2", got.Reminders)
	}
}

func TestHandoffSlashCommands(t *testing.T) {
	h := newHarness(t)
	store := newHandoffStore(t)
	h.s.SetChannelMembers(consultants, "UC1")
	h.startHO(store, hoConfig(), nil)
	rec := seed(t, store, "U4", time.Hour)
	card := h.waitMessage("the card", isCard(t))

	h.send(h.s.SlashCommand("UX", "C1", "queue"))
	h.waitMessage("queue refused", func(m slacktest.Message) bool { return m.Recipient == "UX" && strings.Contains(m.Text, "Only members") })
	h.send(h.s.SlashCommand("UC1", "C1", "queue"))
	q := h.waitMessage("the queue", func(m slacktest.Message) bool {
		return m.Recipient == "UC1" && strings.Contains(m.Text, "Consultant requests")
	})
	if !strings.Contains(q.Text, "<@U4>") || !strings.Contains(q.Text, "open") || !strings.Contains(q.Text, rec.ID) {
		t.Errorf("queue = %q", q.Text)
	}
	checkDefanged(t, "queue", q.Text)

	h.send(h.s.SlashCommand("U4", "C1", "status"))
	h.waitMessage("status shows the handoff", func(m slacktest.Message) bool {
		return m.Recipient == "U4" && strings.Contains(m.Text, "already have a request")
	})

	claim := findButton(t, card, "tl_ho_claim")
	h.send(h.s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))
	h.waitMessage("claimed", func(m slacktest.Message) bool { return m.TS == card.TS && m.Updated > 0 })
	h.send(h.s.SlashCommand("U4", "C1", "end"))
	h.waitMessage("the card closed by the user", func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(blockText(t, m), "Closed by <@U4>")
	})
	h.waitMessage("the thread told", and(inThread(consultants, card.TS), textHas("ended the conversation")))

	h.send(h.s.SlashCommand("U4", "C1", "forget"))
	h.waitMessage("forgotten", func(m slacktest.Message) bool {
		return m.Recipient == "U4" && strings.Contains(m.Text, "deleted everything")
	})
	if _, err := store.Get(h.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("handoff after forget: %v, want ErrNotFound", err)
	}
}

// forgetful fails to record cards (SetCard) its first fails times, as a
// replica that crashed, or lost Redis, right after Slack accepted the card.
type forgetful struct {
	handoff.Store
	fails  atomic.Int32
	failed chan struct{} // one signal per refused SetCard
}

func newForgetful(s handoff.Store, fails int32) *forgetful {
	f := &forgetful{Store: s, failed: make(chan struct{}, 100)}
	f.fails.Store(fails)
	return f
}

func (f *forgetful) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	if f.fails.Add(-1) >= 0 {
		f.failed <- struct{}{}
		return false, fmt.Errorf("record card: %w", conversation.ErrUnavailable)
	}
	return f.Store.SetCard(ctx, id, card)
}

// cardPosts are the chat.postMessage calls that carried a card's metadata
// for handoff id (failed ones included).
func cardPosts(t *testing.T, s *slacktest.Server, id string) []slacktest.Call {
	t.Helper()
	var out []slacktest.Call
	for _, c := range s.Calls("chat.postMessage") {
		var m struct {
			EventType    string `json:"event_type"`
			EventPayload struct {
				HandoffID string `json:"handoff_id"`
			} `json:"event_payload"`
		}
		if c.Args["metadata"] == "" || json.Unmarshal([]byte(c.Args["metadata"]), &m) != nil {
			continue
		}
		if c.Args["channel"] == consultants && m.EventType == "techleader_handoff" && m.EventPayload.HandoffID == id {
			out = append(out, c)
		}
	}
	return out
}

// waitRecorded waits until handoff id records a card and returns its ts.
func (h *harness) waitRecorded(store handoff.Store, id string) string {
	h.t.Helper()
	for {
		if rec, err := store.Get(h.ctx, id); err == nil && rec.Card.Message != "" {
			return rec.Card.Message
		}
		select {
		case <-h.ctx.Done():
			h.t.Fatal("the card was never recorded")
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// checkOneCard checks that the consultants' channel holds exactly one card,
// of rec, posted once (one chat.postMessage with its metadata, which the
// card carries), that rec records it, and that its job is done.
func checkOneCard(t *testing.T, h *harness, store handoff.Store, rec handoff.Handoff) {
	t.Helper()
	cs := cards(t, h.s)
	if len(cs) != 1 {
		t.Fatalf("%d cards, want exactly 1", len(cs))
	}
	if n := len(cardPosts(t, h.s, rec.ID)); n != 1 {
		t.Errorf("%d chat.postMessage calls for the card, want 1", n)
	}
	var meta struct {
		EventType    string            `json:"event_type"`
		EventPayload map[string]string `json:"event_payload"`
	}
	if err := json.Unmarshal(cs[0].Metadata, &meta); err != nil || meta.EventType != "techleader_handoff" || meta.EventPayload["handoff_id"] != rec.ID {
		t.Errorf("card metadata = %s (%v)", cs[0].Metadata, err)
	}
	got, err := store.Get(h.ctx, rec.ID)
	if err != nil || got.Card.Message != cs[0].TS || got.Card.Space != consultants {
		t.Errorf("recorded card = %s/%s (%v), want %s/%s", got.Card.Space, got.Card.Message, err, consultants, cs[0].TS)
	}
	if jobs, err := store.NextCards(h.ctx, "probe", 0, 10); err != nil || len(jobs) != 0 {
		t.Errorf("card jobs left: %+v (%v), want none", jobs, err)
	}
}

// checkSearched checks that the card was searched for with
// conversations.history as the bot should: the consultants' channel, all
// metadata, from before the handoff's creation, a small page.
func checkSearched(t *testing.T, s *slacktest.Server, rec handoff.Handoff) {
	t.Helper()
	calls := s.Calls("conversations.history")
	if len(calls) == 0 {
		t.Fatal("no conversations.history call")
	}
	for _, c := range calls {
		a := c.Args
		oldest, err := time.Parse("2006-01-02", "2000-01-01")
		if sec, _, ok := strings.Cut(a["oldest"], "."); ok {
			var n int64
			if _, err = fmt.Sscan(sec, &n); err == nil {
				oldest = time.Unix(n, 0)
			}
		}
		if a["channel"] != consultants || a["include_all_metadata"] != "1" || err != nil ||
			!oldest.Before(rec.CreatedAt) || rec.CreatedAt.Sub(oldest) > time.Hour || a["limit"] == "" {
			t.Errorf("conversations.history args = %v", a)
		}
	}
}

// A replica posts the card, then fails to record it (it crashed or lost
// Redis): the job is retried — by another replica after a restart, or by
// the same one — which finds the card by its metadata, records it and
// posts nothing.
func TestHandoffCardPostedButNotRecorded(t *testing.T) {
	t.Run("retaken after a restart", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		broken := newForgetful(store, 5) // every try of the first replica
		first := h.startHO(broken, hoConfig(), nil)
		rec := seed(t, store, "U5", time.Hour)
		card := h.waitMessage("the card", isCard(t))
		for range 5 {
			select {
			case <-broken.failed:
			case <-h.ctx.Done():
				t.Fatal("the card's ts was never recorded in vain")
			}
		}
		if err := first.stop(); err != nil {
			t.Fatal(err)
		}
		if got, _ := store.Get(h.ctx, rec.ID); got.Card.Message != "" {
			t.Fatalf("card recorded by the broken replica: %q", got.Card.Message)
		}
		searches := len(h.s.Calls("conversations.history"))

		cfg := hoConfig()
		cfg.OutboxIdle = 400 * time.Millisecond // take the job over
		second := h.startHO(store, cfg, nil)
		if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
			t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
		}
		if err := second.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
		if n := len(h.s.Calls("conversations.history")); n <= searches {
			t.Error("the second replica did not search for the card")
		}
		checkSearched(t, h.s, rec)
	})
	t.Run("retried by the same replica", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		broken := newForgetful(store, 2)
		cfg := hoConfig()
		cfg.OutboxIdle = 300 * time.Millisecond // a try lasts at most 150 ms: two SetCards
		r := h.startHO(broken, cfg, nil)
		rec := seed(t, store, "U5", time.Hour)
		card := h.waitMessage("the card", isCard(t))
		if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
			t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
		}
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		if n := broken.fails.Load(); n >= 0 {
			t.Fatalf("SetCard failed %d times, want 2", 2-n)
		}
		checkOneCard(t, h, store, rec)
		checkSearched(t, h.s, rec)
	})
}

// Slack posts the card but its answer is lost (a 500 after the fact): the
// retry of chat.postMessage finds the card instead of posting it again.
func TestHandoffCardPostAnswerLost(t *testing.T) {
	for _, f := range []slacktest.Fault{{Status: 500, Served: true}, {Status: 200, Error: "internal_error", Served: true}} {
		t.Run(fmt.Sprintf("%d %s", f.Status, f.Error), func(t *testing.T) {
			h := newHarness(t)
			store := newHandoffStore(t)
			rec := seed(t, store, "U6", time.Hour)
			h.s.FailNext("chat.postMessage", 1, f)
			r := h.startHO(store, hoConfig(), nil)
			card := h.waitMessage("the card", isCard(t))
			if ts := h.waitRecorded(store, rec.ID); ts != card.TS {
				t.Errorf("recorded %q, want the posted card %q", ts, card.TS)
			}
			if err := r.stop(); err != nil {
				t.Fatal(err)
			}
			checkOneCard(t, h, store, rec)
			if n := len(h.s.Calls("conversations.history")); n != 2 {
				t.Errorf("%d conversations.history calls, want 2 (before posting, before the retry)", n)
			}
		})
	}
}

// The search for an earlier card failing for now delays the card; failing
// for good (no permission to read the channel) posts it all the same.
func TestHandoffCardSearchFails(t *testing.T) {
	t.Run("for now", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		rec := seed(t, store, "U7", time.Hour)
		h.s.FailNext("conversations.history", 2, slacktest.Fault{Status: 503})
		cfg := hoConfig()
		cfg.OutboxIdle = 50 * time.Millisecond
		r := h.startHO(store, cfg, func(c *slackbot.Config) { c.APIAttempts = 2 })
		h.waitRecorded(store, rec.ID)
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
		calls := h.s.Calls("")
		firstPost := len(calls)
		for i, c := range calls {
			if c.Method == "chat.postMessage" {
				firstPost = i
				break
			}
		}
		failed := 0
		for _, c := range calls[:firstPost] {
			if c.Method == "conversations.history" && c.Status == 503 {
				failed++
			}
		}
		if failed != 2 {
			t.Errorf("%d failed searches before the post, want 2", failed)
		}
	})
	t.Run("for good", func(t *testing.T) {
		h := newHarness(t)
		store := newHandoffStore(t)
		rec := seed(t, store, "U7", time.Hour)
		h.s.FailNext("conversations.history", 1, slacktest.Fault{Error: "missing_scope"})
		r := h.startHO(store, hoConfig(), nil)
		h.waitRecorded(store, rec.ID)
		if err := r.stop(); err != nil {
			t.Fatal(err)
		}
		checkOneCard(t, h, store, rec)
	})
}
