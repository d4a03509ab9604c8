package slacktest

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// Slack's assistant surface: a side panel (and split view) a person opens
// from the top bar; each conversation there is a thread of their DM with
// the app, whose root Slack creates (subtype assistant_app_thread). The
// fake holds the threads it started, serves the assistant.threads.*
// methods and clears a thread's status when the bot posts in it, as Slack
// does.

// maxSuggestedPrompts is how many prompts setSuggestedPrompts takes.
const maxSuggestedPrompts = 4

// AssistantThread is an assistant thread as Slack holds it.
type AssistantThread struct {
	User    string // who opened it
	Channel string // their DM with the app: IMChannel(User)
	TS      string // the thread_ts, the ts of its root
	// Context is the channel the person was viewing when the thread
	// started or its context last changed ("" when none).
	Context string
	// Title is what setTitle set ("" until then); TitleSets counts the
	// calls that set one.
	Title     string
	TitleSets int
	// Status is the status shown now ("" none). Statuses lists every
	// change, in order: setStatus calls (Status "" included) and clears
	// by the bot's posts in the thread.
	Status   string
	Statuses []StatusChange
	// PromptsTitle and Prompts are what setSuggestedPrompts set last.
	PromptsTitle string
	Prompts      []Prompt
	Created      time.Time
}

// StatusChange is one change of a thread's status.
type StatusChange struct {
	Status string
	// By is the method that made it: "assistant.threads.setStatus", or
	// "chat.postMessage" for the clear Slack makes when the app posts in
	// the thread.
	By string
}

// Prompt is a suggested prompt: Title is shown, Message is what the
// person sends by clicking it.
type Prompt struct {
	Title   string `json:"title"`
	Message string `json:"message"`
}

func (th *AssistantThread) clone() AssistantThread {
	c := *th
	c.Statuses = slices.Clone(th.Statuses)
	c.Prompts = slices.Clone(th.Prompts)
	return c
}

// rootText is the root's text: its title, or Slack's default one.
func (th *AssistantThread) rootText() string {
	if th.Title != "" {
		return th.Title
	}
	return "Chats from " + th.Created.UTC().Format("2006-01-02T15:04:05.000Z")
}

// NewAssistantThread starts an assistant thread of user (its root gets a
// new ts) while they view contextChannel ("" for none) and returns it.
// Deliver AssistantThreadStarted(th) to tell the bot.
func (s *Server) NewAssistantThread(user, contextChannel string) AssistantThread {
	s.mu.Lock()
	defer s.mu.Unlock()
	th := &AssistantThread{User: user, Channel: IMChannel(user), TS: s.nextTSLocked(), Context: contextChannel, Created: time.Now()}
	if s.assistant == nil {
		s.assistant = map[string]*AssistantThread{}
	}
	s.assistant[th.Channel+"/"+th.TS] = th
	s.notifyLocked()
	return th.clone()
}

// assistantEvent is the inner event of the two assistant thread events.
func assistantEvent(typ string, th AssistantThread, contextChannel string) obj {
	ctx := obj{}
	if contextChannel != "" {
		ctx = obj{{"channel_id", contextChannel}, {"team_id", TeamID}, {"enterprise_id", nil}}
	}
	return obj{
		{"type", typ},
		{"assistant_thread", obj{
			{"user_id", th.User},
			{"context", ctx},
			{"channel_id", th.Channel},
			{"thread_ts", th.TS},
		}},
		{"event_ts", formatTS(time.Now().UnixMicro())},
	}
}

// AssistantThreadStarted builds the assistant_thread_started event of th:
// {"type":"assistant_thread_started","assistant_thread":{"user_id",
// "context":{"channel_id","team_id","enterprise_id"},"channel_id",
// "thread_ts"},"event_ts"}.
func (s *Server) AssistantThreadStarted(th AssistantThread) Envelope {
	return s.eventEnvelope(assistantEvent("assistant_thread_started", th, th.Context))
}

// AssistantThreadContextChanged records that the person with th open now
// views channel and builds the assistant_thread_context_changed event
// (shaped as assistant_thread_started).
func (s *Server) AssistantThreadContextChanged(th AssistantThread, channel string) Envelope {
	s.mu.Lock()
	if held := s.assistantThreadLocked(th.Channel, th.TS); held != nil {
		held.Context = channel
	}
	s.mu.Unlock()
	return s.eventEnvelope(assistantEvent("assistant_thread_context_changed", th, channel))
}

// AssistantMessage builds the message.im event of th's person writing in
// th (clicking a suggested prompt sends its Message the same way).
func (s *Server) AssistantMessage(th AssistantThread, text string) Envelope {
	return s.ThreadMessage(th.User, th.Channel, th.TS, text)
}

// AssistantThread returns the thread of channel with root ts as Slack
// holds it now.
func (s *Server) AssistantThread(channel, ts string) (AssistantThread, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if th := s.assistantThreadLocked(channel, ts); th != nil {
		return th.clone(), true
	}
	return AssistantThread{}, false
}

// WaitAssistantThread waits until the thread of channel with root ts
// matches.
func (s *Server) WaitAssistantThread(ctx context.Context, channel, ts string, match func(AssistantThread) bool) (AssistantThread, error) {
	var got AssistantThread
	err := s.wait(ctx, "assistant thread "+channel+"/"+ts, func() bool {
		th := s.assistantThreadLocked(channel, ts)
		if th != nil && match(th.clone()) {
			got = th.clone()
			return true
		}
		return false
	})
	return got, err
}

// SetAssistantError makes every assistant.threads.* call answer
// {"ok":false,"error":code}, as Slack does for an app or workspace without
// the feature ("not_allowed", "feature_not_enabled"), until it is called
// again with "".
func (s *Server) SetAssistantError(code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.assistantErr = code
}

func (s *Server) assistantThreadLocked(channel, ts string) *AssistantThread {
	return s.assistant[channel+"/"+ts]
}

// assistantTarget finds the thread an assistant.threads.* call names, or
// the error Slack answers: the feature's error, channel_not_found for a
// channel with no assistant thread, invalid_thread_ts for an unknown ts.
// A missing thread_ts means the channel's latest thread when latest.
func (s *Server) assistantTarget(r *apiRequest, latest bool) (*AssistantThread, *apiResult) {
	fail := func(code string) (*AssistantThread, *apiResult) { res := errResult(code); return nil, &res }
	if s.assistantErr != "" {
		return fail(s.assistantErr)
	}
	ch, ts := r.args["channel_id"], r.args["thread_ts"]
	var newest *AssistantThread
	for _, th := range s.assistant {
		if th.Channel == ch && (newest == nil || th.TS > newest.TS) {
			newest = th
		}
	}
	switch {
	case newest == nil:
		return fail("channel_not_found")
	case ts == "" && latest:
		return newest, nil
	}
	if th := s.assistantThreadLocked(ch, ts); th != nil {
		return th, nil
	}
	return fail("invalid_thread_ts")
}

func (s *Server) assistantSetStatus(r *apiRequest) apiResult {
	th, fail := s.assistantTarget(r, false)
	if fail != nil {
		return *fail
	}
	status, ok := r.args["status"]
	if !ok {
		return errResult("invalid_arguments")
	}
	th.Status = status
	th.Statuses = append(th.Statuses, StatusChange{Status: status, By: "assistant.threads.setStatus"})
	return okResult()
}

func (s *Server) assistantSetSuggestedPrompts(r *apiRequest) apiResult {
	th, fail := s.assistantTarget(r, true)
	if fail != nil {
		return *fail
	}
	raw, ok := r.field("prompts")
	var prompts []Prompt
	if !ok || json.Unmarshal(raw, &prompts) != nil || len(prompts) == 0 || len(prompts) > maxSuggestedPrompts {
		return errResult("invalid_arguments")
	}
	for _, p := range prompts {
		if strings.TrimSpace(p.Title) == "" || strings.TrimSpace(p.Message) == "" {
			return errResult("invalid_arguments")
		}
	}
	th.PromptsTitle, th.Prompts = r.args["title"], prompts
	return okResult()
}

func (s *Server) assistantSetTitle(r *apiRequest) apiResult {
	th, fail := s.assistantTarget(r, false)
	if fail != nil {
		return *fail
	}
	title := r.args["title"]
	if strings.TrimSpace(title) == "" {
		return errResult("invalid_arguments")
	}
	th.Title = title
	th.TitleSets++
	return okResult()
}

// assistantPostedLocked clears the status of the assistant thread the bot
// just posted in, as Slack does.
func (s *Server) assistantPostedLocked(channel, threadTS string) {
	th := s.assistantThreadLocked(channel, threadTS)
	if threadTS == "" || th == nil || th.Status == "" {
		return
	}
	th.Status = ""
	th.Statuses = append(th.Statuses, StatusChange{Status: "", By: "chat.postMessage"})
}

// rootJSON is th's root message as conversations.replies lists it.
func (th *AssistantThread) rootJSON(replies int) obj {
	return obj{
		{"user", BotUserID},
		{"type", "message"},
		{"subtype", "assistant_app_thread"},
		{"ts", th.TS},
		{"text", th.rootText()},
		{"team", TeamID},
		{"thread_ts", th.TS},
		{"reply_count", replies},
		{"assistant_app_thread", obj{{"title", th.rootText()}, {"title_blocks", []any{}}, {"artifacts", []any{}}}},
	}
}
