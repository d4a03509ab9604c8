package slacktest

import (
	"encoding/json"
	"fmt"
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

func (s *Server) userName(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u, ok := s.users[id]; ok && u.Name != "" {
		return u.Name
	}
	return strings.ToLower(id)
}

// SlashCommand builds a slash_commands envelope for "/techleader text"
// (accepts_response_payload true), with a fresh trigger_id and a
// response_url pointing back to this server.
func (s *Server) SlashCommand(user, channel, text string) Envelope {
	trig := s.newTrigger(user, "")
	rurl := s.newResponseURL("commands", user, channel, "", false)
	p := obj{
		{"token", "verification-token"},
		{"team_id", TeamID},
		{"team_domain", TeamDomain},
		{"channel_id", channel},
		{"channel_name", channelName(channel)},
		{"user_id", user},
		{"user_name", s.userName(user)},
		{"command", Command},
		{"text", text},
		{"api_app_id", AppID},
		{"is_enterprise_install", false},
		{"response_url", rurl},
		{"trigger_id", trig},
	}
	return Envelope{Type: TypeSlashCommands, EnvelopeID: newEnvelopeID(), Payload: mustJSON(p), AcceptsResponsePayload: true}
}

func (s *Server) interactiveUser(user string) obj {
	name := s.userName(user)
	return obj{{"id", user}, {"username", name}, {"name", name}, {"team_id", TeamID}}
}

// BlockAction builds a block_actions interaction for a click on the element
// actionID in block blockID of the message (channel, messageTS), with a
// fresh trigger_id and response_url. Container type is "message" (Slack's
// real value). When the bot posted that message here, the payload carries
// it (blocks included) and the action's type and text come from the
// element: a button gives {"type":"button","value":value,…}; a
// static_select, radio_buttons or overflow gives selected_option for the
// option whose value is value. Otherwise a button is assumed.
func (s *Server) BlockAction(user, channel, messageTS, blockID, actionID, value string) Envelope {
	trig := s.newTrigger(user, "")
	s.mu.Lock()
	m := s.findMessageLocked(channel, messageTS)
	var msgJSON any = obj{{"type", "message"}, {"ts", messageTS}, {"text", ""}}
	ephemeral := false
	var blocks json.RawMessage
	threadTS := ""
	if m != nil {
		msgJSON = m.slackJSON()
		ephemeral = m.Ephemeral
		blocks = m.Blocks
		threadTS = m.ThreadTS
	}
	s.mu.Unlock()
	rurl := s.newResponseURL("actions", user, channel, messageTS, ephemeral)
	container := obj{{"type", "message"}, {"message_ts", messageTS}, {"channel_id", channel}, {"is_ephemeral", ephemeral}}
	if threadTS != "" {
		container = append(container, kv{"thread_ts", threadTS})
	}
	p := obj{
		{"type", "block_actions"},
		{"user", s.interactiveUser(user)},
		{"api_app_id", AppID},
		{"token", "verification-token"},
		{"container", container},
		{"trigger_id", trig},
		{"team", obj{{"id", TeamID}, {"domain", TeamDomain}}},
		{"enterprise", nil},
		{"is_enterprise_install", false},
		{"channel", obj{{"id", channel}, {"name", channelName(channel)}}},
		{"message", msgJSON},
		{"state", obj{{"values", obj{}}}},
		{"response_url", rurl},
		{"actions", []any{actionJSON(blocks, blockID, actionID, value)}},
	}
	return Envelope{Type: TypeInteractive, EnvelopeID: newEnvelopeID(), Payload: mustJSON(p)}
}

// HomeBlockAction builds a block_actions interaction from the user's Home
// tab: container {"type":"view","view_id":…}, the Home view (the one
// published with views.publish when there is one) under "view", no channel,
// message or response_url. The action is shaped as in BlockAction.
func (s *Server) HomeBlockAction(user, blockID, actionID, value string) Envelope {
	s.mu.Lock()
	v := s.homeViewLocked(user)
	if v == nil {
		v = s.storeViewLocked(&View{ID: newViewID(), Type: "home", User: user, Hash: newHash()}, obj{{"type", "home"}, {"blocks", []any{}}})
	}
	viewJSON, viewID, blocks := v.JSON, v.ID, v.Blocks
	s.mu.Unlock()
	trig := s.newTrigger(user, viewID)
	p := obj{
		{"type", "block_actions"},
		{"user", s.interactiveUser(user)},
		{"api_app_id", AppID},
		{"token", "verification-token"},
		{"container", obj{{"type", "view"}, {"view_id", viewID}}},
		{"trigger_id", trig},
		{"team", obj{{"id", TeamID}, {"domain", TeamDomain}}},
		{"enterprise", nil},
		{"is_enterprise_install", false},
		{"view", viewJSON},
		{"actions", []any{actionJSON(blocks, blockID, actionID, value)}},
	}
	return Envelope{Type: TypeInteractive, EnvelopeID: newEnvelopeID(), Payload: mustJSON(p)}
}

// actionJSON describes the action as Slack does, using the element found in
// blocks when possible.
func actionJSON(blocks json.RawMessage, blockID, actionID, value string) obj {
	ts := actionTS()
	el := findElement(blocks, blockID, actionID)
	typ, _ := el["type"].(string)
	switch typ {
	case "static_select", "radio_buttons", "overflow", "external_select":
		opt := findOption(el, value)
		a := obj{{"type", typ}, {"action_id", actionID}, {"block_id", blockID}, {"selected_option", opt}}
		if ph, ok := el["placeholder"]; ok {
			a = append(a, kv{"placeholder", ph})
		}
		return append(a, kv{"action_ts", ts})
	}
	text := any(obj{{"type", "plain_text"}, {"text", "Button"}, {"emoji", true}})
	if t, ok := el["text"]; ok {
		text = t
	}
	a := obj{{"action_id", actionID}, {"block_id", blockID}, {"text", text}, {"value", value}, {"type", "button"}}
	if st, ok := el["style"]; ok {
		a = append(a, kv{"style", st})
	}
	return append(a, kv{"action_ts", ts})
}

func actionTS() string {
	now := time.Now()
	return fmt.Sprintf("%d.%06d", now.Unix(), now.Nanosecond()/1000)
}

func findElement(blocks json.RawMessage, blockID, actionID string) map[string]any {
	var bs []map[string]any
	if json.Unmarshal(blocks, &bs) != nil {
		return nil
	}
	for _, b := range bs {
		if id, _ := b["block_id"].(string); id != blockID {
			continue
		}
		var els []any
		if acc, ok := b["accessory"]; ok {
			els = append(els, acc)
		}
		if e, ok := b["element"]; ok {
			els = append(els, e)
		}
		if es, ok := b["elements"].([]any); ok {
			els = append(els, es...)
		}
		for _, e := range els {
			m, _ := e.(map[string]any)
			if id, _ := m["action_id"].(string); id == actionID && m != nil {
				return m
			}
		}
	}
	return nil
}

func findOption(el map[string]any, value string) any {
	var opts []any
	if os, ok := el["options"].([]any); ok {
		opts = append(opts, os...)
	}
	if gs, ok := el["option_groups"].([]any); ok {
		for _, g := range gs {
			if gm, ok := g.(map[string]any); ok {
				if os, ok := gm["options"].([]any); ok {
					opts = append(opts, os...)
				}
			}
		}
	}
	for _, o := range opts {
		if om, ok := o.(map[string]any); ok && om["value"] == value {
			return om
		}
	}
	return obj{{"text", obj{{"type", "plain_text"}, {"text", value}, {"emoji", true}}}, {"value", value}}
}

// PlainTextValue is a view state value of a plain_text_input, for
// ViewSubmissionState.
func PlainTextValue(v string) json.RawMessage {
	return mustJSON(obj{{"type", "plain_text_input"}, {"value", v}})
}

// StaticSelectValue is a view state value of a static_select with the option
// (value, text) selected, for ViewSubmissionState. value "" means nothing is
// selected (selected_option null).
func StaticSelectValue(value, text string) json.RawMessage {
	if value == "" {
		return mustJSON(obj{{"type", "static_select"}, {"selected_option", nil}})
	}
	return mustJSON(obj{{"type", "static_select"}, {"selected_option", obj{
		{"text", obj{{"type", "plain_text"}, {"text", text}, {"emoji", true}}},
		{"value", value},
	}}})
}

// RadioButtonsValue is a view state value of radio_buttons with the option
// (value, text) selected, for ViewSubmissionState.
func RadioButtonsValue(value, text string) json.RawMessage {
	return mustJSON(obj{{"type", "radio_buttons"}, {"selected_option", obj{
		{"text", obj{{"type", "plain_text"}, {"text", text}, {"emoji", true}}},
		{"value", value},
	}}})
}

// CheckboxesValue is a view state value of checkboxes with the options whose
// values are given selected (their text repeats the value).
func CheckboxesValue(values ...string) json.RawMessage {
	opts := []any{}
	for _, v := range values {
		opts = append(opts, obj{{"text", obj{{"type", "plain_text"}, {"text", v}, {"emoji", true}}}, {"value", v}})
	}
	return mustJSON(obj{{"type", "checkboxes"}, {"selected_options", opts}})
}

// ViewSubmission builds a view_submission interaction (accepts_response_payload
// true) whose state.values[block][action] are plain_text_input values. For
// other inputs (select menus, radio buttons, checkboxes) use
// ViewSubmissionState. When the bot opened a modal with callbackID for user
// here, the payload carries that view (id, blocks, hash, title, …).
func (s *Server) ViewSubmission(user, callbackID, privateMetadata string, values map[string]map[string]string) Envelope {
	state := map[string]map[string]json.RawMessage{}
	for b, as := range values {
		state[b] = map[string]json.RawMessage{}
		for a, v := range as {
			state[b][a] = PlainTextValue(v)
		}
	}
	return s.ViewSubmissionState(user, callbackID, privateMetadata, state)
}

// ViewSubmissionState is ViewSubmission with raw state values, built with
// PlainTextValue, StaticSelectValue, RadioButtonsValue, CheckboxesValue or
// by hand.
func (s *Server) ViewSubmissionState(user, callbackID, privateMetadata string, values map[string]map[string]json.RawMessage) Envelope {
	s.mu.Lock()
	v := s.openModalLocked(user, callbackID)
	var view map[string]any
	viewID := newViewID()
	if v != nil {
		_ = json.Unmarshal(v.JSON, &view)
		viewID = v.ID
	} else {
		view = map[string]any{
			"id":                    viewID,
			"team_id":               TeamID,
			"type":                  "modal",
			"blocks":                []any{},
			"callback_id":           callbackID,
			"hash":                  newHash(),
			"title":                 map[string]any{"type": "plain_text", "text": "Techleader", "emoji": true},
			"clear_on_close":        false,
			"notify_on_close":       false,
			"close":                 nil,
			"submit":                map[string]any{"type": "plain_text", "text": "Submit", "emoji": true},
			"previous_view_id":      nil,
			"root_view_id":          viewID,
			"app_id":                AppID,
			"external_id":           "",
			"app_installed_team_id": TeamID,
			"bot_id":                BotID,
		}
	}
	s.mu.Unlock()
	view["private_metadata"] = privateMetadata
	view["callback_id"] = callbackID
	if values == nil {
		values = map[string]map[string]json.RawMessage{}
	}
	view["state"] = map[string]any{"values": values}
	trig := s.newTrigger(user, viewID)
	p := obj{
		{"type", "view_submission"},
		{"team", obj{{"id", TeamID}, {"domain", TeamDomain}}},
		{"user", s.interactiveUser(user)},
		{"api_app_id", AppID},
		{"token", "verification-token"},
		{"trigger_id", trig},
		{"view", view},
		{"response_urls", []any{}},
		{"is_enterprise_install", false},
		{"enterprise", nil},
	}
	return Envelope{Type: TypeInteractive, EnvelopeID: newEnvelopeID(), Payload: mustJSON(p), AcceptsResponsePayload: true}
}
