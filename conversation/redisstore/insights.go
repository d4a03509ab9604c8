package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// InsightsStore is an insights.Store on Redis. Every key shares the hash tag
// {ins}, so all of it lives in one Redis Cluster slot: an event is one
// atomic script, and distinct users over a period are one PFCOUNT of the
// days' HyperLogLogs (a multi-key PFCOUNT needs one slot).
//
//	<prefix>:{ins}:d:<day>   hash: counters (insights.CounterFields) -> count
//	<prefix>:{ins}:u:<day>   HyperLogLog of user references (hashes, not ids)
//	<prefix>:{ins}:w:<day>   list: time-to-claim seconds, newest first, capped
//	<prefix>:{ins}:t:<day>   hash: text id -> question JSON (no user reference), capped
//	<prefix>:{ins}:x:<day>   hash: user reference -> "id,id,..." of their texts that day, for Forget
//	<prefix>:{ins}:f         sorted set: user reference -> when they last said forget (ms), for insights.ForgetWindow
//
// The figures of a day expire at the end of the day plus the retention,
// its texts and their index after the text retention. A day costs a few
// KB however many users it had: the HyperLogLog is at most 12 KB, the
// counters hash holds one field per kind, article, outcome, step and
// score, the samples and the texts are capped (and so is the index, which
// has no more entries than texts). The data is small, so one
// slot is no hot spot. Safe for concurrent use by any number of processes.
type InsightsStore struct {
	client redis.UniversalClient
	prefix string
	policy insights.Policy
}

var _ insights.Store = (*InsightsStore)(nil)

// NewInsightsStore returns an InsightsStore on client applying policy; keys
// start with prefix ("" for DefaultPrefix). The store does not own the
// client.
func NewInsightsStore(client redis.UniversalClient, prefix string, policy insights.Policy) *InsightsStore {
	return &InsightsStore{client: client, prefix: KeyPrefix(prefix) + ":{ins}:", policy: policy}
}

func (s *InsightsStore) countsKey(d insights.Day) string { return s.prefix + "d:" + string(d) }
func (s *InsightsStore) usersKey(d insights.Day) string  { return s.prefix + "u:" + string(d) }
func (s *InsightsStore) waitsKey(d insights.Day) string  { return s.prefix + "w:" + string(d) }
func (s *InsightsStore) textsKey(d insights.Day) string  { return s.prefix + "t:" + string(d) }
func (s *InsightsStore) indexKey(d insights.Day) string  { return s.prefix + "x:" + string(d) }
func (s *InsightsStore) forgotKey() string               { return s.prefix + "f" }

// writeScript adds a batch of events. KEYS: for each day of the batch, its
// counters, users, waits, texts and text index, then last the forgotten
// users' set. ARGV[1] wait cap, [2] text cap, then per event: [+0] its
// day's 1-based place in KEYS (in fives), [+1] ttl ms of the figures, [+2]
// user reference, [+3] wait seconds ("" none), [+4] text id ("" none), [+5]
// text, [+6] text ttl ms, [+7] when it was asked (ms), [+8] the number n
// of counter fields, [+9..+8+n] the fields. A text asked before its user's
// last Forget is not kept. It returns how many texts were kept.
var writeScript = redis.NewScript(`
local wcap, tcap = tonumber(ARGV[1]), tonumber(ARGV[2])
local forgot = KEYS[#KEYS]
local kept, i = 0, 3
while i <= #ARGV do
  local k = (tonumber(ARGV[i]) - 1) * 5
  local ttl, user, nf = tonumber(ARGV[i + 1]), ARGV[i + 2], tonumber(ARGV[i + 8])
  for j = i + 9, i + 8 + nf do redis.call('HINCRBY', KEYS[k + 1], ARGV[j], 1) end
  redis.call('PEXPIRE', KEYS[k + 1], ttl)
  redis.call('PFADD', KEYS[k + 2], user)
  redis.call('PEXPIRE', KEYS[k + 2], ttl)
  if ARGV[i + 3] ~= '' then
    redis.call('LPUSH', KEYS[k + 3], ARGV[i + 3])
    redis.call('LTRIM', KEYS[k + 3], 0, wcap - 1)
    redis.call('PEXPIRE', KEYS[k + 3], ttl)
  end
  local id = ARGV[i + 4]
  if id ~= '' then
    local f = redis.call('ZSCORE', forgot, user)
    if f and tonumber(f) >= tonumber(ARGV[i + 7]) then id = '' end
  end
  if id ~= '' and redis.call('HLEN', KEYS[k + 4]) < tcap then
    local tttl = tonumber(ARGV[i + 6])
    redis.call('HSET', KEYS[k + 4], id, ARGV[i + 5])
    redis.call('PEXPIRE', KEYS[k + 4], tttl)
    local ids = redis.call('HGET', KEYS[k + 5], user)
    if ids then ids = ids .. ',' .. id else ids = id end
    redis.call('HSET', KEYS[k + 5], user, ids)
    redis.call('PEXPIRE', KEYS[k + 5], tttl)
    kept = kept + 1
  end
  i = i + 9 + nf
end
return kept
`)

var _ insights.EntryWriter = (*InsightsStore)(nil)

// Record adds e to its day in one round trip. Errors wrap
// insights.ErrInvalid for a bad event or key and
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Record(ctx context.Context, user conversation.Key, e insights.Event) error {
	en, ok, err := s.policy.Prepare(user, e)
	if err != nil || !ok {
		return err
	}
	if err := s.WriteEntries(ctx, []insights.Entry{en}); err != nil {
		return fmt.Errorf("record %s event: %w", e.Kind, err)
	}
	return nil
}

// WriteEntries adds prepared entries to their days in one round trip: one
// atomic script, so a batch is written whole or not at all. Errors wrap
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) WriteEntries(ctx context.Context, entries []insights.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	now := s.policy.Now()
	var keys []string
	place := map[insights.Day]int{}
	args := make([]any, 0, 2+10*len(entries))
	args = append(args, insights.MaxWaitsPerDay, insights.MaxTextsPerDay)
	for _, en := range entries {
		p, ok := place[en.Day]
		if !ok {
			keys = append(keys, s.countsKey(en.Day), s.usersKey(en.Day), s.waitsKey(en.Day), s.textsKey(en.Day), s.indexKey(en.Day))
			p = len(keys) / 5
			place[en.Day] = p
		}
		wait, textID, text, textTTL, asked := "", "", "", int64(0), int64(0)
		if en.Wait >= 0 {
			wait = strconv.FormatInt(en.Wait, 10)
		}
		if t := en.Text; t != nil {
			textID, text, textTTL, asked = t.ID, t.Payload, ttlMillis(t.Expires, now), t.Asked.UnixMilli()
		}
		args = append(args, p, ttlMillis(en.Expires, now), en.User, wait, textID, text, textTTL, asked, len(en.Fields))
		for _, f := range en.Fields {
			args = append(args, f)
		}
	}
	keys = append(keys, s.forgotKey())
	if err := writeScript.Run(ctx, s.client, keys, args...).Err(); err != nil {
		return wrap(fmt.Sprintf("write %d insights events", len(entries)), err)
	}
	return nil
}

// ttlMillis is the time from now to at in milliseconds, at least 1.
func ttlMillis(at, now time.Time) int64 { return max(1, at.Sub(now).Milliseconds()) }

// Totals adds up the kept figures of p in one round trip (a transaction). Errors wrap
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Totals(ctx context.Context, p insights.Period) (insights.Totals, error) {
	t := insights.NewTotals()
	days, _ := s.policy.Kept(p)
	if len(days) == 0 {
		return t, nil
	}
	// The days' HyperLogLogs are merged into a scratch key and counted
	// there, inside the transaction, rather than by a multi-key PFCOUNT:
	// the same figure, and the in-process miniredis that tests use
	// without a server adds a multi-key PFCOUNT up instead of merging.
	scratch := s.prefix + "scratch:" + insights.NewID()
	pipe := s.client.TxPipeline()
	counts := make([]*redis.MapStringStringCmd, len(days))
	waits := make([]*redis.StringSliceCmd, len(days))
	users := []string{scratch}
	for i, d := range days {
		counts[i] = pipe.HGetAll(ctx, s.countsKey(d))
		waits[i] = pipe.LRange(ctx, s.waitsKey(d), 0, -1)
		users = append(users, s.usersKey(d))
	}
	pipe.PFMerge(ctx, scratch, users[1:]...)
	distinct := pipe.PFCount(ctx, scratch)
	pipe.Del(ctx, scratch)
	op := fmt.Sprintf("read insights %s..%s", p.First, p.Last)
	if _, err := pipe.Exec(ctx); err != nil {
		return t, wrap(op, err)
	}
	for i := range days {
		for f, v := range counts[i].Val() {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				t.AddCounter(f, n)
			}
		}
		for _, v := range waits[i].Val() {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				t.AddWaitSeconds(n)
			}
		}
	}
	t.Users = distinct.Val()
	return t, nil
}

// Questions returns the kept texts of p, newest first, in one round trip.
// Errors wrap conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Questions(ctx context.Context, p insights.Period) ([]insights.Question, error) {
	_, days := s.policy.Kept(p)
	if len(days) == 0 {
		return nil, nil
	}
	pipe := s.client.Pipeline()
	vals := make([]*redis.StringSliceCmd, len(days))
	for i, d := range days {
		vals[i] = pipe.HVals(ctx, s.textsKey(d))
	}
	op := fmt.Sprintf("read questions %s..%s", p.First, p.Last)
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap(op, err)
	}
	var out []insights.Question
	for i, d := range days {
		for _, v := range vals[i].Val() {
			q, err := insights.DecodeQuestion(v)
			if err != nil {
				return nil, fmt.Errorf("%s: day %s: %w", op, d, err)
			}
			out = append(out, q)
		}
	}
	insights.SortQuestions(out)
	return out, nil
}

// forgetTextsScript deletes, for each pair of KEYS (texts, index) of a day,
// the texts the index lists for user reference ARGV[1], and the entry; it
// then notes in the last key (the forgotten users' set) that the user said
// forget at ARGV[2] (ms), dropping notes older than ARGV[3] (ms), and keeps
// the set ARGV[4] ms. It returns how many texts it deleted.
var forgetTextsScript = redis.NewScript(`
local n = 0
local forgot = KEYS[#KEYS]
for i = 1, #KEYS - 1, 2 do
  local ids = redis.call('HGET', KEYS[i + 1], ARGV[1])
  if ids then
    for id in string.gmatch(ids, '[^,]+') do n = n + redis.call('HDEL', KEYS[i], id) end
    redis.call('HDEL', KEYS[i + 1], ARGV[1])
  end
end
redis.call('ZADD', forgot, 'GT', ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', forgot, '-inf', '(' .. ARGV[3])
redis.call('PEXPIRE', forgot, ARGV[4])
return n
`)

// Forget deletes the texts of the user behind user, and their entries in
// the index, on every day texts may still be kept: one atomic script. For
// insights.ForgetWindow it also keeps texts the user asked before now from being
// written later by another process's queue.
// Errors wrap insights.ErrInvalid for a bad key and
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Forget(ctx context.Context, user conversation.Key) error {
	if !user.Valid() {
		return fmt.Errorf("%w: key %q", insights.ErrInvalid, user.UserID())
	}
	days := s.policy.TextDays()
	keys := make([]string, 0, 2*len(days))
	for _, d := range days {
		keys = append(keys, s.textsKey(d), s.indexKey(d))
	}
	now := s.policy.Now()
	keys = append(keys, s.forgotKey())
	at, oldest := now.Add(insights.ForgetSkew).UnixMilli(), now.Add(-insights.ForgetWindow).UnixMilli()
	if err := forgetTextsScript.Run(ctx, s.client, keys, insights.UserRef(user), at, oldest, insights.ForgetWindow.Milliseconds()).Err(); err != nil {
		return wrap("forget insights texts of "+user.UserID(), err)
	}
	return nil
}
