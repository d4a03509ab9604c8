// Package insightstest is the contract suite every insights.Store passes.
// Each implementation's tests call Run with a constructor of fresh stores.
package insightstest

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// Clock is a settable clock for a Policy.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock reading t.
func NewClock(t time.Time) *Clock { return &Clock{now: t} }

// Now reads the clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Option adjusts what Run checks.
type Option func(*config)

type config struct {
	expiry func(t *testing.T, s insights.Store, d insights.Day) (figures, texts time.Duration)
	dump   func(t *testing.T, s insights.Store) string
}

// WithExpiry lets Run check the times to live a store sets: expiry reports
// how long the figures and the texts of day d have left to live in s (0
// when there are none); for Redis that is PTTL of their keys.
func WithExpiry(expiry func(t *testing.T, s insights.Store, d insights.Day) (figures, texts time.Duration)) Option {
	return func(c *config) { c.expiry = expiry }
}

// WithDump lets Run look at everything s holds: dump returns it as text
// (for Redis: every key under the store's prefix with its values), and Run
// checks that no user id, and with text off no question text, is in it.
func WithDump(dump func(t *testing.T, s insights.Store) string) Option {
	return func(c *config) { c.dump = dump }
}

// Start is the time the suite's clocks begin at: a Tuesday, 10:00 UTC.
var Start = time.Date(2026, time.March, 10, 10, 0, 0, 0, time.UTC)

// NewStore makes a fresh store applying policy.
type NewStore func(t *testing.T, policy insights.Policy) insights.Store

// Run checks the insights.Store contract against stores made by newStore;
// each subtest gets a fresh store with a policy on its own Clock.
func Run(t *testing.T, newStore NewStore, opts ...Option) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	sub := func(name string, f func(t *testing.T, h *harness)) {
		t.Run(name, func(t *testing.T) { f(t, newHarness(t, newStore, insights.DefaultConfig(), cfg)) })
	}
	sub("CountsByKind", testCounts)
	sub("DaysSeparate", testDays)
	t.Run("DayBoundariesInZone", func(t *testing.T) { testZone(t, newStore, cfg) })
	sub("DistinctUsers", testDistinctUsers)
	sub("ManyDistinctUsers", testManyUsers)
	sub("OldDaysExpire", testOldDays)
	sub("ExpirySet", func(t *testing.T, h *harness) {
		if cfg.expiry == nil {
			t.Skip("no WithExpiry hook")
		}
		testExpirySet(t, h)
	})
	sub("QuestionsKept", testQuestions)
	sub("TextsExpireBeforeFigures", testTextRetention)
	sub("TextsCappedPerDay", testTextCap)
	sub("WaitSamplesCapped", testWaitCap)
	sub("ForgetRemovesOnlyThatUsersTexts", testForget)
	t.Run("TextOffKeepsNone", func(t *testing.T) { testTextOff(t, newStore, cfg) })
	sub("UserIDNeverStored", testNoUserID)
	sub("InvalidRefused", testInvalid)
	sub("ConcurrentRecordsCounted", testConcurrent)
}

// harness is a store under test with its clock and policy.
type harness struct {
	s      insights.Store
	clock  *Clock
	policy insights.Policy
	cfg    config
}

func newHarness(t *testing.T, newStore NewStore, c insights.Config, cfg config) *harness {
	clock := NewClock(Start)
	p := insights.NewPolicy(c, clock.Now)
	return &harness{s: newStore(t, p), clock: clock, policy: p, cfg: cfg}
}

// Users of the suite; their ids are distinctive so a dump can be searched.
var (
	alice      = conversation.Key{Platform: "slack", Team: "T1", User: "UALICE42"}
	aliceThred = conversation.Key{Platform: "slack", Team: "T1", User: "UALICE42", Thread: "C1/1700000000.000100"}
	bob        = conversation.Key{Platform: "slack", Team: "T1", User: "UBOB77"}
	carol      = conversation.Key{Platform: "cli", Team: "", User: "carol-on-cli"}
)

func (h *harness) record(t *testing.T, k conversation.Key, e insights.Event) {
	t.Helper()
	if err := h.s.Record(t.Context(), k, e); err != nil {
		t.Fatalf("Record(%s, %+v): %v", k, e, err)
	}
}

func (h *harness) at(e insights.Event, at time.Time) insights.Event { e.At = at; return e }

func (h *harness) today() insights.Day { return insights.DayOf(h.clock.Now(), h.policy.Location()) }

func (h *harness) totals(t *testing.T, p insights.Period) insights.Totals {
	t.Helper()
	tot, err := h.s.Totals(t.Context(), p)
	if err != nil {
		t.Fatalf("Totals(%v): %v", p, err)
	}
	return tot
}

func (h *harness) questions(t *testing.T, p insights.Period) []insights.Question {
	t.Helper()
	qs, err := h.s.Questions(t.Context(), p)
	if err != nil {
		t.Fatalf("Questions(%v): %v", p, err)
	}
	return qs
}

func one(d insights.Day) insights.Period { return insights.Period{First: d, Last: d} }

func texts(qs []insights.Question) string {
	var b []string
	for _, q := range qs {
		b = append(b, q.Text)
	}
	return strings.Join(b, " | ")
}

// sumEvents is the number of events in tot.
func sumEvents(tot insights.Totals) int64 {
	var n int64
	for _, c := range tot.Events {
		n += c
	}
	return n
}

// describe is a one-line view of totals for failure messages.
func describe(tot insights.Totals) string {
	return fmt.Sprintf("users %d events %v articles %v outcomes %v abandoned %v ratings %v waits %v",
		tot.Users, tot.Events, tot.Articles, tot.Outcomes, tot.AbandonedAt, tot.Ratings, tot.ClaimWaits)
}
