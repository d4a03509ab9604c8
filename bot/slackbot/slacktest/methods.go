package slacktest

import (
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// The Web API methods the fake serves: chat.*, conversations.open and
// .members, users.info (conversations.history and .replies, and the
// assistant.threads.* methods, have their own files).

// resolveChannel maps a user id given as channel to the user's IM, as Slack
// does for chat.postMessage.
func resolveChannel(ch string) string {
	if strings.HasPrefix(ch, "U") || strings.HasPrefix(ch, "W") {
		return IMChannel(ch)
	}
	return ch
}

// messageContent reads text, blocks and attachments, validating blocks.
func messageContent(r *apiRequest, requireContent bool) (text string, blocks, atts json.RawMessage, fail *apiResult) {
	text = r.args["text"]
	if b, ok := r.field("blocks"); ok {
		norm, msgs, code := validateMessageBlocks(b)
		if code != "" {
			res := errResult(code, msgs...)
			return "", nil, nil, &res
		}
		blocks = norm
	}
	if a, ok := r.field("attachments"); ok {
		var arr []json.RawMessage
		if json.Unmarshal(a, &arr) != nil {
			res := errResult("invalid_attachments")
			return "", nil, nil, &res
		}
		if len(arr) > 0 {
			atts = compact(a)
		}
	}
	if requireContent && strings.TrimSpace(text) == "" && len(blocks) == 0 && len(atts) == 0 {
		res := errResult("no_text")
		return "", nil, nil, &res
	}
	if len([]rune(text)) > maxMessageText {
		text = string([]rune(text)[:maxMessageText])
	}
	return text, blocks, atts, nil
}

func (s *Server) chatPostMessage(r *apiRequest) apiResult {
	ch := resolveChannel(r.args["channel"])
	if ch == "" {
		return errResult("channel_not_found")
	}
	text, blocks, atts, fail := messageContent(r, true)
	if fail != nil {
		return *fail
	}
	threadTS := r.args["thread_ts"]
	if threadTS != "" {
		// Slack accepts a thread_ts it cannot find only as a top-level ts of
		// the channel; the fake cannot know people's messages, so any ts goes.
		if parent := s.findMessageLocked(ch, threadTS); parent != nil && parent.ThreadTS != "" && parent.ThreadTS != parent.TS {
			threadTS = parent.ThreadTS
		}
	}
	meta, fail := messageMetadata(r)
	if fail != nil {
		return *fail
	}
	m := &Message{Channel: ch, TS: s.nextTSLocked(), ThreadTS: threadTS, Text: text, User: BotUserID, Blocks: blocks, Attachments: atts,
		Metadata: meta}
	s.msgs = append(s.msgs, m)
	s.assistantPostedLocked(ch, threadTS)
	return okResult(kv{"channel", ch}, kv{"ts", m.TS}, kv{"message", m.slackJSON()})
}

func (s *Server) chatPostEphemeral(r *apiRequest) apiResult {
	ch := resolveChannel(r.args["channel"])
	user := r.args["user"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	if user == "" {
		return errResult("user_not_found")
	}
	if mem, ok := s.members[ch]; ok && !contains(mem, user) {
		return errResult("user_not_in_channel")
	}
	text, blocks, atts, fail := messageContent(r, true)
	if fail != nil {
		return *fail
	}
	m := &Message{Channel: ch, TS: s.nextTSLocked(), ThreadTS: r.args["thread_ts"], Text: text, User: BotUserID,
		Blocks: blocks, Attachments: atts, Ephemeral: true, Recipient: user}
	s.msgs = append(s.msgs, m)
	return okResult(kv{"message_ts", m.TS})
}

func (s *Server) chatUpdate(r *apiRequest) apiResult {
	ch := r.args["channel"]
	ts := r.args["ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	m := s.findMessageLocked(ch, ts)
	if m == nil || m.Ephemeral {
		return errResult("message_not_found")
	}
	text, blocks, atts, fail := messageContent(r, false)
	if fail != nil {
		return *fail
	}
	_, hasText := r.args["text"]
	_, hasBlocks := r.field("blocks")
	_, hasAtts := r.field("attachments")
	if !hasText && !hasBlocks && !hasAtts {
		return errResult("no_text")
	}
	meta, fail := messageMetadata(r)
	if fail != nil {
		return *fail
	}
	if meta != nil {
		m.Metadata = meta // left out, it is kept
	}
	if hasText {
		m.Text = text
	}
	// Like Slack: blocks and attachments left out keep their old value.
	if hasBlocks {
		m.Blocks = blocks
	}
	if hasAtts {
		m.Attachments = atts
	}
	m.Updated++
	return okResult(kv{"channel", ch}, kv{"ts", ts}, kv{"text", m.Text}, kv{"message", m.slackJSON()})
}

func (s *Server) chatDelete(r *apiRequest) apiResult {
	ch, ts := r.args["channel"], r.args["ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	for i, m := range s.msgs {
		if m.Channel == ch && m.TS == ts && !m.Ephemeral {
			s.msgs = append(s.msgs[:i:i], s.msgs[i+1:]...)
			return okResult(kv{"channel", ch}, kv{"ts", ts})
		}
	}
	return errResult("message_not_found")
}

func (s *Server) chatGetPermalink(r *apiRequest) apiResult {
	ch, ts := r.args["channel"], r.args["message_ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	if ts == "" {
		return errResult("message_not_found")
	}
	link := "https://" + TeamDomain + ".slack.com/archives/" + ch + "/p" + strings.Replace(ts, ".", "", 1)
	if m := s.findMessageLocked(ch, ts); m != nil && m.ThreadTS != "" && m.ThreadTS != ts {
		link += "?thread_ts=" + m.ThreadTS + "&cid=" + ch
	}
	return okResult(kv{"channel", ch}, kv{"permalink", link})
}

func (s *Server) conversationsOpen(r *apiRequest) apiResult {
	if ch := r.args["channel"]; ch != "" {
		return okResult(kv{"no_op", true}, kv{"already_open", true}, kv{"channel", obj{{"id", ch}}})
	}
	users := r.args["users"]
	if users == "" {
		return errResult("users_list_not_supplied")
	}
	list := strings.Split(users, ",")
	for _, u := range list {
		if !strings.HasPrefix(u, "U") && !strings.HasPrefix(u, "W") {
			return errResult("user_not_found")
		}
	}
	id := IMChannel(list[0])
	if len(list) > 1 {
		id = "G" + strings.ToUpper(strings.Join(list, "")[1:])
	}
	ch := obj{{"id", id}}
	if r.args["return_im"] == "true" && len(list) == 1 {
		ch = obj{{"id", id}, {"created", 1700000000}, {"is_im", true}, {"is_org_shared", false},
			{"user", list[0]}, {"is_user_deleted", false}, {"priority", 0}}
	}
	return okResult(kv{"no_op", true}, kv{"already_open", true}, kv{"channel", ch})
}

func (s *Server) conversationsMembers(r *apiRequest) apiResult {
	ch := r.args["channel"]
	mem, ok := s.members[ch]
	if !ok {
		return errResult("channel_not_found")
	}
	limit := 100
	if l, err := strconv.Atoi(r.args["limit"]); err == nil && l > 0 {
		limit = min(l, 1000)
	}
	off := 0
	if c := r.args["cursor"]; c != "" {
		b, err := base64.StdEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "offset:"))
		if err != nil || err2 != nil || n < 0 || n > len(mem) {
			return errResult("invalid_cursor")
		}
		off = n
	}
	end := min(off+limit, len(mem))
	next := ""
	if end < len(mem) {
		next = base64.StdEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(end)))
	}
	page := append([]string{}, mem[off:end]...)
	return okResult(kv{"members", page}, kv{"response_metadata", obj{{"next_cursor", next}}})
}

func (s *Server) usersInfo(r *apiRequest) apiResult {
	u, ok := s.users[r.args["user"]]
	if !ok {
		return errResult("user_not_found")
	}
	tz := u.TZ
	if tz == "" {
		tz = "UTC"
	}
	offset, label := 0, tz
	if loc, err := time.LoadLocation(tz); err == nil {
		name, off := time.Now().In(loc).Zone()
		offset, label = off, name
	}
	real := u.RealName
	if real == "" {
		real = u.Name
	}
	profile := obj{
		{"real_name", real},
		{"display_name", u.Name},
		{"real_name_normalized", real},
		{"display_name_normalized", u.Name},
		{"email", u.Email},
		{"team", TeamID},
	}
	if u.IsBot {
		profile = append(profile, kv{"bot_id", BotID}, kv{"api_app_id", AppID})
	}
	return okResult(kv{"user", obj{
		{"id", u.ID},
		{"team_id", TeamID},
		{"name", u.Name},
		{"deleted", false},
		{"real_name", real},
		{"tz", tz},
		{"tz_label", label},
		{"tz_offset", offset},
		{"profile", profile},
		{"is_admin", false},
		{"is_owner", false},
		{"is_bot", u.IsBot},
		{"is_app_user", false},
		{"updated", 1700000000},
	}})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
