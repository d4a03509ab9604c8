package teams

import (
	"context"
	"strings"

	"github.com/springfield/techleader/conversation"
)

// surface is the bot.Surface of one Teams turn. Replies go where the turn
// came from: a new message in personal chat, a reply in a channel's
// thread or a group chat. For a card click, click is the waiting invoke:
// the clicked question's answer and a private note go into its response.
//
// Teams has no ephemeral messages. A notice that concerns only the user
// (TellPrivately) therefore goes, in order of preference, to: the invoke
// response of their click (only the clicker sees it); their personal chat
// with the bot, which is the turn's conversation in personal chat, or is
// opened from the stored reference when they wrote in a channel or group
// chat; and only when that chat cannot be reached, the thread itself
// (notices carry nothing personal: "no assessment in progress", "that
// question was already answered").
type surface struct {
	b     *Bot
	t     *Turn
	click *invoke // nil for a typed message
}

func (b *Bot) surface(t *Turn, click *invoke) *surface { return &surface{b: b, t: t, click: click} }

// refSep joins a conversation id and an activity id into a reference.
const refSep = "|"

// post sends act where the turn came from and returns its activity id,
// "" when it was not delivered (logged and counted).
func (s *surface) post(ctx context.Context, act *Activity) string {
	var (
		id  string
		err error
	)
	op := OpSend
	if s.t.ReplyTo != "" {
		op = OpReply
		id, err = s.b.conn.Reply(ctx, s.t.Ref, s.t.ReplyTo, act)
	} else {
		id, err = s.b.conn.Send(ctx, s.t.Ref, act)
	}
	if err != nil {
		s.b.metrics.Undelivered(op)
		s.b.logFor(ctx).Warn("teams: reply undelivered", "op", op, "err", err)
		return ""
	}
	return id
}

// Show posts r and returns "<conversation id>|<activity id>".
func (s *surface) Show(ctx context.Context, r conversation.Reply) string {
	id := s.post(ctx, RenderReply(r, s.t.Key))
	if id == "" {
		return ""
	}
	return s.t.Ref.ConversationID + refSep + id
}

// UpdateAnswered replaces the question with its answer: in the invoke
// response of the click, else by updating the clicked message or the
// message ref names.
func (s *surface) UpdateAnswered(ctx context.Context, ref string, a conversation.Answered) {
	if s.click != nil && s.click.respond(CardResponse(AnsweredCard(&a))) {
		return
	}
	conv, id := "", ""
	if i := strings.LastIndex(ref, refSep); i > 0 {
		conv, id = ref[:i], ref[i+len(refSep):]
	}
	if s.click != nil && s.t.Activity.ReplyToID != "" {
		conv, id = s.t.Ref.ConversationID, s.t.Activity.ReplyToID // the clicked message
	}
	if id == "" {
		return
	}
	dest := s.t.Ref
	dest.ConversationID = conv
	if err := s.b.conn.Update(ctx, dest, id, RenderReply(conversation.Reply{Answered: &a}, s.t.Key)); err != nil {
		s.b.metrics.Undelivered(OpUpdate)
		s.b.logFor(ctx).Warn("teams: answered question not updated", "err", err)
	}
}

// TellPrivately shows r to the user alone, as privately as Teams allows
// (see surface).
func (s *surface) TellPrivately(ctx context.Context, r conversation.Reply) {
	if s.click != nil && s.click.respond(MessageResponse(plainReply(r))) {
		return
	}
	act := RenderReply(r, s.t.Key)
	if s.t.Personal() {
		s.post(ctx, act)
		return
	}
	err := s.b.sendPersonal(ctx, s.t.Key, act)
	if err == nil {
		return
	}
	s.b.logFor(ctx).Info("teams: personal chat unreachable; notice shown in the thread", "err", err)
	s.post(ctx, act)
}

// plainReply is a notice as plain text (an invoke's message response).
func plainReply(r conversation.Reply) string {
	return strings.TrimSpace(plainText(r.Notice + "\n" + r.Text))
}

// StartHandoff shows the contact form (see Bot.startHandoff).
func (s *surface) StartHandoff(ctx context.Context) { s.b.startHandoff(ctx, s) }

// Forget deletes the user's stored conversation references.
func (s *surface) Forget(ctx context.Context) {
	if err := s.b.refs.Delete(ctx, s.t.Key.DirectKey()); err != nil {
		s.b.logFor(ctx).Warn("teams: references not deleted on forget", "err", err)
	}
}

// respondCard replaces the clicked card with card: in the invoke
// response, else by updating the clicked message.
func (s *surface) respondCard(ctx context.Context, card *Card) {
	if s.click != nil && s.click.respond(CardResponse(card)) {
		return
	}
	id := s.t.Activity.ReplyToID
	if id == "" {
		return
	}
	act := &Activity{Type: TypeMessage, Attachments: []Attachment{{ContentType: contentTypeCard, Content: card}}}
	if err := s.b.conn.Update(ctx, s.t.Ref, id, act); err != nil {
		s.b.metrics.Undelivered(OpUpdate)
		s.b.logFor(ctx).Warn("teams: clicked card not updated", "err", err)
	}
}
