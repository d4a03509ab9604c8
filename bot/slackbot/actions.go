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

// onInteractive acks a click or a modal submission at once and queues its
// work.
func (b *Bot) onInteractive(via *sock, evt socketmode.Event) {
	received := time.Now()
	cb, ok := evt.Data.(slack.InteractionCallback)
	if !ok {
		via.ack(evt.Request, nil, "interactive", received)
		return
	}
	kind := "interactive:" + string(cb.Type)
	b.metrics.EnvelopeReceived(kind)
	var run func(ctx context.Context)
	p := b.pool
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		if len(cb.ActionCallback.BlockActions) > 0 {
			act := *cb.ActionCallback.BlockActions[0]
			run = func(ctx context.Context) { b.runAction(ctx, cb, act) }
			if opensModal(act.ActionID) {
				p = b.urgent
			}
		}
	case slack.InteractionTypeViewSubmission:
		if cb.View.CallbackID == callbackAsk {
			run = func(ctx context.Context) { b.runAskSubmission(ctx, cb) }
		}
		if cb.View.CallbackID == callbackHandoff {
			if errs := handoffFormErrors(cb); errs != nil { // inline errors go in the ack
				via.ack(evt.Request, slack.NewErrorsViewSubmissionResponse(errs), kind, received)
				return
			}
			run = func(ctx context.Context) { b.runHandoffSubmission(ctx, cb) }
		}
	}
	if run != nil {
		key := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
		envelope := envelopeID(evt.Request)
		j := bot.Job{Shard: key.String(), Kind: kind, Received: received, Run: run,
			Log: b.envelopeLog(kind, envelope, "", key.Team, key.User)}
		if evt.Request != nil {
			j.DedupeID = "envelope:" + envelope
		}
		if !p.Submit(j) {
			b.metrics.EnvelopeRefused(kind)
			j.Log.Warn("worker queue full: interaction refused")
			return
		}
	}
	via.ack(evt.Request, nil, kind, received)
}

// opensModal reports whether a click opens a modal at once (the ask
// modal, or the consultant contact form): such work goes to the urgent
// pool so that the trigger_id is used within 3 s.
func opensModal(actionID string) bool {
	switch actionID {
	case actionHomeAsk, actionHomeCons, actionHoForm, actionEngine + string(conversation.CommandConsult):
		return true
	}
	return false
}

// clickInteraction is what a click brings along.
func clickInteraction(cb slack.InteractionCallback) *interaction {
	ch := cb.Channel.ID
	if ch == "" {
		ch = cb.Container.ChannelID
	}
	ts := cb.Container.MessageTs
	if ts == "" {
		ts = cb.Message.Timestamp
	}
	return &interaction{
		channel: ch, messageTS: ts, ephemeral: cb.Container.IsEphemeral,
		responseURL: cb.ResponseURL, triggerID: cb.TriggerID,
	}
}

// runAction handles one button click. A click acts for the user who
// clicked; a click on buttons of someone else's conversation only gets a
// private note.
func (b *Bot) runAction(ctx context.Context, cb slack.InteractionCallback, act slack.BlockAction) {
	clicker := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	ia := clickInteraction(cb)
	if b.handoffAction(ctx, cb, act) {
		return
	}
	switch act.ActionID {
	case actionHomeAsk:
		b.openAskModal(ctx, cb.TriggerID)
		return
	case actionHomeTest:
		b.inDM(ctx, clicker, dest{}, conversation.Cmd(conversation.CommandStart), "")
		return
	case actionHomeCons:
		b.consultFormFirst(ctx, clicker, ia)
		dm, err := b.openDM(ctx, clicker.User)
		if err != nil {
			b.logFor(ctx).Error("conversations.open failed", "err", err)
			return
		}
		ia.channel = dm
		b.converse(ctx, clicker, dest{channel: dm}, conversation.Cmd(conversation.CommandConsult), ia)
		return
	}
	o, ok := parseBlockID(act.BlockID)
	if !ok {
		b.logFor(ctx).Debug("click on an unknown element ignored", "action", act.ActionID)
		return
	}
	if o.owner != clicker.User {
		here := dest{channel: ia.channel, threadTS: cb.Container.ThreadTs}.privately(clicker.User, ia.responseURL)
		b.send(ctx, here, renderText("These buttons belong to "+mention(o.owner)+"'s assessment, so I left it alone. "+
			"Start your own with `/techleader assess`, or mention me and I'll ask you in a thread."))
		return
	}
	key := clicker
	key.Thread = o.thread
	var in conversation.Input
	switch {
	case strings.HasPrefix(act.ActionID, actionChoice):
		round, qid, val, ok := parseChoiceValue(act.Value)
		if !ok {
			return
		}
		in = conversation.Choice(round, qid, val)
	case strings.HasPrefix(act.ActionID, actionEngine):
		c := conversation.Command(strings.TrimPrefix(act.ActionID, actionEngine))
		in = conversation.Cmd(c)
		if c == conversation.CommandConsult {
			b.consultFormFirst(ctx, key, ia) // before any other Slack call
		}
		if (c == conversation.CommandStart || c == conversation.CommandRestart) && strings.HasSuffix(key.Thread, "/"+cmdThread) {
			// An assessment started from a private command answer runs in the DM.
			b.inDM(ctx, key, dest{channel: ia.channel}.privately(key.User, ia.responseURL), in, textStartedInDM)
			return
		}
	default:
		return
	}
	d, err := b.destFor(ctx, key, ia)
	if err != nil {
		b.logFor(ctx).Error("cannot find where to reply", "err", err)
		return
	}
	b.converse(ctx, key, d, in, ia)
}

// runAskSubmission answers the question typed in the Home tab's modal, in
// the user's DM.
func (b *Bot) runAskSubmission(ctx context.Context, cb slack.InteractionCallback) {
	if cb.View.State == nil {
		return
	}
	q := strings.TrimSpace(cb.View.State.Values[blockAskInput][actionAskInput].Value)
	if q == "" {
		return
	}
	key := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	dm, err := b.openDM(ctx, key.User)
	if err != nil {
		b.logFor(ctx).Error("conversations.open failed", "err", err)
		b.metrics.Undelivered("conversations.open")
		return
	}
	d := dest{channel: dm}
	b.send(ctx, d, renderText("You asked:\n>"+strings.ReplaceAll(escape(q), "\n", "\n>")))
	b.converse(ctx, key, d, conversation.Text(q), nil)
}
