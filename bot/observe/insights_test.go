package observe_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// TestInsightsMetrics: an Async's counts show on /metrics, drops included.
func TestInsightsMetrics(t *testing.T) {
	m := observe.NewMetrics()
	policy := insights.NewPolicy(insights.DefaultConfig(), nil)
	a := insights.NewAsync(insights.NewMemory(policy), policy, insights.AsyncConfig{Queue: 2, Batch: 10, Interval: time.Hour}, nil)
	m.WatchInsights(a.Stats)
	k := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	for range 3 {
		if err := a.Record(t.Context(), k, insights.Answered("what-cto")); err != nil {
			t.Fatal(err)
		}
	}
	reg := m.Registry()
	if q, d := value(t, reg, "techleader_insights_events_queued", nil), value(t, reg, "techleader_insights_events_dropped_total", nil); q != 2 || d != 1 {
		t.Errorf("queued %v, dropped %v; want 2 and 1", q, d)
	}
	if err := a.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]float64{
		"techleader_insights_events_queued": 0, "techleader_insights_events_written_total": 2,
		"techleader_insights_events_failed_total": 0, "techleader_insights_write_retries_total": 0,
	} {
		if got := value(t, reg, name, nil); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
}
