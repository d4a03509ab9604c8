package slackbot

import (
	"context"
	"strings"
	"time"

	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

const platform = "slack"

// cmdThread marks the conversation of slash-command questions asked in a
// channel: its replies are ephemeral. Such a thread is "<channel>/cmd".
const cmdThread = "cmd"

// interaction is what a click, a command or a modal brings along.
type interaction struct {
	channel     string // where it happened
	messageTS   string // the clicked message ("" when not a click on a message)
	ephemeral   bool   // the clicked message is ephemeral
	responseURL string
	triggerID   string
	// formOpened: the contact form was opened with the trigger already
	// (consultFormFirst), so a handoff reply needs nothing more.
	formOpened bool
}

// onEventsAPI acks an Events API envelope and queues its work. An event
// that cannot be queued (full queue) is left unacked so Slack retries it.
func (b *Bot) onEventsAPI(via *sock, evt socketmode.Event) {
	received := time.Now()
	ev, ok := evt.Data.(slackevents.EventsAPIEvent)
	if !ok {
		via.ack(evt.Request, nil, "events_api", received)
		return
	}
	kind := "events_api:" + ev.InnerEvent.Type
	b.metrics.EnvelopeReceived(kind)
	team, eventID := ev.TeamID, ""
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
		if team == "" {
			team = cb.TeamID
		}
	}
	if j, ok := b.eventJob(team, ev.InnerEvent.Data); ok {
		envelope := envelopeID(evt.Request)
		j.Kind, j.Received = kind, received
		j.Log = b.envelopeLog(kind, envelope, eventID, team, eventUser(ev.InnerEvent.Data))
		j.DedupeID = "event:" + eventID
		if eventID == "" && evt.Request != nil {
			j.DedupeID = "envelope:" + envelope
		}
		if evt.Request != nil && evt.Request.RetryAttempt > 0 {
			j.Log.Debug("event redelivered", "attempt", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
		}
		if j, ok = b.gate(team, ev.InnerEvent.Data, j); ok && !b.pool.Submit(j) {
			b.metrics.EnvelopeRefused(kind)
			j.Log.Warn("worker queue full: event left unacked for Slack to retry")
			return
		}
	}
	via.ack(evt.Request, nil, kind, received)
}

// ignoredEvent reports whether the bot never acts on an event of type typ
// with these fields: a message or mention by a bot (its own posts echoed
// back included) or by no one, or a message with a subtype other than
// thread_broadcast (edits, deletions, joins). eventJob and the socket
// reader (wire.go, which drops such envelopes before slack-go decodes
// them) share this rule.
func (b *Bot) ignoredEvent(typ, subtype, botID, user string) bool {
	switch typ {
	case "message":
		return botID != "" || user == "" || user == b.botUserID || subtype != "" && subtype != "thread_broadcast"
	case "app_mention":
		return botID != "" || user == "" || user == b.botUserID
	}
	return false
}

// eventJob turns an inner event into work, or reports that the event is
// ignored (the bot's own messages, edits, joins and other subtypes).
func (b *Bot) eventJob(team string, data any) (bot.Job, bool) {
	switch e := data.(type) {
	case *slackevents.MessageEvent:
		if b.ignoredEvent("message", e.SubType, e.BotID, e.User) {
			return bot.Job{}, false
		}
		human := e.BotID == "" && e.User != "" && e.User != b.botUserID
		var normal *bot.Job // the normal handling of a thread reply, if any
		if human && e.SubType == "" && e.ChannelType != "im" {
			if j, ok := b.threadJob(team, e); ok {
				normal = &j
			}
		}
		if j, ok := b.handoffThreadJob(team, e, normal); ok {
			return j, true // maybe a consultant writing in a handoff card's thread
		}
		if e.SubType != "" || !human {
			return bot.Job{}, false
		}
		if e.ChannelType != "im" {
			if normal != nil {
				return *normal, true
			}
			return bot.Job{}, false
		}
		key := conversation.Key{Platform: platform, Team: team, User: e.User}
		d := dest{channel: e.Channel, threadTS: e.ThreadTimeStamp}
		text := unescape(strings.TrimSpace(e.Text))
		b.rememberDM(e.User, e.Channel)
		inThread := e.ThreadTimeStamp != "" && e.ThreadTimeStamp != e.TimeStamp
		return bot.Job{Shard: key.String(), Turn: key, Run: func(ctx context.Context) {
			if inThread && b.assistantMessage(ctx, key, d, e.Text, text) {
				return // an assistant panel's thread: its own conversation
			}
			b.converse(ctx, key, d, textInput(text), nil)
		}}, true

	case *slackevents.AppMentionEvent:
		if b.ignoredEvent("app_mention", "", e.BotID, e.User) || e.Edited != nil {
			return bot.Job{}, false
		}
		threadTS := e.ThreadTimeStamp
		if threadTS == "" {
			threadTS = e.TimeStamp
		}
		key := conversation.Key{Platform: platform, Team: team, User: e.User, Thread: e.Channel + "/" + threadTS}
		d := dest{channel: e.Channel, threadTS: threadTS}
		text := unescape(stripMention(e.Text, b.botUserID))
		return bot.Job{Shard: key.String(), Turn: key, Run: func(ctx context.Context) {
			b.converse(ctx, key, d, textInput(text), nil)
		}}, true

	case *slackevents.AssistantThreadStartedEvent:
		return b.assistantJob(team, e.AssistantThread, true)
	case *slackevents.AssistantThreadContextChangedEvent:
		return b.assistantJob(team, e.AssistantThread, false)

	case *slackevents.AppHomeOpenedEvent:
		if e.Tab != "home" || e.User == "" {
			return bot.Job{}, false
		}
		key := conversation.Key{Platform: platform, Team: team, User: e.User}
		return bot.Job{Shard: key.String(), Run: func(ctx context.Context) {
			b.publishHome(ctx, key)
		}}, true
	}
	return bot.Job{}, false
}

// threadJob continues an assessment in a channel thread without a new
// mention: a plain reply in a thread where the user's assessment (started
// by mentioning the bot) is under way goes to that conversation. Other
// channel messages are ignored, and so are mentions (app_mention handles
// them).
func (b *Bot) threadJob(team string, e *slackevents.MessageEvent) (bot.Job, bool) {
	if e.ThreadTimeStamp == "" || e.ThreadTimeStamp == e.TimeStamp || b.botUserID == "" ||
		strings.Contains(e.Text, "<@"+b.botUserID) {
		return bot.Job{}, false
	}
	key := conversation.Key{Platform: platform, Team: team, User: e.User, Thread: e.Channel + "/" + e.ThreadTimeStamp}
	d := dest{channel: e.Channel, threadTS: e.ThreadTimeStamp}
	text := unescape(strings.TrimSpace(e.Text))
	return bot.Job{Shard: key.String(), Run: func(ctx context.Context) {
		st, err := b.eng.Status(ctx, key)
		if err != nil || !st.InProgress {
			return // not talking with the bot here
		}
		b.converse(ctx, key, d, textInput(text), nil)
	}}, true
}

// textInput is the engine input for a typed message; an empty one (a bare
// mention) asks for help.
func textInput(text string) conversation.Input {
	if text == "" {
		return conversation.Cmd(conversation.CommandHelp)
	}
	return conversation.Text(text)
}

// converse hands one input of the conversation key to the core; its
// replies are shown at d (in an assistant thread, with a status meanwhile).
func (b *Bot) converse(ctx context.Context, key conversation.Key, d dest, in conversation.Input, ia *interaction) {
	s := &surface{b: b, key: key, d: d, ia: ia, urgent: conversation.IsControl(in)}
	if channel, ts, ok := assistantThreadOf(key); ok {
		b.converseInAssistant(ctx, channel, ts, key, in, s)
		return
	}
	b.core.Converse(ctx, key, in, s)
}

// destFor is where the replies of the conversation key go.
func (b *Bot) destFor(ctx context.Context, key conversation.Key, ia *interaction) (dest, error) {
	if key.Thread == "" {
		if ia != nil && strings.HasPrefix(ia.channel, "D") {
			return dest{channel: ia.channel}, nil
		}
		ch, err := b.openDM(ctx, key.User)
		return dest{channel: ch}, err
	}
	channel, ts, _ := strings.Cut(key.Thread, "/")
	if ts == cmdThread {
		d := dest{channel: channel}
		resp := ""
		if ia != nil {
			resp = ia.responseURL
		}
		return d.privately(key.User, resp), nil
	}
	return dest{channel: channel, threadTS: ts}, nil
}
