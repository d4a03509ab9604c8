package teams

import (
	"context"
	"fmt"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

var _ handoff.ReplyTeller = users{}

// TellReply sends r to user's personal chat as the engine's replies are
// shown there, its actions as buttons (handoff.ReplyTeller: the rating
// asked once a handoff is closed).
func (u users) TellReply(ctx context.Context, user conversation.Key, _ string, r conversation.Reply) error {
	if err := u.b.sendPersonal(ctx, user, RenderReply(r, user.DirectKey())); err != nil {
		return fmt.Errorf("teams: tell user: %w", err)
	}
	return nil
}
