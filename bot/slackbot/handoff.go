package slackbot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// WithHandoffs turns on the consultant handoff (issue 5) on store: a
// contact form, cards in CONSULTANT_CHANNEL posted through a durable
// outbox, claims, the live relay, reminders. Config.ConsultantChannel must
// be set, or requests fall back to a plain notice.
func WithHandoffs(store handoff.Store, cfg handoff.Config) Option {
	return func(b *Bot) {
		var id [6]byte
		_, _ = rand.Read(id[:])
		b.handoff = &handoffs{
			b: b, store: store, cfg: cfg.WithDefaults(), consumer: "bot-" + hex.EncodeToString(id[:]),
			kick: make(chan struct{}, 1), now: time.Now,
		}
	}
}

// handoffs is the Slack side of the consultant handoff. It is safe for
// concurrent use.
type handoffs struct {
	b        *Bot
	store    handoff.Store
	cfg      handoff.Config
	consumer string        // this replica's name in the outbox's consumer group
	kick     chan struct{} // wakes the outbox loop after a request
	now      func() time.Time

	memMu           sync.Mutex // guards the fields below; never held across Slack calls
	members         map[string]bool
	membersAt       time.Time
	membersErr      error // the last refresh's failure, nil after a success
	membersFailedAt time.Time
	memRefresh      *memberRefresh // the refresh under way, shared by its callers
}

// memberRefresh is one refresh of the consultants' list; done closes when
// members/err are set. (A one-key singleflight: golang.org/x/sync is not a
// dependency of this module.)
type memberRefresh struct {
	done    chan struct{}
	members map[string]bool
	err     error
}

// ho is the handoff manager, or nil when handoffs are not configured.
func (b *Bot) ho() *handoffs {
	h, _ := b.handoff.(*handoffs)
	return h
}

func (h *handoffs) metrics() handoff.Metrics {
	if m, ok := h.b.metrics.(handoff.Metrics); ok {
		return m
	}
	return nopHandoffMetrics{}
}

type nopHandoffMetrics struct{}

func (nopHandoffMetrics) HandoffOpened()               {}
func (nopHandoffMetrics) HandoffClaimed(time.Duration) {}
func (nopHandoffMetrics) HandoffClosed()               {}

func (h *handoffs) channel() string { return h.b.cfg.ConsultantChannel }

// Identifiers of the handoff's interactive elements. Card buttons carry the
// handoff id as value; the DM choice buttons' block_id carries the owner.
const (
	callbackHandoff  = "tl_handoff"
	blockHoCard      = "tlho"         // + "|" + handoff id
	blockHoChoice    = "tlhoask"      // + "|" + owner
	actionHoClaim    = "tl_ho_claim"  //
	actionHoClose    = "tl_ho_close"  //
	actionHoForm     = "tl_ho_form"   // opens the form from the DM choice
	actionHoSkip     = "tl_ho_skip"   // skips the form
	blockHoName      = "tlho_name"    //
	blockHoCompany   = "tlho_company" //
	blockHoEmail     = "tlho_email"   //
	blockHoSize      = "tlho_size"    //
	blockHoTime      = "tlho_time"    //
	blockHoNote      = "tlho_note"    //
	actionHoInput    = "v"            // the action id of every form input
	recentOnCard     = 5
	maxAnswersOnCard = 20
)

// formBlocks maps the contact form's fields to their input blocks.
var formBlocks = map[string]string{
	handoff.FieldName: blockHoName, handoff.FieldCompany: blockHoCompany, handoff.FieldEmail: blockHoEmail,
	handoff.FieldSize: blockHoSize, handoff.FieldContactTime: blockHoTime, handoff.FieldNote: blockHoNote,
}

var companySizes = []string{"1-10", "11-50", "51-200", "201-1000", "1000+"}

const (
	textHoChoice = "A consultant can reach you faster if you tell us a little about your company and the best time to talk. " +
		"Or I can simply notify them with your Slack profile."
	textHoQueued    = "Thanks! I've passed your request on to our consultants. One of them will answer you right here; I'll let you know who."
	textHoActive    = "You already have a request with our consultants"
	textHoFailed    = "Sorry, I couldn't pass your request on just now (my storage is unavailable). Please try again in a minute."
	textHoNoneOpen  = "You have no open conversation with a consultant."
	textHoNotMember = "Only members of the consultants' channel can do that."
	textHoNoCheck   = "Sorry, I couldn't check who the consultants are just now; please try again in a minute."
)

var errNoConsultantChannel = errors.New("handoff: CONSULTANT_CHANNEL is not set")

// StartHandoff implements HandoffStarter: with a trigger id it opens the
// contact form at once, else it offers the form or a plain notification in
// the user's DM.
func (h *handoffs) StartHandoff(ctx context.Context, req HandoffRequest) error {
	if h.channel() == "" {
		return errNoConsultantChannel
	}
	user := req.Key.DirectKey()
	if req.TriggerID != "" {
		if h.openForm(ctx, req.TriggerID, user) {
			return nil
		}
	}
	dm, err := h.b.openDM(ctx, user.User)
	if err != nil {
		return fmt.Errorf("handoff: open DM: %w", err)
	}
	if h.tellIfActive(ctx, user, dest{channel: dm}) {
		return nil
	}
	r := &renderer{}
	r.section(textHoChoice)
	r.text = append(r.text, textHoChoice)
	r.blocks = append(r.blocks, slack.NewActionBlock(blockHoChoice+"|"+user.User,
		slack.NewButtonBlockElement(actionHoForm, "form", plain("Fill in the form")).WithStyle(slack.StylePrimary),
		slack.NewButtonBlockElement(actionHoSkip, "skip", plain("Just notify a consultant")),
	))
	h.b.send(ctx, dest{channel: dm}, r.message(maxMessageBlocks))
	return nil
}

// tellIfActive tells the user about their active handoff, if any, at d.
func (h *handoffs) tellIfActive(ctx context.Context, user conversation.Key, d dest) bool {
	rec, err := h.store.Active(ctx, user)
	if err != nil {
		return false
	}
	h.b.send(ctx, d, renderText(activeText(rec)))
	return true
}

func activeText(rec handoff.Handoff) string {
	if rec.State == handoff.StateClaimed {
		return textHoActive + ": you're talking with " + mention(rec.ClaimedBy) + " — just write here. Type `/techleader end` to end the conversation."
	}
	return textHoActive + " (since " + age(time.Since(rec.CreatedAt)) + " ago); a consultant will answer you here soon."
}

// contactForm is the modal; name is prefilled when known.
func contactForm(name string) slack.ModalViewRequest {
	input := func(block, label, hint string, optional bool, max int, initial string, multiline bool) *slack.InputBlock {
		el := slack.NewPlainTextInputBlockElement(nil, actionHoInput)
		el.MaxLength, el.Multiline, el.InitialValue = max, multiline, initial
		var h *slack.TextBlockObject
		if hint != "" {
			h = plain(hint)
		}
		ib := slack.NewInputBlock(block, plain(label), h, el)
		ib.Optional = optional
		return ib
	}
	var opts []*slack.OptionBlockObject
	for _, s := range companySizes {
		opts = append(opts, slack.NewOptionBlockObject(s, plain(s+" people"), nil))
	}
	size := slack.NewInputBlock(blockHoSize, plain("Company size"), nil,
		slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain("Choose"), actionHoInput, opts...))
	size.Optional = true
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		CallbackID: callbackHandoff,
		Title:      plain("Talk to a consultant"),
		Submit:     plain("Send"),
		Close:      plain("Cancel"),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			input(blockHoName, "Your name", "", false, handoff.MaxName, name, false),
			input(blockHoCompany, "Company", "", true, handoff.MaxShort, "", false),
			input(blockHoEmail, "Work email", "So a consultant can follow up.", false, handoff.MaxEmail, "", false),
			size,
			input(blockHoTime, "Best time to reach you", "e.g. weekday mornings CET", true, handoff.MaxShort, "", false),
			input(blockHoNote, "Anything we should know?", "", true, handoff.MaxNote, "", true),
		}},
	}
}

// consultFormFirst opens the contact form with ia's trigger before any
// other work (the engine's turn, paced messages, Redis, users.info): the
// trigger expires 3 s after the click or command. The trigger is used up
// either way; ia.formOpened says whether the form is open, so that the
// handoff reply that follows does not offer it again.
func (b *Bot) consultFormFirst(ctx context.Context, key conversation.Key, ia *interaction) {
	h := b.ho()
	if h == nil || h.channel() == "" || ia == nil || ia.triggerID == "" {
		return
	}
	trigger := ia.triggerID
	ia.triggerID = ""
	ia.formOpened = h.openForm(ctx, trigger, key)
}

// openForm opens the contact form with triggerID at once, as its very
// first Slack call (the trigger expires 3 s after the click). Then, with
// views.update: a user who already has a request sees so instead of the
// form; otherwise the name from users.info is prefilled (input the user
// typed meanwhile is kept: same block ids). It reports whether the form
// opened.
func (h *handoffs) openForm(ctx context.Context, triggerID string, user conversation.Key) bool {
	octx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var view *slack.ViewResponse
	err := h.b.api.call(octx, "views.open", "", func(ctx context.Context) error {
		var err error
		view, err = h.b.client.OpenViewContext(ctx, triggerID, contactForm(""))
		return err
	})
	if err != nil {
		h.b.metrics.Undelivered("views.open")
		h.b.logFor(ctx).Warn("handoff form not opened", "err", err)
		return false
	}
	if view == nil {
		return true
	}
	if rec, err := h.store.Active(ctx, user.DirectKey()); err == nil {
		h.updateView(ctx, view, activeModal(rec))
		return true
	}
	if name, _ := h.b.profile(ctx, user.User); name != "" {
		h.updateView(ctx, view, contactForm(name))
	}
	return true
}

// updateView replaces the modal view (opened by this bot) with req.
func (h *handoffs) updateView(ctx context.Context, view *slack.ViewResponse, req slack.ModalViewRequest) {
	err := h.b.api.call(ctx, "views.update", "", func(ctx context.Context) error {
		_, err := h.b.client.UpdateViewContext(ctx, req, "", view.Hash, view.ID)
		return err
	})
	if err != nil {
		h.b.logFor(ctx).Debug("handoff form not updated", "err", err)
	}
}

// callbackHoActive is the modal shown instead of the form to a user who
// already has a request; it has no submit button.
const callbackHoActive = "tl_handoff_active"

// activeModal tells the user, in the modal, about their open request.
func activeModal(rec handoff.Handoff) slack.ModalViewRequest {
	text := textHoActive + " (since " + age(time.Since(rec.CreatedAt)) + " ago); a consultant will answer you in our direct messages soon."
	if rec.State == handoff.StateClaimed {
		text = textHoActive + ": you're talking with " + mention(rec.ClaimedBy) +
			" in our direct messages — just write there. Type `/techleader end` to end the conversation."
	}
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		CallbackID: callbackHoActive,
		Title:      plain("Talk to a consultant"),
		Close:      plain("OK"),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil),
		}},
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
	v := func(block string) string {
		a := cb.View.State.Values[block][actionHoInput]
		if a.SelectedOption.Value != "" {
			return a.SelectedOption.Value
		}
		return a.Value
	}
	return handoff.Contact{
		Name: v(blockHoName), Company: v(blockHoCompany), Email: v(blockHoEmail),
		Size: v(blockHoSize), ContactTime: v(blockHoTime), Note: v(blockHoNote),
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

// runHandoffSubmission stores a valid form's handoff.
func (b *Bot) runHandoffSubmission(ctx context.Context, cb slack.InteractionCallback) {
	h := b.ho()
	if h == nil {
		return
	}
	user := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	h.open(ctx, user, formContact(cb), false)
}

// open stores a new handoff (its card job and first reminder with it) and
// confirms to the user in their DM.
func (h *handoffs) open(ctx context.Context, user conversation.Key, c handoff.Contact, skipped bool) {
	user = user.DirectKey()
	dm, err := h.b.openDM(ctx, user.User)
	if err != nil {
		h.b.logFor(ctx).Error("handoff: conversations.open failed", "err", err)
		return
	}
	rec := handoff.Handoff{
		ID: handoff.NewID(), User: user, UserChannel: dm, Contact: c, Skipped: skipped,
		State: handoff.StateOpen, CreatedAt: h.now().UTC(),
	}
	if st, err := h.b.eng.Status(ctx, user); err != nil {
		h.b.logFor(ctx).Warn("handoff: no conversation status for the card", "err", err)
	} else {
		rec.Answers, rec.Recent = st.Answers, st.Recent
		if st.Last != nil {
			rec.Recommendation = st.Last.Title
		}
	}
	err = h.store.Create(ctx, rec, h.cfg.Reminder)
	switch {
	case errors.Is(err, handoff.ErrActive):
		h.tellIfActive(ctx, user, dest{channel: dm})
		return
	case err != nil:
		h.b.logFor(ctx).Error("handoff not stored", "err", err)
		h.b.send(ctx, dest{channel: dm}, renderText(textHoFailed))
		return
	}
	h.metrics().HandoffOpened()
	h.b.logFor(ctx).Info("handoff opened", "handoff", rec.ID, "skipped", skipped)
	select {
	case h.kick <- struct{}{}:
	default:
	}
	h.b.send(ctx, dest{channel: dm}, renderText(textHoQueued))
}

// handoffAction handles the handoff's buttons; it reports whether act was
// one of them.
func (b *Bot) handoffAction(ctx context.Context, cb slack.InteractionCallback, act slack.BlockAction) bool {
	h := b.ho()
	if h == nil {
		return false
	}
	ia := clickInteraction(cb)
	clicker := conversation.Key{Platform: platform, Team: cb.Team.ID, User: cb.User.ID}
	private := dest{channel: ia.channel, threadTS: cb.Container.ThreadTs}.privately(clicker.User, ia.responseURL)
	switch act.ActionID {
	case actionHoForm, actionHoSkip:
		if owner := strings.TrimPrefix(act.BlockID, blockHoChoice+"|"); owner != clicker.User {
			b.send(ctx, private, renderText("These buttons belong to "+mention(owner)+"."))
			return true
		}
		if act.ActionID == actionHoForm {
			if !h.openForm(ctx, cb.TriggerID, clicker) {
				b.send(ctx, private, renderText("Sorry, the form didn't open in time. Please click again."))
			}
			return true
		}
		if ia.messageTS != "" {
			b.update(ctx, ia.channel, ia.messageTS, "", renderText("OK — I'll notify a consultant with your Slack profile."))
		}
		name, email := b.profile(ctx, clicker.User)
		h.open(ctx, clicker, handoff.Contact{Name: name, Email: email}, true)
		return true
	case actionHoClaim, actionHoClose:
		id := act.Value
		if !handoff.ValidID(id) {
			return true
		}
		if ok, err := h.isConsultant(ctx, clicker.User); err != nil {
			b.send(ctx, private, renderText(textHoNoCheck))
			return true
		} else if !ok {
			b.send(ctx, private, renderText(textHoNotMember))
			return true
		}
		if act.ActionID == actionHoClaim {
			h.claim(ctx, id, clicker.User, private)
		} else {
			h.close(ctx, id, clicker.User, private)
		}
		return true
	}
	return false
}

// claim claims handoff id for consultant and tells everyone.
func (h *handoffs) claim(ctx context.Context, id, consultant string, private dest) {
	rec, err := h.store.Claim(ctx, id, consultant, h.now().UTC())
	switch {
	case errors.Is(err, handoff.ErrAlreadyClaimed):
		who := "someone else"
		if rec.ClaimedBy != "" {
			who = mention(rec.ClaimedBy)
		}
		h.b.send(ctx, private, renderText("Thanks, but "+who+" has already claimed this request."))
		return
	case errors.Is(err, handoff.ErrClosed):
		h.b.send(ctx, private, renderText("This request is already closed."))
		return
	case errors.Is(err, handoff.ErrNotFound):
		h.b.send(ctx, private, renderText("This request no longer exists (the user may have asked me to forget them)."))
		return
	case err != nil:
		h.b.logFor(ctx).Error("handoff claim failed", "handoff", id, "err", err)
		h.b.send(ctx, private, renderText("Sorry, I couldn't record your claim just now; please try again."))
		return
	}
	h.metrics().HandoffClaimed(rec.ClaimedAt.Sub(rec.CreatedAt))
	h.b.logFor(ctx).Info("handoff claimed", "handoff", id)
	h.refreshCard(ctx, rec)
	if rec.CardTS != "" {
		h.b.send(ctx, dest{channel: rec.CardChannel, threadTS: rec.CardTS},
			renderText(mention(consultant)+" claimed this request. Write in this thread to talk with "+mention(rec.User.User)+"; I'll relay both ways."))
	}
	h.b.send(ctx, dest{channel: rec.UserChannel}, renderText(mention(consultant)+" from Consulting Springfield will help you. "+
		"From now on, what you write here goes straight to them and their answers come back here — I'll stay quiet until the conversation ends. "+
		"Type `/techleader end` to end it."))
}

// close closes handoff id on behalf of by (a consultant or the user).
func (h *handoffs) close(ctx context.Context, id, by string, private dest) {
	rec, err := h.store.Close(ctx, id, by, h.now().UTC())
	switch {
	case errors.Is(err, handoff.ErrClosed):
		h.b.send(ctx, private, renderText("This request is already closed."))
		return
	case errors.Is(err, handoff.ErrNotFound):
		h.b.send(ctx, private, renderText("This request no longer exists."))
		return
	case err != nil:
		h.b.logFor(ctx).Error("handoff close failed", "handoff", id, "err", err)
		h.b.send(ctx, private, renderText("Sorry, I couldn't close it just now; please try again."))
		return
	}
	h.metrics().HandoffClosed()
	h.b.logFor(ctx).Info("handoff closed", "handoff", id)
	h.refreshCard(ctx, rec)
	byUser := by == rec.User.User
	if rec.CardTS != "" {
		note := mention(by) + " closed this request."
		if byUser {
			note = mention(by) + " ended the conversation."
		}
		h.b.send(ctx, dest{channel: rec.CardChannel, threadTS: rec.CardTS}, renderText(note))
	}
	msg := "The consultant closed this conversation — thanks for talking with Consulting Springfield! I'm back: ask me anything."
	if byUser {
		msg = "You ended the conversation with the consultant. I'm back: ask me anything."
	}
	h.b.send(ctx, dest{channel: rec.UserChannel}, renderText(msg))
}

// memberRetry is how long after a failed refresh of the consultants' list
// no new refresh is tried (the stale list, if any, is served meanwhile).
// memberRefreshTimeout bounds one refresh (all its pages and retries).
const (
	memberRetry          = 10 * time.Second
	memberRefreshTimeout = time.Minute
)

// isConsultant reports whether user is a member of the consultants'
// channel; the member list is cached for Config.MemberCache. The lock is
// never held across Slack calls: concurrent callers share one refresh
// (singleflight); when a refresh fails, the last list known (stale) is
// served, and no new refresh is tried for memberRetry.
func (h *handoffs) isConsultant(ctx context.Context, user string) (bool, error) {
	h.memMu.Lock()
	members, at, failedAt, failErr := h.members, h.membersAt, h.membersFailedAt, h.membersErr
	h.memMu.Unlock()
	now := h.now()
	switch {
	case members != nil && now.Sub(at) < h.cfg.MemberCache:
		return members[user], nil
	case failErr != nil && now.Sub(failedAt) < memberRetry:
		if members != nil {
			return members[user], nil // stale, while the failure cools down
		}
		return false, failErr
	}
	h.memMu.Lock()
	r := h.memRefresh
	if r == nil {
		r = &memberRefresh{done: make(chan struct{})}
		h.memRefresh = r
		// Shared by every caller: not cut short by the first one's context.
		go h.refreshMembers(context.WithoutCancel(ctx), r)
	}
	h.memMu.Unlock()
	select {
	case <-r.done:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	if r.err != nil {
		if members != nil {
			h.b.logFor(ctx).Warn("consultants' list not refreshed; using the last one", "err", r.err)
			return members[user], nil
		}
		return false, r.err
	}
	return r.members[user], nil
}

// refreshMembers reads the consultants' channel's members into r and
// caches them; a failure is recorded for the back-off.
func (h *handoffs) refreshMembers(ctx context.Context, r *memberRefresh) {
	members, err := map[string]bool(nil), errors.New("handoff: consultants' list refresh panicked")
	defer func() { // after logPanic: the waiters are released even then
		h.memMu.Lock()
		if err != nil {
			h.membersErr, h.membersFailedAt = err, h.now()
		} else {
			h.members, h.membersAt, h.membersErr = members, h.now(), nil
		}
		r.members, r.err = members, err
		h.memRefresh = nil
		h.memMu.Unlock()
		close(r.done)
	}()
	defer bot.LogPanic(h.b.log, "consultants' list refresh")
	ctx, cancel := context.WithTimeout(ctx, memberRefreshTimeout)
	defer cancel()
	members, err = h.readMembers(ctx)
}

// readMembers reads the consultants' channel's members (paged).
func (h *handoffs) readMembers(ctx context.Context) (map[string]bool, error) {
	members := map[string]bool{}
	cursor := ""
	for page := 0; page < 50; page++ {
		var ids []string
		var next string
		err := h.b.api.call(ctx, "conversations.members", "", func(ctx context.Context) error {
			var err error
			ids, next, err = h.b.client.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{
				ChannelID: h.channel(), Cursor: cursor, Limit: 1000,
			})
			return err
		})
		if err != nil {
			h.b.logFor(ctx).Error("conversations.members failed", "err", err)
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

// run posts queued cards and due reminders until ctx ends: every Poll, and
// at once after a request on this replica.
func (h *handoffs) run(ctx context.Context) {
	t := time.NewTicker(h.cfg.Poll)
	defer t.Stop()
	for {
		h.tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-h.kick:
		}
	}
}

func (h *handoffs) tick(ctx context.Context) {
	defer bot.LogPanic(h.b.log, "handoff loop")
	jobs, err := h.store.NextCards(ctx, h.consumer, h.cfg.OutboxIdle, 10)
	if err != nil && ctx.Err() == nil {
		h.b.log.Warn("handoff outbox unavailable", "err", err)
	}
	for _, j := range jobs {
		if ctx.Err() != nil {
			return
		}
		h.postCard(conversation.WithLogger(ctx, h.b.log.With("handoff", j.HandoffID, "job", j.ID)), j)
	}
	rs, err := h.store.DueReminders(ctx, h.now(), h.cfg.Reminder, h.cfg.ReminderLimit, 10)
	if err != nil && ctx.Err() == nil {
		h.b.log.Warn("handoff reminders unavailable", "err", err)
	}
	for _, r := range rs {
		h.remind(conversation.WithLogger(ctx, h.b.log.With("handoff", r.HandoffID, "reminder", r.N)), r)
	}
}

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

// postCard posts the card of a job exactly once and records its ts:
//
//   - a card already recorded on the handoff is never posted again;
//   - otherwise the consultants' channel is searched first for the card
//     (by its metadata): an earlier attempt may have posted it and crashed,
//     or failed to record it, before the ts was recorded. When found, its
//     ts is recorded and nothing is posted. The search runs for every job
//     without a recorded card, not only for redelivered ones: it is one
//     conversations.history call per handoff (handoffs come at human
//     rates), needs no delivery count from the outbox, and also covers a
//     job queued twice for one handoff;
//   - a retried chat.postMessage whose earlier try may have reached Slack
//     (a network error, a 5xx) searches again before posting (postNewCard).
//
// The step is bounded by half the outbox idle time so that no other replica
// takes the job over meanwhile. Should two cards still exist, the one that
// finds the other recorded (SetCard false) is deleted.
func (h *handoffs) postCard(ctx context.Context, j handoff.CardJob) {
	rec, err := h.store.Get(ctx, j.HandoffID)
	if errors.Is(err, handoff.ErrNotFound) {
		h.ack(ctx, j) // forgotten
		return
	}
	if err != nil {
		h.b.logFor(ctx).Warn("handoff card: record unavailable; will retry", "err", err)
		return
	}
	if rec.CardTS != "" {
		h.ack(ctx, j)
		return
	}
	// From here on a shutdown must not cut the post from its record:
	// the step runs to its end, bounded in time. Once the card is recorded
	// a takeover is harmless (it finds the record), so the ack and the
	// removal of a duplicate get their own time.
	ackCtx, cancelAck := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancelAck()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), min(h.cfg.OutboxIdle/2, 20*time.Second))
	defer cancel()
	var ts string
	err = h.b.api.call(ctx, "conversations.history", "", func(ctx context.Context) error {
		var err error
		ts, err = h.findCard(ctx, rec)
		return err
	})
	switch {
	case err != nil && !lookupRefused(ctx, err):
		h.b.logFor(ctx).Warn("handoff card: cannot check for an earlier card; will retry", "err", safeErr(err))
		return // not acked: retried after OutboxIdle
	case err != nil:
		// No permission to read the channel (an install without
		// channels:history): posting is all that is left; a crash before
		// the record could then repeat the card.
		h.b.logFor(ctx).Error("handoff card: cannot check for an earlier card; posting anyway", "err", safeErr(err))
	case ts != "":
		h.b.logFor(ctx).Info("handoff card found posted earlier; recording it", "ts", ts)
	}
	if ts == "" {
		if ts = h.postNewCard(ctx, rec); ts == "" {
			return // not acked: retried after OutboxIdle
		}
	}
	var recorded bool
	for attempt := range 5 {
		recorded, err = h.store.SetCard(ctx, rec.ID, h.channel(), ts)
		if err == nil || errors.Is(err, handoff.ErrNotFound) || sleepCtx(ctx, time.Duration(attempt+1)*100*time.Millisecond) != nil {
			break
		}
	}
	if errors.Is(err, handoff.ErrNotFound) {
		// Forgotten (/techleader forget) while the card was being posted:
		// the card must not outlive the record.
		h.b.logFor(ctx).Info("handoff forgotten meanwhile; deleting its card", "ts", ts)
		h.deleteCard(ackCtx, ts)
		h.ack(ackCtx, j)
		return
	}
	if err != nil {
		h.b.logFor(ctx).Error("handoff card posted but not recorded; the retry will find it", "err", err)
		return
	}
	if !recorded {
		if cur, err := h.store.Get(ackCtx, rec.ID); err == nil && cur.CardTS != ts {
			h.b.logFor(ctx).Warn("handoff card posted twice; deleting the duplicate", "ts", ts, "recorded", cur.CardTS)
			h.deleteCard(ackCtx, ts)
		}
	}
	h.ack(ackCtx, j)
}

// deleteCard deletes the card ts from the consultants' channel.
func (h *handoffs) deleteCard(ctx context.Context, ts string) {
	err := h.b.api.call(ctx, "chat.delete", "", func(ctx context.Context) error {
		_, _, err := h.b.client.DeleteMessageContext(ctx, h.channel(), ts)
		return err
	})
	if err != nil {
		h.b.logFor(ctx).Error("handoff card not deleted", "ts", ts, "err", safeErr(err))
	}
}

// postNewCard posts rec's card with its metadata and returns its ts, ""
// when it failed (logged and counted). A retry after a failure that may
// have reached Slack first looks for the card that try may have posted.
func (h *handoffs) postNewCard(ctx context.Context, rec handoff.Handoff) string {
	var ts string
	maybePosted := false
	post := func(m message) error {
		opts := []slack.MsgOption{slack.MsgOptionText(m.text, false), slack.MsgOptionMetadata(cardMetadata(rec.ID))}
		if len(m.blocks) > 0 {
			opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
		}
		return h.b.api.call(ctx, "chat.postMessage", h.channel(), func(ctx context.Context) error {
			if maybePosted {
				found, err := h.findCard(ctx, rec)
				if err != nil {
					return err
				}
				if found != "" {
					h.b.logFor(ctx).Info("handoff card: an earlier try was posted after all", "ts", found)
					ts = found
					return nil
				}
			}
			_, posted, err := h.b.client.PostMessageContext(ctx, h.channel(), opts...)
			if err != nil {
				maybePosted = maybePosted || mayHavePosted(err)
				return err
			}
			ts = posted
			return nil
		})
	}
	err := post(renderCard(rec))
	if err != nil && blocksRefused(err) {
		// The minimal card keeps the contact details and the buttons.
		h.b.logRefusedBlocks(ctx, "chat.postMessage", err)
		err = post(renderCardMinimal(rec))
	}
	if err != nil {
		h.b.metrics.Undelivered("chat.postMessage")
		h.b.logFor(ctx).Error("handoff card not posted; will retry", "err", safeErr(err))
		return ""
	}
	return ts
}

// findCard searches the consultants' channel, from shortly before rec was
// created, for a card of rec the bot posted; it returns the oldest one's
// ts, or "" when there is none. It makes one conversations.history call
// per page of cardLookupPage messages, cardLookupPages at most.
func (h *handoffs) findCard(ctx context.Context, rec handoff.Handoff) (string, error) {
	oldest := rec.CreatedAt.Add(-cardLookupMargin)
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          h.channel(),
		Oldest:             fmt.Sprintf("%d.%06d", oldest.Unix(), oldest.Nanosecond()/1000),
		Limit:              cardLookupPage,
		IncludeAllMetadata: true,
	}
	found := ""
	for page := 0; page < cardLookupPages; page++ {
		resp, err := h.b.client.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return "", err
		}
		for _, m := range resp.Messages { // newest first: the last match is the oldest
			if h.isCardOf(m, rec.ID) {
				found = m.Timestamp
			}
		}
		if !resp.HasMore || resp.ResponseMetaData.NextCursor == "" {
			return found, nil
		}
		params.Cursor = resp.ResponseMetaData.NextCursor
	}
	if found == "" {
		h.b.logFor(ctx).Warn("handoff card: channel history too long to search to the end", "pages", cardLookupPages)
	}
	return found, nil
}

// isCardOf reports whether m is a card of handoff id posted by this bot.
func (h *handoffs) isCardOf(m slack.Message, id string) bool {
	if m.Metadata.EventType != cardEventType || m.ThreadTimestamp != "" && m.ThreadTimestamp != m.Timestamp {
		return false
	}
	if got, _ := m.Metadata.EventPayload["handoff_id"].(string); got != id {
		return false
	}
	mine := h.b.botUserID == "" && h.b.botID == "" ||
		h.b.botUserID != "" && m.User == h.b.botUserID || h.b.botID != "" && m.BotID == h.b.botID
	return mine
}

// mayHavePosted reports whether a failed chat.postMessage may still have
// posted its message: Slack may have accepted a request whose answer was
// lost (network errors) or broken (5xx, internal errors); a 429 or any
// other Slack refusal posted nothing.
func mayHavePosted(err error) bool {
	if _, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return false
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return sc.Code >= 500
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return true
		}
		return false
	}
	return true
}

// lookupRefused reports whether a failed card search was refused for
// good (a Slack error such as missing_scope or not_in_channel, or an HTTP
// 4xx) rather than failing for now (network, 5xx, rate limits, time out).
func lookupRefused(ctx context.Context, err error) bool {
	if ctx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if _, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return false
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return sc.Code != http.StatusTooManyRequests && sc.Code < 500
	}
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout":
			return false
		}
		return true
	}
	return false
}

func (h *handoffs) ack(ctx context.Context, j handoff.CardJob) {
	if err := h.store.AckCard(ctx, j.ID); err != nil {
		h.b.logFor(ctx).Warn("handoff card job not acknowledged", "err", err)
	}
}

// remind posts a reminder in the card's thread.
func (h *handoffs) remind(ctx context.Context, r handoff.Reminder) {
	rec, err := h.store.Get(ctx, r.HandoffID)
	if err != nil || rec.CardTS == "" || rec.State != handoff.StateOpen {
		return
	}
	text := fmt.Sprintf("Reminder %d/%d: %s has been waiting %s for a consultant. Click *Claim* on the card to help them.",
		r.N, h.cfg.ReminderLimit, mention(rec.User.User), age(h.now().Sub(rec.CreatedAt)))
	h.b.send(ctx, dest{channel: rec.CardChannel, threadTS: rec.CardTS}, renderText(text))
}

// refreshCard shows rec's state on its card.
func (h *handoffs) refreshCard(ctx context.Context, rec handoff.Handoff) {
	if rec.CardTS == "" {
		return
	}
	h.b.update(ctx, rec.CardChannel, rec.CardTS, "", renderCard(rec))
}

// massMention matches a bare @here/@channel/@everyone (not inside an
// email address such as x@here.com).
var massMention = regexp.MustCompile(`(?i)(^|[^\w.+\-])@(here|channel|everyone)\b`)

// defang makes user text safe on a card or in a relay: escape (no
// <!channel>, <@U…> or <url|label>) and a word joiner after the '@' of a
// bare @here, @channel or @everyone.
func defang(userText string) string {
	return massMention.ReplaceAllString(escape(userText), "${1}@\u2060${2}")
}

// quote renders user text as a mrkdwn quote.
func quote(userText string) string {
	return ">" + strings.ReplaceAll(defang(userText), "\n", "\n>")
}

// Limits of a card's user-controlled text, counted after escaping (an
// escaped '<' is four characters), so that every section stays one block
// well within Block Kit's limits whatever the user typed.
const (
	cardFieldMax   = handoff.MaxShort // name, company, size, best time
	cardEmailMax   = handoff.MaxEmail
	cardNoteMax    = 2500
	cardLineMax    = 200  // one question or answer of the assessment
	cardSectionMax = 2800 // the assessment, the last messages
	cardRecentMax  = 300  // one of the last messages
	cardRecMax     = 150  // the recommendation's title
	// maxCardText bounds the text of all of a card's blocks together.
	maxCardText = 12000
)

// fitText renders a prefix of userText with render (defang, quote), the
// longest whose rendering, with "…" when cut, has at most max runes.
func fitText(userText string, max int, render func(string) string) string {
	out := render(userText)
	if utf8.RuneCountInString(out) <= max {
		return out
	}
	rs := []rune(userText)
	lo, hi := 0, len(rs) // the longest fitting prefix is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if utf8.RuneCountInString(render(string(rs[:mid])))+1 <= max {
			lo = mid
		} else {
			hi = mid
		}
	}
	return render(string(rs[:lo])) + "…"
}

// defangMax is defang(userText) cut to at most max runes.
func defangMax(userText string, max int) string { return fitText(userText, max, defang) }

// quoteMax is quote(userText) cut to at most max runes.
func quoteMax(userText string, max int) string { return fitText(userText, max, quote) }

// renderCard is the handoff's card in the consultants' channel. Everything
// the user typed is defanged and capped after escaping: each section fits
// one block and the whole card maxCardText.
func renderCard(rec handoff.Handoff) message {
	r := &renderer{}
	r.header("Consultant request")
	c := rec.Contact
	r.section(cardWho(rec))
	if c.Note != "" {
		r.section("*Note:*\n" + quoteMax(c.Note, cardNoteMax))
	}
	if rec.Recommendation != "" || len(rec.Answers) > 0 {
		var sb strings.Builder
		sb.WriteString("*Assessment*")
		if rec.Recommendation != "" {
			sb.WriteString(" — recommendation: *" + defangMax(rec.Recommendation, cardRecMax) + "*")
		}
		for i, qa := range rec.Answers {
			line := "\n• " + defangMax(qa.Question, cardLineMax) + " — _" + defangMax(qa.Answer, cardLineMax) + "_"
			if i == maxAnswersOnCard || utf8.RuneCountInString(sb.String()+line) > cardSectionMax-2 {
				sb.WriteString("\n…")
				break
			}
			sb.WriteString(line)
		}
		r.section(sb.String())
	}
	if n := len(rec.Recent); n > 0 {
		recent := rec.Recent[max(0, n-recentOnCard):]
		var lines []string
		for _, m := range recent {
			lines = append(lines, quoteMax(m, cardRecentMax))
		}
		r.section(truncate("*Last messages:*\n"+strings.Join(lines, "\n"), cardSectionMax))
	}
	cardFooter(r, rec)
	return r.message(maxMessageBlocks)
}

// renderCardMinimal is the card reduced to who asked, how to reach them,
// the state and the buttons: what is posted when Slack refuses the full
// card's blocks.
func renderCardMinimal(rec handoff.Handoff) message {
	r := &renderer{}
	r.section("*Consultant request*\n" + cardWho(rec))
	cardFooter(r, rec)
	return r.message(maxMessageBlocks)
}

// cardWho is the card's "who" section: the user and their contact details.
func cardWho(rec handoff.Handoff) string {
	c := rec.Contact
	field := func(label, v string, max int) string {
		if v == "" {
			return ""
		}
		return "*" + label + ":* " + defangMax(v, max) + "\n"
	}
	who := "*From:* " + mention(rec.User.User) + "\n" + field("Name", c.Name, cardFieldMax) + field("Company", c.Company, cardFieldMax) +
		field("Email", c.Email, cardEmailMax) + field("Company size", c.Size, cardFieldMax) + field("Best time", c.ContactTime, cardFieldMax)
	if rec.Skipped {
		who += "_The user skipped the form: details come from their Slack profile._\n"
	}
	return who
}

// cardFooter adds the card's status, reference and buttons, and its
// notification text.
func cardFooter(r *renderer, rec handoff.Handoff) {
	var status string
	var buttons []slack.BlockElement
	switch rec.State {
	case handoff.StateOpen:
		status = ":hourglass: *Waiting for a consultant*"
		buttons = append(buttons,
			slack.NewButtonBlockElement(actionHoClaim, rec.ID, plain("Claim")).WithStyle(slack.StylePrimary),
			slack.NewButtonBlockElement(actionHoClose, rec.ID, plain("Close")).WithStyle(slack.StyleDanger))
	case handoff.StateClaimed:
		status = ":speech_balloon: *Claimed by " + mention(rec.ClaimedBy) + "*"
		buttons = append(buttons, slack.NewButtonBlockElement(actionHoClose, rec.ID, plain("Close")).WithStyle(slack.StyleDanger))
	case handoff.StateClosed:
		status = ":white_check_mark: *Closed by " + mention(rec.ClosedBy) + "*"
	}
	r.section(status)
	r.context(fmt.Sprintf("Requested <!date^%d^{date_short_pretty} {time}|%s> · ref %s",
		rec.CreatedAt.Unix(), rec.CreatedAt.Format(time.RFC1123), rec.ID))
	if len(buttons) > 0 {
		r.blocks = append(r.blocks, slack.NewActionBlock(blockHoCard+"|"+rec.ID, buttons...))
	}
	r.text = append(r.text, "Consultant request from "+mention(rec.User.User)+" — "+strings.TrimPrefix(strings.Trim(status, "*"), ":"))
}

// age is a short human duration: "45s", "12m", "3h", "2d".
func age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return strconv.Itoa(int(max(d, 0).Seconds())) + "s"
	case d < time.Hour:
		return strconv.Itoa(int(d.Minutes())) + "m"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d.Hours())) + "h"
	}
	return strconv.Itoa(int(d.Hours()/24)) + "d"
}

// relayFromUser posts what the user wrote in their DM into the card's
// thread when their handoff is claimed, and reports whether it did (the
// engine then stays quiet).
func (b *Bot) relayFromUser(ctx context.Context, key conversation.Key, text string) bool {
	h := b.ho()
	if h == nil || key.Thread != "" || text == "" {
		return false
	}
	rec, err := h.store.Active(ctx, key)
	if err != nil || rec.State != handoff.StateClaimed || rec.CardTS == "" {
		return false
	}
	b.send(ctx, dest{channel: rec.CardChannel, threadTS: rec.CardTS}, renderText(mention(key.User)+" wrote:\n"+quote(truncate(text, 3000))))
	if err := h.store.AppendLine(ctx, rec.ID, handoff.Line{At: h.now().UTC(), From: handoff.FromUser, Who: key.User, Text: text}, h.cfg.TranscriptMax); err != nil {
		b.logFor(ctx).Warn("handoff transcript not updated", "handoff", rec.ID, "err", err)
	}
	return true
}

// handoffThreadJob handles a person's reply in a thread of the
// consultants' channel (a plain reply, or one also sent to the channel,
// subtype thread_broadcast). Whether the thread is a handoff card's is
// decided in the job (ByCard): the claimer's messages in a card's thread
// are relayed to the user, other people's stay there; a reply in any
// other thread gets the normal thread handling (normal, nil for none).
// ok is false for messages that are not such replies.
func (b *Bot) handoffThreadJob(team string, e *slackevents.MessageEvent, normal *bot.Job) (bot.Job, bool) {
	h := b.ho()
	channel, threadTS, user := e.Channel, e.ThreadTimeStamp, e.User
	if h == nil || channel != h.channel() || channel == "" || threadTS == "" || threadTS == e.TimeStamp ||
		e.SubType != "" && e.SubType != "thread_broadcast" || e.BotID != "" || user == "" || user == b.botUserID {
		return bot.Job{}, false
	}
	text := unescape(strings.TrimSpace(e.Text))
	// One shard per person and thread: that person's messages there stay
	// in order, whichever way they go.
	shard := conversation.Key{Platform: platform, Team: team, User: user, Thread: channel + "/" + threadTS}.String()
	return bot.Job{Shard: shard, Run: func(ctx context.Context) {
		rec, err := h.store.ByCard(ctx, channel, threadTS)
		if errors.Is(err, handoff.ErrNotFound) {
			if normal != nil {
				normal.Run(ctx) // not a card's thread
			}
			return
		}
		if err != nil || rec.State != handoff.StateClaimed || rec.ClaimedBy != user || text == "" {
			return // consultants talking among themselves, or not a live card
		}
		b.send(ctx, dest{channel: rec.UserChannel}, renderText(mention(user)+" (Consulting Springfield):\n"+quote(truncate(text, 3000))))
		if err := h.store.AppendLine(ctx, rec.ID, handoff.Line{At: h.now().UTC(), From: handoff.FromConsultant, Who: user, Text: text}, h.cfg.TranscriptMax); err != nil {
			b.logFor(ctx).Warn("handoff transcript not updated", "handoff", rec.ID, "err", err)
		}
	}}, true
}

// handoffSlash runs the handoff's slash sub-commands: end, queue, and the
// handoff part of status. It reports whether sub was one of them.
func (b *Bot) handoffSlash(ctx context.Context, key conversation.Key, sub string, here dest) bool {
	h := b.ho()
	if h == nil {
		return false
	}
	key = key.DirectKey()
	switch sub {
	case "end":
		rec, err := h.store.Active(ctx, key)
		if err != nil {
			b.send(ctx, here, renderText(textHoNoneOpen))
			return true
		}
		h.close(ctx, rec.ID, key.User, here)
		if here.channel != rec.UserChannel {
			b.send(ctx, here, renderText("Done: the conversation with the consultant has ended."))
		}
	case "queue":
		if ok, err := h.isConsultant(ctx, key.User); err != nil {
			b.send(ctx, here, renderText(textHoNoCheck))
			return true
		} else if !ok {
			b.send(ctx, here, renderText(textHoNotMember))
			return true
		}
		list, err := h.store.List(ctx)
		if err != nil {
			b.send(ctx, here, renderText("Sorry, the queue is unavailable just now."))
			return true
		}
		if len(list) == 0 {
			b.send(ctx, here, renderText("The queue is empty: no open or claimed requests."))
			return true
		}
		var sb strings.Builder
		sb.WriteString(fmt.Sprintf("*Consultant requests* (%d)", len(list)))
		for i, rec := range list {
			if i == 40 {
				sb.WriteString("\n…")
				break
			}
			state := "*open*"
			if rec.State == handoff.StateClaimed {
				state = "claimed by " + mention(rec.ClaimedBy)
			}
			sb.WriteString("\n• " + mention(rec.User.User))
			if rec.Contact.Company != "" {
				sb.WriteString(" (" + defang(truncate(rec.Contact.Company, 60)) + ")")
			}
			sb.WriteString(" — " + state + ", " + age(h.now().Sub(rec.CreatedAt)) + " old · ref " + rec.ID)
		}
		b.send(ctx, here, renderText(sb.String()))
	case "status":
		if rec, err := h.store.Active(ctx, key); err == nil {
			b.send(ctx, here, renderText("*Consultant:* "+activeText(rec)))
		}
	default:
		return false
	}
	return true
}

// textCardRemoved replaces the card of a request the user asked to forget.
const textCardRemoved = "_Consultant request removed at the user's request._"

// forgetHandoffs deletes the user's handoffs (for /techleader forget); the
// card of their active request, if posted, is redacted in the consultants'
// channel. Cards of earlier (closed) requests and the messages of card
// threads stay there: the store does not list closed requests by user.
func (b *Bot) forgetHandoffs(ctx context.Context, key conversation.Key) error {
	h := b.ho()
	if h == nil {
		return nil
	}
	user := key.DirectKey()
	active, aerr := h.store.Active(ctx, user)
	if err := h.store.Forget(ctx, user); err != nil {
		return err
	}
	if aerr == nil && active.CardTS != "" {
		r := &renderer{}
		r.section(textCardRemoved)
		r.text = append(r.text, "Consultant request removed at the user's request.")
		b.update(ctx, active.CardChannel, active.CardTS, "", r.message(maxMessageBlocks))
	}
	return nil
}
