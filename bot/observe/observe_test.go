package observe_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/knowledge"
)

// value returns the value of the counter, gauge or histogram (its count)
// named name whose labels include want, or -1 when there is none.
func value(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if !hasLabels(m, want) {
				continue
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Histogram != nil:
				return float64(m.Histogram.GetSampleCount())
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			}
		}
	}
	return -1
}

func hasLabels(m *dto.Metric, want map[string]string) bool {
	n := 0
	for _, lp := range m.GetLabel() {
		if v, ok := want[lp.GetName()]; ok {
			if v != lp.GetValue() {
				return false
			}
			n++
		}
	}
	return n == len(want)
}

// series counts the series of a metric.
func series(t *testing.T, reg *prometheus.Registry, name string) int {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return len(mf.GetMetric())
		}
	}
	return 0
}

func TestBotMetricsCounted(t *testing.T) {
	m := observe.NewMetrics()
	var bm bot.Metrics = m
	bm.EnvelopeReceived("events_api:message")
	bm.EnvelopeReceived("events_api:message")
	bm.EnvelopeAcked("events_api:message", 2*time.Millisecond)
	bm.EnvelopeRefused("slash_commands")
	bm.Duplicate("events_api:message")
	bm.Handled("events_api:message", 40*time.Millisecond)
	bm.Panic()
	bm.APICall("chat.postMessage", nil)
	bm.APICall("chat.postMessage", errors.New("ratelimited"))
	bm.APIRetry("chat.postMessage")
	bm.Undelivered("chat.update")
	bm.Reconnect("refresh_requested")
	bm.Throttled("events_api:message")
	bm.Throttled("events_api:message")
	m.HandoffOpened()
	m.HandoffClaimed(90 * time.Second)
	m.HandoffClosed()
	m.HandoffOutboxLost(3)

	reg := m.Registry()
	kind := map[string]string{"kind": "events_api:message"}
	post := map[string]string{"method": "chat.postMessage"}
	for _, tt := range []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"techleader_slack_envelopes_received_total", kind, 2},
		{"techleader_slack_envelopes_acked_total", kind, 1},
		{"techleader_slack_ack_latency_seconds", kind, 1},
		{"techleader_slack_envelopes_refused_total", map[string]string{"kind": "slash_commands"}, 1},
		{"techleader_slack_envelopes_duplicate_total", kind, 1},
		{"techleader_slack_envelopes_handled_total", kind, 1},
		{"techleader_slack_handle_duration_seconds", kind, 1},
		{"techleader_panics_recovered_total", nil, 1},
		{"techleader_slack_api_calls_total", post, 2},
		{"techleader_slack_api_errors_total", post, 1},
		{"techleader_slack_api_retries_total", post, 1},
		{"techleader_slack_undelivered_replies_total", map[string]string{"method": "chat.update"}, 1},
		{"techleader_slack_reconnects_total", map[string]string{"reason": "refresh_requested"}, 1},
		{"techleader_slack_throttled_messages_total", kind, 2},
		{"techleader_handoffs_opened_total", nil, 1},
		{"techleader_handoffs_claimed_total", nil, 1},
		{"techleader_handoff_time_to_claim_seconds", nil, 1},
		{"techleader_handoffs_closed_total", nil, 1},
		{"techleader_handoff_outbox_lost_total", nil, 1},
		{"techleader_handoff_card_jobs_lost_total", nil, 3},
	} {
		if got := value(t, reg, tt.name, tt.labels); got != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.name, tt.labels, got, tt.want)
		}
	}
	// Nothing registered in the global registry.
	mfs, _ := prometheus.DefaultGatherer.Gather()
	for _, mf := range mfs {
		if strings.HasPrefix(mf.GetName(), "techleader_") {
			t.Errorf("%s registered globally", mf.GetName())
		}
	}
}

// TestTeamsMetricsCounted: the Teams front end's measurements land in
// teams_* series of the same registry, apart from Slack's.
func TestTeamsMetricsCounted(t *testing.T) {
	m := observe.NewMetrics()
	tm := m.Teams()
	var bm bot.Metrics = tm
	bm.EnvelopeReceived("message")
	bm.EnvelopeReceived("card_action")
	bm.EnvelopeAcked("message", time.Millisecond)
	bm.EnvelopeRefused("message")
	tm.Refused("unauthenticated")
	tm.Refused("unauthenticated")
	bm.Duplicate("message")
	bm.Handled("message", 30*time.Millisecond)
	bm.Panic()
	bm.APICall("send", nil)
	bm.APICall("send", errors.New("503"))
	bm.APIRetry("send")
	bm.Undelivered("update")

	reg := m.Registry()
	msg := map[string]string{"kind": "message"}
	send := map[string]string{"op": "send"}
	for _, tt := range []struct {
		name   string
		labels map[string]string
		want   float64
	}{
		{"techleader_teams_activities_received_total", msg, 1},
		{"techleader_teams_activities_received_total", map[string]string{"kind": "card_action"}, 1},
		{"techleader_teams_answer_latency_seconds", msg, 1},
		{"techleader_teams_activities_refused_total", map[string]string{"reason": "busy"}, 1},
		{"techleader_teams_activities_refused_total", map[string]string{"reason": "unauthenticated"}, 2},
		{"techleader_teams_activities_duplicate_total", msg, 1},
		{"techleader_teams_activities_handled_total", msg, 1},
		{"techleader_teams_handle_duration_seconds", msg, 1},
		{"techleader_panics_recovered_total", nil, 1},
		{"techleader_teams_connector_calls_total", send, 2},
		{"techleader_teams_connector_errors_total", send, 1},
		{"techleader_teams_connector_retries_total", send, 1},
		{"techleader_teams_undelivered_replies_total", map[string]string{"op": "update"}, 1},
		{"techleader_slack_envelopes_received_total", msg, -1},
	} {
		if got := value(t, reg, tt.name, tt.labels); got != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.name, tt.labels, got, tt.want)
		}
	}
}

func TestLabelsBounded(t *testing.T) {
	m := observe.NewMetrics()
	for i := range 500 {
		m.Answered(fmt.Sprintf("article-%d", i))
		m.APICall(fmt.Sprintf("method.%d", i), nil)
	}
	m.Answered("")
	for _, name := range []string{"techleader_knowledge_answers_total", "techleader_slack_api_calls_total"} {
		if n := series(t, m.Registry(), name); n > 101 {
			t.Errorf("%s has %d series, want at most 101", name, n)
		}
	}
	if got := value(t, m.Registry(), "techleader_knowledge_answers_total", map[string]string{"article": "other"}); got != 401 {
		t.Errorf("answers{article=other} = %v, want 401", got)
	}
}

func TestRedisHookCountsErrorsButNotNil(t *testing.T) {
	m := observe.NewMetrics()
	mr := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{Addr: mr.Addr(), MaxRetries: -1})
	t.Cleanup(func() { _ = c.Close() })
	c.AddHook(m.RedisHook())
	ctx := t.Context()

	if err := c.Get(ctx, "missing").Err(); !errors.Is(err, redis.Nil) {
		t.Fatalf("GET missing: %v", err)
	}
	if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if err := c.LPush(ctx, "k", "x").Err(); err == nil {
		t.Fatal("LPUSH on a string succeeded")
	}
	pipe := c.Pipeline()
	pipe.Get(ctx, "missing")
	pipe.HGet(ctx, "k", "f") // WRONGTYPE
	_, _ = pipe.Exec(ctx)
	if got := value(t, m.Registry(), "techleader_redis_errors_total", map[string]string{"command": "get"}); got != -1 {
		t.Errorf("redis.Nil counted: get errors = %v", got)
	}
	if got := value(t, m.Registry(), "techleader_redis_errors_total", map[string]string{"command": "lpush"}); got != 1 {
		t.Errorf("lpush errors = %v, want 1", got)
	}
	if got := value(t, m.Registry(), "techleader_redis_errors_total", map[string]string{"command": "hget"}); got != 1 {
		t.Errorf("pipelined hget errors = %v, want 1", got)
	}
	mr.Close()
	_ = c.Ping(ctx).Err()
	if got := value(t, m.Registry(), "techleader_redis_errors_total", map[string]string{"command": "ping"}); got != 1 {
		t.Errorf("ping errors with Redis down = %v, want 1", got)
	}
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

func TestHandler(t *testing.T) {
	m := observe.NewMetrics()
	m.EnvelopeReceived("slash_commands")
	m.Throttled("events_api:message")
	var slackErr error
	h := observe.Handler(m.Registry(),
		observe.Check{Name: "slack", Func: func(context.Context) error { return slackErr }},
		observe.Check{Name: "redis", Func: func(context.Context) error { return nil }},
	)
	if code, body := get(t, h, "/healthz"); code != http.StatusOK || !strings.Contains(body, "ok") {
		t.Errorf("/healthz = %d %q", code, body)
	}
	if code, body := get(t, h, "/readyz"); code != http.StatusOK {
		t.Errorf("/readyz with passing checks = %d %q", code, body)
	}
	slackErr = errors.New("socket not connected\nsecond line")
	code, body := get(t, h, "/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: socket not connected") || strings.Contains(body, "redis") || strings.Contains(body, "second line") {
		t.Errorf("/readyz with a failing check = %d %q", code, body)
	}
	code, body = get(t, h, "/readyz?verbose")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: socket not connected\n") ||
		!strings.Contains(body, "redis: ok\n") || !strings.Contains(body, "not ready: slack") {
		t.Errorf("/readyz?verbose with a failing check = %d %q", code, body)
	}
	slackErr = nil
	if code, body := get(t, h, "/readyz?verbose"); code != http.StatusOK || body != "slack: ok\nredis: ok\nok\n" {
		t.Errorf("/readyz?verbose with passing checks = %d %q", code, body)
	}
	if code, body := get(t, h, "/readyz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/readyz = %d %q, want the plain ok", code, body)
	}
	slackErr = errors.New("")
	if code, body := get(t, h, "/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: failed") {
		t.Errorf("/readyz with a check failing without a message = %d %q", code, body)
	}
	code, body = get(t, h, "/metrics")
	if code != http.StatusOK || !strings.Contains(body, `techleader_slack_envelopes_received_total{kind="slash_commands"} 1`) ||
		!strings.Contains(body, `techleader_slack_throttled_messages_total{kind="events_api:message"} 1`) || !strings.Contains(body, "go_goroutines") {
		t.Errorf("/metrics = %d, body lacks the envelope or throttled counter or Go metrics:\n%.2000s", code, body)
	}
	if code, _ := get(t, h, "/nothing"); code != http.StatusNotFound {
		t.Errorf("/nothing = %d, want 404", code)
	}
}

// TestReadyChecksBoundedInTime: a check that never returns by itself is
// given a deadline at most 2 s after the request, and /readyz answers 503
// once it passes, not later: a stuck dependency cannot hold the probe.
func TestReadyChecksBoundedInTime(t *testing.T) {
	var (
		called, deadline time.Time
		hasDeadline      bool
		checkErr         error
	)
	h := observe.Handler(prometheus.NewRegistry(), observe.Check{Name: "stuck", Func: func(ctx context.Context) error {
		called = time.Now()
		deadline, hasDeadline = ctx.Deadline()
		<-ctx.Done()
		checkErr = ctx.Err()
		return checkErr
	}})
	// The request's own deadline only keeps a broken bound from hanging
	// the test: the check would then see this one, and fail the test.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, httptest.NewRequestWithContext(ctx, http.MethodGet, "/readyz", nil))
	elapsed := time.Since(start)
	code, body := rec.Code, rec.Body.String()
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "stuck") {
		t.Errorf("/readyz with a stuck check = %d %q", code, body)
	}
	bound := deadline.Sub(start)
	if left := deadline.Sub(called); !hasDeadline || left <= 0 || left > 2*time.Second {
		t.Fatalf("the check was called with %v left before its deadline (set: %v), want at most 2s", left, hasDeadline)
	}
	if !errors.Is(checkErr, context.DeadlineExceeded) {
		t.Errorf("the stuck check ended with %v, want its deadline", checkErr)
	}
	// Answered when the bound passed: not before, and not much later (the
	// margin only absorbs a loaded machine).
	if elapsed < bound || elapsed > bound+5*time.Second {
		t.Errorf("/readyz answered %v after the request; the checks' bound was %v", elapsed, bound)
	}
	t.Logf("a stuck check: bound %v, answered after %v", bound.Round(time.Millisecond), elapsed.Round(time.Millisecond))
}

// scripted is an Engine answering with fixed replies.
type scripted struct {
	bot.Engine
	replies []conversation.Reply
}

func (s scripted) Handle(context.Context, conversation.Key, conversation.Input) []conversation.Reply {
	return s.replies
}

func TestWrapEngineCountsFromReplies(t *testing.T) {
	q1 := &conversation.Question{ID: "q1", Step: 1, Round: 1}
	q2 := &conversation.Question{ID: "q2", Step: 2, Round: 1}
	tests := []struct {
		name                        string
		in                          conversation.Input
		replies                     []conversation.Reply
		articles, started, finished float64
	}{
		{"article answer", conversation.Text("what does a cio do"), []conversation.Reply{{Text: "…", ArticleID: "cio"}}, 1, 0, 0},
		{"start", conversation.Cmd(conversation.CommandStart), []conversation.Reply{{Text: "intro", Started: true}, {Question: q1}}, 0, 1, 0},
		{"typed start", conversation.Text("start the assessment"), []conversation.Reply{{Text: "intro", Started: true}, {Question: q1}}, 0, 1, 0},
		{"start over on question 5", conversation.Cmd(conversation.CommandRestart), []conversation.Reply{{Text: "Starting over", Started: true}, {Question: q1}}, 0, 1, 0},
		{"resume on question 1", conversation.Cmd(conversation.CommandStart), []conversation.Reply{{Text: "Let's pick up"}, {Question: q1}}, 0, 0, 0},
		{"typed back on question 1", conversation.Text("back"), []conversation.Reply{{Text: "This is the first question."}, {Question: q1}}, 0, 0, 0},
		{"unmapped text on question 1", conversation.Text("bananas"), []conversation.Reply{{Text: "Sorry"}, {Question: q1}}, 0, 0, 0},
		{"answer to question 1", conversation.Choice(1, "q1", "a"), []conversation.Reply{{Answered: &conversation.Answered{}}, {Question: q2}}, 0, 0, 0},
		{"back to question 1", conversation.Cmd(conversation.CommandBack), []conversation.Reply{{Text: "Going back"}, {Question: q1}}, 0, 0, 0},
		{"bad option on question 1", conversation.Choice(1, "q1", "zz"), []conversation.Reply{{Notice: "no"}, {Question: q1}}, 0, 0, 0},
		{"finished", conversation.Choice(1, "q6", "a"), []conversation.Reply{{Answered: &conversation.Answered{}}, {Recommendation: &conversation.Recommendation{Kind: conversation.RecommendVirtualCTO}}}, 0, 0, 1},
		{"greeting", conversation.Text("hi"), []conversation.Reply{{Text: "Hello"}}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := observe.NewMetrics()
			eng := observe.WrapEngine(scripted{replies: tt.replies}, m)
			got := eng.Handle(t.Context(), conversation.Key{}, tt.in)
			if len(got) != len(tt.replies) {
				t.Fatalf("replies changed: %d, want %d", len(got), len(tt.replies))
			}
			reg := m.Registry()
			if v := max(0, value(t, reg, "techleader_knowledge_answers_total", map[string]string{"article": "cio"})); v != tt.articles {
				t.Errorf("answers{cio} = %v, want %v", v, tt.articles)
			}
			if v := value(t, reg, "techleader_assessments_started_total", nil); v != tt.started {
				t.Errorf("started = %v, want %v", v, tt.started)
			}
			if v := max(0, value(t, reg, "techleader_assessments_completed_total", map[string]string{"kind": "virtual-cto"})); v != tt.finished {
				t.Errorf("completed{virtual-cto} = %v, want %v", v, tt.finished)
			}
		})
	}
}

// TestWrappedRealEngine runs a question, a decline and a whole assessment
// (with typed navigation and a resume on question 1) through the real
// engine and knowledge base.
func TestWrappedRealEngine(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	m := observe.NewMetrics()
	eng := observe.WrapEngine(conversation.New(observe.WrapAnswerer(kb, m), memstore.New(), conversation.Config{}, nil), m)
	key := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	ctx := t.Context()

	var article string
	for _, r := range eng.Handle(ctx, key, conversation.Text("What does a CIO do?")) {
		article = max(article, r.ArticleID)
	}
	if article == "" {
		t.Fatal("no article answer to a CIO question")
	}
	eng.Handle(ctx, key, conversation.Text("What is the best pizza topping in Naples?"))

	eng.Handle(ctx, key, conversation.Cmd(conversation.CommandStart))
	// Typed navigation and a resume on question 1 start nothing.
	eng.Handle(ctx, key, conversation.Text("back"))
	eng.Handle(ctx, key, conversation.Text("status"))
	replies := eng.Handle(ctx, key, conversation.Cmd(conversation.CommandStart))
	var kind conversation.RecommendationKind
	for range 50 {
		var q *conversation.Question
		for _, r := range replies {
			if r.Question != nil {
				q = r.Question
			}
			if r.Recommendation != nil {
				kind = r.Recommendation.Kind
			}
		}
		if q == nil {
			break
		}
		replies = eng.Handle(ctx, key, conversation.Choice(q.Round, q.ID, q.Options[0].Value))
	}
	if kind == "" {
		t.Fatal("the assessment did not end in a recommendation")
	}
	reg := m.Registry()
	if v := value(t, reg, "techleader_knowledge_answers_total", map[string]string{"article": article}); v != 1 {
		t.Errorf("answers{%s} = %v, want 1", article, v)
	}
	if v := value(t, reg, "techleader_knowledge_declines_total", nil); v != 1 {
		t.Errorf("declines = %v, want 1", v)
	}
	if v := value(t, reg, "techleader_assessments_started_total", nil); v != 1 {
		t.Errorf("started = %v, want 1", v)
	}
	if v := value(t, reg, "techleader_assessments_completed_total", map[string]string{"kind": string(kind)}); v != 1 {
		t.Errorf("completed{%s} = %v, want 1", kind, v)
	}
}
