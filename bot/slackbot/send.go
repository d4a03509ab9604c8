package slackbot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

// dest is where replies go.
type dest struct {
	channel  string
	threadTS string
	// ephemeral replies are shown to user only: through responseURL when
	// set, else chat.postEphemeral.
	ephemeral   bool
	user        string
	responseURL string
}

// privately is d made ephemeral for user.
func (d dest) privately(user, responseURL string) dest {
	d.ephemeral, d.user = true, user
	if d.responseURL == "" {
		d.responseURL = responseURL
	}
	return d
}

func (b *Bot) logRefusedBlocks(ctx context.Context, method string, err error) {
	var details []string
	if se, ok := err.(slack.SlackErrorResponse); ok {
		details = se.ResponseMetadata.Messages
	}
	b.logFor(ctx).Warn("Slack refused the blocks; sending plain text", "method", method, "err", safeErr(err), "details", strings.Join(details, "; "))
}

// send delivers m to d and returns the message's ts ("" for ephemeral
// messages). A message that cannot be delivered is logged and counted as
// undelivered.
func (b *Bot) send(ctx context.Context, d dest, m message) string {
	method := "chat.postMessage"
	if d.ephemeral {
		method = "chat.postEphemeral"
		if d.responseURL != "" {
			method = "response_url"
		}
	}
	ts, err := b.post(ctx, method, d, m, true)
	if err != nil && blocksRefused(err) {
		b.logRefusedBlocks(ctx, method, err)
		ts, err = b.post(ctx, method, d, m, false)
	}
	if err != nil && method == "response_url" && d.channel != "" && d.user != "" {
		// The response_url may have expired or been used up.
		method = "chat.postEphemeral"
		ts, err = b.post(ctx, method, d, m, true)
	}
	if err != nil {
		b.metrics.Undelivered(method)
		b.logFor(ctx).Error("reply undelivered", "method", method, "channel", d.channel, "err", safeErr(err))
		return ""
	}
	return ts
}

func (b *Bot) post(ctx context.Context, method string, d dest, m message, withBlocks bool) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(m.text, false)}
	if withBlocks && len(m.blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
	}
	if d.threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(d.threadTS))
	}
	var ts string
	err := b.api.call(ctx, method, d.channel, func(ctx context.Context) error {
		var err error
		switch method {
		case "response_url":
			_, _, err = b.client.PostMessageContext(ctx, d.channel, append(opts, slack.MsgOptionResponseURL(d.responseURL, slack.ResponseTypeEphemeral))...)
		case "chat.postEphemeral":
			ts, err = b.client.PostEphemeralContext(ctx, d.channel, d.user, opts...)
			ts = "" // an ephemeral message cannot be updated
		default:
			_, ts, err = b.client.PostMessageContext(ctx, d.channel, opts...)
		}
		return err
	})
	return ts, err
}

// update replaces a posted message in place (chat.update), or an ephemeral
// one through responseURL. It reports success; failures are logged and
// counted.
func (b *Bot) update(ctx context.Context, channel, ts, responseURL string, m message) bool {
	method := "chat.update"
	if ts == "" {
		method = "response_url"
	}
	try := func(withBlocks bool) error {
		opts := []slack.MsgOption{slack.MsgOptionText(m.text, false)}
		if withBlocks {
			opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
		}
		return b.api.call(ctx, method, channel, func(ctx context.Context) error {
			var err error
			if method == "response_url" {
				_, _, err = b.client.PostMessageContext(ctx, channel, append(opts, slack.MsgOptionReplaceOriginal(responseURL))...)
			} else {
				_, _, _, err = b.client.UpdateMessageContext(ctx, channel, ts, opts...)
			}
			return err
		})
	}
	err := try(true)
	if err != nil && blocksRefused(err) {
		b.logRefusedBlocks(ctx, method, err)
		err = try(false)
	}
	if err != nil {
		b.metrics.Undelivered(method)
		b.logFor(ctx).Error("message update undelivered", "method", method, "channel", channel, "err", safeErr(err))
		return false
	}
	return true
}

// openDM returns the user's direct message channel with the bot
// (conversations.open), cached.
func (b *Bot) openDM(ctx context.Context, user string) (string, error) {
	b.dmMu.Lock()
	ch, ok := b.dms[user]
	b.dmMu.Unlock()
	if ok {
		return ch, nil
	}
	err := b.api.call(ctx, "conversations.open", "", func(ctx context.Context) error {
		c, _, _, err := b.client.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}, ReturnIM: true})
		if err == nil {
			ch = c.ID
		}
		return err
	})
	if err != nil {
		return "", err
	}
	b.rememberDM(user, ch)
	return ch, nil
}

func (b *Bot) rememberDM(user, channel string) {
	b.dmMu.Lock()
	if len(b.dms) > 100000 {
		clear(b.dms)
	}
	b.dms[user] = channel
	b.dmMu.Unlock()
}
