package slackbot

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// Slack's assistant panel: a side panel (or split view) a user opens from
// the top bar of any channel, where each conversation is a thread of their
// DM with the bot. Such a thread is a conversation of its own (its key's
// Thread is "D…/ts"), run by the same Core as a DM: the replies, buttons,
// assessment and handoff work there as in the DM. Around it the bot greets
// a new thread with suggested prompts, shows "is thinking…" while a reply
// is prepared, names the thread after what the user asked first, and
// remembers the channel the user views (for the consultant's card) without
// ever reading it. Everything the assistant methods add is optional: when
// Slack refuses them (no feature, no scope) the bot works as in a DM and
// only logs and counts the refusals. Workspaces without the feature never
// send these events and keep the DM behaviour.

// Prompt is a suggested prompt of the assistant panel: Title is shown,
// Message is what the user sends by clicking it.
type Prompt struct{ Title, Message string }

// suggestedPrompts are offered in every new assistant thread; the app
// manifest's assistant_view lists the same ones.
var suggestedPrompts = []Prompt{
	{Title: "Do I need a CIO or a CTO?", Message: "Do I need a CIO or a CTO?"},
	{Title: "What's the difference?", Message: "What's the difference between a CIO and a CTO?"},
	{Title: "Take the 2-minute assessment", Message: "Take the 2-minute assessment"},
	{Title: "Talk to a consultant", Message: "Talk to a consultant"},
}

// SuggestedPrompts returns the prompts a new assistant thread offers.
func SuggestedPrompts() []Prompt { return slices.Clone(suggestedPrompts) }

// Texts of the assistant panel.
const (
	textAssistantGreeting = "Hi! I'm techleader, from Consulting Springfield. I help business owners work out " +
		"whether they need a *CIO*, a *CTO*, both, or a part-time (virtual) one. Pick a suggestion or ask in your own words."
	textPromptsTitle   = "Where to start"
	textStatusThinking = "is thinking…"
)

const (
	// threadMetaType is the metadata event type of the greeting, which
	// marks a thread as the bot's assistant thread and carries the channel
	// the user views, for every replica.
	threadMetaType = "techleader_assistant_thread"
	// assistantCallTimeout bounds a status, prompts or title call: they
	// are decoration and must not hold a reply back (no long 429 waits).
	assistantCallTimeout = 3 * time.Second
	// titleOnce is how long a thread is remembered as named.
	titleOnce = 90 * 24 * time.Hour
	// maxThreadNotes bounds the threads remembered in memory.
	maxThreadNotes = 100000
)

// assistantState is what the bot remembers of assistant threads. The zero
// value is ready; it is safe for concurrent use.
type assistantState struct {
	mu     sync.Mutex
	notes  map[string]threadNote // "channel/ts" -> what is known
	titled map[string]bool       // threads named, when the bot has no Deduper
	// refusedLogged: a refusal of the assistant methods was logged at
	// warn level; later ones are logged at debug level.
	refusedLogged atomic.Bool
}

// threadNote is what is known of a thread of a user's DM with the bot.
type threadNote struct {
	assistant bool   // it is an assistant thread
	greeting  string // ts of the bot's greeting in it ("" unknown)
	origin    string // the channel the user views, as last known here
}

func (a *assistantState) note(channel, ts string) (threadNote, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	n, ok := a.notes[channel+"/"+ts]
	return n, ok
}

func (a *assistantState) remember(channel, ts string, n threadNote) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.notes == nil || len(a.notes) > maxThreadNotes {
		a.notes = map[string]threadNote{}
	}
	a.notes[channel+"/"+ts] = n
}

// tsPattern matches a Slack message ts.
var tsPattern = regexp.MustCompile(`^[0-9]{1,12}\.[0-9]{1,6}$`)

// assistantThreadOf returns the DM channel and thread ts of key when key
// is an assistant thread's conversation ("D…/ts").
func assistantThreadOf(key conversation.Key) (channel, ts string, ok bool) {
	channel, ts, found := strings.Cut(key.Thread, "/")
	if !found || !strings.HasPrefix(channel, "D") || !slackID.MatchString(channel) || !tsPattern.MatchString(ts) {
		return "", "", false
	}
	return channel, ts, true
}

// viewedChannel is id when it names a channel worth showing on a card (a
// public or private channel), "" otherwise: a DM the user has open with
// someone else is nobody else's business.
func viewedChannel(id string) string {
	if (strings.HasPrefix(id, "C") || strings.HasPrefix(id, "G")) && slackID.MatchString(id) {
		return id
	}
	return ""
}

// assistantJob turns an assistant thread event into work, in the order of
// the user's other inputs.
func (b *Bot) assistantJob(team string, at slackevents.AssistantThread, started bool) (bot.Job, bool) {
	if at.UserID == "" || !strings.HasPrefix(at.ChannelID, "D") || !tsPattern.MatchString(at.ThreadTimeStamp) {
		return bot.Job{}, false
	}
	key := conversation.Key{Platform: platform, Team: team, User: at.UserID}
	return bot.Job{Shard: key.String(), Run: func(ctx context.Context) {
		if started {
			b.assistantStarted(ctx, at)
		} else {
			b.assistantContextChanged(ctx, at)
		}
	}}, true
}

// assistantStarted greets a new thread and offers the suggested prompts.
// The greeting carries the thread's metadata (threadMetaType), by which
// any replica recognises the thread later.
func (b *Bot) assistantStarted(ctx context.Context, at slackevents.AssistantThread) {
	channel, ts := at.ChannelID, at.ThreadTimeStamp
	n := threadNote{assistant: true, origin: viewedChannel(at.Context.ChannelID)}
	b.assistant.remember(channel, ts, n)
	if g := b.postGreeting(ctx, channel, ts, n.origin); g != "" {
		n.greeting = g
		b.assistant.remember(channel, ts, n)
	}
	params := slack.AssistantThreadsSetSuggestedPromptsParameters{Title: textPromptsTitle, ChannelID: channel, ThreadTS: ts}
	for _, p := range suggestedPrompts {
		params.AddPrompt(p.Title, p.Message)
	}
	b.assistantCall(ctx, "assistant.threads.setSuggestedPrompts", func(ctx context.Context) error {
		return b.client.SetAssistantThreadsSuggestedPromptsContext(ctx, params)
	})
}

// assistantContextChanged remembers the channel the user now views: here
// and on the greeting's metadata, for the other replicas. The channel
// itself is never read.
func (b *Bot) assistantContextChanged(ctx context.Context, at slackevents.AssistantThread) {
	channel, ts := at.ChannelID, at.ThreadTimeStamp
	n, ok := b.assistantThread(ctx, channel, ts)
	origin := viewedChannel(at.Context.ChannelID)
	if !ok || n.origin == origin {
		return
	}
	n.origin = origin
	b.assistant.remember(channel, ts, n)
	if n.greeting != "" {
		b.updateGreeting(ctx, channel, n.greeting, origin)
	}
}

// greetingOptions are the greeting's text, blocks and metadata.
func greetingOptions(origin string) []slack.MsgOption {
	m := renderText(textAssistantGreeting)
	meta := slack.SlackMetadata{EventType: threadMetaType, EventPayload: map[string]any{"origin": origin}}
	return []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionBlocks(m.blocks...), slack.MsgOptionMetadata(meta)}
}

// postGreeting posts the greeting in the thread and returns its ts, ""
// when it could not be posted (logged and counted).
func (b *Bot) postGreeting(ctx context.Context, channel, ts, origin string) string {
	var posted string
	err := b.api.call(ctx, "chat.postMessage", channel, func(ctx context.Context) error {
		opts := append(greetingOptions(origin), slack.MsgOptionTS(ts))
		var err error
		_, posted, err = b.client.PostMessageContext(ctx, channel, opts...)
		return err
	})
	if err != nil {
		b.metrics.Undelivered("chat.postMessage")
		b.logFor(ctx).Error("assistant greeting undelivered", "channel", channel, "err", safeErr(err))
		return ""
	}
	return posted
}

// updateGreeting puts origin on the greeting's metadata.
func (b *Bot) updateGreeting(ctx context.Context, channel, greeting, origin string) {
	err := b.api.call(ctx, "chat.update", channel, func(ctx context.Context) error {
		_, _, _, err := b.client.UpdateMessageContext(ctx, channel, greeting, greetingOptions(origin)...)
		return err
	})
	if err != nil {
		b.logFor(ctx).Warn("assistant thread context not recorded", "channel", channel, "err", safeErr(err))
	}
}

// assistantThread tells whether the thread ts of the DM channel is an
// assistant thread, from memory or, the first time this replica meets it,
// from the thread itself (its root is Slack's assistant_app_thread, or it
// holds the bot's greeting). A thread that cannot be read is taken for an
// ordinary DM thread: for good when Slack refuses to show it, else until
// the next message asks again.
func (b *Bot) assistantThread(ctx context.Context, channel, ts string) (threadNote, bool) {
	if n, ok := b.assistant.note(channel, ts); ok {
		return n, n.assistant
	}
	n, err := b.readThread(ctx, channel, ts)
	if err != nil {
		b.logFor(ctx).Warn("DM thread not recognised; answered as the DM", "channel", channel, "err", safeErr(err))
		if classify(err).kind == errRefused {
			b.assistant.remember(channel, ts, threadNote{})
		}
		return threadNote{}, false
	}
	b.assistant.remember(channel, ts, n)
	return n, n.assistant
}

// readThread reads the first messages of a thread of the bot's DM with a
// user (never any other conversation) for what marks an assistant thread.
func (b *Bot) readThread(ctx context.Context, channel, ts string) (threadNote, error) {
	var msgs []slack.Message
	err := b.api.call(ctx, "conversations.replies", "", func(ctx context.Context) error {
		var err error
		msgs, _, _, err = b.client.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: ts, Limit: 20, Inclusive: true, IncludeAllMetadata: true,
		})
		return err
	})
	if slackErrCode(err) == "thread_not_found" {
		return threadNote{}, nil
	}
	if err != nil {
		return threadNote{}, err
	}
	var n threadNote
	for _, m := range msgs {
		if m.Timestamp == ts && m.SubType == "assistant_app_thread" {
			n.assistant = true
		}
		if m.Metadata.EventType == threadMetaType && n.greeting == "" && b.isOwn(m) {
			n.assistant, n.greeting = true, m.Timestamp
			origin, _ := m.Metadata.EventPayload["origin"].(string)
			n.origin = viewedChannel(origin)
		}
	}
	return n, nil
}

// isOwn reports whether m was posted by this bot.
func (b *Bot) isOwn(m slack.Message) bool {
	return b.botUserID != "" && m.User == b.botUserID || b.botID != "" && m.BotID == b.botID
}

// assistantOrigin is the channel the user of the thread views, read from
// the thread (another replica may have seen it change), else as known
// here.
func (b *Bot) assistantOrigin(ctx context.Context, channel, ts string) string {
	n, err := b.readThread(ctx, channel, ts)
	if err == nil && n.greeting != "" {
		b.assistant.remember(channel, ts, n)
		return n.origin
	}
	known, _ := b.assistant.note(channel, ts)
	return known.origin
}

// assistantMessage handles a message typed in a thread of the user's DM
// when the thread is an assistant thread, and reports whether it was one:
// the message goes to the thread's own conversation, and the first one
// names the thread. raw is the message as Slack sent it.
func (b *Bot) assistantMessage(ctx context.Context, key conversation.Key, d dest, raw, text string) bool {
	if _, ok := b.assistantThread(ctx, d.channel, d.threadTS); !ok {
		return false
	}
	key.Thread = d.channel + "/" + d.threadTS
	in := textInput(text)
	b.converse(ctx, key, d, in, nil)
	if !conversation.IsForget(in) {
		b.nameThread(ctx, key, d, raw)
	}
	return true
}
