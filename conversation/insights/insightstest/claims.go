package insightstest

import (
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/insights"
)

// ClaimsLease is the lease RunClaims claims with.
const ClaimsLease = time.Minute

// NewClaims makes fresh Claims and a function that makes the lease of job
// id run out at once (after checking, where it can, that the lease was
// set to at most ClaimsLease).
type NewClaims func(t *testing.T) (c insights.Claims, lapse func(t *testing.T, id string))

// RunClaims checks the insights.Claims contract against Claims made by
// newClaims; each subtest gets fresh ones.
func RunClaims(t *testing.T, newClaims NewClaims) {
	cases := []struct {
		name string
		f    func(t *testing.T, c insights.Claims, lapse func(*testing.T, string))
	}{
		{"OneHolderAtATime", testClaimHeld},
		{"ReleaseByHolderOnly", testClaimRelease},
		{"FinishedIsDoneForAll", testClaimFinish},
		{"LapsedLeaseTakenOver", testClaimLapse},
		{"ConcurrentClaimsOneWins", testClaimConcurrent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, lapse := newClaims(t)
			tc.f(t, c, lapse)
		})
	}
}

func claimIs(t *testing.T, c insights.Claims, id, holder string, want insights.ClaimState) {
	t.Helper()
	got, err := c.Claim(t.Context(), id, holder, ClaimsLease)
	if err != nil {
		t.Fatalf("Claim(%s, %s): %v", id, holder, err)
	}
	if got != want {
		t.Fatalf("Claim(%s, %s) = %s, want %s", id, holder, got, want)
	}
}

func testClaimHeld(t *testing.T, c insights.Claims, _ func(*testing.T, string)) {
	claimIs(t, c, "digest:2026-03-09", "a", insights.Claimed)
	claimIs(t, c, "digest:2026-03-09", "b", insights.Held)
	claimIs(t, c, "digest:2026-03-09", "a", insights.Claimed) // renewed
	claimIs(t, c, "digest:2026-03-16", "b", insights.Claimed) // another job
}

func testClaimRelease(t *testing.T, c insights.Claims, _ func(*testing.T, string)) {
	const id = "digest:2026-03-09"
	claimIs(t, c, id, "a", insights.Claimed)
	if err := c.Release(t.Context(), id, "b"); err != nil {
		t.Fatal(err)
	}
	claimIs(t, c, id, "b", insights.Held)
	if err := c.Release(t.Context(), id, "a"); err != nil {
		t.Fatal(err)
	}
	claimIs(t, c, id, "b", insights.Claimed)
}

func testClaimFinish(t *testing.T, c insights.Claims, _ func(*testing.T, string)) {
	const id = "digest:2026-03-09"
	claimIs(t, c, id, "a", insights.Claimed)
	if err := c.Finish(t.Context(), id, "b", time.Hour); err != nil { // not b's
		t.Fatal(err)
	}
	claimIs(t, c, id, "c", insights.Held)
	if err := c.Finish(t.Context(), id, "a", time.Hour); err != nil {
		t.Fatal(err)
	}
	claimIs(t, c, id, "b", insights.Done)
	claimIs(t, c, id, "a", insights.Done)
	if err := c.Release(t.Context(), id, "a"); err != nil {
		t.Fatal(err)
	}
	claimIs(t, c, id, "b", insights.Done)
}

func testClaimLapse(t *testing.T, c insights.Claims, lapse func(*testing.T, string)) {
	const id = "digest:2026-03-09"
	claimIs(t, c, id, "a", insights.Claimed)
	lapse(t, id) // a crashed
	claimIs(t, c, id, "b", insights.Claimed)
	if err := c.Finish(t.Context(), id, "a", time.Hour); err != nil { // a, late: b holds it now
		t.Fatal(err)
	}
	claimIs(t, c, id, "c", insights.Held)
}

func testClaimConcurrent(t *testing.T, c insights.Claims, _ func(*testing.T, string)) {
	const n = 12
	var wg sync.WaitGroup
	states := make([]insights.ClaimState, n)
	for i := range n {
		wg.Go(func() {
			st, err := c.Claim(t.Context(), "digest:2026-03-09", string(rune('a'+i)), ClaimsLease)
			if err != nil {
				t.Error(err)
			}
			states[i] = st
		})
	}
	wg.Wait()
	claimed := 0
	for _, st := range states {
		if st == insights.Claimed {
			claimed++
		}
	}
	if claimed != 1 {
		t.Fatalf("%d of %d concurrent claims succeeded, want 1: %v", claimed, n, states)
	}
}
