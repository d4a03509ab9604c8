package handoff

import (
	"context"

	"github.com/springfield/techleader/conversation"
)

// Desk is where consultants work: it shows each handoff's card, a thread
// under it where the workflow and the consultants talk, and knows who the
// consultants are. bot/slackbot implements it on a Slack channel; bot/cli
// has one in memory. Implementations are safe for concurrent use. Errors
// that may pass (a network failure, a rate limit, a server error) wrap
// conversation.ErrUnavailable.
type Desk interface {
	// PostCard posts rec's card and returns where it is. The card carries
	// rec.ID so that FindCard can find it again.
	PostCard(ctx context.Context, rec Handoff) (CardRef, error)
	// FindCard returns the card of rec an earlier PostCard posted, when
	// the desk can tell (it may have been posted by a process that
	// crashed before recording it), or the zero CardRef when there is
	// none. An error wrapping conversation.ErrUnavailable means "cannot
	// tell for now" (the service tries again later); any other error means
	// the desk cannot search at all (the service then posts anyway).
	FindCard(ctx context.Context, rec Handoff) (CardRef, error)
	// UpdateCard shows rec's current state on its card, rec.Card.
	UpdateCard(ctx context.Context, rec Handoff) error
	// RedactCard replaces a card with CardRemoved: its user asked to be
	// forgotten.
	RedactCard(ctx context.Context, card CardRef) error
	// DeleteCard removes a card.
	DeleteCard(ctx context.Context, card CardRef) error
	// Say writes msg in the card's thread.
	Say(ctx context.Context, card CardRef, msg Message) error
	// IsConsultant reports whether person (an id of the desk's platform)
	// may claim, close and list handoffs. An error means it cannot tell.
	IsConsultant(ctx context.Context, person string) (bool, error)
	// PersonName is how person (an id of the desk's platform) is named to
	// users of other platforms, who cannot read the desk's ids (Slack: the
	// profile's name); "" when it is not known.
	PersonName(ctx context.Context, person string) string
}

// UserSide reaches users on one platform (Slack, Teams, the web, a
// terminal): the Service picks it by the user's conversation.Key.Platform,
// so a user of any platform can be helped by consultants working at one
// desk. Implementations are safe for concurrent use.
type UserSide interface {
	// Tell shows msg to user in their direct conversation with the bot;
	// ref is the handoff's UserRef (how this side reaches the user, ""
	// when it was not known). An error means msg was not shown.
	Tell(ctx context.Context, user conversation.Key, ref string, msg Message) error
}

// ConsultantSide is a UserSide that shows what a consultant writes as the
// consultant's own message, with its author, rather than quoted in a
// message of the bot (the web page styles the two apart). The Service
// relays through it when the user's side implements it.
type ConsultantSide interface {
	UserSide
	// TellFromConsultant shows text, RAW TEXT a consultant wrote, to
	// user as written by name (the desk's PersonName, or a stand-in when
	// unknown).
	TellFromConsultant(ctx context.Context, user conversation.Key, ref, name, text string) error
}

// StatusReader tells where a user's conversation stands, for the card
// (*conversation.Engine implements it).
type StatusReader interface {
	Status(ctx context.Context, key conversation.Key) (conversation.Status, error)
}

// ReplyTeller is a UserSide that can also show a conversation.Reply with
// its actions as buttons, as the platform shows the engine's replies: the
// rating asked once a handoff is closed. A UserSide without it is told
// the reply's text, which says what to type instead.
type ReplyTeller interface {
	TellReply(ctx context.Context, user conversation.Key, ref string, r conversation.Reply) error
}

// Surveyor asks users how a handoff went (*conversation.Engine, and any
// bot.Engine, implements it): the Service hands it
// conversation.HandoffClosed and shows the user the replies.
type Surveyor interface {
	Handle(ctx context.Context, key conversation.Key, in conversation.Input) []conversation.Reply
}
