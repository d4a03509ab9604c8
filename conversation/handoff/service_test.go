package handoff_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
)

// The service's tests run the workflow on a MemStore with a MemDesk (which
// records cards and threads) and a recording user side: no platform code.

const (
	consultant = "UC1"
	colleague  = "UC2"
)

var alice = conversation.Key{Platform: "web", Team: "acme", User: "alice"}

// testStyle renders people and commands recognisably.
var testStyle = handoff.Style{
	Person:     func(id string) string { return "@" + id },
	User:       func(k conversation.Key) string { return "@" + k.User },
	EndCommand: "/end",
	Platform:   "Test",
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type fixture struct {
	t     *testing.T
	ctx   context.Context
	store handoff.Store
	desk  *handoff.MemDesk
	users *handofftest.Users
	clock *clock
	svc   *handoff.Service
}

func newFixture(t *testing.T, cfg handoff.Config) *fixture {
	t.Helper()
	f := &fixture{
		t: t, ctx: context.Background(), store: handoff.NewMemStore(),
		desk: handoff.NewMemDesk(testStyle, consultant, colleague), users: &handofftest.Users{Style: testStyle},
		clock: &clock{t: time.Date(2030, 1, 2, 9, 0, 0, 0, time.UTC)},
	}
	f.svc = f.service(f.store, f.desk, cfg)
	return f
}

// service is another Service on the fixture's users and clock.
func (f *fixture) service(store handoff.Store, desk handoff.Desk, cfg handoff.Config) *handoff.Service {
	f.t.Helper()
	svc, err := handoff.NewService(handoff.Deps{
		Store: store, Desk: desk, Users: map[string]handoff.UserSide{"web": f.users}, Now: f.clock.now,
	}, cfg)
	if err != nil {
		f.t.Fatal(err)
	}
	return svc
}

// open opens alice's handoff and posts its card.
func (f *fixture) open() handoff.Handoff {
	f.t.Helper()
	rec, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice", Contact: handoff.Contact{Name: "Alice", Email: "alice@acme.example"}})
	if err != nil {
		f.t.Fatalf("Open: %v", err)
	}
	f.svc.Tick(f.ctx)
	return f.get(rec.ID)
}

func (f *fixture) get(id string) handoff.Handoff {
	f.t.Helper()
	rec, err := f.store.Get(f.ctx, id)
	if err != nil {
		f.t.Fatalf("Get %s: %v", id, err)
	}
	return rec
}

// lastTold is the last message alice was told.
func (f *fixture) lastTold() string {
	told := f.users.Told(alice)
	if len(told) == 0 {
		return ""
	}
	return told[len(told)-1].Text
}

func (f *fixture) card(ref handoff.CardRef) handoff.MemCard {
	f.t.Helper()
	c, ok := f.desk.Card(ref)
	if !ok {
		f.t.Fatalf("no card %v", ref)
	}
	return c
}

func render(m handoff.Message) string {
	if m == nil {
		return ""
	}
	return m(testStyle)
}

func TestServiceOpen(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	rec := f.open()
	if got := f.users.Told(alice); len(got) != 1 || !strings.Contains(got[0].Text, "passed your request on") || got[0].Ref != "dm-alice" {
		t.Fatalf("alice was told %+v, want the confirmation in her DM", got)
	}
	cards := f.desk.Cards()
	if len(cards) != 1 || rec.Card != cards[0].Ref || cards[0].HandoffID != rec.ID {
		t.Fatalf("cards %+v, recorded %v; want one card, recorded", cards, rec.Card)
	}
	c := cards[0].Text
	if !strings.Contains(c.Who, "@alice") || !strings.Contains(c.Who, "alice@acme.example") || c.Status != "Waiting for a consultant" || !c.Claimable {
		t.Errorf("card = %+v", c)
	}
	if c.Notification != "Consultant request from @alice — Waiting for a consultant" {
		t.Errorf("notification = %q", c.Notification)
	}

	// A second request is refused, and the user told about the first.
	if _, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice"}); !errors.Is(err, handoff.ErrActive) {
		t.Errorf("second Open: %v, want ErrActive", err)
	}
	if got := f.lastTold(); !strings.Contains(got, "already have a request") {
		t.Errorf("after a second request alice was told %q", got)
	}
}

func TestServiceClaimByNonConsultantRefused(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	rec := f.open()
	if got := render(f.svc.Claim(f.ctx, rec.ID, "UX")); !strings.Contains(got, "Only members") {
		t.Errorf("a non-consultant's claim answered %q", got)
	}
	if got := render(f.svc.Close(f.ctx, rec.ID, "UX")); !strings.Contains(got, "Only members") {
		t.Errorf("a non-consultant's close answered %q", got)
	}
	if got := render(f.svc.Queue(f.ctx, "UX")); !strings.Contains(got, "Only members") {
		t.Errorf("a non-consultant's queue answered %q", got)
	}
	if got := f.get(rec.ID); got.State != handoff.StateOpen {
		t.Errorf("state %s after refused actions, want open", got.State)
	}
	if c := f.card(rec.Card); len(c.Thread) != 0 || c.Text.Status != "Waiting for a consultant" {
		t.Errorf("refused actions changed the card: %+v", c)
	}
}

func TestServiceClaimAndClose(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	rec := f.open()
	if m := f.svc.Claim(f.ctx, rec.ID, consultant); m != nil {
		t.Fatalf("claim answered %q", render(m))
	}
	c := f.card(rec.Card)
	if c.Text.Status != "Claimed by @UC1" || c.Text.Claimable || !c.Text.Closable {
		t.Errorf("claimed card = %+v", c.Text)
	}
	if len(c.Thread) != 1 || !strings.Contains(c.Thread[0], "@UC1 claimed this request") {
		t.Errorf("thread after the claim = %q", c.Thread)
	}
	if got := f.lastTold(); !strings.Contains(got, "@UC1 from Consulting Springfield will help you") || !strings.Contains(got, "/end") {
		t.Errorf("alice was told %q", got)
	}
	if got := render(f.svc.Claim(f.ctx, rec.ID, colleague)); !strings.Contains(got, "@UC1 has already claimed") {
		t.Errorf("a second claim answered %q", got)
	}
	if got := render(f.svc.Queue(f.ctx, colleague)); !strings.Contains(got, "claimed by @UC1") || !strings.Contains(got, rec.ID) {
		t.Errorf("queue = %q", got)
	}

	if m := f.svc.Close(f.ctx, rec.ID, consultant); m != nil {
		t.Fatalf("close answered %q", render(m))
	}
	c = f.card(rec.Card)
	if c.Text.Status != "Closed by @UC1" || c.Text.Claimable || c.Text.Closable || !strings.Contains(c.Thread[len(c.Thread)-1], "@UC1 closed this request") {
		t.Errorf("closed card = %+v", c)
	}
	if got := f.lastTold(); !strings.Contains(got, "closed this conversation") {
		t.Errorf("alice was told %q", got)
	}
	if got := render(f.svc.Close(f.ctx, rec.ID, consultant)); !strings.Contains(got, "already closed") {
		t.Errorf("a second close answered %q", got)
	}
	if got := render(f.svc.End(f.ctx, alice, "dm-alice")); !strings.Contains(got, "no open conversation") {
		t.Errorf("end without a handoff answered %q", got)
	}
	if got := f.get(rec.ID); got.State != handoff.StateClosed || got.ClosedBy != consultant {
		t.Errorf("stored: %s by %q", got.State, got.ClosedBy)
	}
}

func TestServiceEndByUser(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	rec := f.open()
	f.svc.Claim(f.ctx, rec.ID, consultant)
	if got := render(f.svc.End(f.ctx, alice, "elsewhere")); !strings.Contains(got, "has ended") {
		t.Errorf("end typed elsewhere answered %q", got)
	}
	if got := f.lastTold(); !strings.Contains(got, "You ended the conversation") {
		t.Errorf("alice was told %q", got)
	}
	c := f.card(rec.Card)
	if c.Text.Status != "Closed by @alice" || !strings.Contains(c.Thread[len(c.Thread)-1], "@alice ended the conversation") {
		t.Errorf("card after the user ended = %+v", c)
	}
}

func TestServiceRelayBothWays(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	rec := f.open()
	if f.svc.RelayFromUser(f.ctx, alice, "hello before the claim") {
		t.Error("a message was relayed before any consultant claimed the request")
	}
	f.svc.Claim(f.ctx, rec.ID, consultant)

	if !f.svc.RelayFromUser(f.ctx, alice, "Hi, we need help\nwith security") {
		t.Fatal("the user's message was not relayed")
	}
	thread := f.card(rec.Card).Thread
	if got := thread[len(thread)-1]; got != "@alice wrote:\n>Hi, we need help\n>with security" {
		t.Errorf("relayed to the thread: %q", got)
	}
	if f.svc.RelayFromUser(f.ctx, alice.DirectKey(), "") {
		t.Error("an empty message was relayed")
	}

	before := len(f.users.Told(alice))
	if !f.svc.RelayFromConsultant(f.ctx, rec.Card, colleague, "internal note") {
		t.Error("a card's thread was not recognised")
	}
	if n := len(f.users.Told(alice)); n != before {
		t.Error("another consultant's thread message reached the user")
	}
	if !f.svc.RelayFromConsultant(f.ctx, rec.Card, consultant, "Happy to help") {
		t.Fatal("the claimer's reply was not taken")
	}
	if got := f.lastTold(); got != "@UC1 (Consulting Springfield):\n>Happy to help" {
		t.Errorf("alice was told %q", got)
	}
	if f.svc.RelayFromConsultant(f.ctx, handoff.CardRef{Space: "desk", Message: "999"}, consultant, "hi") {
		t.Error("a thread that is no card's was taken as one")
	}
	got := f.get(rec.ID).Transcript
	if len(got) != 2 || got[0].From != handoff.FromUser || got[1].From != handoff.FromConsultant || got[1].Who != consultant {
		t.Errorf("transcript = %+v", got)
	}
}

// Two services share one store, as replicas do: each due reminder is
// posted once, up to the limit.
func TestServiceRemindersOnceAcrossTwoServices(t *testing.T) {
	cfg := handoff.Config{Reminder: time.Minute, ReminderLimit: 2}
	f := newFixture(t, cfg)
	other := f.service(f.store, f.desk, cfg)
	rec := f.open()
	tickBoth := func() {
		var wg sync.WaitGroup
		for _, s := range []*handoff.Service{f.svc, other} {
			wg.Go(func() { s.Tick(f.ctx) })
		}
		wg.Wait()
	}
	for range 4 {
		tickBoth()
		f.clock.add(time.Minute)
	}
	tickBoth()
	var reminders []string
	for _, line := range f.card(rec.Card).Thread {
		if strings.HasPrefix(line, "Reminder") {
			reminders = append(reminders, line)
		}
	}
	if len(reminders) != 2 || !strings.HasPrefix(reminders[0], "Reminder 1/2: @alice has been waiting 1m") || !strings.HasPrefix(reminders[1], "Reminder 2/2") {
		t.Errorf("reminders = %q, want 1/2 then 2/2, once each", reminders)
	}
	if got := f.get(rec.ID).Reminders; got != 2 {
		t.Errorf("Reminders = %d, want 2", got)
	}

	// A claimed request gets no more reminders.
	f2 := newFixture(t, cfg)
	rec2 := f2.open()
	f2.svc.Claim(f2.ctx, rec2.ID, consultant)
	f2.clock.add(time.Hour)
	f2.svc.Tick(f2.ctx)
	for _, line := range f2.card(rec2.Card).Thread {
		if strings.HasPrefix(line, "Reminder") {
			t.Errorf("a claimed request was reminded: %q", line)
		}
	}
}
