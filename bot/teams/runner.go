package teams

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/springfield/techleader/conversation"
)

// textWelcomeTeam greets a team or group chat that added the bot.
const textWelcomeTeam = "Hi, I'm the techleader assistant of Consulting Springfield. I help you decide whether your organisation needs a *CIO*, a *CTO*, both, or a virtual (part-time) one.\n" +
	"• Mention me with a question, e.g. _@techleader what does a CTO do?_ — I answer in the thread.\n" +
	"• Mention me with *assess* to take a short assessment, or *help* to see what else I can do.\n" +
	"• For anything personal, write to me in a personal chat: only you see it there."

// runTurn runs an accepted turn on its worker.
func (b *Bot) runTurn(ctx context.Context, t *Turn) {
	switch t.Kind {
	case TurnMessage:
		b.saveRef(ctx, t)
		b.message(ctx, t)
	case TurnInstalled:
		b.saveRef(ctx, t)
		b.installed(ctx, t)
	case TurnUninstalled:
		b.uninstalled(ctx, t)
	}
}

// message handles a typed message: the handoff's commands (end, and the
// handoff part of status) here, everything else through the core.
func (b *Bot) message(ctx context.Context, t *Turn) {
	s := b.surface(t, nil)
	switch t.Command {
	case CommandEnd:
		b.endHandoff(ctx, s)
		return
	case CommandStatus:
		b.core.Converse(ctx, t.Key, t.Input, s)
		b.statusNote(ctx, s)
		return
	}
	in := t.Input
	if in.Kind == 0 || in.Kind == conversation.InputText && in.Text == "" {
		in = conversation.Cmd(conversation.CommandHelp) // a file or a card without words
	}
	b.core.Converse(ctx, t.Key, in, s)
}

// runClick runs a card click; its answer goes to inv.
func (b *Bot) runClick(ctx context.Context, t *Turn, inv *invoke) {
	b.saveRef(ctx, t)
	s := b.surface(t, inv)
	switch t.Action.Verb {
	case VerbContactSubmit:
		b.submitContact(ctx, s)
	case VerbContactSkip:
		b.skipContact(ctx, s)
	default:
		if t.Input.Kind == 0 {
			inv.respond(MessageResponse(TextInvokeFailed)) // a button the bot does not make
			return
		}
		b.core.Converse(ctx, t.Key, t.Input, s)
	}
}

// installed greets whoever added the bot, once per conversation (Teams
// sends both an installationUpdate and a conversationUpdate, possibly to
// different replicas).
func (b *Bot) installed(ctx context.Context, t *Turn) {
	if !b.firstTime(ctx, "greet:"+t.Ref.ConversationID) {
		return
	}
	s := b.surface(t, nil)
	if t.Personal() {
		b.core.Converse(ctx, t.Key, conversation.Cmd(conversation.CommandHelp), s)
		return
	}
	s.post(ctx, RenderText(textWelcomeTeam))
}

// uninstalled forgets the references the removal makes useless: all of
// the user's when they removed the bot from their personal scope; the
// one of that team or chat otherwise.
func (b *Bot) uninstalled(ctx context.Context, t *Turn) {
	user := t.Key.DirectKey()
	log := b.logFor(ctx)
	if t.Personal() {
		if err := b.refs.Delete(ctx, user); err != nil {
			log.Warn("teams: references not deleted on uninstall", "err", err)
		}
		log.Info("teams: bot removed from a personal scope; references deleted")
		return
	}
	refs, err := b.refs.Load(ctx, user)
	if err != nil {
		log.Warn("teams: references not read on removal", "err", err)
		return
	}
	if e := refs.Elsewhere; e != nil && sameConversation(e.ConversationID, t.Ref.ConversationID) {
		if err := b.refs.Delete(ctx, user, RefElsewhere); err != nil {
			log.Warn("teams: reference not deleted on removal", "err", err)
		}
	}
	log.Info("teams: bot removed from a team or chat")
}

// sameConversation reports whether two conversation ids name the same
// channel or chat (threads of one channel are the same).
func sameConversation(a, b string) bool {
	ba, _ := splitThread(a)
	bb, _ := splitThread(b)
	return ba == bb
}

// firstTime claims id across replicas and reports whether this call was
// the first (true when no Deduper is set or it cannot tell).
func (b *Bot) firstTime(ctx context.Context, id string) bool {
	if b.dedupe == nil {
		return true
	}
	first, err := b.dedupe.Claim(ctx, Platform+":"+id, b.cfg.DedupeTTL)
	if err != nil {
		b.logFor(ctx).Warn("teams: dedupe store unavailable", "err", err)
		return true
	}
	return first
}

// saveRef stores the turn's conversation reference for proactive
// messages: its service URL came in the validated activity.
func (b *Bot) saveRef(ctx context.Context, t *Turn) {
	ref := StoredRef{ConversationRef: t.Ref, Validated: true, SavedAt: time.Now().UTC()}
	if err := b.refs.Save(ctx, t.Key.DirectKey(), ref); err != nil {
		b.logFor(ctx).Warn("teams: conversation reference not saved", "err", err)
	}
}

// errNoReference: the bot has never talked with the user.
var errNoReference = errors.New("teams: no conversation reference for the user")

// personalRef is the reference of the bot's personal chat with user: the
// stored one, or a new one opened from where the user was last seen. A
// stored service URL is trusted again only if it was validated.
func (b *Bot) personalRef(ctx context.Context, user conversation.Key) (ConversationRef, error) {
	refs, err := b.refs.Load(ctx, user.DirectKey())
	if err != nil {
		return ConversationRef{}, fmt.Errorf("load reference: %w", err)
	}
	if p := refs.Personal; p != nil {
		if err := b.trustStored(p); err != nil {
			return ConversationRef{}, err
		}
		return p.ConversationRef, nil
	}
	e := refs.Elsewhere
	if e == nil {
		return ConversationRef{}, errNoReference
	}
	if err := b.trustStored(e); err != nil {
		return ConversationRef{}, err
	}
	p, err := b.conn.CreatePersonal(ctx, e.ConversationRef)
	if err != nil {
		return ConversationRef{}, fmt.Errorf("open a personal chat: %w", err)
	}
	stored := StoredRef{ConversationRef: p, Validated: e.Validated, SavedAt: time.Now().UTC()}
	if err := b.refs.Save(ctx, user.DirectKey(), stored); err != nil {
		b.logFor(ctx).Warn("teams: personal reference not saved", "err", err)
	}
	return p, nil
}

// trustStored trusts the service URL of a stored reference again when it
// was validated before (another replica, or before a restart, saw it in
// an authenticated activity).
func (b *Bot) trustStored(r *StoredRef) error {
	if _, ok := b.trusted.Trusted(r.ServiceURL); ok {
		return nil
	}
	if !r.Validated {
		return ErrUntrustedServiceURL
	}
	return b.trusted.Trust(r.ServiceURL)
}

// sendPersonal sends act to the user's personal chat with the bot.
func (b *Bot) sendPersonal(ctx context.Context, user conversation.Key, act *Activity) error {
	ref, err := b.personalRef(ctx, user)
	if err != nil {
		return err
	}
	if _, err := b.conn.Send(ctx, ref, act); err != nil {
		b.metrics.Undelivered(OpSend)
		return err
	}
	return nil
}
