package observe

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/springfield/techleader/bot/web"
)

// webMetrics are the web chat's metrics (web.Metrics, promoted to
// Metrics). Their labels are the web package's fixed turn kinds and
// refusal reasons, bounded anyway.
type webMetrics struct {
	turnKinds, refusalReasons bounded

	turns    *prometheus.HistogramVec
	sessions prometheus.Counter
	streams  prometheus.Counter
	open     prometheus.Gauge
	refused  *prometheus.CounterVec
}

var _ web.Metrics = (*Metrics)(nil)

func newWebMetrics(f factory, latency []float64) webMetrics {
	open := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "web_sse_streams_open",
		Help: "Server-Sent Events streams open now on this replica."})
	f.reg.MustRegister(open)
	return webMetrics{
		turns:    f.histogramVec("web_turn_duration_seconds", "Time to answer a web turn (or contact form), by kind; its count is the turns.", latency, "kind"),
		sessions: f.counter("web_sessions_started_total", "Web chat sessions started (fresh cookies)."),
		streams:  f.counter("web_sse_streams_total", "Server-Sent Events streams opened."),
		open:     open,
		refused:  f.counterVec("web_refused_total", "Web requests refused, by reason (cross-origin, size, rate limit, …).", "reason"),
	}
}

// Turn records one web turn by kind.
func (m *webMetrics) Turn(kind string, d time.Duration) {
	m.turns.WithLabelValues(m.turnKinds.value(kind)).Observe(d.Seconds())
}

// SessionStarted counts a new web session.
func (m *webMetrics) SessionStarted() { m.sessions.Inc() }

// StreamOpened counts an event stream and the streams open.
func (m *webMetrics) StreamOpened() {
	m.streams.Inc()
	m.open.Inc()
}

// StreamClosed counts an event stream closing.
func (m *webMetrics) StreamClosed() { m.open.Dec() }

// Refused counts a web request refused, by reason.
func (m *webMetrics) Refused(reason string) {
	m.refused.WithLabelValues(m.refusalReasons.value(reason)).Inc()
}
