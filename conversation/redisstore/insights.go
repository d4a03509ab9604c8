package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"
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
	if prefix == "" {
		prefix = DefaultPrefix
	}
	prefix = strings.NewReplacer("{", "%7B", "}", "%7D").Replace(prefix)
	return &InsightsStore{client: client, prefix: prefix + ":{ins}:", policy: policy}
}

func (s *InsightsStore) countsKey(d insights.Day) string { return s.prefix + "d:" + string(d) }
func (s *InsightsStore) usersKey(d insights.Day) string  { return s.prefix + "u:" + string(d) }
func (s *InsightsStore) waitsKey(d insights.Day) string  { return s.prefix + "w:" + string(d) }
func (s *InsightsStore) textsKey(d insights.Day) string  { return s.prefix + "t:" + string(d) }
func (s *InsightsStore) indexKey(d insights.Day) string  { return s.prefix + "x:" + string(d) }

// recordScript adds one event. KEYS: counters, users, waits, texts, text
// index. ARGV[1] ttl ms of the figures, [2] user reference, [3] wait
// seconds ("" none), [4] wait cap, [5] text id ("" none), [6] text, [7]
// text cap, [8] text ttl ms, [9..] counter fields. It returns 1 when the
// text was kept.
var recordScript = redis.NewScript(`
local ttl = tonumber(ARGV[1])
for i = 9, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PFADD', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ttl)
if ARGV[3] ~= '' then
  redis.call('LPUSH', KEYS[3], ARGV[3])
  redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[4]) - 1)
  redis.call('PEXPIRE', KEYS[3], ttl)
end
if ARGV[5] == '' or redis.call('HLEN', KEYS[4]) >= tonumber(ARGV[7]) then return 0 end
local tttl = tonumber(ARGV[8])
redis.call('HSET', KEYS[4], ARGV[5], ARGV[6])
redis.call('PEXPIRE', KEYS[4], tttl)
local ids = redis.call('HGET', KEYS[5], ARGV[2])
if ids then ids = ids .. ',' .. ARGV[5] else ids = ARGV[5] end
redis.call('HSET', KEYS[5], ARGV[2], ids)
redis.call('PEXPIRE', KEYS[5], tttl)
return 1
`)

// Record adds e to its day in one round trip. Errors wrap
// insights.ErrInvalid for a bad event or key and
// conversation.ErrUnavailable when Redis cannot be reached.
func (s *InsightsStore) Record(ctx context.Context, user conversation.Key, e insights.Event) error {
	en, ok, err := s.policy.Prepare(user, e)
	if err != nil || !ok {
		return err
	}
	now := s.policy.Now()
	wait, textID, text, textTTL := "", "", "", int64(0)
	if en.Wait >= 0 {
		wait = strconv.FormatInt(en.Wait, 10)
	}
	if t := en.Text; t != nil {
		textID, text, textTTL = t.ID, t.Payload, ttlMillis(t.Expires, now)
	}
	args := make([]any, 0, 8+len(en.Fields))
	args = append(args, ttlMillis(en.Expires, now), en.User, wait, insights.MaxWaitsPerDay,
		textID, text, insights.MaxTextsPerDay, textTTL)
	for _, f := range en.Fields {
		args = append(args, f)
	}
	keys := []string{s.countsKey(en.Day), s.usersKey(en.Day), s.waitsKey(en.Day), s.textsKey(en.Day), s.indexKey(en.Day)}
	if err := recordScript.Run(ctx, s.client, keys, args...).Err(); err != nil {
		return wrap("record "+string(e.Kind)+" event", err)
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
// the texts the index lists for user reference ARGV[1], and the entry. It
// returns how many texts it deleted.
var forgetTextsScript = redis.NewScript(`
local n = 0
for i = 1, #KEYS, 2 do
  local ids = redis.call('HGET', KEYS[i + 1], ARGV[1])
  if ids then
    for id in string.gmatch(ids, '[^,]+') do n = n + redis.call('HDEL', KEYS[i], id) end
    redis.call('HDEL', KEYS[i + 1], ARGV[1])
  end
end
return n
`)

// Forget deletes the texts of the user behind user, and their entries in
// the index, on every day texts may still be kept: one atomic script.
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
	if err := forgetTextsScript.Run(ctx, s.client, keys, insights.UserRef(user)).Err(); err != nil {
		return wrap("forget insights texts of "+user.UserID(), err)
	}
	return nil
}
