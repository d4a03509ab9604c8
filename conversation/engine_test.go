package conversation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/knowledge"
)

// fakeKB answers a few fixed messages and declines everything else.
type fakeKB struct{}

const (
	fakeHelp    = "FAKE HELP"
	fakeDecline = "FAKE DECLINE"
)

func (fakeKB) Search(q string) knowledge.Result {
	switch strings.ToLower(strings.TrimSpace(q)) {
	case "hi", "hello":
		return knowledge.Result{Kind: knowledge.KindGreeting, Answer: "Hello!"}
	case "help":
		return knowledge.Result{Kind: knowledge.KindHelp, Answer: fakeHelp}
	case "thanks":
		return knowledge.Result{Kind: knowledge.KindThanks, Answer: "You're welcome."}
	case "what is a cio?", "what is a cio", "what does a cio do":
		return knowledge.Result{Kind: knowledge.KindArticle, ID: "what-is-cio", Title: "What is a CIO?", Score: 0.9,
			Answer: "A CIO runs internal IT.", Related: []knowledge.Match{{ID: "what-is-cto", Title: "What is a CTO?"}}}
	}
	return knowledge.Result{Kind: knowledge.KindDecline, Answer: fakeDecline}
}

func (fakeKB) Article(id string) (knowledge.Article, bool) {
	switch id {
	case "what-is-cio", "what-is-cto", "difference", "focus", "responsibilities", "business-impact",
		"when-cio", "when-cto", "both", "virtual", "contact":
		return knowledge.Article{ID: id, Title: "Title of " + id}, true
	}
	return knowledge.Article{}, false
}

// testStore wraps a memstore: it counts round trips, records TTLs and can
// be taken down.
type testStore struct {
	*memstore.Store
	down      atomic.Bool // Load, Save and Forget fail
	saveDown  atomic.Bool // only Save fails
	loads     atomic.Int64
	saves     atomic.Int64
	conflicts atomic.Int64

	mu   sync.Mutex
	ttls []time.Duration
}

// newTestStore's clock stands still, so TTLs read back exactly.
func newTestStore() *testStore {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	return &testStore{Store: memstore.New(memstore.WithClock(func() time.Time { return now }))}
}

var errDown = fmt.Errorf("dial tcp 127.0.0.1:6379: connection refused: %w", conversation.ErrUnavailable)

func (s *testStore) Load(ctx context.Context, k conversation.Key) ([]byte, int64, error) {
	s.loads.Add(1)
	if s.down.Load() {
		return nil, 0, errDown
	}
	b, v, err := s.Store.Load(ctx, k)
	runtime.Gosched() // let concurrent turns interleave between load and save
	return b, v, err
}

func (s *testStore) Save(ctx context.Context, k conversation.Key, data []byte, v int64, ttl time.Duration) (int64, error) {
	s.saves.Add(1)
	if s.down.Load() || s.saveDown.Load() {
		return 0, errDown
	}
	s.mu.Lock()
	s.ttls = append(s.ttls, ttl)
	s.mu.Unlock()
	n, err := s.Store.Save(ctx, k, data, v, ttl)
	if errors.Is(err, conversation.ErrConflict) {
		s.conflicts.Add(1)
	}
	return n, err
}

func (s *testStore) Forget(ctx context.Context, k conversation.Key) error {
	if s.down.Load() {
		return errDown
	}
	return s.Store.Forget(ctx, k)
}

// raw is the stored state of k.
func (s *testStore) raw(t *testing.T, k conversation.Key) []byte {
	t.Helper()
	b, _, err := s.Store.Load(context.Background(), k)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var key = conversation.Key{Platform: "test", Team: "T1", User: "U1"}

func newEngine(t testing.TB) (*conversation.Engine, *testStore) {
	t.Helper()
	s := newTestStore()
	return conversation.New(fakeKB{}, s, conversation.Config{SessionTTL: 48 * time.Hour}, nil), s
}

func handle(t testing.TB, e *conversation.Engine, in conversation.Input) []conversation.Reply {
	t.Helper()
	rs := e.Handle(context.Background(), key, in)
	if len(rs) == 0 {
		t.Fatalf("no replies to %+v", in)
	}
	return rs
}

// lastQuestion returns the question of the last reply, failing if none.
func lastQuestion(t testing.TB, rs []conversation.Reply) *conversation.Question {
	t.Helper()
	q := rs[len(rs)-1].Question
	if q == nil {
		t.Fatalf("last reply is not a question: %+v", rs)
	}
	return q
}

// start starts an assessment and returns the first question.
func start(t testing.TB, e *conversation.Engine) *conversation.Question {
	t.Helper()
	q := lastQuestion(t, handle(t, e, conversation.Cmd(conversation.CommandStart)))
	if q.Step != 1 {
		t.Fatalf("start asked step %d", q.Step)
	}
	return q
}

// status fetches the status, failing on error.
func status(t testing.TB, e *conversation.Engine) conversation.Status {
	t.Helper()
	st, err := e.Status(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func hasAction(r conversation.Reply, id conversation.ActionID) bool {
	return slices.ContainsFunc(r.Actions, func(a conversation.Action) bool { return a.ID == id })
}

// Profiles as option values in question order: size, stage, ops, systems,
// data, security, products, innovation, competitors, budget.
var choiceProfiles = []struct {
	name   string
	values []string
	want   conversation.RecommendationKind
}{
	{"15-person startup building an app on a small budget",
		[]string{"s", "startup", "medium", "fine", "no", "medium", "core", "yes", "unsure", "no"}, conversation.RecommendVirtualCTO},
	{"300-person logistics firm with ransomware worries and data silos",
		[]string{"l", "established", "high", "some", "yes", "high", "no", "some", "no", "yes"}, conversation.RecommendCIO},
	{"scaling fintech with both needs and budget",
		[]string{"m", "scaling", "high", "some", "yes", "high", "core", "yes", "unsure", "yes"}, conversation.RecommendBoth},
	{"40-person accounting firm, security worries, no budget",
		[]string{"s", "established", "high", "some", "some", "high", "no", "no", "no", "no"}, conversation.RecommendVirtualCIO},
	{"25-person scale-up needing both on a tight budget",
		[]string{"s", "scaling", "high", "pain", "some", "medium", "core", "yes", "yes", "maybe"}, conversation.RecommendVirtualBoth},
	{"120-person software company with budget",
		[]string{"m", "scaling", "medium", "fine", "no", "medium", "core", "yes", "yes", "yes"}, conversation.RecommendCTO},
}

func TestAssessmentByChoice(t *testing.T) {
	for _, p := range choiceProfiles {
		t.Run(p.name, func(t *testing.T) {
			e, _ := newEngine(t)
			q := start(t, e)
			var rec *conversation.Recommendation
			for i, v := range p.values {
				if q.Step != i+1 || q.Total != len(p.values) {
					t.Fatalf("asked step %d/%d, want %d/%d", q.Step, q.Total, i+1, len(p.values))
				}
				rs := handle(t, e, conversation.Choice(q.Round, q.ID, v))
				if len(rs) != 2 || rs[0].Answered == nil || rs[0].Answered.QuestionID != q.ID || rs[0].Answered.Round != q.Round {
					t.Fatalf("choice %s=%s: want Answered then next, got %+v", q.ID, v, rs)
				}
				if i < len(p.values)-1 {
					q = lastQuestion(t, rs)
					continue
				}
				rec = rs[1].Recommendation
				if rec == nil {
					t.Fatalf("no recommendation after the last answer: %+v", rs[1])
				}
				if !hasAction(rs[1], conversation.ActionConsult) || !hasAction(rs[1], conversation.ActionRestart) {
					t.Errorf("recommendation actions = %+v, want consult and restart", rs[1].Actions)
				}
			}
			if rec.Kind != p.want {
				t.Errorf("recommendation = %s, want %s; reasons:\n%s", rec.Kind, p.want, strings.Join(rec.Reasons, "\n"))
			}
			if rec.Title == "" || rec.Summary == "" || len(rec.Reasons) == 0 || len(rec.Articles) == 0 || len(rec.Answers) != len(p.values) {
				t.Errorf("incomplete recommendation: %+v", rec)
			}
			st := status(t, e)
			if st.InProgress || st.Last == nil || st.Last.Kind != p.want || len(st.Answers) != len(p.values) {
				t.Errorf("status after finishing = %+v", st)
			}
		})
	}
}

// Profiles answered in the user's own words.
func TestAssessmentByText(t *testing.T) {
	tests := []struct {
		name    string
		answers []string
		want    conversation.RecommendationKind
	}{
		{"15-person startup building an app on a small budget",
			[]string{"15", "early stage startup", "quite a lot", "they work well", "nope", "somewhat", "we're building an app", "yes definitely", "not sure", "small budget"},
			conversation.RecommendVirtualCTO},
		{"300-person logistics firm with ransomware worries and data silos",
			[]string{"about 300 people", "established", "completely", "some pain points", "data silos everywhere", "ransomware!", "no", "a bit", "we keep up", "yes, we have the budget"},
			conversation.RecommendCIO},
		{"scaling fintech with both needs and budget, with typos",
			[]string{"80 employees", "scaling", "compeltely", "a few", "yes", "very", "yep", "definately", "perhaps", "we can afford it"},
			conversation.RecommendBoth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newEngine(t)
			start(t, e)
			var rs []conversation.Reply
			for i, a := range tt.answers {
				rs = handle(t, e, conversation.Text(a))
				if rs[0].Answered == nil {
					t.Fatalf("answer %d %q not taken as an answer: %+v", i+1, a, rs)
				}
			}
			rec := rs[len(rs)-1].Recommendation
			if rec == nil || rec.Kind != tt.want {
				t.Fatalf("recommendation = %+v, want %s", rec, tt.want)
			}
		})
	}
}

func TestStaleChoiceChangesNothing(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, e *conversation.Engine) conversation.Input
	}{
		{"question already answered (double click)", func(t *testing.T, e *conversation.Engine) conversation.Input {
			q := start(t, e)
			handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value))
			return conversation.Choice(q.Round, q.ID, q.Options[1].Value)
		}},
		{"earlier round", func(t *testing.T, e *conversation.Engine) conversation.Input {
			q := start(t, e)
			handle(t, e, conversation.Cmd(conversation.CommandRestart))
			return conversation.Choice(q.Round, q.ID, q.Options[0].Value)
		}},
		{"cancelled assessment", func(t *testing.T, e *conversation.Engine) conversation.Input {
			q := start(t, e)
			handle(t, e, conversation.Text("cancel"))
			return conversation.Choice(q.Round, q.ID, q.Options[0].Value)
		}},
		{"later question", func(t *testing.T, e *conversation.Engine) conversation.Input {
			q := start(t, e)
			return conversation.Choice(q.Round, "budget", "yes")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, s := newEngine(t)
			in := tt.setup(t, e)
			before, saves := s.raw(t, key), s.saves.Load()
			rs := handle(t, e, in)
			if len(rs) != 1 || !strings.Contains(rs[0].Notice, "already answered") {
				t.Errorf("replies = %+v, want one stale notice", rs)
			}
			if !bytes.Equal(s.raw(t, key), before) || s.saves.Load() != saves {
				t.Error("stale click changed or saved state")
			}
		})
	}
}

func TestNavigation(t *testing.T) {
	tests := []struct {
		name     string
		in       conversation.Input
		answered int  // answers given before the input
		wantStep int  // pending step after; 0: no assessment in progress
		wantNote bool // a notice rather than a question
	}{
		{"back by text", conversation.Text("back"), 3, 3, false},
		{"back by command", conversation.Cmd(conversation.CommandBack), 3, 3, false},
		{"back at the first question", conversation.Text("go back"), 0, 1, false},
		{"start over by text", conversation.Text("start over"), 3, 1, false},
		{"restart by command", conversation.Cmd(conversation.CommandRestart), 3, 1, false},
		{"start resumes", conversation.Text("start the assessment"), 3, 4, false},
		{"cancel by text", conversation.Text("stop"), 3, 0, false},
		{"cancel by command", conversation.Cmd(conversation.CommandCancel), 2, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newEngine(t)
			q := start(t, e)
			for range tt.answered {
				q = lastQuestion(t, handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value)))
			}
			rs := handle(t, e, tt.in)
			st := status(t, e)
			if tt.wantStep == 0 {
				if st.InProgress {
					t.Errorf("still in progress at step %d", st.Step)
				}
				if !hasAction(rs[len(rs)-1], conversation.ActionStartAssessment) {
					t.Errorf("cancel offers no restart: %+v", rs)
				}
				return
			}
			if got := lastQuestion(t, rs); got.Step != tt.wantStep {
				t.Errorf("asked step %d, want %d", got.Step, tt.wantStep)
			}
			if !st.InProgress || st.Step != tt.wantStep || len(st.Answers) != tt.wantStep-1 {
				t.Errorf("status = step %d with %d answers, want step %d", st.Step, len(st.Answers), tt.wantStep)
			}
		})
	}
}

func TestNavigationWithoutAssessment(t *testing.T) {
	for _, in := range []conversation.Input{conversation.Text("back"), conversation.Cmd(conversation.CommandCancel)} {
		e, s := newEngine(t)
		rs := handle(t, e, conversation.Cmd(in.Command))
		if in.Kind == conversation.InputText {
			rs = handle(t, e, in)
		}
		if rs[0].Notice == "" || !hasAction(rs[0], conversation.ActionStartAssessment) {
			t.Errorf("%+v: replies = %+v, want a notice offering to start", in, rs)
		}
		_ = s
	}
}

func TestMidAssessmentTextIsAnswerOrQuestion(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		wantArticle string // the knowledge answer expected before the re-ask
		wantText    string // or a text reply containing this
	}{
		{"knowledge question", "what is a CIO?", "what-is-cio", ""},
		{"knowledge question without ?", "what does a CIO do", "what-is-cio", ""},
		{"greeting", "hi", "", "Hello!"},
		{"unmappable answer", "bananas", "", "couldn't tell which option"},
		{"question mark beats option", "yes?", "", fakeDecline},
		{"number out of range", "7", "", "number from 1 to 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, s := newEngine(t)
			q := start(t, e)
			q = lastQuestion(t, handle(t, e, conversation.Choice(q.Round, q.ID, "s")))
			saved := s.raw(t, key)
			rs := handle(t, e, conversation.Text(tt.text))
			if len(rs) != 2 {
				t.Fatalf("want an answer then the question again, got %+v", rs)
			}
			if tt.wantArticle != "" && (rs[0].ArticleID != tt.wantArticle || len(rs[0].Articles) == 0) {
				t.Errorf("answer = %+v, want article %s with related articles", rs[0], tt.wantArticle)
			}
			if tt.wantText != "" && !strings.Contains(rs[0].Text, tt.wantText) {
				t.Errorf("answer text = %q, want %q", rs[0].Text, tt.wantText)
			}
			if got := lastQuestion(t, rs); got.ID != q.ID || got.Step != 2 || got.Round != q.Round {
				t.Errorf("re-asked %s step %d, want %s step 2", got.ID, got.Step, q.ID)
			}
			st := status(t, e)
			if st.Step != 2 || len(st.Answers) != 1 {
				t.Errorf("lost the place: status step %d answers %d", st.Step, len(st.Answers))
			}
			if bytes.Equal(saved, s.raw(t, key)) {
				t.Error("the message was not remembered")
			}
		})
	}
}
