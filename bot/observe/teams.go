package observe

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/springfield/techleader/bot"
)

// TeamsMetrics are the Teams front end's measurements, in series of their
// own (teams_*): inbound activities by kind ("message", "card_action",
// "installed", ...), requests refused before any work by reason
// ("unauthenticated", "forbidden", "busy", ...), and Bot Connector calls
// by operation ("send", "reply", "update", "create_conversation"). It
// implements bot.Metrics, for the Teams worker pool and connector, and
// teams.Metrics. Safe for concurrent use.
type TeamsMetrics struct {
	m *Metrics

	kinds, reasons, ops bounded

	received, refused, duplicates, handled *prometheus.CounterVec
	answerLatency, handleLatency           *prometheus.HistogramVec
	calls, errors, retries, undelivered    *prometheus.CounterVec
}

var _ bot.Metrics = (*TeamsMetrics)(nil)

func newTeamsMetrics(f factory, m *Metrics, latency []float64) *TeamsMetrics {
	return &TeamsMetrics{
		m:             m,
		received:      f.counterVec("teams_activities_received_total", "Teams activities received and authenticated, by kind.", "kind"),
		refused:       f.counterVec("teams_activities_refused_total", "Teams requests refused before any work, by reason.", "reason"),
		duplicates:    f.counterVec("teams_activities_duplicate_total", "Teams activities skipped because they were handled before, by kind.", "kind"),
		handled:       f.counterVec("teams_activities_handled_total", "Teams activities whose work finished, by kind.", "kind"),
		answerLatency: f.histogramVec("teams_answer_latency_seconds", "Time from receiving a Teams activity to answering its request (a card click: with the invoke response).", latency, "kind"),
		handleLatency: f.histogramVec("teams_handle_duration_seconds", "Time from receiving a Teams activity to the end of its work, deliveries included.", latency, "kind"),
		calls:         f.counterVec("teams_connector_calls_total", "Bot Connector call attempts, by operation.", "op"),
		errors:        f.counterVec("teams_connector_errors_total", "Failed Bot Connector call attempts, by operation.", "op"),
		retries:       f.counterVec("teams_connector_retries_total", "Retried Bot Connector calls, by operation.", "op"),
		undelivered:   f.counterVec("teams_undelivered_replies_total", "Teams replies that could not be delivered, by operation.", "op"),
	}
}

// Teams returns the Teams front end's metrics (in the same registry).
func (m *Metrics) Teams() *TeamsMetrics { return m.teams }

func (t *TeamsMetrics) EnvelopeReceived(kind string) {
	t.received.WithLabelValues(t.kinds.value(kind)).Inc()
}

// EnvelopeAcked records the time to answer an activity's request.
func (t *TeamsMetrics) EnvelopeAcked(kind string, latency time.Duration) {
	t.answerLatency.WithLabelValues(t.kinds.value(kind)).Observe(latency.Seconds())
}

// EnvelopeRefused counts an activity refused because the worker queue was
// full, as reason "busy".
func (t *TeamsMetrics) EnvelopeRefused(string) { t.Refused("busy") }

// Refused counts a request refused before any work, by reason.
func (t *TeamsMetrics) Refused(reason string) {
	t.refused.WithLabelValues(t.reasons.value(reason)).Inc()
}

func (t *TeamsMetrics) Duplicate(kind string) {
	t.duplicates.WithLabelValues(t.kinds.value(kind)).Inc()
}

func (t *TeamsMetrics) Handled(kind string, latency time.Duration) {
	k := t.kinds.value(kind)
	t.handled.WithLabelValues(k).Inc()
	t.handleLatency.WithLabelValues(k).Observe(latency.Seconds())
}

// Panic counts a recovered panic with every front end's.
func (t *TeamsMetrics) Panic() { t.m.Panic() }

func (t *TeamsMetrics) APICall(op string, err error) {
	o := t.ops.value(op)
	t.calls.WithLabelValues(o).Inc()
	if err != nil {
		t.errors.WithLabelValues(o).Inc()
	}
}

func (t *TeamsMetrics) APIRetry(op string)    { t.retries.WithLabelValues(t.ops.value(op)).Inc() }
func (t *TeamsMetrics) Undelivered(op string) { t.undelivered.WithLabelValues(t.ops.value(op)).Inc() }

// Reconnect does nothing: Teams has no connection to keep.
func (t *TeamsMetrics) Reconnect(string) {}

// Throttled does nothing: the Teams front end has no flood control.
func (t *TeamsMetrics) Throttled(string) {}
