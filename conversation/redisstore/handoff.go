package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// HandoffStore is a handoff.Store on Redis. Every key shares the hash tag
// {ho}, so all of it lives in one Redis Cluster slot and every change
// (record + indexes + outbox + schedule) is one atomic script:
//
//	<prefix>:{ho}:h:<id>          hash: d (JSON snapshot), state, by, cat, cby, clt, cch, cts, rem
//	<prefix>:{ho}:tx:<id>         list: transcript lines (JSON), trimmed
//	<prefix>:{ho}:a:<user>        string: the user's active handoff id
//	<prefix>:{ho}:u:<user>        set: all the user's handoff ids (for Forget)
//	<prefix>:{ho}:card:<ch>/<ts>  string: handoff id of a posted card
//	<prefix>:{ho}:live            zset: active handoff ids by creation time
//	<prefix>:{ho}:due             zset: handoff ids by next reminder time (ms)
//	<prefix>:{ho}:outbox          stream: card jobs {h: id}, consumer group "cards"
//
// Handoffs are few (people asking for a consultant), so one slot is no
// hot spot; the trade is atomicity without cross-slot scripts. Records,
// transcripts and indexes expire after the retention, refreshed on change.
// It is safe for concurrent use by any number of processes.
type HandoffStore struct {
	client    redis.UniversalClient
	prefix    string
	retention time.Duration
	groupOK   atomic.Bool
	// outboxJobs is the outbox's length as Redis last told this store (in
	// NextCards, Create and AckCard, each reading it in the same round trip
	// as its change): what a lost outbox is reported to have held. A length
	// rather than a count of this store's own changes, which would count a
	// new job twice when a NextCards read it between Redis adding it and
	// Create returning.
	outboxJobs atomic.Int64
}

var _ handoff.Store = (*HandoffStore)(nil)

const outboxGroup = "cards"

// NewHandoffStore returns a HandoffStore on client; records live for
// retention after their last change (<= 0: 90 days). Keys start with
// prefix ("" for DefaultPrefix). The store does not own the client.
func NewHandoffStore(client redis.UniversalClient, prefix string, retention time.Duration) *HandoffStore {
	if retention <= 0 {
		retention = 90 * 24 * time.Hour
	}
	return &HandoffStore{client: client, prefix: KeyPrefix(prefix) + ":{ho}:", retention: retention}
}

func (s *HandoffStore) recKey(id string) string { return s.prefix + "h:" + escape(id) }
func (s *HandoffStore) txKey(id string) string  { return s.prefix + "tx:" + escape(id) }
func (s *HandoffStore) liveKey() string         { return s.prefix + "live" }
func (s *HandoffStore) dueKey() string          { return s.prefix + "due" }
func (s *HandoffStore) outboxKey() string       { return s.prefix + "outbox" }
func (s *HandoffStore) cardKey(ch, ts string) string {
	return s.prefix + "card:" + escape(ch) + "/" + escape(ts)
}
func (s *HandoffStore) activeKey(k conversation.Key) string { return s.prefix + "a:" + userPart(k) }
func (s *HandoffStore) userKey(k conversation.Key) string   { return s.prefix + "u:" + userPart(k) }

// snapshot is the part of a handoff fixed at creation, stored as JSON.
type snapshot struct {
	ID             string            `json:"id"`
	User           conversation.Key  `json:"user"`
	UserRef        string            `json:"uch,omitempty"`
	Thread         string            `json:"thr,omitempty"`
	Origin         string            `json:"from,omitempty"`
	Contact        handoff.Contact   `json:"contact"`
	Skipped        bool              `json:"skipped,omitempty"`
	Answers        []conversation.QA `json:"answers,omitempty"`
	Recommendation string            `json:"rec,omitempty"`
	Recent         []string          `json:"recent,omitempty"`
	CreatedAt      time.Time         `json:"created"`
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(s string) time.Time {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n == 0 {
		return time.Time{}
	}
	return time.UnixMilli(n).UTC()
}

func (s *HandoffStore) retMS() int64 { return max(1, s.retention.Milliseconds()) }

// createScript: KEYS rec, active, user, live, due, outbox; ARGV id, d,
// created ms, due ms, retention ms. -1: the user has an active handoff (or
// the id exists); else created, or created already by this very call (the
// record exists and is the user's active one: a retry whose reply was
// lost; ids are random, so no other call creates the same one), and the
// outbox's length is returned.
var createScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then
  if redis.call('GET', KEYS[2]) == ARGV[1] then return redis.call('XLEN', KEYS[6]) end
  return -1
end
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
local ret = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'd', ARGV[2], 'state', 'open', 'rem', 0)
redis.call('PEXPIRE', KEYS[1], ret)
redis.call('SET', KEYS[2], ARGV[1], 'PX', ret)
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('PEXPIRE', KEYS[3], ret)
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
redis.call('ZADD', KEYS[5], ARGV[4], ARGV[1])
redis.call('XADD', KEYS[6], '*', 'h', ARGV[1])
return redis.call('XLEN', KEYS[6])
`)

// Create implements handoff.Store.
func (s *HandoffStore) Create(ctx context.Context, h handoff.Handoff, reminder time.Duration) error {
	if err := checkNewHandoff(h); err != nil {
		return err
	}
	d, err := json.Marshal(snapshot{ID: h.ID, User: h.User, UserRef: h.UserRef, Thread: h.Thread, Origin: h.Origin, Contact: h.Contact, Skipped: h.Skipped,
		Answers: h.Answers, Recommendation: h.Recommendation, Recent: h.Recent, CreatedAt: h.CreatedAt})
	if err != nil {
		return fmt.Errorf("create handoff %s: %w", h.ID, err)
	}
	keys := []string{s.recKey(h.ID), s.activeKey(h.User), s.userKey(h.User), s.liveKey(), s.dueKey(), s.outboxKey()}
	n, err := createScript.Run(ctx, s.client, keys, h.ID, d, ms(h.CreatedAt), ms(h.CreatedAt.Add(reminder)), s.retMS()).Int()
	if err != nil {
		return wrap("create handoff "+h.ID, err)
	}
	if n < 0 {
		return fmt.Errorf("create handoff %s: %w", h.ID, handoff.ErrActive)
	}
	s.outboxJobs.Store(int64(n))
	return nil
}

func checkNewHandoff(h handoff.Handoff) error {
	switch {
	case !handoff.ValidID(h.ID):
		return errors.New("create handoff: invalid id")
	case !h.User.Valid() || h.User.Thread != "":
		return errors.New("create handoff: invalid user")
	case h.State != handoff.StateOpen:
		return errors.New("create handoff: invalid state")
	case h.CreatedAt.IsZero():
		return errors.New("create handoff: no creation time")
	}
	return nil
}

// decode builds a Handoff from its hash and transcript.
func decode(id string, f map[string]string, tx []string) (handoff.Handoff, error) {
	var sn snapshot
	if err := json.Unmarshal([]byte(f["d"]), &sn); err != nil {
		return handoff.Handoff{}, fmt.Errorf("get handoff %s: malformed record: %w", id, err)
	}
	h := handoff.Handoff{
		ID: sn.ID, User: sn.User, UserRef: sn.UserRef, Thread: sn.Thread, Origin: sn.Origin, Contact: sn.Contact, Skipped: sn.Skipped,
		Answers: sn.Answers, Recommendation: sn.Recommendation, Recent: sn.Recent, CreatedAt: sn.CreatedAt,
		State: handoff.State(f["state"]), ClaimedBy: f["by"], ClaimedAt: fromMS(f["cat"]),
		ClosedBy: f["cby"], ClosedAt: fromMS(f["clt"]), Card: handoff.CardRef{Space: f["cch"], Message: f["cts"]},
	}
	h.Reminders, _ = strconv.Atoi(f["rem"])
	for _, raw := range tx {
		var l handoff.Line
		if err := json.Unmarshal([]byte(raw), &l); err == nil {
			h.Transcript = append(h.Transcript, l)
		}
	}
	return h, nil
}

// Get implements handoff.Store.
func (s *HandoffStore) Get(ctx context.Context, id string) (handoff.Handoff, error) {
	if !handoff.ValidID(id) {
		return handoff.Handoff{}, fmt.Errorf("get handoff %q: %w", id, handoff.ErrNotFound)
	}
	var rec *redis.MapStringStringCmd
	var tx *redis.StringSliceCmd
	_, err := s.client.Pipelined(ctx, func(p redis.Pipeliner) error {
		rec = p.HGetAll(ctx, s.recKey(id))
		tx = p.LRange(ctx, s.txKey(id), 0, -1)
		return nil
	})
	if err != nil {
		return handoff.Handoff{}, wrap("get handoff "+id, err)
	}
	if len(rec.Val()) == 0 {
		return handoff.Handoff{}, fmt.Errorf("get handoff %s: %w", id, handoff.ErrNotFound)
	}
	return decode(id, rec.Val(), tx.Val())
}

// Active implements handoff.Store.
func (s *HandoffStore) Active(ctx context.Context, user conversation.Key) (handoff.Handoff, error) {
	if id, ok := readActive(ctx, s, user); ok {
		return s.activeOf(ctx, user, id) // read ahead by Store.ClaimTurn
	}
	id, err := s.client.Get(ctx, s.activeKey(user)).Result()
	if errors.Is(err, redis.Nil) {
		id, err = "", nil
	}
	if err != nil {
		return handoff.Handoff{}, wrap("active handoff of "+user.UserID(), err)
	}
	return s.activeOf(ctx, user, id)
}

// ByCard implements handoff.Store.
func (s *HandoffStore) ByCard(ctx context.Context, card handoff.CardRef) (handoff.Handoff, error) {
	id, err := s.client.Get(ctx, s.cardKey(card.Space, card.Message)).Result()
	if errors.Is(err, redis.Nil) {
		return handoff.Handoff{}, fmt.Errorf("handoff of card %s: %w", card, handoff.ErrNotFound)
	}
	if err != nil {
		return handoff.Handoff{}, wrap("handoff of card", err)
	}
	return s.Get(ctx, id)
}

// setCardScript: KEYS rec, card; ARGV card space, card message, id,
// retention ms.
// -1 missing, 0 a card is recorded already, 1 recorded.
var setCardScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = redis.call('HGET', KEYS[1], 'cts')
if cur and cur ~= '' then return 0 end
redis.call('HSET', KEYS[1], 'cch', ARGV[1], 'cts', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
return 1
`)

// SetCard implements handoff.Store.
func (s *HandoffStore) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	n, err := setCardScript.Run(ctx, s.client, []string{s.recKey(id), s.cardKey(card.Space, card.Message)}, card.Space, card.Message, id, s.retMS()).Int()
	if err != nil {
		return false, wrap("set card of handoff "+id, err)
	}
	if n < 0 {
		return false, fmt.Errorf("set card of handoff %s: %w", id, handoff.ErrNotFound)
	}
	return n == 1, nil
}

// claimScript: KEYS rec, due; ARGV id, consultant, at ms, retention ms.
// Returns "ok", "missing" or the state that refused the claim.
var claimScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return 'missing' end
if st ~= 'open' then return st end
redis.call('HSET', KEYS[1], 'state', 'claimed', 'by', ARGV[2], 'cat', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 'ok'
`)

// Claim implements handoff.Store. The check and the change are one script:
// of concurrent claims, from any number of replicas, exactly one wins.
func (s *HandoffStore) Claim(ctx context.Context, id, consultant string, at time.Time) (handoff.Handoff, error) {
	if !handoff.ValidID(id) {
		return handoff.Handoff{}, fmt.Errorf("claim handoff %q: %w", id, handoff.ErrNotFound)
	}
	if consultant == "" {
		return handoff.Handoff{}, errors.New("claim handoff: no consultant")
	}
	res, err := claimScript.Run(ctx, s.client, []string{s.recKey(id), s.dueKey()}, id, consultant, ms(at), s.retMS()).Text()
	if err != nil {
		return handoff.Handoff{}, wrap("claim handoff "+id, err)
	}
	var refused error
	switch res {
	case "ok":
	case "missing":
		return handoff.Handoff{}, fmt.Errorf("claim handoff %s: %w", id, handoff.ErrNotFound)
	case string(handoff.StateClaimed):
		refused = handoff.ErrAlreadyClaimed
	case string(handoff.StateClosed):
		refused = handoff.ErrClosed
	default:
		return handoff.Handoff{}, fmt.Errorf("claim handoff %s: unknown state %q", id, res)
	}
	h, err := s.Get(ctx, id)
	if err != nil {
		return h, err
	}
	if refused != nil {
		return h, fmt.Errorf("claim handoff %s: %w", id, refused)
	}
	return h, nil
}

// closeScript: KEYS rec, due, live, active, tx, user; ARGV id, by, at ms,
// retention ms. Returns "ok", "missing" or "closed".
var closeScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return 'missing' end
if st == 'closed' then return st end
redis.call('HSET', KEYS[1], 'state', 'closed', 'cby', ARGV[2], 'clt', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
if redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[5], ARGV[4])
redis.call('PEXPIRE', KEYS[6], ARGV[4])
return 'ok'
`)

// Close implements handoff.Store.
func (s *HandoffStore) Close(ctx context.Context, id, by string, at time.Time) (handoff.Handoff, error) {
	h, err := s.Get(ctx, id) // the user never changes: it names the keys
	if err != nil {
		return h, err
	}
	keys := []string{s.recKey(id), s.dueKey(), s.liveKey(), s.activeKey(h.User), s.txKey(id), s.userKey(h.User)}
	res, err := closeScript.Run(ctx, s.client, keys, id, by, ms(at), s.retMS()).Text()
	if err != nil {
		return handoff.Handoff{}, wrap("close handoff "+id, err)
	}
	switch res {
	case "ok":
	case "missing":
		return handoff.Handoff{}, fmt.Errorf("close handoff %s: %w", id, handoff.ErrNotFound)
	default:
		h, _ = s.Get(ctx, id)
		return h, fmt.Errorf("close handoff %s: %w", id, handoff.ErrClosed)
	}
	return s.Get(ctx, id)
}

// appendScript: KEYS rec, tx; ARGV line, max, retention ms. -1 missing.
var appendScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1
`)

// AppendLine implements handoff.Store.
func (s *HandoffStore) AppendLine(ctx context.Context, id string, l handoff.Line, max int) error {
	if max <= 0 {
		max = handoff.DefaultTranscriptMax
	}
	raw, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("append to handoff %s: %w", id, err)
	}
	n, err := appendScript.Run(ctx, s.client, []string{s.recKey(id), s.txKey(id)}, raw, max, s.retMS()).Int()
	if err != nil {
		return wrap("append to handoff "+id, err)
	}
	if n < 0 {
		return fmt.Errorf("append to handoff %s: %w", id, handoff.ErrNotFound)
	}
	return nil
}

// List implements handoff.Store. Entries whose record expired are dropped
// from the index on the way.
func (s *HandoffStore) List(ctx context.Context) ([]handoff.Handoff, error) {
	ids, err := s.client.ZRange(ctx, s.liveKey(), 0, -1).Result()
	if err != nil {
		return nil, wrap("list handoffs", err)
	}
	var out []handoff.Handoff
	for _, id := range ids {
		h, err := s.Get(ctx, id)
		if errors.Is(err, handoff.ErrNotFound) {
			_ = s.client.ZRem(ctx, s.liveKey(), id).Err()
			continue
		}
		if err != nil {
			return nil, err
		}
		if h.Active() {
			out = append(out, h)
		}
	}
	return out, nil
}

// Forget implements handoff.Store.
func (s *HandoffStore) Forget(ctx context.Context, user conversation.Key) error {
	op := "forget handoffs of " + user.UserID()
	ids, err := s.client.SMembers(ctx, s.userKey(user)).Result()
	if err != nil {
		return wrap(op, err)
	}
	if a, err := s.client.Get(ctx, s.activeKey(user)).Result(); err == nil {
		ids = append(ids, a)
	}
	mine := map[string]bool{}
	for _, id := range ids {
		mine[id] = true
		card, err := s.client.HMGet(ctx, s.recKey(id), "cch", "cts").Result()
		if err != nil {
			return wrap(op, err)
		}
		del := []string{s.recKey(id), s.txKey(id)}
		if ch, ok1 := card[0].(string); ok1 {
			if ts, ok2 := card[1].(string); ok2 && ts != "" {
				del = append(del, s.cardKey(ch, ts))
			}
		}
		_, err = s.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Del(ctx, del...)
			p.ZRem(ctx, s.liveKey(), id)
			p.ZRem(ctx, s.dueKey(), id)
			return nil
		})
		if err != nil {
			return wrap(op, err)
		}
	}
	if err := s.client.Del(ctx, s.userKey(user), s.activeKey(user)).Err(); err != nil {
		return wrap(op, err)
	}
	if len(mine) == 0 {
		return nil
	}
	// The outbox holds only unacknowledged jobs (acked ones are deleted).
	msgs, err := s.client.XRange(ctx, s.outboxKey(), "-", "+").Result()
	if err != nil {
		return wrap(op, err)
	}
	for _, m := range msgs {
		if id, _ := m.Values["h"].(string); mine[id] {
			if err := s.AckCard(ctx, m.ID); err != nil {
				return err
			}
		}
	}
	return nil
}
