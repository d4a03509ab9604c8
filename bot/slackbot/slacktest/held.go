package slacktest

import (
	"context"
	"encoding/json"
	"time"
)

// What the fake Slack holds (calls, messages, views, users, triggers) and
// how tests read and steer it.

// Call is one Web API request the bot made (or one POST to a response_url,
// with Method "response_url").
type Call struct {
	Method string
	// Token is the token from the Authorization header or the token field.
	Token string
	// Args holds the form fields (or query parameters), or the top-level
	// fields of a JSON body: strings as they are, anything else as JSON text.
	// The token is not repeated here.
	Args map[string]string
	// JSON is the raw body when the request was JSON, else nil.
	JSON json.RawMessage
	At   time.Time
	// Error is the Slack error code the fake answered ("" when ok:true), for
	// example "invalid_blocks", "ratelimited" or "invalid_auth".
	Error string
	// Status is the HTTP status the fake answered.
	Status int
	// Path is the request path ("/api/chat.postMessage", "/response/…").
	Path string
}

// Message is a message as Slack holds it: posted by the bot, then changed in
// place by chat.update or a response_url with replace_original. Messages of
// people (from the envelope builders) are not stored.
type Message struct {
	Channel  string
	TS       string
	ThreadTS string
	Text     string
	// User is the author: BotUserID for everything the bot posts.
	User   string
	Blocks json.RawMessage
	// Ephemeral marks a chat.postEphemeral (or ephemeral response_url)
	// message; Recipient is the only user who sees it.
	Ephemeral bool
	Recipient string
	// Updated counts the updates applied to the message.
	Updated int
	// Attachments is the legacy attachments array when one was sent.
	Attachments json.RawMessage
	// Metadata is the message metadata ({"event_type":…,"event_payload":{…}})
	// when chat.postMessage or chat.update sent one, compacted.
	Metadata json.RawMessage
}

func (m *Message) slackJSON() obj {
	o := obj{
		{"user", m.User},
		{"type", "message"},
		{"ts", m.TS},
		{"bot_id", BotID},
		{"app_id", AppID},
		{"text", m.Text},
		{"team", TeamID},
		{"bot_profile", botProfile()},
	}
	if m.ThreadTS != "" {
		o = append(o, kv{"thread_ts", m.ThreadTS})
	}
	if len(m.Blocks) > 0 {
		o = append(o, kv{"blocks", m.Blocks})
	}
	if len(m.Attachments) > 0 {
		o = append(o, kv{"attachments", m.Attachments})
	}
	if m.Updated > 0 {
		o = append(o, kv{"edited", obj{{"user", BotUserID}, {"ts", m.TS}}})
	}
	if len(m.Metadata) > 0 {
		o = append(o, kv{"metadata", m.Metadata})
	}
	return o
}

// View is a view as Slack holds it after views.open, views.push,
// views.update or views.publish.
type View struct {
	ID              string
	Type            string // "modal" or "home"
	User            string
	CallbackID      string
	ExternalID      string
	PrivateMetadata string
	Hash            string
	RootViewID      string
	PreviousViewID  string
	Blocks          json.RawMessage
	// JSON is the whole view as views.* returned it.
	JSON json.RawMessage
	// Updated counts views.update / views.publish calls after the first.
	Updated int
}

// Fault is an injected failure for FailNext.
type Fault struct {
	// Status is the HTTP status; 0 means 200.
	Status int
	// RetryAfter is the Retry-After header value, "" for none.
	RetryAfter string
	// Error is the Slack error code in the body; "" means "ratelimited"
	// for a 429 and "internal_error" otherwise.
	Error string
	// Served makes the call take effect before the fault is answered, as
	// when Slack accepted a request and its answer was lost (a timeout, a
	// 5xx from a proxy): a chat.postMessage then posts the message all the
	// same.
	Served bool
}

// User is a workspace member served by users.info.
type User struct {
	ID, Name, RealName, Email, TZ string
	IsBot                         bool
}

type trigger struct {
	user    string
	viewID  string
	at      time.Time // issued: when its envelope was built, then sent
	expired bool
}

type responseURL struct {
	user      string
	channel   string
	messageTS string
	ephemeral bool
	uses      int
	at        time.Time
}

const (
	defaultTriggerTTL = 3 * time.Second
	responseURLMaxUse = 5
	responseURLTTL    = 30 * time.Minute
	maxMessageText    = 40000
)

func (s *Server) newTrigger(user, viewID string) string {
	id := newTriggerID()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.triggers[id] = &trigger{user: user, viewID: viewID, at: time.Now()}
	return id
}

// ExpireTrigger makes triggerID unusable for views.open/views.push
// (expired_trigger_id), as if more than 3 s had passed.
func (s *Server) ExpireTrigger(triggerID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.triggers[triggerID]; ok {
		t.expired = true
	}
}

// SetTriggerTTL sets how long a trigger_id stays usable after its envelope
// was sent (3 s, like Slack, unless changed). 0 makes every trigger expired.
func (s *Server) SetTriggerTTL(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.triggerTTL = d
}

func (s *Server) newResponseURL(kind, user, channel, messageTS string, ephemeral bool) string {
	id := randAlnum(8) + "/" + randAlnum(24)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.responseURLs[id] = &responseURL{user: user, channel: channel, messageTS: messageTS, ephemeral: ephemeral, at: time.Now()}
	return s.hs.URL + "/response/" + kind + "/" + TeamID + "/" + id
}

// FailNext makes the next times calls of method (a Web API method name, or
// "response_url") fail with f instead of being served. Faults queue up.
func (s *Server) FailNext(method string, times int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.faults[method] = append(s.faults[method], f)
	}
}

// AddUser adds or replaces a user for users.info.
func (s *Server) AddUser(u User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[u.ID] = u
}

// SetChannelMembers sets the members conversations.members returns.
func (s *Server) SetChannelMembers(channel string, users ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[channel] = append([]string(nil), users...)
}

// Calls returns the calls of method ("" for all), in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c.clone())
		}
	}
	return out
}

func (c Call) clone() Call {
	args := make(map[string]string, len(c.Args))
	for k, v := range c.Args {
		args[k] = v
	}
	c.Args = args
	c.JSON = append(json.RawMessage(nil), c.JSON...)
	if len(c.JSON) == 0 {
		c.JSON = nil
	}
	return c
}

// WaitCall waits for a call of method ("" for any) for which match (nil for
// any) returns true, including calls made before; it returns the earliest.
func (s *Server) WaitCall(ctx context.Context, method string, match func(Call) bool) (Call, error) {
	var got Call
	err := s.wait(ctx, "call "+method, func() bool {
		for _, c := range s.calls {
			if (method == "" || c.Method == method) && (match == nil || match(c.clone())) {
				got = c.clone()
				return true
			}
		}
		return false
	})
	return got, err
}

// Messages returns the messages Slack holds for channel ("" for all
// channels), in posting order, with updates applied and deletions removed.
func (s *Server) Messages(channel string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.msgs {
		if channel == "" || m.Channel == channel {
			out = append(out, *m)
		}
	}
	return out
}

// WaitMessage waits until a held message (in its current state) matches, and
// returns the earliest posted one that does.
func (s *Server) WaitMessage(ctx context.Context, match func(Message) bool) (Message, error) {
	var got Message
	err := s.wait(ctx, "message", func() bool {
		for _, m := range s.msgs {
			if match == nil || match(*m) {
				got = *m
				return true
			}
		}
		return false
	})
	return got, err
}

// Views returns the views Slack holds (modals and Home tabs), in creation order.
func (s *Server) Views() []View {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []View
	for _, v := range s.views {
		out = append(out, *v)
	}
	return out
}

// HomeView returns the Home tab view last published for user.
func (s *Server) HomeView(user string) (View, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.homeViewLocked(user); v != nil {
		return *v, true
	}
	return View{}, false
}

func (s *Server) homeViewLocked(user string) *View {
	for _, v := range s.views {
		if v.Type == "home" && v.User == user {
			return v
		}
	}
	return nil
}

func (s *Server) openModalLocked(user, callbackID string) *View {
	for i := len(s.views) - 1; i >= 0; i-- {
		v := s.views[i]
		if v.Type == "modal" && v.User == user && v.CallbackID == callbackID {
			return v
		}
	}
	return nil
}

func (s *Server) findMessageLocked(channel, ts string) *Message {
	for _, m := range s.msgs {
		if m.Channel == channel && m.TS == ts {
			return m
		}
	}
	return nil
}
