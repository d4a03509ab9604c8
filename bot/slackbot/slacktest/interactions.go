package slacktest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Envelopes of slash commands and interactions (clicks, view
// submissions), and the values of form inputs.

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
