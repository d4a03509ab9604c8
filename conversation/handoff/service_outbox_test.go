package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// flakyDesk fails its first findFails FindCard and postFails PostCard
// calls with a transient error; refuseFind makes FindCard fail for good.
type flakyDesk struct {
	*handoff.MemDesk
	findFails, postFails atomic.Int32
	refuseFind           bool
}

var errFlaky = fmt.Errorf("desk: %w", conversation.ErrUnavailable)

func (d *flakyDesk) FindCard(ctx context.Context, rec handoff.Handoff) (handoff.CardRef, error) {
	if d.refuseFind {
		return handoff.CardRef{}, errors.New("desk: no permission to search")
	}
	if d.findFails.Add(-1) >= 0 {
		return handoff.CardRef{}, errFlaky
	}
	return d.MemDesk.FindCard(ctx, rec)
}

func (d *flakyDesk) PostCard(ctx context.Context, rec handoff.Handoff) (handoff.CardRef, error) {
	if d.postFails.Add(-1) >= 0 {
		return handoff.CardRef{}, errFlaky
	}
	return d.MemDesk.PostCard(ctx, rec)
}

func TestServiceOutboxRetryAfterTransientDeskError(t *testing.T) {
	tests := []struct {
		name                 string
		findFails, postFails int32
		refuseFind           bool
		ticksWithoutCard     int
	}{
		{"search fails for now", 1, 0, false, 1},
		{"post fails for now", 0, 2, false, 2},
		{"search refused for good: posted anyway", 0, 0, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, handoff.Config{OutboxIdle: time.Millisecond})
			desk := &flakyDesk{MemDesk: f.desk, refuseFind: tt.refuseFind}
			desk.findFails.Store(tt.findFails)
			desk.postFails.Store(tt.postFails)
			f.svc = f.service(f.store, desk, handoff.Config{OutboxIdle: time.Millisecond})
			rec, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice"})
			if err != nil {
				t.Fatal(err)
			}
			for i := range tt.ticksWithoutCard {
				f.svc.Tick(f.ctx)
				if n := len(f.desk.Cards()); n != 0 || !f.get(rec.ID).Card.IsZero() {
					t.Fatalf("tick %d: %d cards after a transient failure", i+1, n)
				}
				time.Sleep(2 * time.Millisecond) // the job's idle time: it is taken again
			}
			f.svc.Tick(f.ctx)
			cards := f.desk.Cards()
			if len(cards) != 1 || f.get(rec.ID).Card != cards[0].Ref {
				t.Fatalf("%d cards (recorded %v), want exactly one, recorded", len(cards), f.get(rec.ID).Card)
			}
			time.Sleep(2 * time.Millisecond)
			if jobs, _ := f.store.NextCards(f.ctx, "probe", 0, 10); len(jobs) != 0 {
				t.Errorf("card jobs left: %+v", jobs)
			}
		})
	}
}

// forgetsFirst forgets the handoff's user just before its card is
// recorded, as a forget landing while the card was being posted.
type forgetsFirst struct{ handoff.Store }

func (s forgetsFirst) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	if rec, err := s.Store.Get(ctx, id); err == nil {
		if err := s.Store.Forget(ctx, rec.User); err != nil {
			return false, err
		}
	}
	return s.Store.SetCard(ctx, id, card)
}

func TestServiceForgetWhileCardPosted(t *testing.T) {
	t.Run("card posted", func(t *testing.T) {
		f := newFixture(t, handoff.Config{})
		rec := f.open()
		f.svc.Claim(f.ctx, rec.ID, consultant)
		if err := f.svc.Forget(f.ctx, alice); err != nil {
			t.Fatal(err)
		}
		if _, err := f.store.Get(f.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
			t.Errorf("record after Forget: %v", err)
		}
		if _, err := f.svc.Active(f.ctx, alice); !errors.Is(err, handoff.ErrNotFound) {
			t.Errorf("active handoff after Forget: %v", err)
		}
		c := f.card(rec.Card)
		if !c.Redacted || c.Text.Title != handoff.CardRemoved || strings.Contains(fmt.Sprint(c.Text), "alice@acme.example") {
			t.Errorf("card after Forget = %+v, want redacted", c)
		}
		if f.svc.RelayFromConsultant(f.ctx, rec.Card, consultant, "still there?") {
			t.Error("the forgotten handoff's thread still relays")
		}
	})
	t.Run("card being posted", func(t *testing.T) {
		f := newFixture(t, handoff.Config{})
		f.svc = f.service(forgetsFirst{f.store}, f.desk, handoff.Config{})
		rec, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice"})
		if err != nil {
			t.Fatal(err)
		}
		f.svc.Tick(f.ctx)
		cards := f.desk.Cards()
		if len(cards) != 1 || !cards[0].Deleted {
			t.Fatalf("cards = %+v, want the one posted, deleted", cards)
		}
		if _, err := f.store.Get(f.ctx, rec.ID); !errors.Is(err, handoff.ErrNotFound) {
			t.Errorf("record: %v", err)
		}
		if jobs, _ := f.store.NextCards(f.ctx, "probe", 0, 10); len(jobs) != 0 {
			t.Errorf("card jobs left: %+v", jobs)
		}
	})
}

// claimsFirst claims the handoff just before its card is recorded, as a
// consultant clicking Claim on a card whose post had not been recorded yet.
type claimsFirst struct{ handoff.Store }

func (s claimsFirst) SetCard(ctx context.Context, id string, card handoff.CardRef) (bool, error) {
	if _, err := s.Store.Claim(ctx, id, consultant, time.Now()); err != nil {
		return false, err
	}
	return s.Store.SetCard(ctx, id, card)
}

func TestServiceClaimWhileCardPosted(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	f.svc = f.service(claimsFirst{f.store}, f.desk, handoff.Config{})
	rec, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice"})
	if err != nil {
		t.Fatal(err)
	}
	f.svc.Tick(f.ctx)
	got := f.get(rec.ID)
	if got.State != handoff.StateClaimed || got.Card.IsZero() {
		t.Fatalf("stored: %s, card %v; want claimed with its card", got.State, got.Card)
	}
	if c := f.card(got.Card); c.Text.Status != "Claimed by @UC1" || c.Text.Claimable {
		t.Errorf("card = %+v, want it to show the claim made while it was posted", c.Text)
	}
}
