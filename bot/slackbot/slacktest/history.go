package slacktest

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"
)

// History limits of conversations.history.
const (
	defaultHistoryLimit = 100
	maxHistoryLimit     = 999
)

// SetClock makes the timestamps of new messages follow now, as Slack's do
// (still unique and increasing), so that conversations.history's oldest and
// latest can be given as times. nil, the default, restores repeatable
// timestamps counting up from "1700000000.000100".
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clock = now
}

// messageMetadata reads the metadata argument of chat.postMessage or
// chat.update: nil when absent, else the compacted object, which must have
// a string event_type and an object event_payload like Slack requires.
func messageMetadata(r *apiRequest) (json.RawMessage, *apiResult) {
	raw, ok := r.field("metadata")
	if !ok || strings.TrimSpace(string(raw)) == "" {
		return nil, nil
	}
	var m struct {
		EventType    *string         `json:"event_type"`
		EventPayload json.RawMessage `json:"event_payload"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		res := errResult("invalid_metadata_format")
		return nil, &res
	}
	var payload map[string]json.RawMessage
	if m.EventType == nil || *m.EventType == "" || json.Unmarshal(m.EventPayload, &payload) != nil || payload == nil {
		res := errResult("invalid_metadata_schema")
		return nil, &res
	}
	return compact(raw), nil
}

// parseTS reads a Slack timestamp ("1700000000.000100", "1700000000") in
// microseconds.
func parseTS(ts string) (int64, bool) {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil || s < 0 || len(frac) > 6 {
		return 0, false
	}
	var us int64
	if frac != "" {
		f, err := strconv.ParseInt(frac+strings.Repeat("0", 6-len(frac)), 10, 64)
		if err != nil || f < 0 {
			return 0, false
		}
		us = f
	}
	return s*1e6 + us, true
}

// conversationsHistory serves conversations.history from the messages the
// bot posted (and did not delete) in channel: top-level messages (thread
// parents with their reply_count, not the replies), newest first, between
// oldest and latest (excluded unless inclusive), limit per page (100 by
// default, at most 999), paged with response_metadata.next_cursor. Their
// metadata is shown only with include_all_metadata. Ephemeral messages are
// never listed.
func (s *Server) conversationsHistory(r *apiRequest) apiResult {
	q, fail := parseHistoryQuery(r)
	if fail != nil {
		return *fail
	}
	type held struct {
		m  *Message
		ts int64
	}
	var list []held
	replies := map[string][]*Message{}
	for _, m := range s.msgs {
		if m.Channel != q.channel || m.Ephemeral {
			continue
		}
		if m.ThreadTS != "" && m.ThreadTS != m.TS {
			replies[m.ThreadTS] = append(replies[m.ThreadTS], m)
			continue
		}
		if ts, ok := parseTS(m.TS); ok && q.lists(ts) {
			list = append(list, held{m, ts})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ts > list[j].ts })
	more := len(list) > q.limit
	next := ""
	if more {
		next = base64.StdEncoding.EncodeToString([]byte("next_ts:" + list[q.limit].m.TS))
		list = list[:q.limit]
	}
	msgs := make([]obj, 0, len(list))
	for _, h := range list {
		msgs = append(msgs, historyJSON(h.m, replies[h.m.TS], q.withMeta))
	}
	return okResult(
		kv{"messages", msgs},
		kv{"has_more", more},
		kv{"pin_count", 0},
		kv{"channel_actions_ts", nil},
		kv{"channel_actions_count", 0},
		kv{"response_metadata", obj{{"next_cursor", next}}},
	)
}

// historyQuery is what a conversations.history request asks for.
type historyQuery struct {
	channel             string
	inclusive, withMeta bool
	oldest, latest      int64
	limit               int
	upTo                int64 // the cursor: the newest ts of this page
}

// lists reports whether a top-level message of ts belongs to the page.
func (q historyQuery) lists(ts int64) bool {
	if ts > q.upTo || ts < q.oldest || ts > q.latest {
		return false
	}
	return q.inclusive || (ts != q.oldest && ts != q.latest)
}

// parseHistoryQuery reads a conversations.history request, or the error
// Slack answers to it.
func parseHistoryQuery(r *apiRequest) (historyQuery, *apiResult) {
	fail := func(code string) (historyQuery, *apiResult) { res := errResult(code); return historyQuery{}, &res }
	truthy := func(v string) bool { return v == "1" || v == "true" }
	q := historyQuery{
		channel: r.args["channel"], inclusive: truthy(r.args["inclusive"]), withMeta: truthy(r.args["include_all_metadata"]),
		latest: 1 << 62, limit: defaultHistoryLimit, upTo: 1 << 62,
	}
	if q.channel == "" {
		return fail("channel_not_found")
	}
	var ok bool
	if v := r.args["oldest"]; v != "" {
		if q.oldest, ok = parseTS(v); !ok {
			return fail("invalid_ts_oldest")
		}
	}
	if v := r.args["latest"]; v != "" {
		if q.latest, ok = parseTS(v); !ok {
			return fail("invalid_ts_latest")
		}
	}
	if v := r.args["limit"]; v != "" {
		l, err := strconv.Atoi(v)
		if err != nil || l < 0 {
			return fail("invalid_limit")
		}
		if l > 0 {
			q.limit = min(l, maxHistoryLimit)
		}
	}
	if c := r.args["cursor"]; c != "" {
		b, err := base64.StdEncoding.DecodeString(c)
		t, ok := parseTS(strings.TrimPrefix(string(b), "next_ts:"))
		if err != nil || !strings.HasPrefix(string(b), "next_ts:") || !ok {
			return fail("invalid_cursor")
		}
		q.upTo = t
	}
	return q, nil
}

// historyJSON is m as conversations.history lists it: with its thread's
// summary when it has replies, and its metadata only when asked for.
func historyJSON(m *Message, replies []*Message, withMeta bool) obj {
	var o obj
	for _, f := range m.slackJSON() {
		if f.k == "metadata" && !withMeta {
			continue
		}
		o = append(o, f)
	}
	if len(replies) > 0 {
		var users []string
		for _, r := range replies {
			if !contains(users, r.User) {
				users = append(users, r.User)
			}
		}
		o = append(o,
			kv{"thread_ts", m.TS},
			kv{"reply_count", len(replies)},
			kv{"reply_users_count", len(users)},
			kv{"latest_reply", replies[len(replies)-1].TS},
			kv{"reply_users", users},
			kv{"is_locked", false},
			kv{"subscribed", false},
		)
	}
	return o
}
