package handoff_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/handoff"
)

// losingStore is a MemStore whose outbox is lost once, on the next
// NextCards after lose is set.
type losingStore struct {
	*handoff.MemStore
	lose atomic.Bool
}

func (s *losingStore) NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]handoff.CardJob, error) {
	if s.lose.Swap(false) {
		return nil, &handoff.OutboxLostError{Jobs: 3}
	}
	return s.MemStore.NextCards(ctx, consumer, idle, max)
}

// lossMetrics records HandoffOutboxLost.
type lossMetrics struct {
	outboxes, jobs atomic.Int64
}

func (*lossMetrics) HandoffOpened()               {}
func (*lossMetrics) HandoffClaimed(time.Duration) {}
func (*lossMetrics) HandoffClosed()               {}
func (m *lossMetrics) HandoffOutboxLost(jobs int) {
	m.outboxes.Add(1)
	m.jobs.Add(int64(jobs))
}

// TestOutboxLostIsReported: when the store says the outbox is gone, the
// service logs an error with the jobs lost and counts it, once, and goes
// on posting the cards of new requests.
func TestOutboxLostIsReported(t *testing.T) {
	store := &losingStore{MemStore: handoff.NewMemStore()}
	var logs bytes.Buffer
	m := &lossMetrics{}
	desk := handoff.NewMemDesk(testStyle, consultant)
	svc, err := handoff.NewService(handoff.Deps{
		Store: store, Desk: desk, Metrics: m,
		Log: slog.New(slog.NewJSONHandler(&logs, nil)),
	}, handoff.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store.lose.Store(true)
	svc.Tick(ctx)
	svc.Tick(ctx)
	if m.outboxes.Load() != 1 || m.jobs.Load() != 3 {
		t.Errorf("metrics: %d outboxes lost, %d jobs; want 1 and 3", m.outboxes.Load(), m.jobs.Load())
	}
	line := logs.String()
	if strings.Count(line, "handoff outbox lost") != 1 || !strings.Contains(line, `"level":"ERROR"`) || !strings.Contains(line, `"lost_jobs":3`) {
		t.Errorf("log = %s, want one error naming 3 lost jobs", line)
	}

	if _, err := svc.Open(ctx, handoff.Request{User: alice, Skipped: true}); err != nil {
		t.Fatal(err)
	}
	svc.Tick(ctx)
	if cards := desk.Cards(); len(cards) != 1 {
		t.Errorf("%d cards after the loss, want the new request's", len(cards))
	}
}
