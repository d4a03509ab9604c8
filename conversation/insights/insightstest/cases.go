package insightstest

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

func testCounts(t *testing.T, h *harness) {
	for _, e := range []insights.Event{
		insights.Answered("what-cto"), insights.Answered("what-cto"), insights.Answered("what-cio"),
		insights.Declined("do you do payroll?"), insights.Clarified("what about the other one"),
		insights.AssessmentStarted(), insights.AssessmentStarted(), insights.AssessmentStarted(),
		insights.AssessmentCompleted("virtual-cto"), insights.AssessmentCompleted("cio"),
		insights.AssessmentAbandoned(4),
		insights.ConsultRequested(), insights.ConsultRequested(),
		insights.ConsultClaimed(90 * time.Second), insights.ConsultClaimed(10*time.Minute + 400*time.Millisecond),
		insights.ConsultClosed(),
		insights.Rated(5, insights.RatedHandoff), insights.Rated(3, insights.RatedRecommendation),
		insights.Rated(5, insights.RatedRecommendation),
	} {
		h.record(t, alice, e)
	}
	got := h.totals(t, one(h.today()))
	want := insights.NewTotals()
	want.Users = 1
	want.Events = map[insights.Kind]int64{
		insights.KindAnswered: 3, insights.KindDeclined: 1, insights.KindClarified: 1,
		insights.KindAssessmentStarted: 3, insights.KindAssessmentCompleted: 2, insights.KindAssessmentAbandoned: 1,
		insights.KindConsultRequested: 2, insights.KindConsultClaimed: 2, insights.KindConsultClosed: 1,
		insights.KindRated: 3,
	}
	want.Articles = map[string]int64{"what-cto": 2, "what-cio": 1}
	want.Outcomes = map[string]int64{"virtual-cto": 1, "cio": 1}
	want.AbandonedAt = map[int]int64{4: 1}
	want.Ratings = map[insights.Where][5]int64{
		insights.RatedHandoff:        {0, 0, 0, 0, 1},
		insights.RatedRecommendation: {0, 0, 1, 0, 1},
	}
	want.ClaimWaits = []time.Duration{90 * time.Second, 600 * time.Second}
	slices.Sort(got.ClaimWaits)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("totals:\n got %s\nwant %s", describe(got), describe(want))
	}
	// An empty period, before anything was recorded, is all zeros.
	empty := h.totals(t, one(h.today().Add(-3)))
	if empty.Users != 0 || sumEvents(empty) != 0 || len(empty.ClaimWaits) != 0 {
		t.Fatalf("totals of a day with nothing: %s", describe(empty))
	}
}

func testDays(t *testing.T, h *harness) {
	d0 := h.today()
	now := h.clock.Now()
	h.record(t, alice, h.at(insights.Answered("a"), now.Add(-48*time.Hour)))
	h.record(t, alice, h.at(insights.Answered("a"), now.Add(-24*time.Hour)))
	h.record(t, bob, h.at(insights.Answered("b"), now.Add(-24*time.Hour)))
	h.record(t, bob, insights.Answered("b"))
	h.record(t, carol, insights.Declined(""))
	for _, c := range []struct {
		p                  insights.Period
		users, answered, b int64
	}{
		{one(d0.Add(-2)), 1, 1, 0},
		{one(d0.Add(-1)), 2, 2, 1},
		{one(d0), 2, 1, 1},
		{insights.Period{First: d0.Add(-1), Last: d0}, 3, 3, 2},
		{insights.Period{First: d0.Add(-9), Last: d0}, 3, 4, 2},
	} {
		got := h.totals(t, c.p)
		if got.Users != c.users || got.Events[insights.KindAnswered] != c.answered || got.Articles["b"] != c.b {
			t.Errorf("%v: %s; want %d users, %d answered, %d of article b", c.p, describe(got), c.users, c.answered, c.b)
		}
	}
}

// testZone checks that days follow INSIGHTS_TZ: 23:30 UTC is the next day
// in Berlin.
func testZone(t *testing.T, newStore NewStore, cfg config) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	c := insights.DefaultConfig()
	c.TZ = insights.ZoneOf(berlin)
	h := newHarness(t, newStore, c, cfg)
	late := time.Date(2026, time.March, 9, 23, 30, 0, 0, time.UTC) // 00:30 on the 10th in Berlin
	early := time.Date(2026, time.March, 9, 22, 30, 0, 0, time.UTC)
	h.record(t, alice, h.at(insights.ConsultRequested(), late))
	h.record(t, alice, h.at(insights.AssessmentStarted(), early))
	on10 := h.totals(t, one("2026-03-10"))
	on9 := h.totals(t, one("2026-03-09"))
	if on10.Events[insights.KindConsultRequested] != 1 || on10.Events[insights.KindAssessmentStarted] != 0 ||
		on9.Events[insights.KindAssessmentStarted] != 1 || on9.Events[insights.KindConsultRequested] != 0 {
		t.Fatalf("Berlin days: 10th %s; 9th %s", describe(on10), describe(on9))
	}
}

func testDistinctUsers(t *testing.T, h *harness) {
	now := h.clock.Now()
	for range 3 {
		h.record(t, alice, insights.Answered("a"))
		h.record(t, aliceThred, insights.Declined("")) // the same user, in a thread
	}
	h.record(t, bob, insights.AssessmentStarted())
	h.record(t, bob, h.at(insights.AssessmentStarted(), now.Add(-24*time.Hour)))
	h.record(t, carol, h.at(insights.AssessmentStarted(), now.Add(-24*time.Hour)))
	if got := h.totals(t, one(h.today())).Users; got != 2 {
		t.Errorf("users today = %d, want 2 (alice in DM and thread, bob)", got)
	}
	if got := h.totals(t, one(h.today().Add(-1))).Users; got != 2 {
		t.Errorf("users yesterday = %d, want 2", got)
	}
	if got := h.totals(t, insights.Period{First: h.today().Add(-1), Last: h.today()}).Users; got != 3 {
		t.Errorf("users over both days = %d, want 3 (bob counted once)", got)
	}
}

// testManyUsers checks the distinct-user figure stays close with many
// users over several days (Redis estimates it).
func testManyUsers(t *testing.T, h *harness) {
	const users, days = 1500, 3
	now := h.clock.Now()
	for i := range users {
		k := conversation.Key{Platform: "slack", Team: "T9", User: fmt.Sprintf("U%05d", i)}
		h.record(t, k, h.at(insights.Answered("a"), now.Add(-time.Duration(i%days)*24*time.Hour)))
	}
	got := h.totals(t, insights.Period{First: h.today().Add(1 - days), Last: h.today()}).Users
	if off := math.Abs(float64(got-users)) / users; off > 0.03 {
		t.Fatalf("users = %d, want %d within 3%%", got, users)
	}
}

func testOldDays(t *testing.T, h *harness) {
	h.record(t, alice, insights.Declined("will this be kept forever?"))
	h.record(t, alice, insights.ConsultClaimed(time.Minute))
	d := h.today()
	// The last moment the day is kept, and the first it is not.
	h.clock.Advance(h.policy.Expiry(d).Sub(h.clock.Now()) - time.Second)
	if got := h.totals(t, one(d)); sumEvents(got) != 2 || got.Users != 1 {
		t.Fatalf("a second before expiry: %s", describe(got))
	}
	h.clock.Advance(time.Second)
	if got := h.totals(t, one(d)); sumEvents(got) != 0 || got.Users != 0 || len(got.ClaimWaits) != 0 {
		t.Fatalf("after the retention: %s, want nothing", describe(got))
	}
	if qs := h.questions(t, one(d)); len(qs) != 0 {
		t.Fatalf("questions after the retention: %s", texts(qs))
	}
	// An event dated before the retention is ignored.
	h.record(t, bob, h.at(insights.Answered("old"), h.clock.Now().Add(-h.policy.Retention()-time.Hour)))
	old := insights.DayOf(h.clock.Now().Add(-h.policy.Retention()-time.Hour), h.policy.Location())
	if got := h.totals(t, insights.Period{First: old.Add(-1), Last: h.today()}); sumEvents(got) != 0 {
		t.Fatalf("an event older than the retention was counted: %s", describe(got))
	}
}

func testExpirySet(t *testing.T, h *harness) {
	h.record(t, alice, insights.Declined("how long is this kept?"))
	d := h.today()
	figures, texts := h.cfg.expiry(t, h.s, d)
	now := h.clock.Now()
	for _, c := range []struct {
		name     string
		got      time.Duration
		deadline time.Time
	}{
		{"figures", figures, h.policy.Expiry(d)},
		{"texts", texts, h.policy.Expiry(d).Add(-h.policy.Retention()).Add(30 * 24 * time.Hour)},
	} {
		want := c.deadline.Sub(now)
		if c.got > want || c.got < want-5*time.Second {
			t.Errorf("%s of %s live %v more, want %v (until %s)", c.name, d, c.got, want, c.deadline)
		}
	}
}

func testQuestions(t *testing.T, h *harness) {
	now := h.clock.Now()
	h.record(t, alice, h.at(insights.Declined("Do you do payroll?"), now.Add(-time.Hour)))
	h.record(t, bob, insights.Clarified("what about\x1b[31m the\tother one\n"))
	h.record(t, bob, insights.Answered("a")) // no text
	h.record(t, carol, h.at(insights.Declined("yesterday's question"), now.Add(-24*time.Hour)))
	h.record(t, carol, insights.Declined("   ")) // nothing to keep
	long := strings.Repeat("é", insights.MaxTextRunes+50)
	h.record(t, carol, h.at(insights.Declined(long), now.Add(-2*time.Hour)))

	got := h.questions(t, one(h.today()))
	want := []insights.Question{
		{Kind: insights.KindClarified, At: now.Truncate(time.Second), Text: "what about [31m the other one"},
		{Kind: insights.KindDeclined, At: now.Add(-time.Hour).Truncate(time.Second), Text: "Do you do payroll?"},
		{Kind: insights.KindDeclined, At: now.Add(-2 * time.Hour).Truncate(time.Second), Text: strings.Repeat("é", insights.MaxTextRunes)},
	}
	if len(got) != len(want) {
		t.Fatalf("questions today: %s; want %d", texts(got), len(want))
	}
	for i := range want {
		if got[i].Kind != want[i].Kind || !got[i].At.Equal(want[i].At) || got[i].Text != want[i].Text {
			t.Errorf("question %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if all := h.questions(t, insights.Period{First: h.today().Add(-1), Last: h.today()}); len(all) != 4 || all[3].Text != "yesterday's question" {
		t.Errorf("questions over two days: %s", texts(all))
	}
}

func testTextRetention(t *testing.T, h *harness) {
	h.record(t, alice, insights.Declined("kept for a month"))
	d := h.today()
	h.clock.Advance(31 * 24 * time.Hour)
	if qs := h.questions(t, one(d)); len(qs) != 0 {
		t.Fatalf("questions after the text retention: %s", texts(qs))
	}
	if got := h.totals(t, one(d)); got.Events[insights.KindDeclined] != 1 {
		t.Fatalf("figures after the text retention: %s, want the decline still counted", describe(got))
	}
	// A text dated before the text retention is counted, not kept.
	h.record(t, bob, h.at(insights.Declined("late news"), h.clock.Now().Add(-31*24*time.Hour)))
	if qs := h.questions(t, one(d)); len(qs) != 0 {
		t.Fatalf("a text older than the text retention was kept: %s", texts(qs))
	}
}

func testTextCap(t *testing.T, h *harness) {
	extra := 5
	for i := range insights.MaxTextsPerDay + extra {
		h.record(t, alice, insights.Declined(fmt.Sprintf("question number %d", i)))
	}
	if qs := h.questions(t, one(h.today())); len(qs) != insights.MaxTextsPerDay {
		t.Fatalf("%d texts kept, want the cap %d", len(qs), insights.MaxTextsPerDay)
	}
	if got := h.totals(t, one(h.today())); got.Events[insights.KindDeclined] != int64(insights.MaxTextsPerDay+extra) {
		t.Fatalf("declines counted: %d, want all %d", got.Events[insights.KindDeclined], insights.MaxTextsPerDay+extra)
	}
}

func testWaitCap(t *testing.T, h *harness) {
	n := insights.MaxWaitsPerDay + 10
	for i := range n {
		h.record(t, bob, insights.ConsultClaimed(time.Duration(i+1)*time.Second))
	}
	got := h.totals(t, one(h.today()))
	if got.Events[insights.KindConsultClaimed] != int64(n) || len(got.ClaimWaits) != insights.MaxWaitsPerDay {
		t.Fatalf("%d claims counted, %d samples kept; want %d and %d", got.Events[insights.KindConsultClaimed], len(got.ClaimWaits), n, insights.MaxWaitsPerDay)
	}
	if slices.Min(got.ClaimWaits) != 11*time.Second || slices.Max(got.ClaimWaits) != time.Duration(n)*time.Second {
		t.Fatalf("kept samples %v..%v, want the newest (11s..%ds)", slices.Min(got.ClaimWaits), slices.Max(got.ClaimWaits), n)
	}
}

func testForget(t *testing.T, h *harness) {
	now := h.clock.Now()
	h.record(t, alice, insights.Declined("alice asks about payroll"))
	h.record(t, aliceThred, h.at(insights.Clarified("alice in a thread, yesterday"), now.Add(-24*time.Hour)))
	h.record(t, bob, insights.Declined("bob asks about payroll"))
	if err := h.s.Forget(t.Context(), alice); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	p := insights.Period{First: h.today().Add(-1), Last: h.today()}
	if qs := h.questions(t, p); len(qs) != 1 || qs[0].Text != "bob asks about payroll" {
		t.Fatalf("after forgetting alice: %s; want only bob's", texts(qs))
	}
	if got := h.totals(t, p); got.Events[insights.KindDeclined] != 2 || got.Users != 2 {
		t.Fatalf("figures after Forget: %s; want them unchanged", describe(got))
	}
	if h.cfg.dump != nil {
		if d := h.cfg.dump(t, h.s); strings.Contains(d, "alice") {
			t.Fatalf("alice's text still stored after Forget:\n%s", d)
		}
	}
	// Forgetting again, or someone with nothing kept, is fine.
	for _, k := range []conversation.Key{alice, carol} {
		if err := h.s.Forget(t.Context(), k); err != nil {
			t.Fatalf("Forget(%s) with nothing kept: %v", k, err)
		}
	}
	// New texts of a forgotten user are kept again (once the Forget's
	// margin for replicas' clocks has passed).
	h.clock.Advance(insights.ForgetSkew + time.Second)
	h.record(t, alice, insights.Declined("alice again"))
	if qs := h.questions(t, p); len(qs) != 2 {
		t.Fatalf("after a new question: %s", texts(qs))
	}
}

func testTextOff(t *testing.T, newStore NewStore, cfg config) {
	c := insights.DefaultConfig()
	c.Text = false
	h := newHarness(t, newStore, c, cfg)
	const secret = "my company Zanzibar Widgets needs payroll"
	h.record(t, alice, insights.Declined(secret))
	h.record(t, bob, insights.Clarified(secret))
	if qs := h.questions(t, one(h.today())); len(qs) != 0 {
		t.Fatalf("questions with text off: %s", texts(qs))
	}
	if got := h.totals(t, one(h.today())); got.Events[insights.KindDeclined] != 1 || got.Users != 2 {
		t.Fatalf("figures with text off: %s", describe(got))
	}
	if cfg.dump == nil {
		return
	}
	d := h.cfg.dump(t, h.s)
	for _, s := range []string{"Zanzibar", "payroll", alice.User, bob.User} {
		if strings.Contains(d, s) {
			t.Errorf("with text off the store holds %q:\n%s", s, d)
		}
	}
}

func testNoUserID(t *testing.T, h *harness) {
	if h.cfg.dump == nil {
		t.Skip("no WithDump hook")
	}
	h.record(t, alice, insights.Declined("where is the text kept"))
	h.record(t, bob, insights.ConsultClaimed(time.Minute))
	d := h.cfg.dump(t, h.s)
	if !strings.Contains(d, "where is the text kept") {
		t.Fatalf("dump lacks the kept text, so it cannot show what is stored:\n%s", d)
	}
	for _, id := range []string{alice.User, bob.User, alice.UserID(), bob.UserID()} {
		if strings.Contains(d, id) {
			t.Errorf("the store holds the user id %q:\n%s", id, d)
		}
	}
}

func testInvalid(t *testing.T, h *harness) {
	for _, c := range []struct {
		k conversation.Key
		e insights.Event
	}{
		{conversation.Key{}, insights.Answered("a")},
		{alice, insights.Event{Kind: "nonsense"}},
		{alice, insights.Answered("")},
		{alice, insights.Answered("has spaces")},
		{alice, insights.AssessmentCompleted("a:b")},
		{alice, insights.AssessmentAbandoned(0)},
		{alice, insights.ConsultClaimed(-time.Second)},
		{alice, insights.Rated(6, insights.RatedHandoff)},
		{alice, insights.Rated(0, insights.RatedHandoff)},
		{alice, insights.Rated(3, "elsewhere")},
	} {
		if err := h.s.Record(t.Context(), c.k, c.e); err == nil {
			t.Errorf("Record(%s, %+v) succeeded", c.k, c.e)
		}
	}
	if got := h.totals(t, one(h.today())); sumEvents(got) != 0 || got.Users != 0 {
		t.Fatalf("refused events counted: %s", describe(got))
	}
	if err := h.s.Forget(t.Context(), conversation.Key{}); err == nil {
		t.Error("Forget of an empty key succeeded")
	}
}

func testConcurrent(t *testing.T, h *harness) {
	const workers, each = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Go(func() {
			k := conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("W%d", w)}
			for i := range each {
				e := insights.Answered("a")
				if i%2 == 1 {
					e = insights.Declined(fmt.Sprintf("worker %d question %d", w, i))
				}
				if err := h.s.Record(t.Context(), k, e); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	got := h.totals(t, one(h.today()))
	if got.Users != workers || got.Events[insights.KindAnswered] != workers*each/2 || got.Events[insights.KindDeclined] != workers*each/2 {
		t.Fatalf("concurrent records: %s", describe(got))
	}
	if qs := h.questions(t, one(h.today())); len(qs) != workers*each/2 {
		t.Fatalf("%d texts kept, want %d", len(qs), workers*each/2)
	}
}
