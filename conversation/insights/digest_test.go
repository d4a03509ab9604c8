package insights_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
)

func TestMemoryClaimsContract(t *testing.T) {
	insightstest.RunClaims(t, func(t *testing.T) (insights.Claims, func(*testing.T, string)) {
		clock := insightstest.NewClock(insightstest.Start)
		m := insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), clock.Now))
		return m, func(*testing.T, string) { clock.Advance(insightstest.ClaimsLease + time.Second) }
	})
}

// poster records the digests posted; fail, when set, answers a post
// instead (and is cleared).
type poster struct {
	mu    sync.Mutex
	posts []insights.Report
	ids   []string
	tries int
	fail  error
}

func (p *poster) PostDigest(_ context.Context, id string, r insights.Report) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tries++
	p.ids = append(p.ids, id)
	if err := p.fail; err != nil {
		p.fail = nil
		return err
	}
	p.posts = append(p.posts, r)
	return nil
}

// digestRig is three replicas' digests on one memory store, on one clock
// that starts on Monday 2026-03-16 09:00:30 UTC, just after the default
// schedule.
type digestRig struct {
	clock    *insightstest.Clock
	store    *insights.Memory
	poster   *poster
	replicas []*insights.Digest
}

func newDigestRig(t *testing.T) *digestRig {
	clock := insightstest.NewClock(time.Date(2026, 3, 16, 9, 0, 30, 0, time.UTC))
	cfg := insights.DefaultConfig()
	policy := insights.NewPolicy(cfg, clock.Now)
	r := &digestRig{clock: clock, store: insights.NewMemory(policy), poster: &poster{}}
	for i := range 3 {
		r.replicas = append(r.replicas, &insights.Digest{
			Schedule: cfg.Digest, Policy: policy, Reader: r.store, Claims: r.store, Poster: r.poster, Holder: fmt.Sprint("replica-", i),
		})
	}
	return r
}

func (r *digestRig) tickAll(t *testing.T) []time.Duration {
	var waits []time.Duration
	for _, d := range r.replicas {
		waits = append(waits, d.Tick(t.Context()))
	}
	return waits
}

func TestDigestPostedOnceAcrossReplicas(t *testing.T) {
	r := newDigestRig(t)
	user := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	last := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC) // Sunday: in the digest's week
	for _, e := range []insights.Event{insights.AssessmentStarted(), insights.AssessmentCompleted("cto")} {
		e.At = last
		if err := r.store.Record(t.Context(), user, e); err != nil {
			t.Fatal(err)
		}
	}
	waits := r.tickAll(t)
	r.tickAll(t) // again: nothing more
	if len(r.poster.posts) != 1 {
		t.Fatalf("%d digests posted by three replicas, want 1", len(r.poster.posts))
	}
	rep := r.poster.posts[0]
	if r.poster.ids[0] != "digest:2026-03-16" {
		t.Errorf("digest id %q, want digest:2026-03-16", r.poster.ids[0])
	}
	if rep.Period.First != "2026-03-09" || rep.Period.Last != "2026-03-15" || rep.Assessments.Completed != 1 {
		t.Errorf("digest of %s..%s with %d completed, want the week 2026-03-09..15 with 1", rep.Period.First, rep.Period.Last, rep.Assessments.Completed)
	}
	week := 7*24*time.Hour - 30*time.Second
	if !slices.Equal(waits, []time.Duration{week, week, week}) {
		t.Errorf("waits %v, want each until next Monday 09:00 (%v)", waits, week)
	}
}

func TestDigestRetriedAfterFailedPost(t *testing.T) {
	r := newDigestRig(t)
	r.poster.fail = errors.New("channel_not_found")
	if w := r.replicas[0].Tick(t.Context()); w != insights.DigestRetry {
		t.Fatalf("after a failed post: wait %v, want the retry %v", w, insights.DigestRetry)
	}
	r.clock.Advance(insights.DigestRetry)
	r.tickAll(t)
	if len(r.poster.posts) != 1 || r.poster.tries != 2 {
		t.Fatalf("%d posted in %d tries, want 1 in 2", len(r.poster.posts), r.poster.tries)
	}
}

func TestDigestMaybePostedNotRetried(t *testing.T) {
	r := newDigestRig(t)
	r.poster.fail = fmt.Errorf("post: %w: read tcp: connection reset", insights.ErrMaybePosted)
	r.tickAll(t)
	r.clock.Advance(insights.DigestRetry)
	r.tickAll(t)
	if r.poster.tries != 1 {
		t.Fatalf("%d tries after a post that may have gone through, want 1 (at most once)", r.poster.tries)
	}
}

func TestDigestTakenOverFromCrashedReplica(t *testing.T) {
	r := newDigestRig(t)
	id := insights.DigestID(time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC), time.UTC)
	if st, err := r.store.Claim(t.Context(), id, "crashed", 5*time.Minute); err != nil || st != insights.Claimed {
		t.Fatalf("claim: %v %v", st, err)
	}
	if w := r.replicas[1].Tick(t.Context()); w != insights.DigestRetry || r.poster.tries != 0 {
		t.Fatalf("while held: wait %v, %d tries; want a retry and none", w, r.poster.tries)
	}
	r.clock.Advance(6 * time.Minute) // the crashed replica's lease ran out
	r.tickAll(t)
	if len(r.poster.posts) != 1 {
		t.Fatalf("%d posted after the takeover, want 1", len(r.poster.posts))
	}
}

func TestDigestDueOnlyInItsWindow(t *testing.T) {
	r := newDigestRig(t)
	r.clock.Advance(insights.DigestCatchUp + time.Minute) // Tuesday 09:01: too late for Monday's
	waits := r.tickAll(t)
	if r.poster.tries != 0 {
		t.Fatalf("%d posts a day late", r.poster.tries)
	}
	if want := 6*24*time.Hour - 90*time.Second; waits[0] != want {
		t.Errorf("wait %v, want %v until next Monday", waits[0], want)
	}
	off := &insights.Digest{Schedule: insights.Schedule{}, Poster: r.poster}
	done := make(chan struct{})
	go func() { off.Run(context.Background()); close(done) }()
	<-done // returns at once when off
}
