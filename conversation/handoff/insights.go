package handoff

import (
	"context"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// record hands e to the insights recorder, if any; a failure is logged and
// changes nothing else.
func (s *Service) record(ctx context.Context, user conversation.Key, e insights.Event) {
	if s.insights == nil {
		return
	}
	if err := s.insights.Record(ctx, user, e); err != nil {
		s.logFor(ctx).Warn("handoff: insights event not recorded", "event", string(e.Kind), "err", err)
	}
}

// askRating asks the user of rec, just closed, how it went, in the
// conversation the handoff was asked from: the Surveyor's replies, shown
// with their buttons where the user's side can.
func (s *Service) askRating(ctx context.Context, rec Handoff) {
	if s.surveys == nil {
		return
	}
	user := rec.User
	user.Thread = rec.Thread
	for _, r := range s.surveys.Handle(ctx, user, conversation.HandoffClosed(rec.ID)) {
		s.tellReply(ctx, user, rec.UserRef, r)
	}
}

// tellReply shows r to user: with its buttons through a ReplyTeller, else
// its text.
func (s *Service) tellReply(ctx context.Context, user conversation.Key, ref string, r conversation.Reply) {
	side, ok := s.users[user.Platform]
	if !ok {
		s.logFor(ctx).Error("handoff: no user side for the user's platform", "platform", user.Platform)
		return
	}
	var err error
	if rt, ok := side.(ReplyTeller); ok {
		err = rt.TellReply(ctx, user, ref, r)
	} else {
		text := r.Text
		if text == "" {
			text = r.Notice
		}
		err = side.Tell(ctx, user, ref, Text(text))
	}
	if err != nil {
		s.logFor(ctx).Warn("handoff: user not asked for a rating", "err", err)
	}
}

// Rated tells the thread of the card of the user's handoff r.Handoff how
// the user rated it ("rated 4/5") or what they commented. A rating of a
// handoff that is not the user's, or is gone, is ignored.
func (s *Service) Rated(ctx context.Context, user conversation.Key, r conversation.Rating) {
	rec, err := s.store.Get(ctx, r.Handoff)
	if err != nil || rec.User != user.DirectKey() {
		s.logFor(ctx).Info("handoff: rating of no handoff of the user's ignored", "handoff", r.Handoff, "err", err)
		return
	}
	if r.Comment != "" {
		s.say(ctx, rec, noteRatingComment(rec.User, r.Score, r.Comment))
		return
	}
	s.say(ctx, rec, noteRated(rec.User, r.Score))
}

// IsConsultant reports whether person is one of the desk's consultants,
// the check behind claims and closes, for other things only consultants
// may do (read the consultancy's reports). An error means it cannot tell.
func (s *Service) IsConsultant(ctx context.Context, person string) (bool, error) {
	return s.desk.IsConsultant(ctx, person)
}
