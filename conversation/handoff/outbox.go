package handoff

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Run posts queued cards and due reminders until ctx ends: every
// Config.Poll, and at once after a request opened by this Service. Every
// process sharing the Store may run it: each card job and each reminder
// goes to exactly one of them.
func (s *Service) Run(ctx context.Context) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		s.tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.kick:
		}
	}
}

// Tick runs one round of the loops: the queued cards, then the due
// reminders. Run calls it; tests may too.
func (s *Service) Tick(ctx context.Context) { s.tick(ctx) }

func (s *Service) tick(ctx context.Context) {
	defer func() {
		if r := recover(); r != nil {
			// The panic's value may hold user text: only its type is logged.
			s.log.Error("panic recovered", "in", "handoff loop", "panic_type", fmt.Sprintf("%T", r), "stack", string(debug.Stack()))
		}
	}()
	jobs, err := s.store.NextCards(ctx, s.consumer, s.cfg.OutboxIdle, 10)
	if lost, ok := errors.AsType[*OutboxLostError](err); ok {
		s.log.Error("handoff outbox lost: the store came back without it; its card jobs are gone and no consultant was told of them",
			"lost_jobs", lost.Jobs)
		s.metrics.HandoffOutboxLost(lost.Jobs)
	} else if err != nil && ctx.Err() == nil {
		s.log.Warn("handoff outbox unavailable", "err", err)
	}
	for _, j := range jobs {
		if ctx.Err() != nil {
			return
		}
		s.postCard(conversation.WithLogger(ctx, s.log.With("handoff", j.HandoffID, "job", j.ID)), j)
	}
	rs, err := s.store.DueReminders(ctx, s.now(), s.cfg.Reminder, s.cfg.ReminderLimit, 10)
	if err != nil && ctx.Err() == nil {
		s.log.Warn("handoff reminders unavailable", "err", err)
	}
	for _, r := range rs {
		s.remind(conversation.WithLogger(ctx, s.log.With("handoff", r.HandoffID, "reminder", r.N)), r)
	}
}

// postCard posts the card of a job exactly once and records it:
//
//   - a card already recorded on the handoff is never posted again;
//   - otherwise the desk is asked first for the card (FindCard): an
//     earlier attempt may have posted it and crashed, or failed to record
//     it. When found, it is recorded and nothing is posted. The search
//     runs for every job without a recorded card, not only for
//     redelivered ones: it is one search per handoff (handoffs come at
//     human rates), needs no delivery count from the outbox, and also
//     covers a job queued twice for one handoff. A search that fails for
//     now (conversation.ErrUnavailable) leaves the job for a retry; one
//     the desk refuses for good posts anyway;
//   - the desk's PostCard itself searches again before retrying a post
//     whose earlier try may have been accepted.
//
// The step is bounded by half the outbox idle time so that no other
// process takes the job over meanwhile. Should two cards still exist, the
// one that finds the other recorded (SetCard false) is deleted, and a card
// whose handoff was forgotten meanwhile is deleted too.
func (s *Service) postCard(ctx context.Context, j CardJob) {
	rec, err := s.store.Get(ctx, j.HandoffID)
	if errors.Is(err, ErrNotFound) {
		s.ack(ctx, j) // forgotten
		return
	}
	if err != nil {
		s.logFor(ctx).Warn("handoff card: record unavailable; will retry", "err", err)
		return
	}
	if !rec.Card.IsZero() {
		s.ack(ctx, j)
		return
	}
	// From here on a shutdown must not cut the post from its record: the
	// step runs to its end, bounded in time. Once the card is recorded a
	// takeover is harmless (it finds the record), so the ack and the
	// removal of a duplicate get their own time.
	ackCtx, cancelAck := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancelAck()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), min(s.cfg.OutboxIdle/2, 20*time.Second))
	defer cancel()
	card, ok := s.findOrPost(ctx, rec)
	if !ok {
		return // not acked: retried after OutboxIdle
	}
	var recorded bool
	for attempt := range 5 {
		recorded, err = s.store.SetCard(ctx, rec.ID, card)
		if err == nil || errors.Is(err, ErrNotFound) || sleep(ctx, time.Duration(attempt+1)*100*time.Millisecond) != nil {
			break
		}
	}
	switch {
	case errors.Is(err, ErrNotFound):
		// Forgotten while the card was being posted: the card must not
		// outlive the record.
		s.logFor(ctx).Info("handoff forgotten meanwhile; deleting its card", "card", card.Message)
		s.deleteCard(ackCtx, card)
	case err != nil:
		s.logFor(ctx).Error("handoff card posted but not recorded; the retry will find it", "err", err)
		return
	case !recorded:
		if cur, err := s.store.Get(ackCtx, rec.ID); err == nil && cur.Card != card {
			s.logFor(ctx).Warn("handoff card posted twice; deleting the duplicate", "card", card.Message, "recorded", cur.Card.Message)
			s.deleteCard(ackCtx, card)
		}
	default:
		// A claim or close that came between the post and the record had
		// no card to update: the card still shows rec as it was posted.
		if cur, err := s.store.Get(ackCtx, rec.ID); err == nil && cur.State != rec.State {
			s.updateCard(ackCtx, cur)
		}
	}
	s.ack(ackCtx, j)
}

// findOrPost returns rec's card: one posted earlier, or a new one. ok is
// false when the job must be retried later.
func (s *Service) findOrPost(ctx context.Context, rec Handoff) (card CardRef, ok bool) {
	card, err := s.desk.FindCard(ctx, rec)
	switch {
	case err != nil && errors.Is(err, conversation.ErrUnavailable):
		s.logFor(ctx).Warn("handoff card: cannot check for an earlier card; will retry", "err", err)
		return CardRef{}, false
	case err != nil:
		// The desk cannot search (Slack: an install without
		// channels:history): posting is all that is left; a crash before
		// the record could then repeat the card.
		s.logFor(ctx).Error("handoff card: cannot check for an earlier card; posting anyway", "err", err)
		card = CardRef{}
	case !card.IsZero():
		s.logFor(ctx).Info("handoff card found posted earlier; recording it", "card", card.Message)
		return card, true
	}
	card, err = s.desk.PostCard(ctx, rec)
	if err != nil {
		s.logFor(ctx).Error("handoff card not posted; will retry", "err", err)
		return CardRef{}, false
	}
	return card, true
}

func (s *Service) deleteCard(ctx context.Context, card CardRef) {
	if err := s.desk.DeleteCard(ctx, card); err != nil {
		s.logFor(ctx).Error("handoff card not deleted", "card", card.Message, "err", err)
	}
}

func (s *Service) ack(ctx context.Context, j CardJob) {
	if err := s.store.AckCard(ctx, j.ID); err != nil {
		s.logFor(ctx).Warn("handoff card job not acknowledged", "err", err)
	}
}

// remind writes a reminder in the card's thread.
func (s *Service) remind(ctx context.Context, r Reminder) {
	rec, err := s.store.Get(ctx, r.HandoffID)
	if err != nil || rec.Card.IsZero() || rec.State != StateOpen {
		return
	}
	s.say(ctx, rec, noteReminder(r.N, s.cfg.ReminderLimit, rec.User, s.now().Sub(rec.CreatedAt)))
}

// sleep waits d or until ctx ends (its error then).
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
