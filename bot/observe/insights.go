package observe

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/springfield/techleader/conversation/insights"
)

// WatchInsights exposes the counts of the asynchronous insights recorder
// that stats reads (insights.Async.Stats): events queued, written,
// dropped because the queue was full, failed after every try, and
// retried writes. Call it once.
func (m *Metrics) WatchInsights(stats func() insights.AsyncStats) {
	counter := func(name, help string, v func(insights.AsyncStats) uint64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help},
			func() float64 { return float64(v(stats())) })
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: namespace, Name: "insights_events_queued",
			Help: "Insights events waiting to be written."},
			func() float64 { return float64(stats().Queued) }),
		counter("insights_events_written_total", "Insights events written to the store.",
			func(s insights.AsyncStats) uint64 { return s.Written }),
		counter("insights_events_dropped_total", "Insights events dropped because the queue was full.",
			func(s insights.AsyncStats) uint64 { return s.Dropped }),
		counter("insights_events_failed_total", "Insights events lost: their write failed every try, or shutdown came first.",
			func(s insights.AsyncStats) uint64 { return s.Failed }),
		counter("insights_write_retries_total", "Insights batch writes tried again after a failure.",
			func(s insights.AsyncStats) uint64 { return s.Retries }),
	)
}
