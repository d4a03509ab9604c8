package web

import (
	"context"
	"slices"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// textConsultantsOff is said when a visitor asks for a consultant where
// no consultants' desk is connected.
const textConsultantsOff = "Our consultants aren't connected to this chat, so I can't pass a request on from here. " +
	"Please contact Consulting Springfield directly."

// turnSurface is the bot.Surface of one turn: what the core shows,
// updates and tells privately is collected, in order, into the turn's
// response. The page is the visitor's own, so a private notice is shown
// like any reply, and an answered question replaces its question by id
// and round (the page finds it; no reference is needed).
type turnSurface struct {
	s       *Server
	key     conversation.Key
	replies []conversation.Reply
	// forgotten: the visitor asked to be forgotten; the session is gone.
	forgotten bool
	// toldOff: the visitor was told that consultants are not connected.
	toldOff bool
}

var _ bot.Surface = (*turnSurface)(nil)

// Show adds r. A reply asking for a consultant where none are connected
// says so instead; the contact form itself is StartHandoff's to show.
func (t *turnSurface) Show(_ context.Context, r conversation.Reply) string {
	if r.Handoff && t.s.handoffs == nil {
		r.Text, t.toldOff = textConsultantsOff, true
	}
	r.Handoff = false
	t.replies = append(t.replies, r)
	return ""
}

// UpdateAnswered adds the answered line that replaces the question.
func (t *turnSurface) UpdateAnswered(_ context.Context, _ string, a conversation.Answered) {
	t.replies = append(t.replies, conversation.Reply{Answered: &a})
}

// TellPrivately adds the notice: only the visitor sees their page.
func (t *turnSurface) TellPrivately(_ context.Context, r conversation.Reply) {
	t.replies = append(t.replies, r)
}

// StartHandoff shows the contact form, unless the visitor has a request
// already (the handoff tells them about it) or no consultants are
// connected (they are told so).
func (t *turnSurface) StartHandoff(ctx context.Context) {
	switch {
	case t.s.handoffs == nil:
		if !t.toldOff {
			t.replies = append(t.replies, conversation.Reply{Notice: textConsultantsOff})
			t.toldOff = true
		}
	case t.s.handoffs.TellActive(ctx, t.key, ""):
	default:
		t.replies = append(t.replies, conversation.Reply{Handoff: true})
	}
}

// Forget deletes the session's pushes and the session itself; the turn's
// response then starts a fresh one.
func (t *turnSurface) Forget(ctx context.Context) {
	t.forgotten = true
	if err := t.s.pushes.Delete(ctx, t.key.User); err != nil {
		t.s.log.Warn("web forget: push log not deleted", "session", t.key.User, "err", err)
	}
	if err := t.s.sessions.Delete(ctx, t.key.User); err != nil {
		t.s.log.Warn("web forget: session not deleted", "session", t.key.User, "err", err)
	}
}

// endHandoff ends the visitor's conversation with a consultant when in is
// an end word and they have one; it reports whether it did. The handoff
// tells the visitor (a push); a failure is told in the turn.
func (s *Server) endHandoff(ctx context.Context, in conversation.Input, t *turnSurface) bool {
	if s.handoffs == nil || in.Kind != conversation.InputText || !isEndWord(in.Text) {
		return false
	}
	if _, err := s.handoffs.Active(ctx, t.key); err != nil {
		return false
	}
	if m := s.handoffs.End(ctx, t.key, ""); m != nil {
		t.TellPrivately(ctx, conversation.Reply{Notice: upperFirst(m(visitorStyle))})
	}
	return true
}

// replies converts replies to their JSON form for the page; where no
// consultants are connected, their button is left out.
func (s *Server) replies(rs []conversation.Reply) []Reply {
	if s.handoffs == nil {
		rs = slices.Clone(rs)
		for i := range rs {
			rs[i].Actions = slices.DeleteFunc(slices.Clone(rs[i].Actions), func(a conversation.Action) bool {
				return a.ID == conversation.ActionConsult
			})
		}
	}
	return Replies(rs)
}
