package slackbot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// WithHandoffs turns on the consultant handoff on store: the workflow is
// a handoff.Service whose desk is CONSULTANT_CHANNEL (cards posted through
// the store's outbox, claims by the channel's members, the relay in card
// threads, reminders) and whose Slack users are reached in their DMs. Run
// runs its loops. Without ConsultantChannel the option does nothing.
func WithHandoffs(store handoff.Store, cfg handoff.Config) Option {
	return func(b *Bot) { b.hoStore, b.hoCfg = store, cfg }
}

// WithHandoffUsers lets the bot's handoffs reach the users of another
// platform (conversation.Key.Platform) through side: those users can then
// be helped by the consultants working in Slack.
func WithHandoffUsers(platform string, side handoff.UserSide) Option {
	return func(b *Bot) {
		if b.hoUsers == nil {
			b.hoUsers = map[string]handoff.UserSide{}
		}
		b.hoUsers[platform] = side
	}
}

// Handoffs is the bot's handoff service (nil when handoffs are off), for
// other front ends to share.
func (b *Bot) Handoffs() *handoff.Service { return b.handoffs }

// PersonName is the display name of a Slack user (a consultant, for the
// users of another platform, who cannot see Slack mentions); "" when
// Slack does not tell.
func (b *Bot) PersonName(ctx context.Context, id string) string {
	name, _ := b.profile(ctx, id)
	return name
}

// newHandoffs builds the handoff service WithHandoffs asked for.
func (b *Bot) newHandoffs() error {
	if b.hoStore == nil || b.cfg.ConsultantChannel == "" {
		return nil
	}
	users := map[string]handoff.UserSide{platform: users{b}}
	for p, u := range b.hoUsers {
		users[p] = u
	}
	m, _ := b.metrics.(handoff.Metrics)
	deps := handoff.Deps{Store: b.hoStore, Desk: newDesk(b, b.hoCfg), Users: users, Status: b.eng, Metrics: m, Log: b.log}
	if b.insights != nil && b.insights.Recorder != nil {
		deps.Insights, deps.Surveys = b.insights.Recorder, b.eng
	}
	svc, err := handoff.NewService(deps, b.hoCfg)
	b.handoffs = svc
	return err
}

// startHandoff asks for a consultant after a handoff reply: the contact
// form when a trigger can open it (or it is open already), else the offer
// in the DM; without handoffs, the request is announced in
// CONSULTANT_CHANNEL when set. The user is told honestly what happened.
func (b *Bot) startHandoff(ctx context.Context, key conversation.Key, d dest, ia *interaction) {
	if b.handoffs != nil {
		if ia != nil && ia.formOpened {
			return // the contact form is open: its submission opens the handoff
		}
		if ia != nil && ia.triggerID != "" && b.openForm(ctx, ia.triggerID, key) {
			return
		}
		err := b.offerHandoff(ctx, key)
		if err == nil {
			return
		}
		b.logFor(ctx).Error("handoff failed", "err", err)
	}
	if b.cfg.ConsultantChannel == "" {
		b.send(ctx, d, renderText(handoff.TextNotSetUp))
		return
	}
	last := ""
	if st, err := b.eng.Status(ctx, statusKey(key)); err == nil && st.Last != nil {
		last = st.Last.Title
	}
	if b.send(ctx, dest{channel: b.cfg.ConsultantChannel}, renderText(handoff.Announcement(slackStyle, key, last))) == "" {
		b.send(ctx, d, renderText(handoff.TextNotSetUp))
		return
	}
	b.send(ctx, d, renderText(handoff.TextAnnounced))
}

// handoffAction handles the handoff's buttons; it reports whether act was
// one of them.
func (b *Bot) handoffAction(ctx context.Context, cb slack.InteractionCallback, act slack.BlockAction) bool {
	if b.handoffs == nil {
		return false
	}
	ia := clickInteraction(cb)
	clicker := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	private := dest{channel: ia.channel, threadTS: cb.Container.ThreadTs}.privately(clicker.User, ia.responseURL)
	tell := func(m handoff.Message) {
		if m != nil {
			b.send(ctx, private, renderMsg(m))
		}
	}
	switch act.ActionID {
	case actionHoForm, actionHoSkip:
		owner, thread := offerOwner(act.BlockID)
		if owner != clicker.User {
			b.send(ctx, private, renderText(handoff.OfferNotYours(slackStyle, owner)))
			return true
		}
		clicker.Thread = thread // the assistant thread the offer was made in, if any
		if act.ActionID == actionHoForm {
			if !b.openForm(ctx, cb.TriggerID, clicker) {
				b.send(ctx, private, renderText(handoff.OfferLate))
			}
			return true
		}
		if ia.messageTS != "" {
			b.update(ctx, ia.channel, ia.messageTS, "", renderText(handoff.SkippedText(slackStyle.Platform)))
		}
		name, email := b.profile(ctx, clicker.User)
		b.openHandoff(ctx, clicker, handoff.Contact{Name: name, Email: email}, true)
		return true
	case actionHoClaim:
		tell(b.handoffs.Claim(ctx, act.Value, clicker.User))
		return true
	case actionHoClose:
		tell(b.handoffs.Close(ctx, act.Value, clicker.User))
		return true
	}
	return false
}

// handoffThreadJob handles a person's reply in a thread of the
// consultants' channel (a plain reply, or one also sent to the channel,
// subtype thread_broadcast). Whether the thread is a handoff card's is
// decided in the job: the claimer's messages in a card's thread are
// relayed to the user, other people's stay there; a reply in any other
// thread gets the normal thread handling (normal, nil for none). ok is
// false for messages that are not such replies.
func (b *Bot) handoffThreadJob(team string, e *slackevents.MessageEvent, normal *bot.Job) (bot.Job, bool) {
	channel, threadTS, user := e.Channel, e.ThreadTimeStamp, e.User
	if b.handoffs == nil || channel != b.cfg.ConsultantChannel || channel == "" || threadTS == "" || threadTS == e.TimeStamp ||
		e.SubType != "" && e.SubType != "thread_broadcast" || e.BotID != "" || user == "" || user == b.botUserID {
		return bot.Job{}, false
	}
	text := unescape(strings.TrimSpace(e.Text))
	// One shard per person and thread: that person's messages there stay
	// in order, whichever way they go.
	shard := conversation.Key{Platform: platform, Team: team, User: user, Thread: channel + "/" + threadTS}.String()
	return bot.Job{Shard: shard, Run: func(ctx context.Context) {
		card := handoff.CardRef{Space: channel, Message: threadTS}
		if !b.handoffs.RelayFromConsultant(ctx, card, user, text) && normal != nil {
			normal.Run(ctx) // not a card's thread
		}
	}}, true
}

// handoffSlash runs the handoff's slash sub-commands: end, queue, and the
// handoff part of status. It reports whether sub was one of them.
func (b *Bot) handoffSlash(ctx context.Context, key conversation.Key, sub string, here dest) bool {
	if b.handoffs == nil {
		return false
	}
	var m handoff.Message
	switch sub {
	case "end":
		m = b.handoffs.End(ctx, key, here.channel)
	case "queue":
		m = b.handoffs.Queue(ctx, key.User)
	case "status":
		m = b.handoffs.StatusNote(ctx, key)
	default:
		return false
	}
	if m != nil {
		b.send(ctx, here, renderMsg(m))
	}
	return true
}
