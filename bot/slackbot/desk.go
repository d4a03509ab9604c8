package slackbot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// desk is the handoff.Desk on Slack: cards are messages in
// CONSULTANT_CHANNEL, their threads carry the relay, and the consultants
// are that channel's members. It is safe for concurrent use.
type desk struct {
	b           *Bot
	memberCache time.Duration
	members     *memberCache
	names       nameCache
}

var _ handoff.Desk = (*desk)(nil)

func newDesk(b *Bot, cfg handoff.Config) *desk {
	d := &desk{b: b, memberCache: cfg.WithDefaults().MemberCache}
	d.members = &memberCache{ttl: d.memberCache, read: d.readMembers, log: b.log}
	return d
}

func (d *desk) channel() string { return d.b.cfg.ConsultantChannel }

// errUndelivered is what a desk or user-side call returns when its message
// could not be delivered (send has logged and counted it).
var errUndelivered = errors.New("slack: message undelivered")

// Cards carry message metadata naming their handoff, so that a card Slack
// accepted can be found again when its ts was never recorded.
const (
	cardEventType = "techleader_handoff"
	// cardLookupMargin is how long before the handoff's creation the search
	// for its card starts: the replicas' clocks may be behind Slack's.
	cardLookupMargin = 5 * time.Minute
	cardLookupPage   = 100 // messages per conversations.history page
	cardLookupPages  = 10  // pages searched at most
)

func cardMetadata(id string) slack.SlackMetadata {
	return slack.SlackMetadata{EventType: cardEventType, EventPayload: map[string]any{"handoff_id": id}}
}

// PostCard posts rec's card with its metadata. A retry after a failure
// that may have reached Slack (a network error, a 5xx) first looks for the
// card that try may have posted. When Slack refuses the card's blocks, the
// minimal card (who, email, status, buttons) is posted instead.
func (d *desk) PostCard(ctx context.Context, rec handoff.Handoff) (handoff.CardRef, error) {
	var ts string
	maybePosted := false
	post := func(m message) error {
		opts := []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionMetadata(cardMetadata(rec.ID))}
		if len(m.blocks) > 0 {
			opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
		}
		return d.b.api.call(ctx, "chat.postMessage", d.channel(), func(ctx context.Context) error {
			if maybePosted {
				found, err := d.findCard(ctx, rec)
				if err != nil {
					return err
				}
				if found != "" {
					d.b.logFor(ctx).Info("handoff card: an earlier try was posted after all", "ts", found)
					ts = found
					return nil
				}
			}
			_, posted, err := d.b.client.PostMessageContext(ctx, d.channel(), opts...)
			if err != nil {
				maybePosted = maybePosted || classify(err).mayHaveBeenServed()
				return err
			}
			ts = posted
			return nil
		})
	}
	err := post(renderCard(rec))
	if err != nil && blocksRefused(err) {
		d.b.logRefusedBlocks(ctx, "chat.postMessage", err)
		err = post(renderCardMinimal(rec))
	}
	if err != nil {
		d.b.metrics.Undelivered("chat.postMessage")
		return handoff.CardRef{}, fmt.Errorf("post card: %v", safeErr(err))
	}
	return handoff.CardRef{Space: d.channel(), Message: ts}, nil
}

// FindCard searches the consultants' channel for rec's card (by its
// metadata). A search Slack refuses for good (missing_scope,
// not_in_channel, an HTTP 4xx) returns its error as is; any other failure
// wraps conversation.ErrUnavailable.
func (d *desk) FindCard(ctx context.Context, rec handoff.Handoff) (handoff.CardRef, error) {
	var ts string
	err := d.b.api.call(ctx, "conversations.history", "", func(ctx context.Context) error {
		var err error
		ts, err = d.findCard(ctx, rec)
		return err
	})
	if err != nil {
		return handoff.CardRef{}, transient(ctx, "find card", err)
	}
	if ts == "" {
		return handoff.CardRef{}, nil
	}
	return handoff.CardRef{Space: d.channel(), Message: ts}, nil
}

// findCard searches the consultants' channel, from shortly before rec was
// created, for a card of rec the bot posted; it returns the oldest one's
// ts, or "" when there is none. It makes one conversations.history call
// per page of cardLookupPage messages, cardLookupPages at most.
func (d *desk) findCard(ctx context.Context, rec handoff.Handoff) (string, error) {
	oldest := rec.CreatedAt.Add(-cardLookupMargin)
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          d.channel(),
		Oldest:             fmt.Sprintf("%d.%06d", oldest.Unix(), oldest.Nanosecond()/1000),
		Limit:              cardLookupPage,
		IncludeAllMetadata: true,
	}
	found := ""
	for page := 0; page < cardLookupPages; page++ {
		resp, err := d.b.client.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return "", err
		}
		for _, m := range resp.Messages { // newest first: the last match is the oldest
			if d.isCardOf(m, rec.ID) {
				found = m.Timestamp
			}
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return found, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
	if found == "" {
		d.b.logFor(ctx).Warn("handoff card: channel history too long to search to the end", "pages", cardLookupPages)
	}
	return found, nil
}

// isCardOf reports whether m is a card of handoff id posted by this bot.
func (d *desk) isCardOf(m slack.Message, id string) bool {
	if m.Metadata.EventType != cardEventType || m.ThreadTimestamp != "" && m.ThreadTimestamp != m.Timestamp {
		return false
	}
	if got, _ := m.Metadata.EventPayload["handoff_id"].(string); got != id {
		return false
	}
	b := d.b
	return b.botUserID == "" && b.botID == "" ||
		b.botUserID != "" && m.User == b.botUserID || b.botID != "" && m.BotID == b.botID
}

// UpdateCard shows rec's state on its card.
func (d *desk) UpdateCard(ctx context.Context, rec handoff.Handoff) error {
	if !d.b.update(ctx, rec.Card.Space, rec.Card.Message, "", renderCard(rec)) {
		return errUndelivered
	}
	return nil
}

// RedactCard replaces the card with a note that it was removed at the
// user's request.
func (d *desk) RedactCard(ctx context.Context, card handoff.CardRef) error {
	if !d.b.update(ctx, card.Space, card.Message, "", renderCardRemoved()) {
		return errUndelivered
	}
	return nil
}

// DeleteCard deletes the card's message.
func (d *desk) DeleteCard(ctx context.Context, card handoff.CardRef) error {
	err := d.b.api.call(ctx, "chat.delete", "", func(ctx context.Context) error {
		_, _, err := d.b.client.DeleteMessageContext(ctx, card.Space, card.Message)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete card: %v", safeErr(err))
	}
	return nil
}

// Say posts msg in the card's thread.
func (d *desk) Say(ctx context.Context, card handoff.CardRef, msg handoff.Message) error {
	if d.b.send(ctx, dest{channel: card.Space, threadTS: card.Message}, renderMsg(msg)) == "" {
		return errUndelivered
	}
	return nil
}

// IsConsultant reports whether person is a member of the consultants'
// channel (cached for handoff.Config.MemberCache).
func (d *desk) IsConsultant(ctx context.Context, person string) (bool, error) {
	return d.members.has(ctx, person)
}

// readMembers reads the consultants' channel's members (paged).
func (d *desk) readMembers(ctx context.Context) (map[string]bool, error) {
	members := map[string]bool{}
	cursor := ""
	for page := 0; page < 50; page++ {
		var ids []string
		var next string
		err := d.b.api.call(ctx, "conversations.members", "", func(ctx context.Context) error {
			var err error
			ids, next, err = d.b.client.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{
				ChannelID: d.channel(), Cursor: cursor, Limit: 1000,
			})
			return err
		})
		if err != nil {
			d.b.logFor(ctx).Error("conversations.members failed", "err", err)
			return nil, err
		}
		for _, id := range ids {
			members[id] = true
		}
		if next == "" {
			break
		}
		cursor = next
	}
	return members, nil
}

// users is the handoff.UserSide of Slack users: their direct messages.
type users struct{ b *Bot }

// dest is where ref points (the user's DM, or an assistant thread of it:
// "channel/ts"), else the user's DM opened now.
func (u users) dest(ctx context.Context, user conversation.Key, ref string) (dest, error) {
	d := refDest(ref)
	if d.channel == "" {
		var err error
		if d.channel, err = u.b.openDM(ctx, user.User); err != nil {
			return dest{}, fmt.Errorf("open DM: %w", err)
		}
		d.threadTS = ""
	}
	return d, nil
}

// Tell posts msg where ref points (the user's DM, or an assistant thread
// of it: "channel/ts"), else in the DM opened now.
func (u users) Tell(ctx context.Context, user conversation.Key, ref string, msg handoff.Message) error {
	d, err := u.dest(ctx, user, ref)
	if err != nil {
		return err
	}
	if u.b.send(ctx, d, renderMsg(msg)) == "" {
		return errUndelivered
	}
	return nil
}
