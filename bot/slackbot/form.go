package slackbot

import (
	"context"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Identifiers of the contact form (a modal).
const (
	callbackHandoff  = "tl_handoff"
	callbackHoActive = "tl_handoff_active" // shown instead of the form: no submit
	actionHoInput    = "v"                 // the action id of every form input
)

// formBlocks maps the contact form's fields to their input blocks.
var formBlocks = map[string]string{
	handoff.FieldName: "tlho_name", handoff.FieldCompany: "tlho_company", handoff.FieldEmail: "tlho_email",
	handoff.FieldSize: "tlho_size", handoff.FieldContactTime: "tlho_time", handoff.FieldNote: "tlho_note",
}

// contactForm is the modal of handoff.FormFields; name is prefilled when
// known.
func contactForm(name string) slack.ModalViewRequest {
	var blocks []slack.Block
	for _, f := range handoff.FormFields {
		var el slack.BlockElement
		if f.Name == handoff.FieldSize {
			var opts []*slack.OptionBlockObject
			for _, s := range handoff.CompanySizes {
				opts = append(opts, slack.NewOptionBlockObject(s, plain(s+" people"), nil))
			}
			el = slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain(handoff.FormChoose), actionHoInput, opts...)
		} else {
			in := slack.NewPlainTextInputBlockElement(nil, actionHoInput)
			in.MaxLength, in.Multiline = f.Max, f.Long
			if f.Name == handoff.FieldName {
				in.InitialValue = name
			}
			el = in
		}
		var hint *slack.TextBlockObject
		if f.Hint != "" {
			hint = plain(f.Hint)
		}
		ib := slack.NewInputBlock(formBlocks[f.Name], plain(f.Label), hint, el)
		ib.Optional = f.Optional
		blocks = append(blocks, ib)
	}
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		CallbackID: callbackHandoff,
		Title:      plain(handoff.FormTitle),
		Submit:     plain(handoff.FormSubmit),
		Close:      plain(handoff.FormCancel),
		Blocks:     slack.Blocks{BlockSet: blocks},
	}
}

// activeModal tells the user, in the modal, about their open request.
func activeModal(rec handoff.Handoff) slack.ModalViewRequest {
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		CallbackID: callbackHoActive,
		Title:      plain(handoff.FormTitle),
		Close:      plain(handoff.FormOK),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(mrkdwn(handoff.ActiveText(rec, time.Now())(slackStyle)), nil, nil),
		}},
	}
}

// consultFormFirst opens the contact form with ia's trigger before any
// other work (the engine's turn, paced messages, Redis, users.info): the
// trigger expires 3 s after the click or command. The trigger is used up
// either way; ia.formOpened says whether the form is open, so that the
// handoff reply that follows does not offer it again.
func (b *Bot) consultFormFirst(ctx context.Context, key conversation.Key, ia *interaction) {
	if b.handoffs == nil || ia == nil || ia.triggerID == "" {
		return
	}
	trigger := ia.triggerID
	ia.triggerID = ""
	ia.formOpened = b.openForm(ctx, trigger, key)
}

// openForm opens the contact form with triggerID at once, as its very
// first Slack call (the trigger expires 3 s after the click). Then, with
// views.update: a user who already has a request sees so instead of the
// form; otherwise the name from users.info is prefilled (input the user
// typed meanwhile is kept: same block ids). It reports whether the form
// opened.
func (b *Bot) openForm(ctx context.Context, triggerID string, user conversation.Key) bool {
	octx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var view *slack.ViewResponse
	err := b.api.call(octx, "views.open", "", func(ctx context.Context) error {
		var err error
		view, err = b.client.OpenViewContext(ctx, triggerID, handoffForm("", user))
		return err
	})
	if err != nil {
		b.metrics.Undelivered("views.open")
		b.logFor(ctx).Warn("handoff form not opened", "err", err)
		return false
	}
	if view == nil {
		return true
	}
	if rec, err := b.handoffs.Active(ctx, user); err == nil {
		b.updateView(ctx, view, activeModal(rec))
		return true
	}
	if name, _ := b.profile(ctx, user.User); name != "" {
		b.updateView(ctx, view, handoffForm(name, user))
	}
	return true
}

// updateView replaces the modal view (opened by this bot) with req.
func (b *Bot) updateView(ctx context.Context, view *slack.ViewResponse, req slack.ModalViewRequest) {
	err := b.api.call(ctx, "views.update", "", func(ctx context.Context) error {
		_, err := b.client.UpdateViewContext(ctx, req, "", view.Hash, view.ID)
		return err
	})
	if err != nil {
		b.logFor(ctx).Debug("handoff form not updated", "err", err)
	}
}

// profile is the user's name and email from users.info ("" when unknown).
func (b *Bot) profile(ctx context.Context, user string) (name, email string) {
	var u *slack.User
	err := b.api.call(ctx, "users.info", "", func(ctx context.Context) error {
		var err error
		u, err = b.client.GetUserInfoContext(ctx, user)
		return err
	})
	if err != nil || u == nil {
		b.logFor(ctx).Debug("users.info failed", "err", err)
		return "", ""
	}
	name = u.Profile.RealName
	if name == "" {
		name = u.RealName
	}
	if name == "" {
		name = u.Name
	}
	return name, u.Profile.Email
}

// formContact reads the submitted form.
func formContact(cb slack.InteractionCallback) handoff.Contact {
	if cb.View.State == nil {
		return handoff.Contact{}
	}
	v := func(field string) string {
		a := cb.View.State.Values[formBlocks[field]][actionHoInput]
		if a.SelectedOption.Value != "" {
			return a.SelectedOption.Value
		}
		return a.Value
	}
	return handoff.Contact{
		Name: v(handoff.FieldName), Company: v(handoff.FieldCompany), Email: v(handoff.FieldEmail),
		Size: v(handoff.FieldSize), ContactTime: v(handoff.FieldContactTime), Note: v(handoff.FieldNote),
	}.Normalize()
}

// handoffFormErrors validates a submitted form; the map (block id ->
// message) goes back in the view_submission ack. nil means valid.
func handoffFormErrors(cb slack.InteractionCallback) map[string]string {
	errs := formContact(cb).Validate()
	if errs == nil {
		return nil
	}
	out := make(map[string]string, len(errs))
	for f, msg := range errs {
		if blk, ok := formBlocks[f]; ok {
			out[blk] = msg
		}
	}
	return out
}

// runHandoffSubmission opens the handoff of a valid form.
func (b *Bot) runHandoffSubmission(ctx context.Context, cb slack.InteractionCallback) {
	if b.handoffs == nil {
		return
	}
	user := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	user.Thread = b.formThread(ctx, user, cb.View.PrivateMetadata)
	b.openHandoff(ctx, user, formContact(cb), false)
}

// openHandoff opens a handoff for the conversation user, reached in their
// DM or in the assistant thread they asked from.
func (b *Bot) openHandoff(ctx context.Context, user conversation.Key, c handoff.Contact, skipped bool) {
	req, err := b.handoffRequest(ctx, user, c, skipped)
	if err != nil {
		b.logFor(ctx).Error("handoff: conversations.open failed", "err", err)
		return
	}
	_, _ = b.handoffs.Open(ctx, req)
}

// offerHandoff asks for a consultant from a conversation with no trigger
// to open the form with: it tells a user with an active request about it,
// or offers the form or a plain notification in the user's DM (in the
// assistant thread they asked from, if so).
func (b *Bot) offerHandoff(ctx context.Context, key conversation.Key) error {
	user := key.DirectKey()
	ref, d, err := b.reach(ctx, key)
	if err != nil {
		return err
	}
	if b.handoffs.TellActive(ctx, user, ref) {
		return nil
	}
	text := handoff.OfferText(slackStyle.Platform)
	r := &renderer{}
	r.section(text)
	r.text = append(r.text, text)
	r.blocks = append(r.blocks, slack.NewActionBlock(offerBlockID(key),
		slack.NewButtonBlockElement(actionHoForm, "form", plain(handoff.OfferForm)).WithStyle(slack.StylePrimary),
		slack.NewButtonBlockElement(actionHoSkip, "skip", plain(handoff.OfferSkip)),
	))
	b.send(ctx, d, r.message(maxMessageBlocks))
	return nil
}
