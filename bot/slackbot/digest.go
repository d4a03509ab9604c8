package slackbot

import (
	"context"
	"fmt"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation/insights"
)

// The weekly digest in CONSULTANT_CHANNEL. Its message carries the
// digest's id as metadata, so that after a failure that may have reached
// Slack (a network error, a 5xx) the retry first looks for it in the
// channel's recent history rather than posting it twice.

const (
	digestEventType = "techleader_digest"
	// digestLookBack is how far back the search for an earlier try
	// starts: the tries of one post are seconds apart.
	digestLookBack = 10 * time.Minute
	digestPages    = 5 // conversations.history pages searched at most
)

// digestPoster posts digests for insights.Digest.
type digestPoster struct{ b *Bot }

// PostDigest posts rep, the digest id, in the consultants' channel. When
// an attempt may have been posted and the search for it cannot tell, it
// returns an error wrapping insights.ErrMaybePosted (not tried again).
func (p digestPoster) PostDigest(ctx context.Context, id string, rep insights.Report) error {
	b, ch := p.b, p.b.cfg.ConsultantChannel
	since := time.Now().Add(-digestLookBack)
	meta := slack.SlackMetadata{EventType: digestEventType, EventPayload: map[string]any{"digest_id": id}}
	// maybePosted: a failed try may have been posted, and no search since
	// ruled it out.
	maybePosted := false
	post := func(m message) error {
		opts := []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionMetadata(meta)}
		if len(m.blocks) > 0 {
			opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
		}
		return b.api.call(ctx, "chat.postMessage", ch, func(ctx context.Context) error {
			if maybePosted {
				found, err := b.findDigest(ctx, id, since)
				if err != nil {
					return err
				}
				if found {
					b.logFor(ctx).Info("digest: an earlier try was posted after all")
					return nil
				}
				maybePosted = false
			}
			_, _, err := b.client.PostMessageContext(ctx, ch, opts...)
			if err != nil && classify(err).mayHaveBeenServed() {
				maybePosted = true
			}
			return err
		})
	}
	err := post(renderReport(rep, "Weekly digest: "+string(rep.Period.First)+" to "+string(rep.Period.Last)))
	if err != nil && blocksRefused(err) {
		b.logRefusedBlocks(ctx, "chat.postMessage", err)
		err = post(renderText("*Weekly digest* " + string(rep.Period.First) + " to " + string(rep.Period.Last) + ": the figures could not be shown here; run `/techleader report 7d`."))
	}
	if err == nil {
		return nil
	}
	b.metrics.Undelivered("chat.postMessage")
	if maybePosted {
		return fmt.Errorf("post digest: %w: %v", insights.ErrMaybePosted, safeErr(err))
	}
	return fmt.Errorf("post digest: %v", safeErr(err))
}

// findDigest reports whether the bot posted digest id in the consultants'
// channel since since.
func (b *Bot) findDigest(ctx context.Context, id string, since time.Time) (bool, error) {
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          b.cfg.ConsultantChannel,
		Oldest:             fmt.Sprintf("%d.%06d", since.Unix(), since.Nanosecond()/1000),
		Limit:              cardLookupPage,
		IncludeAllMetadata: true,
	}
	for range digestPages {
		resp, err := b.client.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return false, err
		}
		for _, m := range resp.Messages {
			if got, _ := m.Metadata.EventPayload["digest_id"].(string); m.Metadata.EventType == digestEventType && got == id && b.postedByMe(m) {
				return true, nil
			}
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return false, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
	return false, fmt.Errorf("digest search: more than %d pages since the first try", digestPages)
}

// postedByMe reports whether m was posted by this bot (anyone, when the
// bot's ids are unknown).
func (b *Bot) postedByMe(m slack.Message) bool {
	return b.botUserID == "" && b.botID == "" ||
		b.botUserID != "" && m.User == b.botUserID || b.botID != "" && m.BotID == b.botID
}
