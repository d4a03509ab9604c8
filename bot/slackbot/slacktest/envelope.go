package slacktest

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
)

// Socket Mode envelope types.
const (
	TypeEventsAPI     = "events_api"
	TypeSlashCommands = "slash_commands"
	TypeInteractive   = "interactive"
)

// Envelope is one Socket Mode message from Slack to the app. It marshals to
// the JSON Slack sends:
//
//	{"envelope_id":"…","payload":{…},"type":"events_api","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}
//
// retry_attempt and retry_reason are only sent for events_api envelopes.
type Envelope struct {
	Type                   string
	EnvelopeID             string
	Payload                json.RawMessage
	RetryAttempt           int
	RetryReason            string
	AcceptsResponsePayload bool
}

// MarshalJSON encodes e the way Slack sends it.
func (e Envelope) MarshalJSON() ([]byte, error) {
	payload := e.Payload
	if len(payload) == 0 {
		payload = json.RawMessage("{}")
	}
	if e.Type == TypeEventsAPI {
		return json.Marshal(struct {
			EnvelopeID             string          `json:"envelope_id"`
			Payload                json.RawMessage `json:"payload"`
			Type                   string          `json:"type"`
			AcceptsResponsePayload bool            `json:"accepts_response_payload"`
			RetryAttempt           int             `json:"retry_attempt"`
			RetryReason            string          `json:"retry_reason"`
		}{e.EnvelopeID, payload, e.Type, e.AcceptsResponsePayload, e.RetryAttempt, e.RetryReason})
	}
	return json.Marshal(struct {
		EnvelopeID             string          `json:"envelope_id"`
		Payload                json.RawMessage `json:"payload"`
		Type                   string          `json:"type"`
		AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	}{e.EnvelopeID, payload, e.Type, e.AcceptsResponsePayload})
}

// Retry returns the redelivery Slack makes when an events_api envelope was
// not acked in time: the same payload (so the same event_id), a new
// envelope_id, retry_attempt set to attempt and retry_reason "timeout".
func (e Envelope) Retry(attempt int) Envelope {
	e.EnvelopeID = newEnvelopeID()
	e.RetryAttempt = attempt
	e.RetryReason = "timeout"
	return e
}

// EventID returns the event_id of an events_api envelope ("" otherwise).
func (e Envelope) EventID() string {
	var p struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal(e.Payload, &p)
	return p.EventID
}

// TS returns the ts of the event inside an events_api envelope, i.e. the
// timestamp of the user's message ("" when there is none).
func (e Envelope) TS() string {
	var p struct {
		Event struct {
			TS string `json:"ts"`
		} `json:"event"`
	}
	_ = json.Unmarshal(e.Payload, &p)
	return p.Event.TS
}

// TriggerID returns the trigger_id of an interactive or slash_commands
// envelope ("" otherwise).
func (e Envelope) TriggerID() string {
	var p struct {
		TriggerID string `json:"trigger_id"`
	}
	_ = json.Unmarshal(e.Payload, &p)
	return p.TriggerID
}

// ResponseURL returns the response_url of an interactive or slash_commands
// envelope ("" otherwise).
func (e Envelope) ResponseURL() string {
	var p struct {
		ResponseURL string `json:"response_url"`
	}
	_ = json.Unmarshal(e.Payload, &p)
	return p.ResponseURL
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// obj is a JSON object whose keys keep insertion order when marshalled,
// so payloads read like Slack's.
type obj []kv

type kv struct {
	k string
	v any
}

func (o obj) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(f.k)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(f.v)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

var mentionRE = regexp.MustCompile(`<@([UW][A-Z0-9]+)(?:\|[^>]*)?>`)

// richText renders text the way Slack's clients send it alongside a message:
// a rich_text block whose section holds text and user elements.
func richText(text string) []any {
	var elems []any
	rest := text
	for {
		loc := mentionRE.FindStringSubmatchIndex(rest)
		if loc == nil {
			break
		}
		if loc[0] > 0 {
			elems = append(elems, obj{{"type", "text"}, {"text", rest[:loc[0]]}})
		}
		elems = append(elems, obj{{"type", "user"}, {"user_id", rest[loc[2]:loc[3]]}})
		rest = rest[loc[1]:]
	}
	if rest != "" {
		elems = append(elems, obj{{"type", "text"}, {"text", rest}})
	}
	if elems == nil {
		elems = []any{}
	}
	return []any{obj{
		{"type", "rich_text"},
		{"block_id", randAlnum(3)},
		{"elements", []any{obj{{"type", "rich_text_section"}, {"elements", elems}}}},
	}}
}

func (s *Server) eventEnvelope(event obj) Envelope {
	p := obj{
		{"token", "verification-token"},
		{"team_id", TeamID},
		{"api_app_id", AppID},
		{"event", event},
		{"type", "event_callback"},
		{"event_id", newEventID()},
		{"event_time", time.Now().Unix()},
		{"authorizations", []any{obj{
			{"enterprise_id", nil},
			{"team_id", TeamID},
			{"user_id", BotUserID},
			{"is_bot", true},
			{"is_enterprise_install", false},
		}}},
		{"is_ext_shared_channel", false},
		{"event_context", "4-" + randAlnum(24)},
	}
	return Envelope{Type: TypeEventsAPI, EnvelopeID: newEnvelopeID(), Payload: mustJSON(p)}
}

func (s *Server) newTS() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nextTSLocked()
}

// userMessage is a message event as a person's client produces it.
func (s *Server) userMessage(typ, user, channel, threadTS, text string) obj {
	ts := s.newTS()
	ev := obj{
		{"client_msg_id", newClientID()},
		{"type", typ},
		{"text", text},
		{"user", user},
		{"ts", ts},
		{"blocks", richText(text)},
		{"team", TeamID},
	}
	if threadTS != "" {
		ev = append(ev, kv{"thread_ts", threadTS})
		if parent := s.parentUser(channel, threadTS); parent != "" {
			ev = append(ev, kv{"parent_user_id", parent})
		}
	}
	ev = append(ev, kv{"channel", channel}, kv{"event_ts", ts})
	if typ == "message" {
		ev = append(ev, kv{"channel_type", channelType(channel)})
	}
	return ev
}

func (s *Server) parentUser(channel, ts string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.findMessageLocked(channel, ts); m != nil {
		return m.User
	}
	if s.assistantThreadLocked(channel, ts) != nil {
		return BotUserID // Slack makes an assistant thread's root for the app
	}
	return ""
}

// MessageIM builds an events_api envelope for a person's direct message to the
// bot: event type "message", channel_type "im", no subtype.
func (s *Server) MessageIM(user, channel, text string) Envelope {
	return s.eventEnvelope(s.userMessage("message", user, channel, "", text))
}

// ThreadMessage builds a person's message in a thread (thread_ts set). With
// threadTS "" it is a top-level message. channel_type follows the channel id:
// "im" for D…, "group" for G…, "channel" otherwise.
func (s *Server) ThreadMessage(user, channel, threadTS, text string) Envelope {
	return s.eventEnvelope(s.userMessage("message", user, channel, threadTS, text))
}

// AppMention builds an app_mention event; text usually contains "<@UBOT>".
// threadTS "" makes it a top-level mention.
func (s *Server) AppMention(user, channel, text, threadTS string) Envelope {
	return s.eventEnvelope(s.userMessage("app_mention", user, channel, threadTS, text))
}

// BotMessageIM builds a message from another bot in an IM: subtype
// "bot_message" with bot_id (a bot must ignore it).
func (s *Server) BotMessageIM(channel, text string) Envelope {
	ts := s.newTS()
	return s.eventEnvelope(obj{
		{"type", "message"},
		{"subtype", "bot_message"},
		{"text", text},
		{"ts", ts},
		{"username", "otherbot"},
		{"bot_id", "BOTHER"},
		{"channel", channel},
		{"event_ts", ts},
		{"channel_type", channelType(channel)},
	})
}

// SelfMessageIM builds the message.im event Slack sends for the bot's own
// post in an IM: user UBOT, bot_id BBOT, app_id and bot_profile, no subtype.
// A bot must ignore it or it talks to itself.
func (s *Server) SelfMessageIM(channel, text string) Envelope {
	ts := s.newTS()
	return s.eventEnvelope(obj{
		{"bot_id", BotID},
		{"type", "message"},
		{"text", text},
		{"user", BotUserID},
		{"ts", ts},
		{"app_id", AppID},
		{"blocks", richText(text)},
		{"team", TeamID},
		{"bot_profile", botProfile()},
		{"channel", channel},
		{"event_ts", ts},
		{"channel_type", channelType(channel)},
	})
}

func botProfile() obj {
	return obj{
		{"id", BotID},
		{"deleted", false},
		{"name", BotName},
		{"updated", 1700000000},
		{"app_id", AppID},
		{"icons", obj{{"image_36", "https://a.slack-edge.com/80588/img/plugins/app/bot_36.png"}}},
		{"team_id", TeamID},
	}
}

// MessageSubtype builds a message event with the given subtype, shaped as
// Slack sends it for the common ones:
//   - "message_changed": hidden, the edited message (with text) under
//     "message", the old one under "previous_message";
//   - "message_deleted": hidden, deleted_ts and previous_message;
//   - anything else (e.g. "channel_join", "thread_broadcast", "file_share"):
//     user, text and subtype at the top level.
func (s *Server) MessageSubtype(user, channel, subtype, text string) Envelope {
	ts := s.newTS()
	ct := channelType(channel)
	switch subtype {
	case "message_changed":
		origTS := s.newTS()
		return s.eventEnvelope(obj{
			{"type", "message"},
			{"subtype", subtype},
			{"message", obj{
				{"client_msg_id", newClientID()},
				{"type", "message"},
				{"text", text},
				{"user", user},
				{"team", TeamID},
				{"edited", obj{{"user", user}, {"ts", ts}}},
				{"blocks", richText(text)},
				{"ts", origTS},
				{"source_team", TeamID},
				{"user_team", TeamID},
			}},
			{"previous_message", obj{
				{"client_msg_id", newClientID()},
				{"type", "message"},
				{"text", "(before edit)"},
				{"user", user},
				{"ts", origTS},
				{"team", TeamID},
			}},
			{"channel", channel},
			{"hidden", true},
			{"ts", ts},
			{"event_ts", ts},
			{"channel_type", ct},
		})
	case "message_deleted":
		origTS := s.newTS()
		return s.eventEnvelope(obj{
			{"type", "message"},
			{"subtype", subtype},
			{"previous_message", obj{
				{"type", "message"},
				{"text", text},
				{"user", user},
				{"ts", origTS},
				{"team", TeamID},
			}},
			{"channel", channel},
			{"hidden", true},
			{"deleted_ts", origTS},
			{"event_ts", ts},
			{"ts", ts},
			{"channel_type", ct},
		})
	}
	return s.eventEnvelope(obj{
		{"type", "message"},
		{"subtype", subtype},
		{"ts", ts},
		{"user", user},
		{"text", text},
		{"channel", channel},
		{"event_ts", ts},
		{"channel_type", ct},
	})
}

// AppHomeOpened builds an app_home_opened event for the Home tab (tab
// "home"); it carries the user's published Home view when there is one.
func (s *Server) AppHomeOpened(user string) Envelope {
	ts := s.newTS()
	ev := obj{
		{"type", "app_home_opened"},
		{"user", user},
		{"channel", IMChannel(user)},
		{"tab", "home"},
	}
	s.mu.Lock()
	if v := s.homeViewLocked(user); v != nil {
		ev = append(ev, kv{"view", v.JSON})
	}
	s.mu.Unlock()
	ev = append(ev, kv{"event_ts", ts})
	return s.eventEnvelope(ev)
}
