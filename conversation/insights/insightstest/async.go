package insightstest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// NewBatchStore makes a fresh store that writes batches, applying policy.
type NewBatchStore func(t *testing.T, policy insights.Policy) insights.BatchStore

// RunAsync checks insights.Async over stores made by newStore: the Store
// contract of Run through an Async (its reads write the queue first), and
// what Async adds: events reach the store only when written, Close writes
// them, a full queue drops and counts without blocking, a batch may span
// days, and Forget leaves no text of a user whose events were queued or
// being written. The Async of the contract writes only when a batch fills
// or a read or Close asks, so the queue is what is under test. The hooks
// of opts see the store itself, after a flush.
func RunAsync(t *testing.T, newStore NewBatchStore, opts ...Option) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	var wrapped []Option
	if cfg.expiry != nil {
		wrapped = append(wrapped, WithExpiry(func(t *testing.T, s insights.Store, d insights.Day) (time.Duration, time.Duration) {
			return cfg.expiry(t, flushed(t, s), d)
		}))
	}
	if cfg.dump != nil {
		wrapped = append(wrapped, WithDump(func(t *testing.T, s insights.Store) string { return cfg.dump(t, flushed(t, s)) }))
	}
	t.Run("Contract", func(t *testing.T) {
		Run(t, func(t *testing.T, p insights.Policy) insights.Store {
			return newAsync(t, newStore(t, p), p, insights.AsyncConfig{Interval: time.Hour})
		}, wrapped...)
	})
	sub := func(name string, f func(t *testing.T, h *asyncHarness)) {
		t.Run(name, func(t *testing.T) {
			clock := NewClock(Start)
			p := insights.NewPolicy(insights.DefaultConfig(), clock.Now)
			f(t, &asyncHarness{store: newStore(t, p), policy: p, clock: clock})
		})
	}
	sub("WrittenOnFlush", testAsyncFlush)
	sub("CloseWrites", testAsyncClose)
	sub("FullQueueDrops", testAsyncDrops)
	sub("BatchSpansDays", testAsyncDays)
	sub("ForgetQueued", testAsyncForgetQueued)
	sub("ForgetDuringWrite", testAsyncForgetWriting)
	sub("ForgetOnAnotherProcess", testAsyncForgetElsewhere)
}

// flushed writes an Async's queue and returns its store; other stores are
// returned as they are.
func flushed(t *testing.T, s insights.Store) insights.Store {
	t.Helper()
	a, ok := s.(*insights.Async)
	if !ok {
		return s
	}
	if err := a.Flush(t.Context()); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	return a.Store()
}

// newAsync is an Async on s closed at the end of the test.
func newAsync(t *testing.T, s insights.BatchStore, p insights.Policy, c insights.AsyncConfig) *insights.Async {
	a := insights.NewAsync(s, p, c, nil)
	t.Cleanup(func() {
		if err := a.Close(context.Background()); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return a
}

type asyncHarness struct {
	store  insights.BatchStore
	policy insights.Policy
	clock  *Clock
}

// async is an Async on h's store writing only when asked.
func (h *asyncHarness) async(t *testing.T, c insights.AsyncConfig) *insights.Async {
	if c.Interval == 0 {
		c.Interval = time.Hour
	}
	return newAsync(t, h.store, h.policy, c)
}

func (h *asyncHarness) today() insights.Day {
	return insights.DayOf(h.clock.Now(), h.policy.Location())
}

// stored is what h's store itself holds for today: events and texts.
func (h *asyncHarness) stored(t *testing.T) (insights.Totals, []insights.Question) {
	t.Helper()
	p := one(h.today())
	tot, err := h.store.Totals(t.Context(), p)
	if err != nil {
		t.Fatalf("Totals: %v", err)
	}
	qs, err := h.store.Questions(t.Context(), p)
	if err != nil {
		t.Fatalf("Questions: %v", err)
	}
	return tot, qs
}

func record(t *testing.T, r insights.Recorder, k conversation.Key, e insights.Event) {
	t.Helper()
	if err := r.Record(t.Context(), k, e); err != nil {
		t.Fatalf("Record(%s, %s): %v", k, e.Kind, err)
	}
}

func testAsyncFlush(t *testing.T, h *asyncHarness) {
	a := h.async(t, insights.AsyncConfig{})
	record(t, a, alice, insights.Answered("what-cto"))
	record(t, a, bob, insights.Declined("do you do payroll?"))
	if tot, qs := h.stored(t); sumEvents(tot) != 0 || len(qs) != 0 {
		t.Fatalf("written before a flush: %s, %d texts", describe(tot), len(qs))
	}
	if st := a.Stats(); st.Queued != 2 || st.Written != 0 {
		t.Fatalf("stats before the flush %+v, want 2 queued", st)
	}
	if err := a.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	tot, qs := h.stored(t)
	if tot.Users != 2 || tot.Events[insights.KindAnswered] != 1 || tot.Events[insights.KindDeclined] != 1 || texts(qs) != "do you do payroll?" {
		t.Fatalf("after the flush: %s, texts %q", describe(tot), texts(qs))
	}
	if st := a.Stats(); st.Queued != 0 || st.Written != 2 || st.Dropped+st.Failed != 0 {
		t.Fatalf("stats after the flush %+v, want 2 written", st)
	}
}

func testAsyncClose(t *testing.T, h *asyncHarness) {
	a := insights.NewAsync(h.store, h.policy, insights.AsyncConfig{Interval: time.Hour, Batch: 3}, nil)
	for range 10 { // some batches full, written by the flusher meanwhile
		record(t, a, carol, insights.AssessmentStarted())
	}
	if err := a.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if tot, _ := h.stored(t); tot.Events[insights.KindAssessmentStarted] != 10 {
		t.Fatalf("after Close: %s, want 10 started", describe(tot))
	}
	// After Close an event is written at once.
	record(t, a, carol, insights.ConsultRequested())
	if tot, _ := h.stored(t); tot.Events[insights.KindConsultRequested] != 1 {
		t.Fatalf("an event after Close: %s", describe(tot))
	}
	if st := a.Stats(); st.Written != 10 || st.Failed != 0 {
		t.Fatalf("stats %+v", st)
	}
}

func testAsyncDrops(t *testing.T, h *asyncHarness) {
	a := h.async(t, insights.AsyncConfig{Queue: 3, Batch: 100})
	for range 5 {
		record(t, a, alice, insights.Answered("what-cio")) // never waits for room
	}
	if st := a.Stats(); st.Dropped != 2 || st.Queued != 3 {
		t.Fatalf("stats %+v, want 3 queued and 2 dropped", st)
	}
	if err := a.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if tot, _ := h.stored(t); tot.Events[insights.KindAnswered] != 3 {
		t.Fatalf("written %s, want the 3 queued", describe(tot))
	}
	record(t, a, alice, insights.Answered("what-cio")) // room again
	if st := a.Stats(); st.Dropped != 2 || st.Queued != 1 {
		t.Fatalf("stats %+v once written", st)
	}
}

func testAsyncDays(t *testing.T, h *asyncHarness) {
	a := h.async(t, insights.AsyncConfig{})
	yesterday := h.clock.Now().Add(-24 * time.Hour)
	e := insights.Declined("asked yesterday")
	e.At = yesterday
	record(t, a, alice, e)
	record(t, a, bob, insights.Declined("asked today"))
	e = insights.Answered("what-cto")
	e.At = yesterday
	record(t, a, bob, e)
	if err := a.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		day             insights.Day
		users, declined int64
		answered        int64
		text            string
	}{
		{h.today().Add(-1), 2, 1, 1, "asked yesterday"},
		{h.today(), 1, 1, 0, "asked today"},
	} {
		tot, err := h.store.Totals(t.Context(), one(c.day))
		if err != nil {
			t.Fatal(err)
		}
		qs, err := h.store.Questions(t.Context(), one(c.day))
		if err != nil {
			t.Fatal(err)
		}
		if tot.Users != c.users || tot.Events[insights.KindDeclined] != c.declined || tot.Events[insights.KindAnswered] != c.answered || texts(qs) != c.text {
			t.Errorf("%s: %s, texts %q", c.day, describe(tot), texts(qs))
		}
	}
}

func testAsyncForgetQueued(t *testing.T, h *asyncHarness) {
	a := h.async(t, insights.AsyncConfig{})
	record(t, a, alice, insights.Declined("alice written"))
	if err := a.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	record(t, a, aliceThred, insights.Declined("alice queued"))
	record(t, a, bob, insights.Declined("bob queued"))
	if err := a.Forget(t.Context(), alice); err != nil {
		t.Fatal(err)
	}
	if err := a.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	tot, qs := h.stored(t)
	if texts(qs) != "bob queued" {
		t.Errorf("texts after alice's forget: %q, want only bob's", texts(qs))
	}
	if tot.Events[insights.KindDeclined] != 3 || tot.Users != 2 {
		t.Errorf("forget lost counts: %s", describe(tot))
	}
}

// testAsyncForgetElsewhere forgets a user in one process while another
// still queues a text they asked before: that text is never kept, and what
// they ask once the forget is past is.
func testAsyncForgetElsewhere(t *testing.T, h *asyncHarness) {
	asking, forgetting := h.async(t, insights.AsyncConfig{}), h.async(t, insights.AsyncConfig{})
	record(t, asking, alice, insights.Declined("alice before"))
	record(t, asking, bob, insights.Declined("bob before"))
	if err := forgetting.Forget(t.Context(), alice); err != nil {
		t.Fatal(err)
	}
	if err := asking.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, qs := h.stored(t); texts(qs) != "bob before" {
		t.Fatalf("texts after alice's forget elsewhere: %q, want only bob's", texts(qs))
	}
	h.clock.Advance(time.Minute)
	record(t, asking, alice, insights.Declined("alice after"))
	if err := asking.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if tot, qs := h.stored(t); texts(qs) != "alice after | bob before" && texts(qs) != "bob before | alice after" {
		t.Errorf("texts once the forget is past: %q, want alice's new one kept (%s)", texts(qs), describe(tot))
	}
}

// gate is a store whose first write waits for release and then fails.
type gate struct {
	insights.BatchStore
	entered, release chan struct{}
	once             sync.Once
}

func (g *gate) WriteEntries(ctx context.Context, entries []insights.Entry) error {
	first := false
	g.once.Do(func() { first = true })
	if !first {
		return g.BatchStore.WriteEntries(ctx, entries)
	}
	close(g.entered)
	<-g.release
	return errors.New("connection reset (a test's)")
}

func testAsyncForgetWriting(t *testing.T, h *asyncHarness) {
	g := &gate{BatchStore: h.store, entered: make(chan struct{}), release: make(chan struct{})}
	a := newAsync(t, g, h.policy, insights.AsyncConfig{Interval: time.Hour, Backoff: time.Millisecond})
	record(t, a, alice, insights.Declined("alice in flight"))
	record(t, a, bob, insights.Declined("bob in flight"))
	flushed := make(chan error, 1)
	go func() { flushed <- a.Flush(context.Background()) }()
	<-g.entered // the batch is being written
	forgot := make(chan error, 1)
	go func() { forgot <- a.Forget(context.Background(), alice) }()
	// Forget edits the batch in flight at once, then waits for the write.
	for deadline := time.Now().Add(10 * time.Second); a.Stats().Texts != 1; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			close(g.release)
			t.Fatalf("Forget left alice's text in the batch being written: %+v", a.Stats())
		}
	}
	close(g.release) // that write fails; the retry writes the edited batch
	if err := <-flushed; err != nil {
		t.Fatal(err)
	}
	if err := <-forgot; err != nil {
		t.Fatal(err)
	}
	tot, qs := h.stored(t)
	if texts(qs) != "bob in flight" || tot.Events[insights.KindDeclined] != 2 {
		t.Errorf("after a forget during the write: %s, texts %q", describe(tot), texts(qs))
	}
	if st := a.Stats(); st.Retries != 1 || st.Written != 2 {
		t.Errorf("stats %+v, want one retry and 2 written", st)
	}
}
