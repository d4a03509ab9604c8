package conversation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/knowledge"
)

// recorder is a conversation.Recorder keeping what it is given.
type recorder struct {
	mu        sync.Mutex
	events    []conversation.Event
	forgotten []conversation.Key
	err       error // returned by Record and Forget when set
}

func (r *recorder) Record(_ context.Context, _ conversation.Key, e conversation.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return r.err
	}
	r.events = append(r.events, e)
	return nil
}

func (r *recorder) Forget(_ context.Context, k conversation.Key) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return r.err
	}
	r.forgotten = append(r.forgotten, k)
	return nil
}

// take returns the events recorded since the last take, as short strings.
func (r *recorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, e := range r.events {
		out = append(out, eventString(e))
	}
	r.events = nil
	return out
}

func eventString(e conversation.Event) string {
	s := string(e.Kind)
	switch e.Kind {
	case conversation.EventAnswered:
		s += ":" + e.Article
	case conversation.EventDeclined, conversation.EventClarified:
		s += ":" + e.Text
	case conversation.EventAssessmentCompleted:
		s += ":" + string(e.Outcome)
	case conversation.EventAssessmentAbandoned:
		s += fmt.Sprintf(":%d", e.Step)
	case conversation.EventRated:
		s += fmt.Sprintf(":%s:%d", e.Rated, e.Score)
	}
	return s
}

func newRecordingEngine(t testing.TB, kb conversation.Answerer) (*conversation.Engine, *testStore, *recorder) {
	t.Helper()
	s, rec := newTestStore(), &recorder{}
	return conversation.New(kb, s, conversation.Config{}, nil, conversation.WithRecorder(rec)), s, rec
}

// noneValues answer the assessment with the lowest option everywhere: no
// technology executive yet.
var noneValues = []string{"xs", "startup", "low", "fine", "no", "low", "no", "no", "no", "no"}

// answerAll answers the pending questions with values, from the first
// pending one, and returns the last replies.
func answerAll(t *testing.T, e *conversation.Engine, values []string) []conversation.Reply {
	t.Helper()
	st := status(t, e)
	var rs []conversation.Reply
	for _, v := range values[st.Step-1:] {
		q := status(t, e).Pending
		rs = handle(t, e, conversation.Choice(q.Round, q.ID, v))
	}
	return rs
}

func TestEventsOfTurns(t *testing.T) {
	text := conversation.Text
	cmd := conversation.Cmd
	steps := func(n int) func(t *testing.T, e *conversation.Engine) {
		return func(t *testing.T, e *conversation.Engine) { answerAll(t, e, noneValues[:n]) }
	}
	tests := []struct {
		name string
		do   []any // conversation.Input, or func(t, e)
		want []string
	}{
		{"answered", []any{text("what is a cio?")}, []string{"answered:what-is-cio"}},
		{"declined keeps the text", []any{text("do you do payroll?")}, []string{"declined:do you do payroll?"}},
		{"an article's button", []any{cmd(conversation.ActionArticle + "what-is-cto")}, []string{"answered:what-is-cto"}},
		{"small talk is no question", []any{text("hi"), text("thanks"), cmd(conversation.CommandHelp)}, nil},
		{"started", []any{cmd(conversation.CommandStart)}, []string{"assessment_started"}},
		{"resumed is not started again", []any{cmd(conversation.CommandStart), cmd(conversation.CommandStart)}, []string{"assessment_started"}},
		{"completed with none", []any{cmd(conversation.CommandStart), steps(10)},
			[]string{"assessment_started", "assessment_completed:none"}},
		{"cancelled at the question reached", []any{cmd(conversation.CommandStart), steps(3), cmd(conversation.CommandCancel)},
			[]string{"assessment_started", "assessment_abandoned:4"}},
		{"cancel without assessment", []any{cmd(conversation.CommandCancel)}, nil},
		{"typed cancel", []any{cmd(conversation.CommandStart), text("stop")}, []string{"assessment_started", "assessment_abandoned:1"}},
		{"restarted", []any{cmd(conversation.CommandStart), steps(2), cmd(conversation.CommandRestart)},
			[]string{"assessment_started", "assessment_abandoned:3", "assessment_started"}},
		{"restart after finishing abandons nothing", []any{cmd(conversation.CommandStart), steps(10), cmd(conversation.CommandRestart)},
			[]string{"assessment_started", "assessment_completed:none", "assessment_started"}},
		{"question during the assessment", []any{cmd(conversation.CommandStart), text("what is a cio?")},
			[]string{"assessment_started", "answered:what-is-cio"}},
		{"correcting a finished assessment counts nothing more",
			[]any{cmd(conversation.CommandStart), steps(10), cmd("change:" + "size"), text("1"), cmd("change:size"), cmd(conversation.CommandCancel)},
			[]string{"assessment_started", "assessment_completed:none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, rec := newRecordingEngine(t, fakeKB{})
			for _, d := range tt.do {
				switch d := d.(type) {
				case conversation.Input:
					handle(t, e, d)
				case func(*testing.T, *conversation.Engine):
					d(t, e)
				}
			}
			if got := rec.take(); !slices.Equal(got, tt.want) {
				t.Errorf("events = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEventsClarified: an answer offering alternatives is a clarification
// (with the text) as well as an answer.
func TestEventsClarified(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	e, _, rec := newRecordingEngine(t, kb)
	q := "how does a cio impact the business compared to a cto"
	rs := handle(t, e, conversation.Text(q))
	want := []string{"answered:" + rs[0].ArticleID, "clarified:" + q}
	if got := rec.take(); len(rs[0].Alternatives) == 0 || !slices.Equal(got, want) {
		t.Errorf("events = %q, want %q (alternatives %v)", got, want, rs[0].Alternatives)
	}
	handle(t, e, conversation.Text("what does a CIO do?"))
	if got := rec.take(); len(got) != 1 || !strings.HasPrefix(got[0], "answered:") {
		t.Errorf("a clear question: events %q, want one answer", got)
	}
}

// conflicting makes the next n saves lose a race: another turn saves
// first, so the engine reloads and recomputes.
type conflicting struct {
	*testStore
	mu sync.Mutex
	n  int
}

func (c *conflicting) Save(ctx context.Context, k conversation.Key, data []byte, v int64, ttl time.Duration) (int64, error) {
	c.mu.Lock()
	race := c.n > 0
	c.n--
	c.mu.Unlock()
	if race {
		cur, ver, err := c.testStore.Load(ctx, k)
		if err != nil {
			return 0, err
		}
		if _, err := c.testStore.Save(ctx, k, append(bytes.Clone(cur), ' '), ver, ttl); err != nil {
			return 0, err
		}
	}
	return c.testStore.Save(ctx, k, data, v, ttl)
}

// TestEventsRecordedOnceAfterConflicts: a turn recomputed after losing a
// save race records its events once.
func TestEventsRecordedOnceAfterConflicts(t *testing.T) {
	store := &conflicting{testStore: newTestStore(), n: 2}
	rec := &recorder{}
	e := conversation.New(fakeKB{}, store, conversation.Config{}, nil, conversation.WithRecorder(rec))
	handle(t, e, conversation.Cmd(conversation.CommandStart))
	if store.conflicts.Load() != 2 {
		t.Fatalf("%d conflicts, want 2: the test did not race", store.conflicts.Load())
	}
	if got := rec.take(); !slices.Equal(got, []string{"assessment_started"}) {
		t.Errorf("events = %q, want one start", got)
	}
}

// TestEventsNotRecordedWhenUnsaved: a turn whose state could not be saved
// did not happen; one whose question was answered though only its history
// was lost did.
func TestEventsNotRecordedWhenUnsaved(t *testing.T) {
	e, s, rec := newRecordingEngine(t, fakeKB{})
	s.saveDown.Store(true)
	rs := handle(t, e, conversation.Cmd(conversation.CommandStart))
	if rs[0].Notice == "" {
		t.Fatalf("an unsaved start replied %+v, want the unavailable notice", rs)
	}
	handle(t, e, conversation.Text("what is a cio?"))
	if got := rec.take(); !slices.Equal(got, []string{"answered:what-is-cio"}) {
		t.Errorf("events = %q, want only the answer", got)
	}
}

// TestRecorderFailureNeverFailsTurn: the user gets their answer, the log
// says what was not recorded without the question's text.
func TestRecorderFailureNeverFailsTurn(t *testing.T) {
	var logs bytes.Buffer
	rec := &recorder{err: fmt.Errorf("insights down: %w", conversation.ErrUnavailable)}
	e := conversation.New(fakeKB{}, newTestStore(), conversation.Config{}, slog.New(slog.NewTextHandler(&logs, nil)), conversation.WithRecorder(rec))
	secret := "is my secret merger plan a CIO topic"
	rs := handle(t, e, conversation.Text(secret))
	if rs[0].Text != fakeDecline {
		t.Fatalf("replies %+v, want the decline", rs)
	}
	if !strings.Contains(logs.String(), "insights event not recorded") || strings.Contains(logs.String(), "merger") {
		t.Errorf("log: %s", logs.String())
	}
}

func TestForgetForgetsRecorded(t *testing.T) {
	e, _, rec := newRecordingEngine(t, fakeKB{})
	thread := key
	thread.Thread = "C1/1.2"
	if err := e.Forget(context.Background(), thread); err != nil {
		t.Fatal(err)
	}
	if len(rec.forgotten) != 1 || rec.forgotten[0] != thread {
		t.Errorf("recorder forgot %v, want %v", rec.forgotten, thread)
	}
	rec.err = errors.New("insights down")
	if err := e.Forget(context.Background(), key); err == nil {
		t.Error("Forget succeeded although the insights could not forget")
	}
}
