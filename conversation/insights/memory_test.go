package insights_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
)

func TestMemoryContract(t *testing.T) {
	insightstest.Run(t,
		func(t *testing.T, p insights.Policy) insights.Store { return insights.NewMemory(p) },
		insightstest.WithExpiry(func(t *testing.T, s insights.Store, d insights.Day) (time.Duration, time.Duration) {
			return insights.MemoryExpiry(s.(*insights.Memory), d)
		}),
		insightstest.WithDump(func(t *testing.T, s insights.Store) string {
			return insights.MemoryDump(s.(*insights.Memory))
		}),
	)
}

// TestMemoryDropsExpiredDays checks that the memory store does not grow
// with time: days past the retention are swept as new ones are written.
func TestMemoryDropsExpiredDays(t *testing.T) {
	clock := insightstest.NewClock(insightstest.Start)
	cfg := insights.DefaultConfig()
	cfg.Retention = insights.Duration(10 * 24 * time.Hour)
	m := insights.NewMemory(insights.NewPolicy(cfg, clock.Now))
	k := conversation.Key{Platform: "cli", User: "u"}
	first := insights.DayOf(clock.Now(), time.UTC)
	for range 60 { // sixty days, a few thousand writes
		for range 100 {
			if err := m.Record(t.Context(), k, insights.Declined("same old question")); err != nil {
				t.Fatal(err)
			}
		}
		clock.Advance(24 * time.Hour)
	}
	if f, _ := insights.MemoryExpiry(m, first); f != 0 {
		t.Fatalf("the first day is still held %v after its retention", -f)
	}
	if n := insights.MemoryDays(m); n > 10+1024/100+1 {
		t.Fatalf("%d days held, want about the 10 of the retention", n)
	}
}

func TestAsyncMemory(t *testing.T) {
	insightstest.RunAsync(t,
		func(t *testing.T, p insights.Policy) insights.BatchStore { return insights.NewMemory(p) },
		insightstest.WithExpiry(func(t *testing.T, s insights.Store, d insights.Day) (time.Duration, time.Duration) {
			return insights.MemoryExpiry(s.(*insights.Memory), d)
		}),
		insightstest.WithDump(func(t *testing.T, s insights.Store) string {
			return insights.MemoryDump(s.(*insights.Memory))
		}),
	)
}
