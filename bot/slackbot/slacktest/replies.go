package slacktest

import (
	"encoding/base64"
	"sort"
	"strconv"
	"strings"
)

// Limits of conversations.replies.
const (
	defaultRepliesLimit = 1000
	maxRepliesLimit     = 1000
)

// conversationsReplies serves conversations.replies of the thread with
// root ts in channel: its root first (an assistant thread's root, or a
// message the bot posted), then the bot's replies in posting order,
// limit per page, paged with response_metadata.next_cursor. Metadata is
// shown only with include_all_metadata; ephemeral messages and people's
// messages (the fake does not hold them) are not listed. A ts with no root
// and no replies answers thread_not_found.
func (s *Server) conversationsReplies(r *apiRequest) apiResult {
	ch, ts := r.args["channel"], r.args["ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	if _, ok := parseTS(ts); !ok {
		return errResult("invalid_ts")
	}
	limit := defaultRepliesLimit
	if v := r.args["limit"]; v != "" {
		l, err := strconv.Atoi(v)
		if err != nil || l < 0 {
			return errResult("invalid_limit")
		}
		if l > 0 {
			limit = min(l, maxRepliesLimit)
		}
	}
	off := 0
	if c := r.args["cursor"]; c != "" {
		b, err := base64.StdEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "offset:"))
		if err != nil || err2 != nil || n < 0 {
			return errResult("invalid_cursor")
		}
		off = n
	}
	withMeta := r.args["include_all_metadata"] == "1" || r.args["include_all_metadata"] == "true"
	thread := s.threadLocked(ch, ts, withMeta)
	if len(thread) == 0 {
		return errResult("thread_not_found")
	}
	off = min(off, len(thread))
	end := min(off+limit, len(thread))
	next := ""
	if end < len(thread) {
		next = base64.StdEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(end)))
	}
	return okResult(
		kv{"messages", thread[off:end]},
		kv{"has_more", next != ""},
		kv{"response_metadata", obj{{"next_cursor", next}}},
	)
}

// threadLocked lists the thread of root ts in channel as
// conversations.replies shows it; nil when there is nothing.
func (s *Server) threadLocked(channel, ts string, withMeta bool) []obj {
	var replies []*Message
	for _, m := range s.msgs {
		if m.Channel == channel && !m.Ephemeral && m.ThreadTS == ts && m.TS != ts {
			replies = append(replies, m)
		}
	}
	sort.SliceStable(replies, func(i, j int) bool {
		a, _ := parseTS(replies[i].TS)
		b, _ := parseTS(replies[j].TS)
		return a < b
	})
	var out []obj
	if th := s.assistantThreadLocked(channel, ts); th != nil {
		out = append(out, th.rootJSON(len(replies)))
	} else if root := s.findMessageLocked(channel, ts); root != nil && !root.Ephemeral {
		out = append(out, historyJSON(root, replies, withMeta))
	}
	for _, m := range replies {
		out = append(out, historyJSON(m, nil, withMeta))
	}
	return out
}
