package handoff_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
	"github.com/springfield/techleader/conversation/insights"
)

// events is an insights.Recorder keeping "kind" or "kind:wait" strings.
type events struct {
	mu  sync.Mutex
	got []string
}

func (e *events) Record(_ context.Context, _ conversation.Key, ev insights.Event) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := string(ev.Kind)
	if ev.Kind == insights.KindConsultClaimed {
		s += ":" + ev.Wait.String()
	}
	e.got = append(e.got, s)
	return nil
}

func (e *events) list() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.got)
}

// surveys is a Surveyor answering HandoffClosed with a prompt and two
// buttons, as the engine does.
type surveys struct {
	mu     sync.Mutex
	closed []string
	keys   []conversation.Key
}

func (s *surveys) Handle(_ context.Context, key conversation.Key, in conversation.Input) []conversation.Reply {
	s.mu.Lock()
	s.closed = append(s.closed, in.Handoff)
	s.keys = append(s.keys, key)
	s.mu.Unlock()
	return []conversation.Reply{{Text: "Did this help? Type 1 to 5.", Actions: []conversation.Action{
		{ID: conversation.ActionID("rate:h" + in.Handoff + ":1"), Label: "1"}, {ID: conversation.ActionID("rate:h" + in.Handoff + ":5"), Label: "5"},
	}}}
}

// replyUsers is a recording UserSide that also shows replies with buttons.
type replyUsers struct {
	*handofftest.Users
	mu      sync.Mutex
	replies []conversation.Reply
}

func (u *replyUsers) TellReply(_ context.Context, _ conversation.Key, _ string, r conversation.Reply) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.replies = append(u.replies, r)
	return nil
}

// insightsFixture is a fixture whose service records events and asks for
// ratings; withButtons gives it a user side that shows buttons.
func insightsFixture(t *testing.T, withButtons bool) (*fixture, *events, *surveys, *replyUsers) {
	f := newFixture(t, handoff.Config{})
	ev, sv := &events{}, &surveys{}
	var side handoff.UserSide = f.users
	ru := &replyUsers{Users: f.users}
	if withButtons {
		side = ru
	}
	svc, err := handoff.NewService(handoff.Deps{
		Store: f.store, Desk: f.desk, Users: map[string]handoff.UserSide{"web": side}, Now: f.clock.now,
		Insights: ev, Surveys: sv,
	}, handoff.Config{})
	if err != nil {
		t.Fatal(err)
	}
	f.svc = svc
	return f, ev, sv, ru
}

func TestServiceRecordsFunnelOnce(t *testing.T) {
	f, ev, _, _ := insightsFixture(t, true)
	rec := f.open()
	if _, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "dm-alice"}); err == nil {
		t.Fatal("a second request was opened")
	}
	f.clock.add(4*time.Minute + 20*time.Second)
	var wg sync.WaitGroup
	for _, who := range []string{consultant, colleague, consultant} {
		wg.Go(func() { f.svc.Claim(f.ctx, rec.ID, who) })
	}
	wg.Wait()
	f.svc.Close(f.ctx, rec.ID, consultant)
	f.svc.Close(f.ctx, rec.ID, colleague)
	f.svc.End(f.ctx, alice, "dm-alice")
	want := []string{"consult_requested", "consult_claimed:4m20s", "consult_closed"}
	if got := ev.list(); !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}

func TestServiceAsksRatingAfterClose(t *testing.T) {
	for _, byUser := range []bool{false, true} {
		t.Run(fmt.Sprintf("by user %v", byUser), func(t *testing.T) {
			f, _, sv, ru := insightsFixture(t, true)
			rec := f.open()
			f.svc.Claim(f.ctx, rec.ID, consultant)
			if byUser {
				f.svc.End(f.ctx, alice, "dm-alice")
			} else {
				f.svc.Close(f.ctx, rec.ID, consultant)
			}
			if len(sv.closed) != 1 || sv.closed[0] != rec.ID {
				t.Fatalf("surveyed %v, want %s once", sv.closed, rec.ID)
			}
			if len(ru.replies) != 1 || len(ru.replies[0].Actions) != 2 {
				t.Fatalf("replies shown %+v, want the prompt with its buttons", ru.replies)
			}
			told := f.users.Told(alice)
			if last := told[len(told)-1].Text; !strings.Contains(last, "ask me anything") {
				t.Errorf("the close was not told before the rating: %q", last)
			}
		})
	}
}

func TestServiceRatingAsTextWithoutButtons(t *testing.T) {
	f, _, _, _ := insightsFixture(t, false)
	rec := f.open()
	f.svc.Close(f.ctx, rec.ID, consultant)
	if got := f.lastTold(); got != "Did this help? Type 1 to 5." {
		t.Errorf("last told %q, want the prompt's text", got)
	}
}

func TestServiceRatedInCardThread(t *testing.T) {
	f, _, _, _ := insightsFixture(t, true)
	rec := f.open()
	f.svc.Claim(f.ctx, rec.ID, consultant)
	f.svc.Close(f.ctx, rec.ID, consultant)
	bob := conversation.Key{Platform: "web", Team: "acme", User: "bob"}
	f.svc.Rated(f.ctx, bob, conversation.Rating{Handoff: rec.ID, Score: 1}) // not bob's
	f.svc.Rated(f.ctx, alice, conversation.Rating{Handoff: "0000000000000000", Score: 1})
	f.svc.Rated(f.ctx, alice, conversation.Rating{Handoff: rec.ID, Score: 4})
	f.svc.Rated(f.ctx, alice, conversation.Rating{Handoff: rec.ID, Score: 4, Comment: "thanks <b>"})
	thread := f.card(rec.Card).Thread
	tail := thread[len(thread)-2:]
	if tail[0] != "@alice rated this conversation 4/5." || !strings.HasPrefix(tail[1], "@alice commented on their 4/5 rating:\n>thanks <b>") {
		t.Errorf("thread ends %q", tail)
	}
	for _, line := range thread {
		if strings.Contains(line, "1/5") {
			t.Errorf("a rating not alice's reached the thread: %q", line)
		}
	}
}

func TestServiceIsConsultant(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	for person, want := range map[string]bool{consultant: true, colleague: true, "UX": false} {
		if got, err := f.svc.IsConsultant(f.ctx, person); err != nil || got != want {
			t.Errorf("IsConsultant(%s) = %v, %v; want %v", person, got, err, want)
		}
	}
}

// TestServiceAsksRatingWhereAsked: a handoff asked from a thread (an
// assistant panel) is rated in that conversation.
func TestServiceAsksRatingWhereAsked(t *testing.T) {
	f, _, sv, _ := insightsFixture(t, true)
	rec, err := f.svc.Open(f.ctx, handoff.Request{User: alice, UserRef: "D1/1.2", Thread: "D1/1.2", Contact: handoff.Contact{Name: "Alice"}})
	if err != nil {
		t.Fatal(err)
	}
	f.svc.Close(f.ctx, rec.ID, consultant)
	want := alice
	want.Thread = "D1/1.2"
	if len(sv.keys) != 1 || sv.keys[0] != want {
		t.Errorf("surveyed %v, want %v", sv.keys, want)
	}
}
