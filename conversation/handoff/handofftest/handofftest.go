// Package handofftest is the contract suite every handoff.Store must pass.
// Each implementation's tests call Run with a constructor of fresh stores.
package handofftest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Run checks the handoff.Store contract against stores made by newStore;
// each subtest gets a fresh store.
func Run(t *testing.T, newStore func(t *testing.T) handoff.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s handoff.Store)
	}{
		{"CreateGet", testCreateGet},
		{"OneActivePerUser", testOneActive},
		{"InvalidRefused", testInvalid},
		{"SetCardOnce", testSetCard},
		{"ClaimOnce", testClaimOnce},
		{"ConcurrentClaimsOneWins", testConcurrentClaims},
		{"Close", testClose},
		{"TranscriptBounded", testTranscript},
		{"List", testList},
		{"ForgetOnlyThatUser", testForget},
		{"OutboxDeliversUntilAcked", testOutbox},
		{"RemindersFireOnceUpToLimit", testReminders},
		{"ConcurrentRemindersClaimedOnce", testConcurrentReminders},
		{"NoReminderOnceClaimed", testReminderClaimed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore(t)) })
	}
}

var (
	alice = conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	bob   = conversation.Key{Platform: "slack", Team: "T1", User: "U2"}
	t0    = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
)

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

// New returns a valid open handoff of user created at at.
func New(user conversation.Key, at time.Time) handoff.Handoff {
	return handoff.Handoff{
		ID: handoff.NewID(), User: user, UserRef: "D" + user.User, State: handoff.StateOpen, CreatedAt: at,
		Contact: handoff.Contact{Name: "Alice <b>", Company: "ACME & Co", Email: "alice@acme.example", Note: "<!channel> hi"},
		Answers: []conversation.QA{{QuestionID: "q1", Question: "How big?", Answer: "11-50"}},
		Recent:  []string{"can I talk to a human?"}, Recommendation: "A virtual CTO",
	}
}

func mustCreate(t *testing.T, s handoff.Store, h handoff.Handoff, reminder time.Duration) {
	t.Helper()
	if err := s.Create(ctx(t), h, reminder); err != nil {
		t.Fatalf("Create: %v", err)
	}
}

func testCreateGet(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	h.Thread, h.Origin, h.UserRef = "D"+alice.User+"/1700000000.000100", "C9", "D"+alice.User+"/1700000000.000100"
	mustCreate(t, s, h, time.Hour)
	got, err := s.Get(ctx(t), h.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.ID != h.ID || got.User != alice || got.Contact != h.Contact || got.State != handoff.StateOpen ||
		!got.CreatedAt.Equal(t0) || got.Recommendation != h.Recommendation || got.UserRef != h.UserRef ||
		got.Thread != h.Thread || got.Origin != h.Origin {
		t.Errorf("Get = %+v, want %+v", got, h)
	}
	if len(got.Answers) != 1 || got.Answers[0] != h.Answers[0] || len(got.Recent) != 1 || got.Recent[0] != h.Recent[0] {
		t.Errorf("snapshot = %+v %+v", got.Answers, got.Recent)
	}
	if !got.Card.IsZero() || got.Reminders != 0 {
		t.Errorf("new handoff has card %v or reminders %d", got.Card, got.Reminders)
	}
	if _, err := s.Get(ctx(t), handoff.NewID()); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Get(missing) err = %v, want ErrNotFound", err)
	}
	a, err := s.Active(ctx(t), alice)
	if err != nil || a.ID != h.ID {
		t.Errorf("Active(alice) = %s, %v; want %s", a.ID, err, h.ID)
	}
	if _, err := s.Active(ctx(t), bob); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Active(bob) err = %v, want ErrNotFound", err)
	}
}

func testOneActive(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	if err := s.Create(ctx(t), New(alice, t0.Add(time.Minute)), time.Hour); !errors.Is(err, handoff.ErrActive) {
		t.Fatalf("second Create err = %v, want ErrActive", err)
	}
	if _, err := s.Claim(ctx(t), h.ID, "UC", t0); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(ctx(t), New(alice, t0.Add(time.Minute)), time.Hour); !errors.Is(err, handoff.ErrActive) {
		t.Fatalf("Create while claimed err = %v, want ErrActive", err)
	}
	if _, err := s.Close(ctx(t), h.ID, "UC", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Active(ctx(t), alice); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Active after close err = %v, want ErrNotFound", err)
	}
	h2 := New(alice, t0.Add(time.Hour))
	mustCreate(t, s, h2, time.Hour)
	if a, err := s.Active(ctx(t), alice); err != nil || a.ID != h2.ID {
		t.Errorf("Active = %s, %v; want the new one %s", a.ID, err, h2.ID)
	}
	if old, err := s.Get(ctx(t), h.ID); err != nil || old.State != handoff.StateClosed {
		t.Errorf("old handoff = %v, %v; want kept, closed", old.State, err)
	}
}

func testInvalid(t *testing.T, s handoff.Store) {
	bad := []func(h *handoff.Handoff){
		func(h *handoff.Handoff) { h.ID = "" },
		func(h *handoff.Handoff) { h.ID = "{x}:12345678901" },
		func(h *handoff.Handoff) { h.User = conversation.Key{} },
		func(h *handoff.Handoff) { h.User.Thread = "C1/1" },
		func(h *handoff.Handoff) { h.State = handoff.StateClaimed },
	}
	for i, mod := range bad {
		h := New(alice, t0)
		mod(&h)
		if err := s.Create(ctx(t), h, time.Hour); err == nil {
			t.Errorf("case %d: Create accepted an invalid handoff", i)
		}
	}
}

func testSetCard(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	ok, err := s.SetCard(ctx(t), h.ID, handoff.CardRef{Space: "CCONS", Message: "1700000000.000100"})
	if err != nil || !ok {
		t.Fatalf("SetCard = %v, %v; want true", ok, err)
	}
	ok, err = s.SetCard(ctx(t), h.ID, handoff.CardRef{Space: "CCONS", Message: "1700000000.000200"})
	if err != nil || ok {
		t.Fatalf("second SetCard = %v, %v; want false (already recorded)", ok, err)
	}
	got, _ := s.Get(ctx(t), h.ID)
	if got.Card != (handoff.CardRef{Space: "CCONS", Message: "1700000000.000100"}) {
		t.Errorf("card = %v, want the first", got.Card)
	}
	by, err := s.ByCard(ctx(t), handoff.CardRef{Space: "CCONS", Message: "1700000000.000100"})
	if err != nil || by.ID != h.ID {
		t.Errorf("ByCard = %s, %v", by.ID, err)
	}
	if _, err := s.ByCard(ctx(t), handoff.CardRef{Space: "CCONS", Message: "1700000000.000200"}); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("ByCard(other ts) err = %v, want ErrNotFound", err)
	}
	if _, err := s.SetCard(ctx(t), handoff.NewID(), handoff.CardRef{Space: "C", Message: "1"}); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("SetCard(missing) err = %v, want ErrNotFound", err)
	}
}

func testClaimOnce(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	at := t0.Add(5 * time.Minute)
	got, err := s.Claim(ctx(t), h.ID, "UC1", at)
	if err != nil {
		t.Fatalf("Claim: %v", err)
	}
	if got.State != handoff.StateClaimed || got.ClaimedBy != "UC1" || !got.ClaimedAt.Equal(at) {
		t.Errorf("claimed = %+v", got)
	}
	again, err := s.Claim(ctx(t), h.ID, "UC2", at)
	if !errors.Is(err, handoff.ErrAlreadyClaimed) {
		t.Fatalf("second Claim err = %v, want ErrAlreadyClaimed", err)
	}
	if again.ClaimedBy != "UC1" {
		t.Errorf("refused claim reports ClaimedBy %q, want UC1", again.ClaimedBy)
	}
	if _, err := s.Claim(ctx(t), handoff.NewID(), "UC1", at); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Claim(missing) err = %v, want ErrNotFound", err)
	}
	stored, _ := s.Get(ctx(t), h.ID)
	if stored.ClaimedBy != "UC1" {
		t.Errorf("stored ClaimedBy = %q", stored.ClaimedBy)
	}
}

func testConcurrentClaims(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	const n = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	var winners []string
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			who := fmt.Sprintf("UC%d", i)
			_, err := s.Claim(ctx(t), h.ID, who, t0)
			switch {
			case err == nil:
				mu.Lock()
				winners = append(winners, who)
				mu.Unlock()
			case !errors.Is(err, handoff.ErrAlreadyClaimed):
				t.Errorf("Claim: %v", err)
			}
		})
	}
	close(start)
	wg.Wait()
	if len(winners) != 1 {
		t.Fatalf("winners = %v, want exactly one", winners)
	}
	if got, _ := s.Get(ctx(t), h.ID); got.ClaimedBy != winners[0] {
		t.Errorf("stored ClaimedBy = %q, winner %q", got.ClaimedBy, winners[0])
	}
}

func testClose(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	got, err := s.Close(ctx(t), h.ID, "U1", t0.Add(time.Minute))
	if err != nil || got.State != handoff.StateClosed || got.ClosedBy != "U1" {
		t.Fatalf("Close = %+v, %v", got, err)
	}
	if _, err := s.Close(ctx(t), h.ID, "UC", t0); !errors.Is(err, handoff.ErrClosed) {
		t.Errorf("second Close err = %v, want ErrClosed", err)
	}
	if _, err := s.Claim(ctx(t), h.ID, "UC", t0); !errors.Is(err, handoff.ErrClosed) {
		t.Errorf("Claim after close err = %v, want ErrClosed", err)
	}
	if _, err := s.Close(ctx(t), handoff.NewID(), "UC", t0); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Close(missing) err = %v, want ErrNotFound", err)
	}
}

func testTranscript(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Hour)
	for i := range 7 {
		l := handoff.Line{At: t0.Add(time.Duration(i) * time.Second), From: handoff.FromUser, Who: "U1", Text: fmt.Sprintf("line %d <b>", i)}
		if err := s.AppendLine(ctx(t), h.ID, l, 5); err != nil {
			t.Fatalf("AppendLine: %v", err)
		}
	}
	got, _ := s.Get(ctx(t), h.ID)
	if len(got.Transcript) != 5 {
		t.Fatalf("transcript has %d lines, want 5", len(got.Transcript))
	}
	if first, last := got.Transcript[0], got.Transcript[4]; first.Text != "line 2 <b>" || last.Text != "line 6 <b>" ||
		last.From != handoff.FromUser || last.Who != "U1" || !last.At.Equal(t0.Add(6*time.Second)) {
		t.Errorf("transcript = %+v", got.Transcript)
	}
	if err := s.AppendLine(ctx(t), handoff.NewID(), handoff.Line{Text: "x"}, 5); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("AppendLine(missing) err = %v, want ErrNotFound", err)
	}
}

func testList(t *testing.T, s handoff.Store) {
	carol := conversation.Key{Platform: "slack", Team: "T1", User: "U3"}
	hb := New(bob, t0.Add(time.Minute))
	ha := New(alice, t0)
	hc := New(carol, t0.Add(2*time.Minute))
	for _, h := range []handoff.Handoff{hb, ha, hc} {
		mustCreate(t, s, h, time.Hour)
	}
	if _, err := s.Claim(ctx(t), hb.ID, "UC", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Close(ctx(t), hc.ID, "U3", t0); err != nil {
		t.Fatal(err)
	}
	got, err := s.List(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != ha.ID || got[1].ID != hb.ID || got[1].State != handoff.StateClaimed {
		t.Errorf("List = %v, want alice's (open) then bob's (claimed)", got)
	}
}

func testForget(t *testing.T, s handoff.Store) {
	ha := New(alice, t0)
	hb := New(bob, t0)
	mustCreate(t, s, ha, time.Minute)
	mustCreate(t, s, hb, time.Minute)
	mustSetCard(t, s, hb.ID)
	if _, err := s.SetCard(ctx(t), ha.ID, handoff.CardRef{Space: "CC", Message: "1.1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Close(ctx(t), ha.ID, "U1", t0); err != nil {
		t.Fatal(err)
	}
	ha2 := New(alice, t0.Add(time.Second))
	mustCreate(t, s, ha2, time.Minute)
	if err := s.Forget(ctx(t), alice); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	for _, id := range []string{ha.ID, ha2.ID} {
		if _, err := s.Get(ctx(t), id); !errors.Is(err, handoff.ErrNotFound) {
			t.Errorf("Get(%s) after Forget err = %v, want ErrNotFound", id, err)
		}
	}
	if _, err := s.Active(ctx(t), alice); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("Active after Forget err = %v", err)
	}
	if _, err := s.ByCard(ctx(t), handoff.CardRef{Space: "CC", Message: "1.1"}); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("ByCard after Forget err = %v", err)
	}
	if _, err := s.Get(ctx(t), hb.ID); err != nil {
		t.Errorf("bob's handoff gone: %v", err)
	}
	jobs, err := s.NextCards(ctx(t), "c1", time.Hour, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		if j.HandoffID != hb.ID {
			t.Errorf("outbox still has a job for forgotten handoff %s", j.HandoffID)
		}
	}
	rs, err := s.DueReminders(ctx(t), t0.Add(time.Hour), time.Minute, 3, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].HandoffID != hb.ID {
		t.Errorf("reminders after Forget = %v, want only bob's", rs)
	}
	if l, _ := s.List(ctx(t)); len(l) != 1 || l[0].ID != hb.ID {
		t.Errorf("List after Forget = %v", l)
	}
}

func testOutbox(t *testing.T, s handoff.Store) {
	h1, h2 := New(alice, t0), New(bob, t0)
	mustCreate(t, s, h1, time.Hour)
	mustCreate(t, s, h2, time.Hour)
	jobs, err := s.NextCards(ctx(t), "c1", time.Hour, 1)
	if err != nil || len(jobs) != 1 || jobs[0].HandoffID != h1.ID {
		t.Fatalf("NextCards(c1) = %v, %v; want h1's job", jobs, err)
	}
	// A second consumer gets the next new job, not c1's pending one.
	j2, err := s.NextCards(ctx(t), "c2", time.Hour, 10)
	if err != nil || len(j2) != 1 || j2[0].HandoffID != h2.ID {
		t.Fatalf("NextCards(c2) = %v, %v; want only h2's job", j2, err)
	}
	if none, _ := s.NextCards(ctx(t), "c3", time.Hour, 10); len(none) != 0 {
		t.Fatalf("NextCards(c3) = %v; pending jobs must wait for idle", none)
	}
	if err := s.AckCard(ctx(t), j2[0].ID); err != nil {
		t.Fatal(err)
	}
	// c1 "crashed": with idle 0 its pending job is taken over.
	again, err := s.NextCards(ctx(t), "c3", 0, 10)
	if err != nil || len(again) != 1 || again[0].HandoffID != h1.ID {
		t.Fatalf("takeover = %v, %v; want h1's job only", again, err)
	}
	if err := s.AckCard(ctx(t), again[0].ID); err != nil {
		t.Fatal(err)
	}
	if left, _ := s.NextCards(ctx(t), "c4", 0, 10); len(left) != 0 {
		t.Errorf("after acks NextCards = %v, want none", left)
	}
}

func mustSetCard(t *testing.T, s handoff.Store, id string) {
	t.Helper()
	if _, err := s.SetCard(ctx(t), id, handoff.CardRef{Space: "CC", Message: "1." + id}); err != nil {
		t.Fatal(err)
	}
}

func testReminders(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	every := 15 * time.Minute
	mustCreate(t, s, h, every)
	due := func(at time.Time) []handoff.Reminder {
		t.Helper()
		rs, err := s.DueReminders(ctx(t), at, every, 2, 10)
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}
	if rs := due(t0.Add(every)); len(rs) != 0 {
		t.Fatalf("without a card: %v, want none", rs)
	}
	mustSetCard(t, s, h.ID)
	if rs := due(t0.Add(2*every - time.Second)); len(rs) != 0 {
		t.Fatalf("before the rescheduled time: %v", rs)
	}
	if rs := due(t0.Add(2 * every)); len(rs) != 1 || rs[0].HandoffID != h.ID || rs[0].N != 1 {
		t.Fatalf("at due: %v, want reminder 1", rs)
	}
	if rs := due(t0.Add(2 * every)); len(rs) != 0 {
		t.Fatalf("same instant again: %v, want none (fires once)", rs)
	}
	if rs := due(t0.Add(3 * every)); len(rs) != 1 || rs[0].N != 2 {
		t.Fatalf("second interval: %v, want reminder 2", rs)
	}
	if rs := due(t0.Add(10 * every)); len(rs) != 0 {
		t.Fatalf("past the limit: %v, want none", rs)
	}
	if got, _ := s.Get(ctx(t), h.ID); got.Reminders != 2 {
		t.Errorf("Reminders = %d, want 2", got.Reminders)
	}
}

func testConcurrentReminders(t *testing.T, s handoff.Store) {
	const handoffs, callers = 5, 6
	for i := range handoffs {
		h := New(conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("U%d", i)}, t0)
		mustCreate(t, s, h, time.Minute)
		mustSetCard(t, s, h.ID)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	start := make(chan struct{})
	for range callers {
		wg.Go(func() {
			<-start
			rs, err := s.DueReminders(ctx(t), t0.Add(time.Minute), time.Minute, 3, 2)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			for _, r := range rs {
				seen[r.HandoffID]++
			}
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	total := 0
	for id, n := range seen {
		total += n
		if n != 1 {
			t.Errorf("reminder of %s claimed %d times", id, n)
		}
	}
	if total > handoffs {
		t.Errorf("%d reminders claimed for %d handoffs", total, handoffs)
	}
}

func testReminderClaimed(t *testing.T, s handoff.Store) {
	h := New(alice, t0)
	mustCreate(t, s, h, time.Minute)
	mustSetCard(t, s, h.ID)
	if _, err := s.Claim(ctx(t), h.ID, "UC", t0); err != nil {
		t.Fatal(err)
	}
	rs, err := s.DueReminders(ctx(t), t0.Add(time.Hour), time.Minute, 3, 10)
	if err != nil || len(rs) != 0 {
		t.Errorf("reminders of a claimed handoff: %v, %v", rs, err)
	}
}
