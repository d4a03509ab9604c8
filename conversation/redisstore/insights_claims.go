package redisstore

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/insights"
)

// The insights store's Claims (the weekly digest, once across replicas):
// one key per job, <prefix>:{ins}:job:<id>, holding its holder's name for
// the lease (PX), then jobDone for the time it is kept. Each operation is
// one script on that one key.

var _ insights.Claims = (*InsightsStore)(nil)

const jobDone = "\x00done" // no holder's name starts with NUL

func (s *InsightsStore) jobKey(id string) string { return s.prefix + "job:" + escape(id) }

// jobClaimScript: KEYS job; ARGV holder, lease ms, done. Returns 1 claimed,
// 2 held, 3 done.
var jobClaimScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v == ARGV[3] then return 3 end
if v and v ~= ARGV[1] then return 2 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`)

// Claim implements insights.Claims; the lease runs on the server's clock.
// Errors wrap conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Claim(ctx context.Context, id, holder string, lease time.Duration) (insights.ClaimState, error) {
	if holder == "" || holder == jobDone {
		return 0, fmt.Errorf("%w: holder %q", insights.ErrInvalid, holder)
	}
	n, err := jobClaimScript.Run(ctx, s.client, []string{s.jobKey(id)}, holder, max(1, lease.Milliseconds()), jobDone).Int()
	if err != nil {
		return 0, wrap("claim "+id, err)
	}
	return insights.ClaimState(n), nil
}

// jobFinishScript: KEYS job; ARGV holder, keep ms, done. Marks the job done
// unless another holder has it.
var jobFinishScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v and v ~= ARGV[1] and v ~= ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
return 1
`)

// Finish implements insights.Claims. Errors wrap
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Finish(ctx context.Context, id, holder string, keep time.Duration) error {
	if err := jobFinishScript.Run(ctx, s.client, []string{s.jobKey(id)}, holder, max(1, keep.Milliseconds()), jobDone).Err(); err != nil {
		return wrap("finish "+id, err)
	}
	return nil
}

// jobReleaseScript: KEYS job; ARGV holder. Deletes the job if holder holds it.
var jobReleaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`)

// Release implements insights.Claims. Errors wrap
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Release(ctx context.Context, id, holder string) error {
	if err := jobReleaseScript.Run(ctx, s.client, []string{s.jobKey(id)}, holder).Err(); err != nil {
		return wrap("release "+id, err)
	}
	return nil
}
