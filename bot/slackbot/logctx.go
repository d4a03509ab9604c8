package slackbot

import (
	"context"
	"errors"
	"log/slog"
	"net/url"

	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/conversation"
)

// Logging rules: every line logged while handling an envelope carries the
// envelope's ids (envelope, event, team, user, kind) through the logger
// that the worker pool puts in the job's context. Message text, form values and
// tokens are never logged at info level or above.

// logFor is the logger for work done under ctx: the envelope's logger in a
// job, the bot's logger elsewhere.
func (b *Bot) logFor(ctx context.Context) *slog.Logger { return conversation.LoggerFrom(ctx, b.log) }

// envelopeLog is the logger for one envelope's handling. Empty ids are
// left out.
func (b *Bot) envelopeLog(kind, envelope, event, team, user string) *slog.Logger {
	attrs := make([]slog.Attr, 1, 5) // as attributes, not key-value args: nothing is boxed
	attrs[0] = slog.String("kind", kind)
	for _, kv := range [...][2]string{{"envelope", envelope}, {"event", event}, {"team", team}, {"user", user}} {
		if kv[1] != "" {
			attrs = append(attrs, slog.String(kv[0], kv[1]))
		}
	}
	return slog.New(b.log.Handler().WithAttrs(attrs))
}

// envelopeID is req's envelope id ("" without a request).
func envelopeID(req *socketmode.Request) string {
	if req == nil {
		return ""
	}
	return req.EnvelopeID
}

// eventUser is the Slack user id of an inner Events API event ("" when it
// has none).
func eventUser(data any) string {
	switch e := data.(type) {
	case *slackevents.MessageEvent:
		return e.User
	case *slackevents.AppMentionEvent:
		return e.User
	case *slackevents.AppHomeOpenedEvent:
		return e.User
	case *slackevents.AssistantThreadStartedEvent:
		return e.AssistantThread.UserID
	case *slackevents.AssistantThreadContextChangedEvent:
		return e.AssistantThread.UserID
	}
	return ""
}

// safeErr is err for a log line, without the URL of a failed HTTP request:
// a response_url is a credential.
func safeErr(err error) any {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return ue.Op + " request failed: " + ue.Err.Error()
	}
	return err
}
