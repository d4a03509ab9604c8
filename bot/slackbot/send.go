package slackbot

import (
	"context"
	"errors"
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

// send delivers m to d, in the order of d's channel (lanes.go), and waits
// until it is posted; it returns the message's ts ("" for ephemeral
// messages). A message that cannot be delivered is logged and counted as
// undelivered. The replies of a conversation go out with deliver instead,
// which never waits for a posting turn.
func (b *Bot) send(ctx context.Context, d dest, m message) string {
	if !laned(d) {
		return b.sendNow(ctx, d, m)
	}
	ts, ok := b.inLane(ctx, d.channel, laneMode{paced: true}, true, func(ctx context.Context) string {
		return b.sendNow(ctx, d, m)
	})
	if !ok {
		b.queueFull(ctx, postMethod(d), d.channel)
	}
	return ts
}

// deliver is send without the wait: when m must wait for its turn in d's
// channel, it is queued for the channel's sender and deliver returns at
// once, with a placeholder for the ts (see lanes.run) that update
// understands. urgent messages go ahead of ordinary queued ones.
func (b *Bot) deliver(ctx context.Context, d dest, m message, urgent bool) string {
	if !laned(d) {
		return b.sendNow(ctx, d, m)
	}
	ts, ok := b.inLane(ctx, d.channel, laneMode{paced: true, urgent: urgent, ref: !d.ephemeral}, false,
		func(ctx context.Context) string { return b.sendNow(ctx, d, m) })
	if !ok {
		b.queueFull(ctx, postMethod(d), d.channel)
	}
	return ts
}

// laned reports whether messages to d keep to d's channel's order; an
// answer through a response_url does not (it takes no posting turn).
func laned(d dest) bool { return d.channel != "" && (!d.ephemeral || d.responseURL == "") }

// inLane runs fn in channel's lane (lanes.run) and, with wait, waits for
// its result when it was queued. ok is false when the queue was full.
func (b *Bot) inLane(ctx context.Context, channel string, mode laneMode, wait bool, fn func(ctx context.Context) string) (string, bool) {
	var done chan string
	if wait {
		done = make(chan string, 1)
		inner := fn
		fn = func(ctx context.Context) string {
			res := inner(ctx)
			if res != handedOver { // else it runs again, on the sender
				done <- res
			}
			return res
		}
	}
	res, queued, ok := b.lanes.run(ctx, channel, mode, fn)
	if !ok || !queued || !wait {
		return res, ok
	}
	select {
	case res = <-done:
		return res, true
	case <-ctx.Done():
		return "", true // it is still sent, later
	}
}

func (b *Bot) queueFull(ctx context.Context, method, channel string) {
	b.metrics.Undelivered(method)
	b.logFor(ctx).Error("reply undelivered: the channel's queue is full", "method", method, "channel", channel)
}

func postMethod(d dest) string {
	switch {
	case !d.ephemeral:
		return "chat.postMessage"
	case d.responseURL != "":
		return "response_url"
	}
	return "chat.postEphemeral"
}

// sendNow is send on the caller, at once (after the channel's turn).
func (b *Bot) sendNow(ctx context.Context, d dest, m message) string {
	method := postMethod(d)
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
	if errors.Is(err, errHandOver) {
		return handedOver // the channel's sender posts it
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

// update replaces a posted message in place (chat.update), after what is
// queued for its channel, or an ephemeral one through responseURL. ts may
// be a placeholder from deliver. It waits and reports success; failures
// are logged and counted.
func (b *Bot) update(ctx context.Context, channel, ts, responseURL string, m message) bool {
	if ts == "" {
		return b.updateNow(ctx, channel, ts, responseURL, m)
	}
	res, ok := b.inLane(ctx, channel, laneMode{}, true, b.updateFn(channel, ts, m))
	if !ok {
		b.queueFull(ctx, "chat.update", channel)
	}
	return res != ""
}

// updateLater is update without the wait.
func (b *Bot) updateLater(ctx context.Context, channel, ts, responseURL string, m message) {
	if ts == "" {
		b.updateNow(ctx, channel, ts, responseURL, m)
		return
	}
	if _, ok := b.inLane(ctx, channel, laneMode{}, false, b.updateFn(channel, ts, m)); !ok {
		b.queueFull(ctx, "chat.update", channel)
	}
}

// updateFn is the lane's work of an update of the message ts: "" when it
// failed or the message it stands for was never posted.
func (b *Bot) updateFn(channel, ts string, m message) func(ctx context.Context) string {
	return func(ctx context.Context) string {
		real := ts
		if isPlaceholder(ts) {
			var ok bool
			if real, ok = b.lanes.takeRef(ts); !ok {
				b.logFor(ctx).Debug("message to update was never posted", "channel", channel)
				return ""
			}
		}
		if !b.updateNow(ctx, channel, real, "", m) {
			return ""
		}
		return real
	}
}

// updateNow is update on the caller, at once.
func (b *Bot) updateNow(ctx context.Context, channel, ts, responseURL string, m message) bool {
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
