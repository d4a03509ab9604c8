package redisstore

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/handoff"
)

// The handoff store's outbox of cards to post (a Stream with a consumer
// group) and its reminder schedule.

func (s *HandoffStore) ensureGroup(ctx context.Context) error {
	if s.groupOK.Load() {
		return nil
	}
	err := s.client.XGroupCreateMkStream(ctx, s.outboxKey(), outboxGroup, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return wrap("create outbox group", err)
	}
	s.groupOK.Store(true)
	return nil
}

// NextCards implements handoff.Store: XAUTOCLAIM of entries idle past idle
// (with XLEN, counting the unfinished jobs, in the same round trip), then
// XREADGROUP of new ones (no blocking; with XLEN again). A group this store created or
// found before and now missing (NOGROUP) means Redis lost the outbox: the
// error is a *handoff.OutboxLostError with the jobs last counted.
func (s *HandoffStore) NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]handoff.CardJob, error) {
	if err := s.ensureGroup(ctx); err != nil {
		return nil, err
	}
	var out []handoff.CardJob
	add := func(ms []redis.XMessage) {
		for _, m := range ms {
			if id, ok := m.Values["h"].(string); ok {
				out = append(out, handoff.CardJob{ID: m.ID, HandoffID: id})
			}
		}
	}
	var claim *redis.XAutoClaimCmd
	var length *redis.IntCmd
	// Each command keeps its own error: the pipeline's is the first of them.
	_, _ = s.client.Pipelined(ctx, func(p redis.Pipeliner) error {
		claim = p.XAutoClaim(ctx, &redis.XAutoClaimArgs{
			Stream: s.outboxKey(), Group: outboxGroup, Consumer: consumer, MinIdle: idle, Start: "0", Count: int64(max),
		})
		length = p.XLen(ctx, s.outboxKey())
		return nil
	})
	stale, _, err := claim.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		if strings.HasPrefix(err.Error(), "NOGROUP") {
			s.groupOK.Store(false)
			return nil, &handoff.OutboxLostError{Jobs: int(s.outboxJobs.Swap(0))}
		}
		return nil, wrap("take over card jobs", err)
	}
	if n, err := length.Result(); err == nil {
		s.outboxJobs.Store(n)
	}
	add(stale)
	if len(out) >= max {
		return out, nil
	}
	// Counted again after the read: a request created since the count
	// above may be among the jobs read, and a count from before it,
	// stored after Create's, would leave it out.
	var read *redis.XStreamSliceCmd
	_, _ = s.client.Pipelined(ctx, func(p redis.Pipeliner) error {
		read = p.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: outboxGroup, Consumer: consumer, Streams: []string{s.outboxKey(), ">"}, Count: int64(max - len(out)), Block: -1,
		})
		length = p.XLen(ctx, s.outboxKey())
		return nil
	})
	streams, err := read.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return out, wrap("read card jobs", err)
	}
	if n, err := length.Result(); err == nil {
		s.outboxJobs.Store(n)
	}
	for _, st := range streams {
		add(st.Messages)
	}
	return out, nil
}

// AckCard implements handoff.Store; the entry is deleted too, so the
// stream only holds unfinished jobs.
func (s *HandoffStore) AckCard(ctx context.Context, jobID string) error {
	var length *redis.IntCmd
	_, err := s.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.XAck(ctx, s.outboxKey(), outboxGroup, jobID)
		p.XDel(ctx, s.outboxKey(), jobID)
		length = p.XLen(ctx, s.outboxKey())
		return nil
	})
	if err != nil {
		return wrap("ack card job "+jobID, err)
	}
	s.outboxJobs.Store(length.Val())
	return nil
}

// reminderScript claims one due reminder: KEYS due, rec; ARGV id, now ms,
// next ms, limit. The entry must still be due (another replica may have
// fired and rescheduled it since it was read) and is removed by whoever
// gets here first. A handoff whose card is not posted yet is only
// rescheduled. Returns the reminder's number, or 0.
var reminderScript = redis.NewScript(`
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not at or tonumber(at) > tonumber(ARGV[2]) then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('HGET', KEYS[2], 'state') ~= 'open' then return 0 end
local card = redis.call('HGET', KEYS[2], 'cts')
if not card or card == '' then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  return 0
end
local n = redis.call('HINCRBY', KEYS[2], 'rem', 1)
local limit = tonumber(ARGV[4])
if n > limit then return 0 end
if n < limit then redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1]) end
return n
`)

// DueReminders implements handoff.Store.
func (s *HandoffStore) DueReminders(ctx context.Context, now time.Time, every time.Duration, limit, max int) ([]handoff.Reminder, error) {
	ids, err := s.client.ZRangeByScore(ctx, s.dueKey(), &redis.ZRangeBy{Min: "-inf", Max: strconv.FormatInt(ms(now), 10), Count: int64(max)}).Result()
	if err != nil {
		return nil, wrap("due reminders", err)
	}
	var out []handoff.Reminder
	for _, id := range ids {
		n, err := reminderScript.Run(ctx, s.client, []string{s.dueKey(), s.recKey(id)}, id, ms(now), ms(now.Add(every)), limit).Int()
		if err != nil {
			return out, wrap("claim reminder of "+id, err)
		}
		if n > 0 {
			out = append(out, handoff.Reminder{HandoffID: id, N: n})
		}
	}
	return out, nil
}
