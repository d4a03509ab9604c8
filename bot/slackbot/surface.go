package slackbot

import (
	"context"
	"strings"

	"github.com/springfield/techleader/conversation"
)

// surface is the bot.Surface of one Slack input: replies go to d (a DM, a
// thread, or privately where a command was typed); ia is the click or
// command the input came with, nil for a typed message.
type surface struct {
	b   *Bot
	key conversation.Key
	d   dest
	ia  *interaction
	// urgent: the input asks for help or to stop or forget; its replies
	// go ahead of the ordinary ones still queued for the channel.
	urgent bool
}

// Show posts r and returns "channel/ts", or "" for a private or
// undelivered message. While r waits for its turn in a busy channel, ts is
// a placeholder that UpdateAnswered understands.
func (s *surface) Show(ctx context.Context, r conversation.Reply) string {
	ts := s.b.deliver(ctx, s.d, renderReply(r, s.key), s.urgent)
	if ts == "" || s.d.ephemeral {
		return ""
	}
	return s.d.channel + "/" + ts
}

// UpdateAnswered replaces the question with its answer (and no buttons):
// the clicked message, or the question ref when the answer was typed.
func (s *surface) UpdateAnswered(ctx context.Context, ref string, a conversation.Answered) {
	m := renderReply(conversation.Reply{Answered: &a}, s.key)
	if ia := s.ia; ia != nil && (ia.messageTS != "" || ia.responseURL != "") {
		if ia.ephemeral || ia.messageTS == "" {
			s.b.updateLater(ctx, ia.channel, "", ia.responseURL, m)
		} else {
			s.b.updateLater(ctx, ia.channel, ia.messageTS, "", m)
		}
		return
	}
	if channel, ts, ok := strings.Cut(ref, "/"); ok {
		s.b.updateLater(ctx, channel, ts, "", m)
	}
}

// TellPrivately shows r to the user only: through the interaction's
// response_url when there is one, else chat.postEphemeral.
func (s *surface) TellPrivately(ctx context.Context, r conversation.Reply) {
	resp := ""
	if s.ia != nil {
		resp = s.ia.responseURL
	}
	s.b.deliver(ctx, s.d.privately(s.key.User, resp), renderReply(r, s.key), s.urgent)
}

// StartHandoff opens the contact form, offers it, or says why not.
func (s *surface) StartHandoff(ctx context.Context) { s.b.startHandoff(ctx, s.key, s.d, s.ia) }

// Forget drops the user's cached DM channel.
func (s *surface) Forget(context.Context) {
	s.b.dmMu.Lock()
	delete(s.b.dms, s.key.User)
	s.b.dmMu.Unlock()
}
