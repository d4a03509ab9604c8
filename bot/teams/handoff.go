package teams

import (
	"context"
	"errors"

	"github.com/springfield/techleader/conversation/handoff"
)

// The consultant handoff for Teams users. The workflow is the shared
// handoff.Service (its desk is the consultants' Slack channel); Teams
// collects the contact details with an inline form (ContactForm), and
// reaches users through HandoffUsers.

// platformName is how Teams is named in the handoff's texts.
const platformName = "Teams"

// startHandoff asks the user for their contact details after a reply
// that asks for a consultant: the inline contact form in their personal
// chat (sent there when they asked in a channel or group chat, so that
// what they type is not shown to others), unless they have a request
// under way already or there is no desk to pass it to.
func (b *Bot) startHandoff(ctx context.Context, s *surface) {
	if b.handoffs == nil {
		s.post(ctx, RenderText(handoff.TextNoDesk))
		return
	}
	if b.handoffs.TellActive(ctx, s.t.Key, b.userRef(s.t)) {
		return
	}
	form := &Activity{Type: TypeMessage, Summary: handoff.FormTitle,
		Attachments: []Attachment{{ContentType: contentTypeCard, Content: ContactForm(s.t.Key, b.contactOf(s.t), nil)}}}
	if s.t.Personal() {
		s.post(ctx, form)
		return
	}
	if err := b.sendPersonal(ctx, s.t.Key, form); err != nil {
		b.logFor(ctx).Warn("teams: contact form not sent to the personal chat", "err", err)
		s.post(ctx, RenderText(handoff.FormNotSent))
		return
	}
	s.post(ctx, RenderText(handoff.FormInPersonalChat))
}

// contactOf is what Teams tells of the user: their display name. RAW
// USER TEXT.
func (b *Bot) contactOf(t *Turn) handoff.Contact {
	if t.Activity.From == nil {
		return handoff.Contact{}
	}
	return handoff.Contact{Name: t.Activity.From.Name}.Normalize()
}

// userRef is how the handoff keeps reaching the user: their personal
// chat's id when they are in it ("" otherwise: HandoffUsers looks the
// reference up).
func (b *Bot) userRef(t *Turn) string {
	if t.Personal() {
		return t.Ref.ConversationID
	}
	return ""
}

// submitContact handles the contact form's send button: the form again
// with its errors, or the request opened.
func (b *Bot) submitContact(ctx context.Context, s *surface) {
	c, again := SubmitContact(s.t.Key, s.t.Action)
	if again != nil {
		s.respondCard(ctx, again)
		return
	}
	b.openHandoff(ctx, s, c, false)
}

// skipContact handles the form's "just notify" button.
func (b *Bot) skipContact(ctx context.Context, s *surface) {
	b.openHandoff(ctx, s, b.contactOf(s.t), true)
}

// openHandoff opens the user's request; the Service tells the user how it
// went in their personal chat, and the clicked form is replaced by a line
// saying so (by the form again when it could not be stored, to try
// again).
func (b *Bot) openHandoff(ctx context.Context, s *surface, c handoff.Contact, skipped bool) {
	if b.handoffs == nil {
		s.respondCard(ctx, textCard(handoff.TextNoDesk))
		return
	}
	_, err := b.handoffs.Open(ctx, handoff.Request{User: s.t.Key, UserRef: b.userRef(s.t), Contact: c, Skipped: skipped})
	switch {
	case err == nil && skipped:
		s.respondCard(ctx, textCard(handoff.SkippedText(platformName)))
	case err == nil:
		s.respondCard(ctx, textCard(handoff.FormSent))
	case errors.Is(err, handoff.ErrActive):
		s.respondCard(ctx, textCard(handoff.FormActive))
	default:
		s.respondCard(ctx, ContactForm(s.t.Key, c, nil))
	}
}

// endHandoff ends the user's live conversation with a consultant.
func (b *Bot) endHandoff(ctx context.Context, s *surface) {
	if b.handoffs == nil {
		s.post(ctx, RenderText(handoff.TextNoneOpen))
		return
	}
	if m := b.handoffs.End(ctx, s.t.Key, s.t.Ref.ConversationID); m != nil {
		s.post(ctx, b.renderHandoff(ctx, m))
	}
}

// statusNote adds the user's request, if any, to a status answer.
func (b *Bot) statusNote(ctx context.Context, s *surface) {
	if b.handoffs == nil {
		return
	}
	if m := b.handoffs.StatusNote(ctx, s.t.Key); m != nil {
		s.post(ctx, b.renderHandoff(ctx, m))
	}
}

// textCard is a card of engine text alone.
func textCard(engineText string) *Card {
	r := &cardRenderer{card: newCard()}
	r.text(engineText, false)
	r.card.FallbackText = truncate(plainText(engineText), 2000)
	r.fit(r.card)
	return r.card
}
