package conversation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
)

const (
	wantLost        = "Sorry, I no longer have your earlier answers to the assessment, so I couldn't record that. Would you like to start it again?"
	wantUnavailable = "I couldn't save that just now, please try again in a moment."
)

// midAssessment starts an assessment, answers the first question and
// returns the second, as shown.
func midAssessment(t *testing.T, e *conversation.Engine) *conversation.Question {
	t.Helper()
	q := start(t, e)
	q2 := lastQuestion(t, handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value)))
	if q2.Step != 2 {
		t.Fatalf("after one answer: step %d", q2.Step)
	}
	return q2
}

// isLost reports whether r is the notice of lost progress, with a way to
// start again.
func isLost(r conversation.Reply) bool {
	return r.Notice == wantLost && hasAction(r, conversation.ActionStartAssessment) && r.Text == "" && r.Question == nil
}

// TestLostProgress empties the store under a user mid-assessment (Redis
// came back empty): their next click or typed answer is told the progress
// is gone and offered a restart, never taken for something else; commands
// and questions still work; a restart begins a new round, after which the
// old buttons are merely stale.
func TestLostProgress(t *testing.T) {
	tests := []struct {
		name  string
		in    func(q *conversation.Question) conversation.Input
		check func(t *testing.T, q *conversation.Question, rs []conversation.Reply)
	}{
		{"click", func(q *conversation.Question) conversation.Input {
			return conversation.Choice(q.Round, q.ID, q.Options[0].Value)
		}, func(t *testing.T, _ *conversation.Question, rs []conversation.Reply) {
			if len(rs) != 1 || !isLost(rs[0]) {
				t.Errorf("replies = %+v, want the lost notice alone", rs)
			}
		}},
		{"typed answer", func(q *conversation.Question) conversation.Input {
			in := conversation.Text("2")
			in.Showing = conversation.QuestionRef{ID: q.ID, Round: q.Round}
			return in
		}, func(t *testing.T, _ *conversation.Question, rs []conversation.Reply) {
			if len(rs) != 1 || !isLost(rs[0]) {
				t.Errorf("replies = %+v, want the lost notice alone", rs)
			}
		}},
		{"typed question", func(q *conversation.Question) conversation.Input {
			in := conversation.Text("what is a CIO?")
			in.Showing = conversation.QuestionRef{ID: q.ID, Round: q.Round}
			return in
		}, func(t *testing.T, _ *conversation.Question, rs []conversation.Reply) {
			if len(rs) != 2 || rs[0].ArticleID != "what-is-cio" || !isLost(rs[1]) {
				t.Errorf("replies = %+v, want the answer, then the lost notice", rs)
			}
		}},
		{"typed command", func(q *conversation.Question) conversation.Input {
			in := conversation.Text("start the assessment")
			in.Showing = conversation.QuestionRef{ID: q.ID, Round: q.Round}
			return in
		}, func(t *testing.T, shown *conversation.Question, rs []conversation.Reply) {
			if q := lastQuestion(t, rs); q.Step != 1 || q.Round <= shown.Round {
				t.Errorf("start after the loss asked step %d of round %d, want step 1 of a round after %d", q.Step, q.Round, shown.Round)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, s := newEngine(t)
			q := midAssessment(t, e)
			if err := s.Store.Forget(context.Background(), key); err != nil {
				t.Fatal(err)
			}
			tt.check(t, q, handle(t, e, tt.in(q)))

			rs := handle(t, e, conversation.Cmd(conversation.CommandStart))
			fresh := lastQuestion(t, rs)
			if fresh.Step != 1 || fresh.Round <= q.Round {
				t.Fatalf("restart: step %d of round %d, want step 1 of a round after %d", fresh.Step, fresh.Round, q.Round)
			}
			old := handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value))
			if len(old) != 1 || !strings.Contains(old[0].Notice, "already answered") {
				t.Errorf("old button after the restart = %+v, want the stale notice", old)
			}
			if st := status(t, e); !st.InProgress || st.Step != 1 {
				t.Errorf("the old button changed the new assessment: %+v", st)
			}
		})
	}
}

// TestLostProgressBehind keeps an older state than the user saw (a
// failover to a replica that missed the last writes: the user restarted,
// the replica still has the round before): a click of the new round is
// told its progress is gone too.
func TestLostProgressBehind(t *testing.T) {
	e, s := newEngine(t)
	start(t, e)
	older, _, err := s.Store.Load(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	q := lastQuestion(t, handle(t, e, conversation.Cmd(conversation.CommandRestart)))
	// Put the older state back, as the promoted replica would have it.
	_, cur, _ := s.Store.Load(context.Background(), key)
	if _, err := s.Store.Save(context.Background(), key, older, cur, 0); err != nil {
		t.Fatal(err)
	}
	rs := handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value))
	if len(rs) != 1 || !isLost(rs[0]) {
		t.Errorf("replies = %+v, want the lost notice", rs)
	}
	if st := status(t, e); st.InProgress {
		t.Errorf("the older round is still in progress: %+v", st)
	}
}

// TestNotLostWhenShowingIsCurrent: a typed answer whose shown question is
// of the stored round, or unknown, is read as usual.
func TestNotLostWhenShowingIsCurrent(t *testing.T) {
	e, _ := newEngine(t)
	q := midAssessment(t, e)
	in := conversation.Text("1")
	in.Showing = conversation.QuestionRef{ID: q.ID, Round: q.Round}
	if rs := handle(t, e, in); rs[0].Answered == nil {
		t.Errorf("typed answer to the shown question = %+v, want it answered", rs)
	}

	e, s := newEngine(t)
	midAssessment(t, e)
	if err := s.Store.Forget(context.Background(), key); err != nil {
		t.Fatal(err)
	}
	for _, r := range handle(t, e, conversation.Text("hello")) {
		if r.Notice == wantLost {
			t.Errorf("a greeting with no shown question got the lost notice: %+v", r)
		}
	}
}

// TestOutageNotice: with the store unreachable, a click or a typed answer
// gets the one private notice (a Notice alone, which every front end shows
// privately), and a knowledge question is still answered.
func TestOutageNotice(t *testing.T) {
	for _, part := range []string{"load", "save"} {
		t.Run(part, func(t *testing.T) {
			e, s := newEngine(t)
			q := midAssessment(t, e)
			if part == "load" {
				s.down.Store(true)
			} else {
				s.saveDown.Store(true)
			}
			typed := conversation.Text("2")
			typed.Showing = conversation.QuestionRef{ID: q.ID, Round: q.Round}
			for _, in := range []conversation.Input{conversation.Choice(q.Round, q.ID, q.Options[0].Value), typed} {
				rs := handle(t, e, in)
				if len(rs) != 1 || rs[0].Notice != wantUnavailable || rs[0].Text != "" || rs[0].Question != nil {
					t.Errorf("%+v with %s failing = %+v, want only %q", in, part, rs, wantUnavailable)
				}
			}
			if rs := handle(t, e, conversation.Text("what is a CIO?")); rs[0].ArticleID != "what-is-cio" {
				t.Errorf("question with %s failing = %+v, want the answer", part, rs)
			}
		})
	}
}
