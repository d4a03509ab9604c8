// Package observe is techleader's operations side: Prometheus metrics
// (an implementation of bot.Metrics and web.Metrics, counters for the
// knowledge base, the assessment and consultant handoffs, a go-redis
// hook) and the HTTP handler serving /healthz, /readyz and /metrics.
//
// Labels are bounded: they carry envelope kinds, Web API method names,
// disconnect reasons, Redis command names, recommendation kinds, article
// ids, web turn kinds and refusal reasons, never user ids or message
// text, and each label keeps at
// most maxLabelValues distinct values (the rest count as "other").
package observe

import (
	"context"
	"errors"
	"net"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation/handoff"
)

// Config is the ops server's configuration, read from the environment
// with envconfig.
type Config struct {
	// HTTPAddr is where /healthz, /readyz and /metrics are served.
	HTTPAddr string `envconfig:"HTTP_ADDR" default:":8080"`
}

// Paths served by Handler; the Kubernetes probes use the first two.
const (
	PathHealth  = "/healthz"
	PathReady   = "/readyz"
	PathMetrics = "/metrics"
	// DefaultPort is the port of Config's default HTTPAddr.
	DefaultPort = 8080
)

// maxLabelValues bounds the distinct values of one label; further values
// are counted under "other".
const maxLabelValues = 100

// otherLabel replaces label values past maxLabelValues (and empty ones).
const otherLabel = "other"

// bounded limits the distinct values seen for one label.
type bounded struct {
	mu   sync.Mutex
	seen map[string]struct{}
}

func (b *bounded) value(v string) string {
	if v == "" {
		return otherLabel
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.seen[v]; ok {
		return v
	}
	if b.seen == nil {
		b.seen = make(map[string]struct{})
	}
	if len(b.seen) >= maxLabelValues {
		return otherLabel
	}
	b.seen[v] = struct{}{}
	return v
}

// Metrics holds techleader's Prometheus metrics in its own registry. It
// implements bot.Metrics and is safe for concurrent use.
type Metrics struct {
	reg *prometheus.Registry

	kinds, methods, reasons, articles, recKinds, commands bounded

	received, acked, refused, duplicates, handled *prometheus.CounterVec
	ackLatency, handleLatency                     *prometheus.HistogramVec
	panics                                        prometheus.Counter
	apiCalls, apiErrors, apiRetries, undelivered  *prometheus.CounterVec
	reconnects, throttled                         *prometheus.CounterVec

	answers            *prometheus.CounterVec
	declines           prometheus.Counter
	assessStarted      prometheus.Counter
	assessCompleted    *prometheus.CounterVec
	handoffsOpened     prometheus.Counter
	handoffsClaimed    prometheus.Counter
	handoffsClosed     prometheus.Counter
	handoffTimeToClaim prometheus.Histogram
	outboxesLost       prometheus.Counter
	cardJobsLost       prometheus.Counter
	redisErrors        *prometheus.CounterVec

	teams *TeamsMetrics
	webMetrics
}

var (
	_ bot.Metrics     = (*Metrics)(nil)
	_ handoff.Metrics = (*Metrics)(nil) // the handoff finds it through WithMetrics
)

// NewMetrics creates the metrics and registers them, with the Go runtime
// and process collectors, in a new registry (never the global one).
func NewMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	f := factory{reg}
	latency := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	m := &Metrics{
		reg: reg,

		received:      f.counterVec("slack_envelopes_received_total", "Socket Mode envelopes received, by kind.", "kind"),
		acked:         f.counterVec("slack_envelopes_acked_total", "Socket Mode envelopes acknowledged, by kind.", "kind"),
		refused:       f.counterVec("slack_envelopes_refused_total", "Envelopes left unacked because the worker queue was full, by kind.", "kind"),
		duplicates:    f.counterVec("slack_envelopes_duplicate_total", "Envelopes skipped because their id was handled before, by kind.", "kind"),
		handled:       f.counterVec("slack_envelopes_handled_total", "Envelopes whose work finished, by kind.", "kind"),
		ackLatency:    f.histogramVec("slack_ack_latency_seconds", "Time from reading an envelope to queueing its ack.", latency, "kind"),
		handleLatency: f.histogramVec("slack_handle_duration_seconds", "Time from reading an envelope to the end of its work, deliveries included.", latency, "kind"),
		panics:        f.counter("panics_recovered_total", "Panics recovered in handlers and the socket loop."),
		apiCalls:      f.counterVec("slack_api_calls_total", "Slack Web API call attempts, by method.", "method"),
		apiErrors:     f.counterVec("slack_api_errors_total", "Failed Slack Web API call attempts, by method.", "method"),
		apiRetries:    f.counterVec("slack_api_retries_total", "Retried Slack Web API calls, by method.", "method"),
		undelivered:   f.counterVec("slack_undelivered_replies_total", "Replies that could not be delivered, by method.", "method"),
		reconnects:    f.counterVec("slack_reconnects_total", "Socket Mode reconnects, by reason.", "reason"),
		throttled:     f.counterVec("slack_throttled_messages_total", "Messages held back because their user sent messages faster than the bot answers (the latest is answered later, older ones dropped), by kind.", "kind"),

		answers:            f.counterVec("knowledge_answers_total", "Questions answered from a knowledge article, by article id.", "article"),
		declines:           f.counter("knowledge_declines_total", "Questions the knowledge base declined to answer."),
		assessStarted:      f.counter("assessments_started_total", "Assessments started (first question asked)."),
		assessCompleted:    f.counterVec("assessments_completed_total", "Assessments completed, by recommendation kind.", "kind"),
		handoffsOpened:     f.counter("handoffs_opened_total", "Consultant handoffs opened."),
		handoffsClaimed:    f.counter("handoffs_claimed_total", "Consultant handoffs claimed by a consultant."),
		handoffsClosed:     f.counter("handoffs_closed_total", "Consultant handoffs closed."),
		handoffTimeToClaim: f.histogram("handoff_time_to_claim_seconds", "Time from opening a handoff to a consultant claiming it.", []float64{30, 60, 300, 600, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600}),
		outboxesLost:       f.counter("handoff_outbox_lost_total", "Handoff outboxes found gone (Redis came back empty)."),
		cardJobsLost:       f.counter("handoff_card_jobs_lost_total", "Card jobs a lost outbox held at its last count: consultants never told of those requests."),
		redisErrors:        f.counterVec("redis_errors_total", "Redis commands that failed (redis.Nil and cancellations excluded), by command.", "command"),
	}
	m.teams = newTeamsMetrics(f, m, latency)
	m.webMetrics = newWebMetrics(f, latency)
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Registry returns the registry holding the metrics, for the /metrics
// handler.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

type factory struct{ reg *prometheus.Registry }

const namespace = "techleader"

func (f factory) counter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help})
	f.reg.MustRegister(c)
	return c
}

func (f factory) counterVec(name, help, label string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, []string{label})
	f.reg.MustRegister(c)
	return c
}

func (f factory) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: buckets})
	f.reg.MustRegister(h)
	return h
}

func (f factory) histogramVec(name, help string, buckets []float64, label string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: buckets}, []string{label})
	f.reg.MustRegister(h)
	return h
}

// bot.Metrics

func (m *Metrics) EnvelopeReceived(kind string) {
	m.received.WithLabelValues(m.kinds.value(kind)).Inc()
}

func (m *Metrics) EnvelopeAcked(kind string, latency time.Duration) {
	k := m.kinds.value(kind)
	m.acked.WithLabelValues(k).Inc()
	m.ackLatency.WithLabelValues(k).Observe(latency.Seconds())
}

func (m *Metrics) EnvelopeRefused(kind string) { m.refused.WithLabelValues(m.kinds.value(kind)).Inc() }
func (m *Metrics) Duplicate(kind string)       { m.duplicates.WithLabelValues(m.kinds.value(kind)).Inc() }

func (m *Metrics) Handled(kind string, latency time.Duration) {
	k := m.kinds.value(kind)
	m.handled.WithLabelValues(k).Inc()
	m.handleLatency.WithLabelValues(k).Observe(latency.Seconds())
}

func (m *Metrics) Panic() { m.panics.Inc() }

func (m *Metrics) APICall(method string, err error) {
	meth := m.methods.value(method)
	m.apiCalls.WithLabelValues(meth).Inc()
	if err != nil {
		m.apiErrors.WithLabelValues(meth).Inc()
	}
}

func (m *Metrics) APIRetry(method string) {
	m.apiRetries.WithLabelValues(m.methods.value(method)).Inc()
}
func (m *Metrics) Undelivered(method string) {
	m.undelivered.WithLabelValues(m.methods.value(method)).Inc()
}
func (m *Metrics) Reconnect(reason string) {
	m.reconnects.WithLabelValues(m.reasons.value(reason)).Inc()
}
func (m *Metrics) Throttled(kind string) { m.throttled.WithLabelValues(m.kinds.value(kind)).Inc() }

// Knowledge and assessment (counted by WrapEngine and WrapAnswerer).

// Answered counts a question answered from the article with id.
func (m *Metrics) Answered(articleID string) {
	m.answers.WithLabelValues(m.articles.value(articleID)).Inc()
}

// Declined counts a question the knowledge base declined.
func (m *Metrics) Declined() { m.declines.Inc() }

// AssessmentStarted counts an assessment whose first question was asked.
func (m *Metrics) AssessmentStarted() { m.assessStarted.Inc() }

// AssessmentCompleted counts a finished assessment by recommendation kind.
func (m *Metrics) AssessmentCompleted(kind string) {
	m.assessCompleted.WithLabelValues(m.recKinds.value(kind)).Inc()
}

// Consultant handoffs: for the handoff code to call.

// HandoffOpened counts a handoff request sent to the consultants.
func (m *Metrics) HandoffOpened() { m.handoffsOpened.Inc() }

// HandoffClaimed counts a handoff a consultant took, waitedFor after it
// was opened.
func (m *Metrics) HandoffClaimed(waitedFor time.Duration) {
	m.handoffsClaimed.Inc()
	m.handoffTimeToClaim.Observe(waitedFor.Seconds())
}

// HandoffClosed counts a closed handoff.
func (m *Metrics) HandoffClosed() { m.handoffsClosed.Inc() }

// HandoffOutboxLost counts a lost outbox and the card jobs it held.
func (m *Metrics) HandoffOutboxLost(jobs int) {
	m.outboxesLost.Inc()
	m.cardJobsLost.Add(float64(max(jobs, 0)))
}

// Redis

// RedisHook returns a go-redis hook counting failed commands (redis.Nil,
// which only means "no such key", and cancelled contexts excluded). Add
// it with client.AddHook.
func (m *Metrics) RedisHook() redis.Hook { return redisHook{m} }

type redisHook struct{ m *Metrics }

func (h redisHook) count(name string, err error) {
	if err == nil || errors.Is(err, redis.Nil) || errors.Is(err, context.Canceled) {
		return
	}
	h.m.redisErrors.WithLabelValues(h.m.commands.value(name)).Inc()
}

func (h redisHook) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := next(ctx, network, addr)
		h.count("dial", err)
		return c, err
	}
}

func (h redisHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		h.count(cmd.Name(), err)
		return err
	}
}

func (h redisHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		for _, c := range cmds {
			h.count(c.Name(), c.Err())
		}
		if err != nil && len(cmds) == 0 {
			h.count("pipeline", err)
		}
		return err
	}
}
