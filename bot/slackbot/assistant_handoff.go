package slackbot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// A handoff asked from an assistant thread lives in that thread: the
// offer, the form's outcome and everything the consultant writes reach the
// user there (the handoff's UserRef is "D…/ts"), the relay takes what the
// user types there, and the card shows the thread's conversation and the
// channel the user was viewing.

// reach is where the handoff of key's conversation reaches the user: the
// assistant thread itself, else their DM. ref is the handoff's UserRef.
func (b *Bot) reach(ctx context.Context, key conversation.Key) (ref string, d dest, err error) {
	if channel, ts, ok := assistantThreadOf(key); ok {
		return key.Thread, dest{channel: channel, threadTS: ts}, nil
	}
	dm, err := b.openDM(ctx, key.User)
	return dm, dest{channel: dm}, err
}

// refDest is where a UserRef points: a DM channel, or "channel/ts" for a
// thread of it.
func refDest(ref string) dest {
	channel, ts, _ := strings.Cut(ref, "/")
	return dest{channel: channel, threadTS: ts}
}

// handoffRequest is the request to open a handoff for key's conversation.
func (b *Bot) handoffRequest(ctx context.Context, key conversation.Key, c handoff.Contact, skipped bool) (handoff.Request, error) {
	ref, _, err := b.reach(ctx, key)
	if err != nil {
		return handoff.Request{}, err
	}
	req := handoff.Request{User: key.DirectKey(), UserRef: ref, Contact: c, Skipped: skipped}
	if channel, ts, ok := assistantThreadOf(key); ok {
		req.Thread = key.Thread
		req.Origin = b.assistantOrigin(ctx, channel, ts)
	}
	return req, nil
}

// offerBlockID is the block_id of the offer's buttons: its owner and,
// for an assistant thread, that thread.
func offerBlockID(key conversation.Key) string {
	id := blockHoChoice + "|" + key.User
	if _, _, ok := assistantThreadOf(key); ok {
		id += "|" + key.Thread
	}
	return id
}

// offerOwner reads an offer's block_id: whose offer it is and the
// conversation it was made in (an assistant thread, or "").
func offerOwner(blockID string) (owner, thread string) {
	owner, thread, _ = strings.Cut(strings.TrimPrefix(blockID, blockHoChoice+"|"), "|")
	if _, _, ok := assistantThreadOf(conversation.Key{Thread: thread}); !ok {
		thread = ""
	}
	return owner, thread
}

// handoffForm is the contact form for key's conversation: an assistant
// thread's form carries the thread in its private_metadata, so that its
// submission opens the handoff there.
func handoffForm(name string, key conversation.Key) slack.ModalViewRequest {
	v := contactForm(name)
	if _, _, ok := assistantThreadOf(key); ok {
		v.PrivateMetadata = key.Thread
	}
	return v
}

// formThread is the assistant thread a submitted form was opened from
// (its private_metadata), "" when none: only a thread of the submitter's
// own DM with the bot counts.
func (b *Bot) formThread(ctx context.Context, user conversation.Key, meta string) string {
	channel, _, ok := assistantThreadOf(conversation.Key{Thread: meta})
	if !ok {
		return ""
	}
	dm, err := b.openDM(ctx, user.User)
	if err != nil || dm != channel {
		b.logFor(ctx).Warn("handoff form from a thread that is not the user's; answered in the DM", "err", err)
		return ""
	}
	return meta
}

// statusKey is the conversation whose last recommendation stands for
// key's: an assistant thread's own, else the DM's.
func statusKey(key conversation.Key) conversation.Key {
	if _, _, ok := assistantThreadOf(key); ok {
		return key
	}
	return key.DirectKey()
}
