package redisstore

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// Storage bounds the insights keys must stay within on a real Redis,
// whatever the number of users.
const (
	// figuresPerDayBound: counters hash + HyperLogLog (12 KB once dense)
	// + capped time-to-claim samples of one day.
	figuresPerDayBound = 24 << 10
	// textsPerDayBound: MaxTextsPerDay texts of the length this test
	// writes (about 75 bytes of JSON each) with Redis's per-field
	// overhead. Texts of MaxTextRunes would take up to about 4 times that.
	textsPerDayBound = insights.MaxTextsPerDay * 200
	// indexPerDayBound: the day's index, one entry (a 32-digit user
	// reference and text ids) per user with kept texts, at most one per
	// kept text.
	indexPerDayBound = insights.MaxTextsPerDay * 80
)

// mixedEvent is the i-th event of a realistic mix: mostly answers, some
// declines and clarifications with text, the assessment and handoff funnel
// and ratings.
func mixedEvent(i int) insights.Event {
	switch r := i % 100; {
	case r < 40:
		return insights.Answered(fmt.Sprintf("article-%d", i%12))
	case r < 55:
		return insights.Declined(fmt.Sprintf("do you also help with topic number %d?", i%300))
	case r < 60:
		return insights.Clarified(fmt.Sprintf("what about the other thing, case %d", i%300))
	case r < 70:
		return insights.AssessmentStarted()
	case r < 77:
		return insights.AssessmentCompleted([]string{"cio", "cto", "both", "virtual-cio", "virtual-cto", "none"}[i%6])
	case r < 80:
		return insights.AssessmentAbandoned(1 + i%10)
	case r < 85:
		return insights.ConsultRequested()
	case r < 89:
		return insights.ConsultClaimed(time.Duration(30+i%3600) * time.Second)
	case r < 92:
		return insights.ConsultClosed()
	default:
		return insights.Rated(1+i%5, []insights.Where{insights.RatedHandoff, insights.RatedRecommendation}[i%2])
	}
}

// recordMixed records n mixed events by users distinct users over days
// days ending at the clock's day, with 8 concurrent writers.
func recordMixed(t *testing.T, s *InsightsStore, clock *insightstest.Clock, n, users, days int) {
	t.Helper()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	const writers = 8
	for w := range writers {
		wg.Go(func() {
			for i := w; i < n; i += writers {
				e := mixedEvent(i)
				// Every day gets the whole mix; users spread over kinds.
				e.At = clock.Now().Add(-time.Duration(i/100%days) * 24 * time.Hour)
				k := conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("U%06d", i*7919%users)}
				if err := s.Record(t.Context(), k, e); err != nil {
					mu.Lock()
					firstErr = cmpErr(firstErr, err)
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		t.Fatalf("Record: %v", firstErr)
	}
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// usage sums MEMORY USAGE (all samples) of the keys by kind: the letter
// after "{ins}:".
func usage(t *testing.T, c redis.UniversalClient, keyPrefix string) (bytes, keys map[string]int64) {
	t.Helper()
	bytes, keys = map[string]int64{}, map[string]int64{}
	for _, k := range scanKeys(t, c, keyPrefix) {
		kind, _, _ := strings.Cut(strings.TrimPrefix(k, keyPrefix), ":")
		n, err := c.MemoryUsage(t.Context(), k, 0).Result()
		if err != nil {
			t.Fatalf("MEMORY USAGE %s: %v", k, err)
		}
		bytes[kind] += n
		keys[kind]++
	}
	return bytes, keys
}

// TestInsightsStorageBound records 100,000 events (5,000 on miniredis,
// which cannot measure memory) by 20,000 users over 10 days and checks the
// figures, the memory the insights keys use per day on a real Redis, and
// the times to live of every key.
func TestInsightsStorageBound(t *testing.T) {
	if testing.Short() {
		t.Skip("records 100,000 events")
	}
	c, prefix := redistest.New(t)
	real := os.Getenv(redistest.EnvURL) != ""
	n, users, days := 100_000, 20_000, 10
	if !real {
		n = 5_000
	}
	clock := insightstest.NewClock(time.Now().UTC())
	policy := insights.NewPolicy(insights.DefaultConfig(), clock.Now)
	s := NewInsightsStore(c, prefix, policy)
	start := time.Now()
	recordMixed(t, s, clock, n, users, days)
	elapsed := time.Since(start)

	today := insights.DayOf(clock.Now(), time.UTC)
	period := insights.Period{First: today.Add(1 - days), Last: today}
	tot, err := s.Totals(t.Context(), period)
	if err != nil {
		t.Fatal(err)
	}
	var events int64
	for _, v := range tot.Events {
		events += v
	}
	wantUsers := min(users, n)
	if events != int64(n) || math.Abs(float64(tot.Users-int64(wantUsers)))/float64(wantUsers) > 0.03 {
		t.Fatalf("%d events by %d users counted as %d events by %d users", n, wantUsers, events, tot.Users)
	}
	t.Logf("%d events by %d users over %d days recorded in %v (%.0f µs/event, 8 writers)",
		n, wantUsers, days, elapsed.Round(time.Millisecond), float64(elapsed.Microseconds())/float64(n))
	checkTTLs(t, s, policy)
	if !real {
		t.Skip("miniredis has no MEMORY USAGE; set TEST_REDIS_URL to measure memory")
	}
	bytes, keys := usage(t, c, s.prefix)
	figures := (bytes["d"] + bytes["u"] + bytes["w"]) / int64(days)
	texts := bytes["t"] / int64(days)
	t.Logf("per day: counters %d B, users HyperLogLog %d B, claim samples %d B: figures %d B/day (bound %d)",
		bytes["d"]/int64(days), bytes["u"]/int64(days), bytes["w"]/int64(days), figures, figuresPerDayBound)
	index := bytes["x"] / int64(days)
	t.Logf("per day: question texts %d B (%d kept of %d recorded, bound %d), their index %d B (bound %d); %d keys in all",
		texts, len(mustQuestions(t, s, period))/days, (tot.Events[insights.KindDeclined]+tot.Events[insights.KindClarified])/int64(days),
		textsPerDayBound, index, indexPerDayBound, keys["d"]+keys["u"]+keys["w"]+keys["t"]+keys["x"])
	if figures > figuresPerDayBound {
		t.Errorf("figures use %d B per day, over the bound %d", figures, figuresPerDayBound)
	}
	if texts > textsPerDayBound {
		t.Errorf("texts use %d B per day, over the bound %d", texts, textsPerDayBound)
	}
	if index > indexPerDayBound {
		t.Errorf("the text index uses %d B per day, over the bound %d", index, indexPerDayBound)
	}
	for _, kind := range []string{"d", "u", "w", "t", "x"} {
		if keys[kind] != int64(days) || len(keys) != 5 {
			t.Errorf("keys by kind %v, want d, u, w, t and x, one of each a day", keys)
			break
		}
	}
}

func mustQuestions(t *testing.T, s *InsightsStore, p insights.Period) []insights.Question {
	t.Helper()
	qs, err := s.Questions(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// checkTTLs checks that every insights key expires when its day's figures
// (or texts) do, so no key outlives the retention.
func checkTTLs(t *testing.T, s *InsightsStore, policy insights.Policy) {
	t.Helper()
	now := policy.Now()
	for _, k := range scanKeys(t, s.client, s.prefix) {
		kind, rest, _ := strings.Cut(strings.TrimPrefix(k, s.prefix), ":")
		var deadline time.Time
		switch kind {
		case "d", "u", "w":
			deadline = policy.Expiry(insights.Day(rest))
		case "t", "x":
			deadline = policy.TextExpiry(insights.Day(rest))
		default:
			t.Fatalf("unexpected key %s", k)
		}
		ttl := keyTTL(t, s.client, k)
		want := deadline.Sub(now)
		if ttl <= 0 || ttl > want+time.Second || ttl < want-time.Minute {
			t.Fatalf("%s lives %v more, want %v", k, ttl, want)
		}
	}
}

// TestInsightsOldDaysExpire records a day whose retention ends in about a
// second and checks Redis drops every key of it: real expiry, on a real
// server (miniredis does not expire keys on its own).
func TestInsightsOldDaysExpire(t *testing.T) {
	if os.Getenv(redistest.EnvURL) == "" {
		t.Skip("needs a real Redis (TEST_REDIS_URL) to watch keys expire")
	}
	c, prefix := redistest.New(t)
	cfg := insights.DefaultConfig()
	cfg.Retention = insights.Duration(2 * 24 * time.Hour)
	cfg.TextRetention = cfg.Retention
	day := insights.Day("2026-03-10")
	clock := insightstest.NewClock(day.Start(time.UTC))
	policy := insights.NewPolicy(cfg, clock.Now)
	clock.Advance(policy.Expiry(day).Add(-1500 * time.Millisecond).Sub(clock.Now()))
	s := NewInsightsStore(c, prefix, policy)
	k := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	at := day.Start(time.UTC).Add(time.Hour)
	for _, e := range []insights.Event{insights.Declined("about to expire"), insights.ConsultClaimed(time.Minute), insights.Answered("a")} {
		e.At = at
		if err := s.Record(t.Context(), k, e); err != nil {
			t.Fatal(err)
		}
	}
	if keys := scanKeys(t, c, s.prefix); len(keys) != 5 {
		t.Fatalf("keys after recording: %v, want counters, users, samples, texts and their index", keys)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(scanKeys(t, c, s.prefix)) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("keys still there 5 s after their day's retention: %v", scanKeys(t, c, s.prefix))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// BenchmarkInsightsRecord measures one Record (one script, one round
// trip) beside a baseline of one HINCRBY round trip on the same server.
func BenchmarkInsightsRecord(b *testing.B) {
	c, prefix := redistest.New(b)
	s := NewInsightsStore(c, prefix, insights.NewPolicy(insights.DefaultConfig(), nil))
	b.Run("baseline-hincrby", func(b *testing.B) {
		for b.Loop() {
			if err := c.HIncrBy(b.Context(), prefix+":bench", "k", 1).Err(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("record", func(b *testing.B) {
		i := 0
		for b.Loop() {
			k := conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("U%d", i%5000)}
			if err := s.Record(b.Context(), k, mixedEvent(i)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
