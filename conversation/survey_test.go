package conversation_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
)

// finish runs an assessment to its end and returns the last replies.
func finish(t *testing.T, e *conversation.Engine) []conversation.Reply {
	t.Helper()
	handle(t, e, conversation.Cmd(conversation.CommandStart))
	return answerAll(t, e, noneValues)
}

// rateActions are the ids of the rating actions of r.
func rateActions(r conversation.Reply) []conversation.ActionID {
	var ids []conversation.ActionID
	for _, a := range r.Actions {
		if conversation.IsRatingAction(a.ID) {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

func TestRecommendationRating(t *testing.T) {
	for _, tt := range []struct {
		name      string
		press     func(ids []conversation.ActionID) conversation.Input
		wantEvent string
		wantText  string
	}{
		{"yes button", func(ids []conversation.ActionID) conversation.Input {
			return conversation.Cmd(conversation.Command(ids[0]))
		},
			"rated:recommendation:5", "glad it helped"},
		{"no button", func(ids []conversation.ActionID) conversation.Input {
			return conversation.Cmd(conversation.Command(ids[1]))
		},
			"rated:recommendation:1", "consultant can look"},
		{"typed yes", func([]conversation.ActionID) conversation.Input { return conversation.Text("Yes, it was useful!") },
			"rated:recommendation:5", "glad it helped"},
		{"typed no", func([]conversation.ActionID) conversation.Input { return conversation.Text("not really") },
			"rated:recommendation:1", "consultant can look"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, _, rec := newRecordingEngine(t, fakeKB{})
			rs := finish(t, e)
			if len(rs) != 3 || rs[1].Recommendation == nil {
				t.Fatalf("last replies %+v, want answered, recommendation, rating", rs)
			}
			ids := rateActions(rs[2])
			if !strings.Contains(rs[2].Text, "useful") || len(ids) != 2 {
				t.Fatalf("rating prompt %+v", rs[2])
			}
			rec.take()
			got := handle(t, e, tt.press(ids))
			if !strings.Contains(got[0].Text, tt.wantText) || got[0].Rating != nil {
				t.Errorf("reply %+v, want %q and no handoff rating", got, tt.wantText)
			}
			if tt.wantEvent == "rated:recommendation:1" && !hasAction(got[0], conversation.ActionConsult) {
				t.Errorf("a no offers no consultant: %+v", got[0])
			}
			// Rated once: a second click is thanked, a second yes typed is a
			// question like any other.
			again := handle(t, e, conversation.Cmd(conversation.Command(ids[0])))
			if !strings.Contains(again[0].Notice, "already rated") {
				t.Errorf("second click: %+v", again)
			}
			handle(t, e, conversation.Text("yes"))
			if events := rec.take(); !slices.Equal(events, []string{tt.wantEvent, "declined:yes"}) {
				t.Errorf("events %q, want %s once", events, tt.wantEvent)
			}
		})
	}
}

func TestNoRatingWithoutRecorder(t *testing.T) {
	e, _ := newEngine(t)
	if rs := finish(t, e); len(rs) != 2 || rs[1].Recommendation == nil {
		t.Errorf("replies %+v, want no rating prompt", rs)
	}
	if rs := e.Handle(context.Background(), key, conversation.HandoffClosed("0123456789abcdef")); len(rs) != 0 {
		t.Errorf("handoff closed: %+v, want nothing", rs)
	}
}

// closeHandoff tells the engine the handoff id closed and returns the
// prompt's rating actions.
func closeHandoff(t *testing.T, e *conversation.Engine, id string) []conversation.ActionID {
	t.Helper()
	rs := e.Handle(context.Background(), key, conversation.HandoffClosed(id))
	if len(rs) != 1 || !strings.Contains(rs[0].Text, "Did this help?") || len(rateActions(rs[0])) != 5 {
		t.Fatalf("handoff closed: %+v, want the 1-5 prompt", rs)
	}
	return rateActions(rs[0])
}

func TestHandoffRatingAndComment(t *testing.T) {
	now := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	var clock atomic.Int64
	clock.Store(now.Unix())
	rec := &recorder{}
	e := conversation.New(fakeKB{}, newTestStore(), conversation.Config{}, nil, conversation.WithRecorder(rec),
		conversation.WithClock(func() time.Time { return time.Unix(clock.Load(), 0) }))
	const id = "0123456789abcdef"
	ids := closeHandoff(t, e, id)

	rs := handle(t, e, conversation.Cmd(conversation.Command(ids[3])))
	if r := rs[0]; r.Rating == nil || *r.Rating != (conversation.Rating{Handoff: id, Score: 4}) || !strings.Contains(r.Text, "4/5") {
		t.Fatalf("rating 4: %+v", rs)
	}
	skip := rateActions(rs[0])
	if len(skip) != 1 || !strings.HasSuffix(string(skip[0]), ":skip") {
		t.Fatalf("after the rating: actions %v, want Skip", rs[0].Actions)
	}
	if again := handle(t, e, conversation.Cmd(conversation.Command(ids[4]))); again[0].Rating != nil || !strings.Contains(again[0].Notice, "already rated") {
		t.Errorf("a second rating: %+v", again)
	}
	comment := "Sam was great <!here>"
	rs = handle(t, e, conversation.Text(comment))
	if r := rs[0]; r.Rating == nil || r.Rating.Comment != comment || r.Rating.Score != 4 || !strings.Contains(r.Text, "passed your comment") {
		t.Fatalf("comment: %+v", rs)
	}
	// The comment is taken once: the next message is a question again.
	if rs := handle(t, e, conversation.Text("what is a cio?")); rs[0].ArticleID != "what-is-cio" {
		t.Errorf("after the comment: %+v", rs)
	}
	if got := rec.take(); !slices.Equal(got, []string{"rated:handoff:4", "answered:what-is-cio"}) {
		t.Errorf("events %q", got)
	}

	// A second handoff: typed rating, then the comment window passes.
	closeHandoff(t, e, "fedcba9876543210")
	if rs := handle(t, e, conversation.Text("2/5")); rs[0].Rating == nil || rs[0].Rating.Score != 2 {
		t.Fatalf("typed 2/5: %+v", rs)
	}
	clock.Add(int64(16 * time.Minute / time.Second))
	if rs := handle(t, e, conversation.Text("what is a cio?")); rs[0].Rating != nil || rs[0].ArticleID != "what-is-cio" {
		t.Errorf("after the comment window: %+v", rs)
	}
}

func TestHandoffCommentSkippedOrCommand(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   func(skip conversation.ActionID) conversation.Input
		want func(rs []conversation.Reply) bool
	}{
		{"skip button", func(s conversation.ActionID) conversation.Input { return conversation.Cmd(conversation.Command(s)) },
			func(rs []conversation.Reply) bool {
				return strings.Contains(rs[0].Text, "thanks again") && rs[0].Rating == nil
			}},
		{"typed skip", func(conversation.ActionID) conversation.Input { return conversation.Text("no thanks") },
			func(rs []conversation.Reply) bool {
				return strings.Contains(rs[0].Text, "thanks again") && rs[0].Rating == nil
			}},
		{"a command is a command", func(conversation.ActionID) conversation.Input { return conversation.Text("start the assessment") },
			func(rs []conversation.Reply) bool { return rs[0].Started && rs[0].Rating == nil }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := newRecordingEngine(t, fakeKB{})
			ids := closeHandoff(t, e, "0123456789abcdef")
			rs := handle(t, e, conversation.Cmd(conversation.Command(ids[0])))
			if got := handle(t, e, tt.in(rateActions(rs[0])[0])); !tt.want(got) {
				t.Errorf("replies %+v", got)
			}
			if got := handle(t, e, conversation.Text("what is a cio?")); got[0].Rating != nil {
				t.Errorf("a later message taken as a comment: %+v", got)
			}
		})
	}
}

func TestRatingRefusals(t *testing.T) {
	e, _, rec := newRecordingEngine(t, fakeKB{})
	for _, c := range []string{"rate:h0123456789abcdef:3", "rate:r1:yes", "rate:", "rate:h1:9"} {
		rs := handle(t, e, conversation.Cmd(conversation.Command(c)))
		if rs[0].Notice == "" || rs[0].Rating != nil {
			t.Errorf("%s: %+v, want a notice", c, rs)
		}
	}
	ids := closeHandoff(t, e, "0123456789abcdef")
	if rs := handle(t, e, conversation.Cmd(conversation.Command(strings.Replace(string(ids[0]), ":1", ":7", 1)))); !strings.Contains(rs[0].Notice, "isn't one of") {
		t.Errorf("a score of 7: %+v", rs)
	}
	// During an assessment a typed number answers the question.
	handle(t, e, conversation.Cmd(conversation.CommandStart))
	if rs := handle(t, e, conversation.Text("3")); rs[0].Answered == nil {
		t.Errorf("typed 3 during the assessment: %+v", rs)
	}
	if rs := e.Handle(context.Background(), key, conversation.HandoffClosed("not/an id")); len(rs) != 0 {
		t.Errorf("bad handoff id: %+v", rs)
	}
	for _, ev := range rec.take() {
		if strings.HasPrefix(ev, "rated") {
			t.Errorf("recorded %s", ev)
		}
	}
}

// TestRatingDoubleClickCountsOnce clicks the same rating from many
// goroutines at once: one rating is taken and recorded.
func TestRatingDoubleClickCountsOnce(t *testing.T) {
	e, s, rec := newRecordingEngine(t, fakeKB{})
	ids := closeHandoff(t, e, "0123456789abcdef")
	var rated atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			for _, r := range e.Handle(context.Background(), key, conversation.Cmd(conversation.Command(ids[i%5]))) {
				if r.Rating != nil {
					rated.Add(1)
				}
			}
		})
	}
	wg.Wait()
	t.Logf("%d save conflicts resolved", s.conflicts.Load())
	if n := len(rec.take()); rated.Load() != 1 || n != 1 {
		t.Errorf("%d ratings replied, %d recorded; want 1 and 1", rated.Load(), n)
	}
}
