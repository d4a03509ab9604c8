package handoff

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// Service runs the consultant handoff, the same for every platform: it
// opens requests, has their cards posted on the Desk exactly once (through
// the Store's outbox) and reminds the consultants of unclaimed ones, lets
// consultants claim and close them, relays messages both ways while one is
// claimed, and forgets a user on request. Users are reached through the
// UserSide of their platform. It is safe for concurrent use; Run runs its
// outbox and reminder loops.
type Service struct {
	store    Store
	desk     Desk
	users    map[string]UserSide
	status   StatusReader
	insights insights.Recorder // nil: off
	surveys  Surveyor          // nil: no rating asked
	cfg      Config
	metrics  Metrics
	log      *slog.Logger
	now      func() time.Time
	consumer string        // this process's name in the outbox's consumer group
	kick     chan struct{} // wakes the outbox loop after a request
}

// Deps are what a Service works with. Store and Desk are required.
type Deps struct {
	Store Store
	Desk  Desk
	// Users maps a platform (conversation.Key.Platform) to the side that
	// reaches its users.
	Users map[string]UserSide
	// Status, when set, gives the user's answers, recommendation and last
	// messages for the card.
	Status StatusReader
	// Insights, when set, records each request, claim (with the time to
	// claim) and close for the consultancy's figures.
	Insights insights.Recorder
	// Surveys, when set, asks the user how it went once their handoff is
	// closed (the engine: conversation.HandoffClosed).
	Surveys Surveyor
	// Metrics and Log may be nil.
	Metrics Metrics
	Log     *slog.Logger
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// NewService returns a Service on d with cfg (zero fields take the
// defaults). It fails when d lacks a Store or a Desk.
func NewService(d Deps, cfg Config) (*Service, error) {
	if d.Store == nil || d.Desk == nil {
		return nil, errors.New("handoff: a service needs a store and a desk")
	}
	var id [6]byte
	_, _ = rand.Read(id[:])
	s := &Service{
		store: d.Store, desk: d.Desk, users: map[string]UserSide{}, status: d.Status, insights: d.Insights, surveys: d.Surveys, cfg: cfg.WithDefaults(),
		metrics: d.Metrics, log: d.Log, now: d.Now, consumer: "bot-" + hex.EncodeToString(id[:]), kick: make(chan struct{}, 1),
	}
	for p, u := range d.Users {
		s.users[p] = u
	}
	if s.metrics == nil {
		s.metrics = nopMetrics{}
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

// Config is the service's configuration, defaults filled in.
func (s *Service) Config() Config { return s.cfg }

func (s *Service) logFor(ctx context.Context) *slog.Logger {
	return conversation.LoggerFrom(ctx, s.log)
}

// tell shows msg to the user of rec (or to user, reached at ref).
func (s *Service) tell(ctx context.Context, user conversation.Key, ref string, msg Message) {
	side, ok := s.users[user.Platform]
	if !ok {
		s.logFor(ctx).Error("handoff: no user side for the user's platform", "platform", user.Platform)
		return
	}
	if err := side.Tell(ctx, user, ref, s.named(ctx, msg)); err != nil {
		s.logFor(ctx).Warn("handoff: user not told", "err", err)
	}
}

// named renders msg with the desk's names of people for a Style that has
// no names of its own (a user side on another platform than the desk's).
func (s *Service) named(ctx context.Context, msg Message) Message {
	return func(st Style) string {
		if st.Person == nil {
			st.Person = func(id string) string { return s.personName(ctx, id) }
		}
		return msg(st)
	}
}

// personName is the desk's name of person, or SomeConsultant.
func (s *Service) personName(ctx context.Context, person string) string {
	if name := s.desk.PersonName(ctx, person); name != "" {
		return name
	}
	return SomeConsultant
}

// tellFromConsultant shows a consultant's message to the user of rec: as
// the consultant's own where the user's side can, else quoted.
func (s *Service) tellFromConsultant(ctx context.Context, rec Handoff, person, text string) {
	side, ok := s.users[rec.User.Platform].(ConsultantSide)
	if !ok {
		s.tell(ctx, rec.User, rec.UserRef, msgFromConsultant(person, text))
		return
	}
	if err := side.TellFromConsultant(ctx, rec.User, rec.UserRef, s.personName(ctx, person), text); err != nil {
		s.logFor(ctx).Warn("handoff: user not told", "err", err)
	}
}

// say writes msg in the thread of rec's card, if it has one.
func (s *Service) say(ctx context.Context, rec Handoff, msg Message) {
	if rec.Card.IsZero() {
		return
	}
	if err := s.desk.Say(ctx, rec.Card, msg); err != nil {
		s.logFor(ctx).Warn("handoff: card thread not told", "handoff", rec.ID, "err", err)
	}
}

// Active returns the user's open or claimed handoff; ErrNotFound when
// there is none.
func (s *Service) Active(ctx context.Context, user conversation.Key) (Handoff, error) {
	return s.store.Active(ctx, user.DirectKey())
}

// Request asks for a handoff.
type Request struct {
	User conversation.Key // who asks (their direct key is used)
	// UserRef is how the user's side reaches them (Slack: their DM
	// channel, or a thread of it); it is kept on the handoff for every
	// later message.
	UserRef string
	// Thread is the conversation the user asks from when it is not their
	// direct one but a thread that is theirs alone (Slack: an assistant
	// thread): the card shows that conversation, and the relay runs there.
	Thread string
	// Origin is where the user was when they asked (Handoff.Origin).
	Origin  string
	Contact Contact
	// Skipped: the user skipped the form; Contact holds what the platform
	// knew of them.
	Skipped bool
}

// Open stores a new handoff (its card job and first reminder with it) and
// tells the user how it went: queued, already asked, or failed. It returns
// the stored handoff, or ErrActive (the user was told about the active
// one) or the store's error.
func (s *Service) Open(ctx context.Context, req Request) (Handoff, error) {
	user := req.User.DirectKey()
	rec := Handoff{
		ID: NewID(), User: user, UserRef: req.UserRef, Thread: req.Thread, Origin: req.Origin,
		Contact: req.Contact.Normalize(), Skipped: req.Skipped, State: StateOpen, CreatedAt: s.now().UTC(),
	}
	if s.status != nil {
		asked := user
		asked.Thread = req.Thread
		if st, err := s.status.Status(ctx, asked); err != nil {
			s.logFor(ctx).Warn("handoff: no conversation status for the card", "err", err)
		} else {
			rec.Answers, rec.Recent = st.Answers, st.Recent
			if st.Last != nil {
				rec.Recommendation = st.Last.Title
			}
		}
	}
	err := s.store.Create(ctx, rec, s.cfg.Reminder)
	switch {
	case errors.Is(err, ErrActive):
		if cur, aerr := s.store.Active(ctx, user); aerr == nil {
			s.tell(ctx, user, req.UserRef, msgActiveHere(cur, s.now()))
		}
		return Handoff{}, err
	case err != nil:
		s.logFor(ctx).Error("handoff not stored", "err", err)
		s.tell(ctx, user, req.UserRef, Text(textFailed))
		return Handoff{}, err
	}
	s.metrics.HandoffOpened()
	s.record(ctx, user, insights.ConsultRequested())
	s.logFor(ctx).Info("handoff opened", "handoff", rec.ID, "skipped", req.Skipped)
	s.tell(ctx, user, req.UserRef, Text(textQueued))
	select { // the card goes out now, after the user was told
	case s.kick <- struct{}{}:
	default:
	}
	return rec, nil
}

// TellActive tells the user about their active handoff, if they have one,
// and reports whether they had.
func (s *Service) TellActive(ctx context.Context, user conversation.Key, ref string) bool {
	rec, err := s.Active(ctx, user)
	if err != nil {
		return false
	}
	s.tell(ctx, user.DirectKey(), ref, msgActiveHere(rec, s.now()))
	return true
}

// StatusNote is the line about the user's active handoff for a status
// command, or nil when there is none.
func (s *Service) StatusNote(ctx context.Context, user conversation.Key) Message {
	rec, err := s.Active(ctx, user)
	if err != nil {
		return nil
	}
	return msgStatus(rec, s.now())
}

// consultantCheck is the refusal for person, or nil when person is a
// consultant.
func (s *Service) consultantCheck(ctx context.Context, person string) Message {
	ok, err := s.desk.IsConsultant(ctx, person)
	switch {
	case err != nil:
		s.logFor(ctx).Warn("handoff: consultants unknown", "err", err)
		return Text(textNoCheck)
	case !ok:
		return Text(textNotConsultant)
	}
	return nil
}

// Claim claims handoff id for consultant and tells the card, its thread
// and the user. It returns what to tell the consultant privately: nil
// when the claim went through (or id is malformed: a tampered button).
func (s *Service) Claim(ctx context.Context, id, consultant string) Message {
	if !ValidID(id) {
		return nil
	}
	if refusal := s.consultantCheck(ctx, consultant); refusal != nil {
		return refusal
	}
	rec, err := s.store.Claim(ctx, id, consultant, s.now().UTC())
	switch {
	case errors.Is(err, ErrAlreadyClaimed):
		return msgAlreadyClaimed(rec.ClaimedBy)
	case errors.Is(err, ErrClosed):
		return Text(textAlreadyClosed)
	case errors.Is(err, ErrNotFound):
		return Text(textGoneForgotten)
	case err != nil:
		s.logFor(ctx).Error("handoff claim failed", "handoff", id, "err", err)
		return Text(textClaimFailed)
	}
	s.metrics.HandoffClaimed(rec.ClaimedAt.Sub(rec.CreatedAt))
	s.record(ctx, rec.User, insights.ConsultClaimed(max(rec.ClaimedAt.Sub(rec.CreatedAt), 0)))
	s.logFor(ctx).Info("handoff claimed", "handoff", id)
	s.updateCard(ctx, rec)
	s.say(ctx, rec, noteClaimed(consultant, rec.User))
	s.tell(ctx, rec.User, rec.UserRef, msgClaimed(consultant))
	return nil
}

// Close closes handoff id on behalf of consultant. It returns what to
// tell the consultant privately, nil when closed.
func (s *Service) Close(ctx context.Context, id, consultant string) Message {
	if !ValidID(id) {
		return nil
	}
	if refusal := s.consultantCheck(ctx, consultant); refusal != nil {
		return refusal
	}
	_, msg := s.close(ctx, id, consultant, false)
	return msg
}

// End closes the user's active handoff at their request. where is where
// they asked (a UserRef); when it is not where the user is reached, the
// returned message confirms it there. It returns what to tell the user
// where they asked, nil when nothing more.
func (s *Service) End(ctx context.Context, user conversation.Key, where string) Message {
	user = user.DirectKey()
	rec, err := s.store.Active(ctx, user)
	if err != nil {
		return Text(textNoneOpen)
	}
	if _, msg := s.close(ctx, rec.ID, user.User, true); msg != nil {
		return msg
	}
	if where != rec.UserRef {
		return Text(textEndedHere)
	}
	return nil
}

// close closes handoff id on behalf of by (the user when byUser) and tells
// the card, its thread and the user; the message is for by, on failure.
func (s *Service) close(ctx context.Context, id, by string, byUser bool) (Handoff, Message) {
	rec, err := s.store.Close(ctx, id, by, s.now().UTC())
	switch {
	case errors.Is(err, ErrClosed):
		return rec, Text(textAlreadyClosed)
	case errors.Is(err, ErrNotFound):
		return rec, Text(textGone)
	case err != nil:
		s.logFor(ctx).Error("handoff close failed", "handoff", id, "err", err)
		return rec, Text(textCloseFailed)
	}
	s.metrics.HandoffClosed()
	s.record(ctx, rec.User, insights.ConsultClosed())
	s.logFor(ctx).Info("handoff closed", "handoff", id)
	s.updateCard(ctx, rec)
	if byUser {
		s.say(ctx, rec, noteEnded(rec.User))
		s.tell(ctx, rec.User, rec.UserRef, Text(textEndedByUser))
	} else {
		s.say(ctx, rec, noteClosed(by))
		s.tell(ctx, rec.User, rec.UserRef, Text(textClosedByConsultant))
	}
	s.askRating(ctx, rec)
	return rec, nil
}

// updateCard shows rec's state on its card, if posted.
func (s *Service) updateCard(ctx context.Context, rec Handoff) {
	if rec.Card.IsZero() {
		return
	}
	if err := s.desk.UpdateCard(ctx, rec); err != nil {
		s.logFor(ctx).Warn("handoff card not updated", "handoff", rec.ID, "err", err)
	}
}

// Queue lists the active handoffs for person, a consultant; the message
// says why not otherwise.
func (s *Service) Queue(ctx context.Context, person string) Message {
	if refusal := s.consultantCheck(ctx, person); refusal != nil {
		return refusal
	}
	list, err := s.store.List(ctx)
	switch {
	case err != nil:
		s.logFor(ctx).Warn("handoff queue unavailable", "err", err)
		return Text(textQueueDown)
	case len(list) == 0:
		return Text(textQueueEmpty)
	}
	return msgQueue(list, s.now())
}

// RelayFromUser passes what the user wrote in the conversation user to
// the thread of their claimed handoff's card, when that is the
// conversation the handoff was asked from (Handoff.Thread: usually their
// direct one), and reports whether it did: the bot then stays quiet.
func (s *Service) RelayFromUser(ctx context.Context, user conversation.Key, text string) bool {
	if text == "" {
		return false
	}
	rec, err := s.store.Active(ctx, user.DirectKey())
	if err != nil || rec.State != StateClaimed || rec.Card.IsZero() || rec.Thread != user.Thread {
		return false
	}
	// Recorded before it is relayed, so the transcript keeps the order in
	// which the two sides spoke even when the relays run concurrently.
	s.appendLine(ctx, rec.ID, Line{At: s.now().UTC(), From: FromUser, Who: user.User, Text: text})
	s.say(ctx, rec, noteFromUser(rec.User, text))
	return true
}

// RelayFromConsultant handles what person wrote in the thread of card:
// when person claimed its handoff, it reaches the user; other people's
// messages stay in the thread. It reports whether card is a handoff's
// card at all (false: the desk should treat the thread as any other).
func (s *Service) RelayFromConsultant(ctx context.Context, card CardRef, person, text string) bool {
	rec, err := s.store.ByCard(ctx, card)
	if errors.Is(err, ErrNotFound) {
		return false
	}
	if err != nil || rec.State != StateClaimed || rec.ClaimedBy != person || text == "" {
		return true // consultants talking among themselves, or not a live card
	}
	s.appendLine(ctx, rec.ID, Line{At: s.now().UTC(), From: FromConsultant, Who: person, Text: text})
	s.tellFromConsultant(ctx, rec, person, text)
	return true
}

func (s *Service) appendLine(ctx context.Context, id string, l Line) {
	if err := s.store.AppendLine(ctx, id, l, s.cfg.TranscriptMax); err != nil {
		s.logFor(ctx).Warn("handoff transcript not updated", "handoff", id, "err", err)
	}
}

// Forget deletes every handoff of the user (records, transcripts, queued
// card jobs and reminders) and redacts the card of their active request,
// if posted. Cards of earlier (closed) requests and the messages of card
// threads stay on the desk: the store does not list closed requests by
// user. Errors are the store's.
func (s *Service) Forget(ctx context.Context, user conversation.Key) error {
	user = user.DirectKey()
	active, aerr := s.store.Active(ctx, user)
	if err := s.store.Forget(ctx, user); err != nil {
		return fmt.Errorf("forget handoffs: %w", err)
	}
	if aerr == nil && !active.Card.IsZero() {
		if err := s.desk.RedactCard(ctx, active.Card); err != nil {
			s.logFor(ctx).Warn("handoff card not redacted", "handoff", active.ID, "err", err)
		}
	}
	return nil
}
