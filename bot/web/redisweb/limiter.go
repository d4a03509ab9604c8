package redisweb

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/web"
)

// Limiter is a web.Limiter in Redis: the generic cell rate algorithm
// (GCRA) in one script on one key per bucket, so replicas share buckets
// and a burst of concurrent requests cannot overdraw one. The time comes
// from the caller's clock (in microseconds): replicas' clocks are
// expected to agree to within a few milliseconds, as NTP keeps them.
type Limiter struct {
	c redis.UniversalClient
	o options
}

var _ web.Limiter = (*Limiter)(nil)

// NewLimiter returns a Limiter keeping its buckets through c.
func NewLimiter(c redis.UniversalClient, opts ...Option) *Limiter {
	return &Limiter{c: c, o: build(opts)}
}

// gcra takes a token: KEYS[1] holds the bucket's theoretical arrival time
// (when it is full again), ARGV = now, interval (µs), burst. It returns
// {1, 0} when allowed, {0, µs to wait} when not. The key expires when the
// bucket is full again.
var gcra = redis.NewScript(`
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if tat < now then tat = now end
local nxt = tat + interval
local allow_at = nxt - burst * interval
if allow_at > now then
  return {0, string.format('%.0f', allow_at - now)}
end
redis.call('SET', KEYS[1], string.format('%.0f', nxt), 'PX', math.ceil((nxt - now) / 1000) + 1)
return {1, '0'}
`)

// Allow implements web.Limiter. A limit with no rate or no burst refuses
// nothing.
func (l *Limiter) Allow(ctx context.Context, key string, lim web.Limit) (bool, time.Duration, error) {
	if lim.Rate <= 0 || lim.Burst <= 0 {
		return true, 0, nil
	}
	now := l.o.now().UnixMicro()
	interval := max(lim.Interval().Microseconds(), 1)
	res, err := gcra.Run(ctx, l.c, []string{l.o.bucketKey(key)}, now, interval, lim.Burst).Slice()
	if err != nil {
		return false, 0, unavailable("rate limit", err)
	}
	if len(res) != 2 {
		return false, 0, unavailable("rate limit", redis.Nil)
	}
	allowed, _ := res[0].(int64)
	waitStr, _ := res[1].(string)
	wait, _ := strconv.ParseInt(waitStr, 10, 64)
	return allowed == 1, time.Duration(wait) * time.Microsecond, nil
}
