package slackbot

import (
	"context"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// SlashCommand is the command the manifest registers.
const SlashCommand = "/techleader"

const slashHelp = "*What I can do* — I help you decide whether your organisation needs a *CIO*, a *CTO*, both, or a virtual (part-time) one.\n" +
	"• `/techleader ask <question>` — ask me anything about the CIO and CTO roles (any other text works too)\n" +
	"• `/techleader assess` — start the assessment in our direct messages (a few quick questions)\n" +
	"• `/techleader restart` — start the assessment over\n" +
	"• `/techleader status` — where your assessment stands\n" +
	"• `/techleader consult` — talk to one of our consultants (`/techleader end` ends that conversation)\n" +
	"• `/techleader forget` — delete everything I stored about you\n" +
	"You can also send me a direct message, or mention me in a channel and I'll answer in the thread."

const (
	textStartedInDM = "I've started the assessment in our direct messages — look for my message there."
	textRestartedDM = "I've started the assessment over in our direct messages."
	textDMFailed    = "Sorry, I couldn't open a direct message with you just now. Please try again in a minute."
)

// onSlash acks a slash command at once (empty payload: nothing shown) and
// queues its work; replies go out through the response_url.
func (b *Bot) onSlash(via *sock, evt socketmode.Event) {
	received := time.Now()
	const kind = "slash_commands"
	b.metrics.EnvelopeReceived(kind)
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok || cmd.UserID == "" {
		via.ack(evt.Request, nil, kind, received)
		return
	}
	key := conversation.Key{Platform: platform, Team: cmd.TeamID, User: cmd.UserID}
	envelope := envelopeID(evt.Request)
	j := bot.Job{Shard: key.String(), Kind: kind, Received: received, Run: func(ctx context.Context) { b.runSlash(ctx, cmd) },
		Log: b.envelopeLog(kind, envelope, "", key.Team, key.User)}
	if evt.Request != nil {
		j.DedupeID = "envelope:" + envelope
	}
	p := b.pool
	if sub, _, _ := strings.Cut(strings.TrimSpace(cmd.Text), " "); slashOpensModal(sub) {
		p = b.urgent // the contact form opens with the trigger_id (3 s)
	}
	if !p.Submit(j) {
		b.metrics.EnvelopeRefused(kind)
		j.Log.Warn("worker queue full: slash command refused")
		via.ack(evt.Request, map[string]string{"response_type": "ephemeral", "text": "I'm very busy right now; please try again in a moment."}, kind, received)
		return
	}
	via.ack(evt.Request, nil, kind, received)
}

// runSlash runs one slash command.
func (b *Bot) runSlash(ctx context.Context, cmd slack.SlashCommand) {
	key := conversation.Key{Platform: platform, Team: cmd.TeamID, User: cmd.UserID}
	ia := &interaction{channel: cmd.ChannelID, responseURL: cmd.ResponseURL, triggerID: cmd.TriggerID}
	here := dest{channel: cmd.ChannelID}.privately(cmd.UserID, cmd.ResponseURL)
	text := unescape(strings.TrimSpace(cmd.Text))
	sub, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(sub) {
	case "", "help", "-h", "--help", "?":
		b.send(ctx, here, renderText(slashHelp))
	case "ask":
		if rest == "" {
			b.send(ctx, here, renderText(slashHelp))
			return
		}
		b.slashQuestion(ctx, key, cmd, here, rest, ia)
	case "assess", "assessment", "start":
		b.inDM(ctx, key, here, conversation.Cmd(conversation.CommandStart), textStartedInDM)
	case "restart":
		b.inDM(ctx, key, here, conversation.Cmd(conversation.CommandRestart), textRestartedDM)
	case "status":
		b.converse(ctx, key, here, conversation.Cmd(conversation.CommandStatus), ia)
		b.handoffSlash(ctx, key, "status", here)
	case "end", "queue":
		if !b.handoffSlash(ctx, key, strings.ToLower(sub), here) {
			b.slashQuestion(ctx, key, cmd, here, text, ia)
		}
	case "consult", "consultant":
		b.consultFormFirst(ctx, key, ia)
		b.converse(ctx, key, here, conversation.Cmd(conversation.CommandConsult), ia)
	case "forget":
		b.converse(ctx, key, here, conversation.Cmd(conversation.CommandForget), ia)
	case "report", "reports":
		b.reportSlash(ctx, key, here, rest)
	default:
		b.slashQuestion(ctx, key, cmd, here, text, ia)
	}
}

// slashOpensModal reports whether the sub-command opens a modal at once.
func slashOpensModal(sub string) bool {
	switch strings.ToLower(sub) {
	case "consult", "consultant":
		return true
	}
	return false
}

// slashQuestion answers a question asked with the command, privately, in a
// conversation of its own for that channel (so that it never counts as an
// answer to an assessment under way in the DM).
func (b *Bot) slashQuestion(ctx context.Context, key conversation.Key, cmd slack.SlashCommand, here dest, q string, ia *interaction) {
	key.Thread = cmd.ChannelID + "/" + cmdThread
	b.converse(ctx, key, here, conversation.Text(q), ia)
}

// inDM runs in in the user's direct conversation, posting the replies in
// the DM, and tells the user so privately where the command was typed.
func (b *Bot) inDM(ctx context.Context, key conversation.Key, here dest, in conversation.Input, note string) {
	dm, err := b.openDM(ctx, key.User)
	if err != nil {
		b.logFor(ctx).Error("conversations.open failed", "err", err)
		b.send(ctx, here, renderText(textDMFailed))
		return
	}
	b.converse(ctx, key.DirectKey(), dest{channel: dm}, in, nil)
	if note != "" && here.channel != dm {
		b.send(ctx, here, renderText(note))
	}
}
