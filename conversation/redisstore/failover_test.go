package redisstore

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
)

// logWatch is a slog handler that passes each record's message to a
// channel, so a test can wait for what the client logs.
type logWatch struct {
	mu   sync.Mutex
	seen []string
	ch   chan string
}

func newLogWatch() *logWatch { return &logWatch{ch: make(chan string, 100)} }

func (w *logWatch) Enabled(context.Context, slog.Level) bool { return true }
func (w *logWatch) WithAttrs([]slog.Attr) slog.Handler       { return w }
func (w *logWatch) WithGroup(string) slog.Handler            { return w }
func (w *logWatch) Handle(_ context.Context, r slog.Record) error {
	w.mu.Lock()
	w.seen = append(w.seen, r.Message)
	w.mu.Unlock()
	select {
	case w.ch <- r.Message:
	default:
	}
	return nil
}

// waitFor waits for a logged message starting with prefix.
func (w *logWatch) waitFor(t *testing.T, prefix string) {
	t.Helper()
	guard := time.After(30 * time.Second) // hang guard only
	for {
		select {
		case m := <-w.ch:
			if len(m) >= len(prefix) && m[:len(prefix)] == prefix {
				return
			}
		case <-guard:
			t.Fatalf("no log %q; logged %q", prefix, w.messages())
		}
	}
}

func (w *logWatch) messages() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.seen...)
}

// failoverClient is NewClient's client for m with failoverMax, logging to
// a logWatch, with attempts counting what reaches go-redis.
func failoverClient(t *testing.T, m *miniredis.Miniredis, failoverMax time.Duration) (redis.UniversalClient, *logWatch, *roundTrips) {
	t.Helper()
	w := newLogWatch()
	c, err := NewClient(Config{URL: "redis://" + m.Addr() + "/0", FailoverMax: failoverMax}, WithClientLogger(slog.New(w)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	attempts := &roundTrips{}
	c.AddHook(attempts) // inside the retry hook: counts each attempt
	return c, w, attempts
}

// TestClientRidesOutAnOutage stops Redis while a turn's save is under
// way: the save keeps retrying and succeeds once Redis is back within
// REDIS_FAILOVER_MAX; the client logs the outage and its end.
func TestClientRidesOutAnOutage(t *testing.T) {
	m := miniredis.RunT(t)
	c, w, _ := failoverClient(t, m, time.Minute)
	s := New(c, WithPrefix("p"))
	ctx := context.Background()
	v, err := s.Save(ctx, alice, []byte("one"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	done := make(chan error, 1)
	go func() {
		_, err := s.Save(ctx, alice, []byte("two"), v, time.Hour)
		done <- err
	}()
	w.waitFor(t, "redis unreachable; retrying")
	if err := m.Restart(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("save across the outage: %v", err)
	}
	w.waitFor(t, "redis answers again")
	if data, _, err := s.Load(ctx, alice); err != nil || string(data) != "two" {
		t.Errorf("after the outage: %q, %v; want the save made during it", data, err)
	}
}

// TestClientGivesUpThenFailsFast keeps Redis down past REDIS_FAILOVER_MAX:
// the first command retries and then fails with ErrUnavailable, the next
// ones are tried once, and once Redis answers again an outage is retried
// again.
func TestClientGivesUpThenFailsFast(t *testing.T) {
	m := miniredis.RunT(t)
	c, w, attempts := failoverClient(t, m, 300*time.Millisecond)
	s := New(c, WithPrefix("p"))
	ctx := context.Background()
	m.Close()

	_, _, err := s.Load(ctx, alice)
	if !errors.Is(err, conversation.ErrUnavailable) {
		t.Fatalf("Load with Redis down: %v, want ErrUnavailable", err)
	}
	if n := attempts.n.Load(); n < 2 {
		t.Errorf("the first command was tried %d times, want retries", n)
	}
	w.waitFor(t, "redis still unreachable")

	for range 3 {
		before := attempts.n.Load()
		if _, err := s.Claim(ctx, "Ev1", time.Minute); !errors.Is(err, conversation.ErrUnavailable) {
			t.Fatalf("Claim with Redis down: %v, want ErrUnavailable", err)
		}
		// Claim is a script: EVALSHA, and EVAL after NOSCRIPT, never more.
		if n := attempts.n.Load() - before; n != 1 {
			t.Errorf("a command while down was tried %d times, want once", n)
		}
	}

	if err := m.Restart(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Load(ctx, alice); err != nil {
		t.Fatalf("Load with Redis back: %v", err)
	}
	w.waitFor(t, "redis answers again")
	m.Close()
	before := attempts.n.Load()
	if _, _, err := s.Load(ctx, alice); !errors.Is(err, conversation.ErrUnavailable) {
		t.Fatalf("Load in a second outage: %v, want ErrUnavailable", err)
	}
	if n := attempts.n.Load() - before; n < 2 {
		t.Errorf("a second outage's first command was tried %d times, want retries", n)
	}
}

// TestClientRetryEndsWithContext cancels a command while it retries: it
// returns then, with an error that is not ErrUnavailable (the caller gave
// up, the store did not fail).
func TestClientRetryEndsWithContext(t *testing.T) {
	m := miniredis.RunT(t)
	c, w, _ := failoverClient(t, m, time.Hour)
	s := New(c, WithPrefix("p"))
	m.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, _, err := s.Load(ctx, alice)
		done <- err
	}()
	w.waitFor(t, "redis unreachable; retrying")
	cancel()
	if err := <-done; err == nil {
		t.Fatal("Load returned no error with Redis down")
	}
}

// TestWritesSurviveARepeat repeats writes as the client does when a reply
// is lost: the repeat reads as the success it was.
func TestWritesSurviveARepeat(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()

	keys := []string{s.convKey(alice), s.indexKey(alice)}
	v, err := saveScript.Run(ctx, s.client, keys, 0, "data", 60000, "tok-a").Int64()
	if err != nil || v != 1 {
		t.Fatalf("save: %d, %v", v, err)
	}
	if v, err := saveScript.Run(ctx, s.client, keys, 0, "data", 60000, "tok-a").Int64(); err != nil || v != 1 {
		t.Errorf("the same save repeated: %d, %v; want version 1 again", v, err)
	}
	// Another turn saving the same data at the same version (a double
	// click) still conflicts: only one of them may reply.
	if _, err := s.Save(ctx, alice, []byte("data"), 0, time.Hour); !errors.Is(err, conversation.ErrConflict) {
		t.Errorf("an equal save by another call at the old version: %v, want ErrConflict", err)
	}

	claim := []string{s.claimKey("Ev1")}
	for i, tt := range []struct {
		token string
		want  int
	}{{"tok-a", 1}, {"tok-a", 1}, {"tok-b", 0}} {
		if n, err := dedupeScript.Run(ctx, s.client, claim, tt.token, 60000).Int(); err != nil || n != tt.want {
			t.Errorf("claim %d with %s = %d, %v; want %d", i, tt.token, n, err, tt.want)
		}
	}
	if first, err := s.Claim(ctx, "Ev1", time.Minute); err != nil || first {
		t.Errorf("Claim of a claimed id = %v, %v; want false", first, err)
	}

	hs := NewHandoffStore(s.client, s.prefix, time.Hour)
	h := handofftest.New(alice, time.Now())
	if err := hs.Create(ctx, h, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := hs.Create(ctx, h, time.Hour); err != nil {
		t.Errorf("the same Create repeated: %v, want success", err)
	}
	if err := hs.Create(ctx, handofftest.New(alice, time.Now()), time.Hour); !errors.Is(err, handoff.ErrActive) {
		t.Errorf("another Create for the user: %v, want ErrActive", err)
	}
	jobs, err := hs.NextCards(ctx, "c1", time.Minute, 10)
	if err != nil || len(jobs) != 1 {
		t.Errorf("card jobs after a repeated Create: %v, %v; want one", jobs, err)
	}
}
