package insights

import (
	"context"
	"sync"
	"time"
)

// ClaimState is where a one-off job stands for a would-be holder.
type ClaimState int

const (
	// Claimed: the caller holds the job (taken now, or still held by it).
	Claimed ClaimState = iota + 1
	// Held: another holder has it, for its lease.
	Held
	// Done: the job was finished; nobody runs it again.
	Done
)

func (s ClaimState) String() string {
	switch s {
	case Claimed:
		return "claimed"
	case Held:
		return "held"
	case Done:
		return "done"
	}
	return "unknown"
}

// Claims let replicas agree that a one-off job (the weekly digest of a
// week) runs once: a holder claims it for a lease, then finishes it, or
// releases it for another to try again; a lease that runs out (its holder
// crashed) frees the job. Implementations are safe for concurrent use by
// several processes sharing one backend.
type Claims interface {
	// Claim takes job id for holder until lease from now, unless another
	// holder has it (Held) or it is finished (Done). A holder claiming a
	// job it holds renews its lease.
	Claim(ctx context.Context, id, holder string, lease time.Duration) (ClaimState, error)
	// Finish marks job id done, remembered for keep, unless another holder
	// took it since (the caller's lease ran out): then it does nothing.
	Finish(ctx context.Context, id, holder string, keep time.Duration) error
	// Release frees job id if holder holds it.
	Release(ctx context.Context, id, holder string) error
}

// claimsMemory is the in-memory Claims of a Memory store.
type claimsMemory struct {
	mu   sync.Mutex
	jobs map[string]memJob
}

type memJob struct {
	holder  string // "" once done
	expires time.Time
}

var _ Claims = (*Memory)(nil)

// Claim implements Claims on the policy's clock.
func (m *Memory) Claim(_ context.Context, id, holder string, lease time.Duration) (ClaimState, error) {
	now := m.policy.Now()
	c := &m.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.jobs == nil {
		c.jobs = map[string]memJob{}
	}
	for k, j := range c.jobs { // few jobs: one a week
		if !j.expires.After(now) {
			delete(c.jobs, k)
		}
	}
	j, ok := c.jobs[id]
	switch {
	case ok && j.holder == "":
		return Done, nil
	case ok && j.holder != holder:
		return Held, nil
	}
	c.jobs[id] = memJob{holder: holder, expires: now.Add(lease)}
	return Claimed, nil
}

// Finish implements Claims.
func (m *Memory) Finish(_ context.Context, id, holder string, keep time.Duration) error {
	c := &m.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if j, ok := c.jobs[id]; ok && j.holder != holder && j.holder != "" && j.expires.After(m.policy.Now()) {
		return nil
	}
	if c.jobs == nil {
		c.jobs = map[string]memJob{}
	}
	c.jobs[id] = memJob{expires: m.policy.Now().Add(keep)}
	return nil
}

// Release implements Claims.
func (m *Memory) Release(_ context.Context, id, holder string) error {
	c := &m.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if j, ok := c.jobs[id]; ok && j.holder == holder {
		delete(c.jobs, id)
	}
	return nil
}
