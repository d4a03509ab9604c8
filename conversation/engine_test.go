package conversation_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
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

func TestDeclinesTwiceOffersConsultant(t *testing.T) {
	e, _ := newEngine(t)
	rs := handle(t, e, conversation.Text("what's the weather"))
	if rs[0].Text != fakeDecline || len(rs[0].Actions) != 0 {
		t.Errorf("first decline = %+v, want the decline text alone", rs[0])
	}
	rs = handle(t, e, conversation.Text("tell me a joke"))
	if rs[0].Text != fakeDecline || !hasAction(rs[0], conversation.ActionConsult) || !hasAction(rs[0], conversation.ActionStartAssessment) {
		t.Errorf("second decline = %+v, want decline text with consult and start", rs[0])
	}
	handle(t, e, conversation.Text("what is a CIO?"))
	if rs = handle(t, e, conversation.Text("xyzzy")); len(rs[0].Actions) != 0 {
		t.Errorf("decline after an answer = %+v, want the count reset", rs[0])
	}
}

func TestHandoff(t *testing.T) {
	tests := []struct {
		name      string
		in        conversation.Input
		assess    bool // an assessment in progress
		finished  bool // a finished recommendation
		wantStart bool // the reply offers to start the assessment
	}{
		{"typed", conversation.Text("can I talk to a consultant?"), false, false, true},
		{"book a call", conversation.Text("book a call"), false, false, true},
		{"command", conversation.Cmd(conversation.CommandConsult), false, false, true},
		{"mid-assessment", conversation.Text("I'd rather speak to a human"), true, false, false},
		{"after a recommendation", conversation.Cmd(conversation.CommandConsult), false, true, false},
		{"typed after a recommendation", conversation.Text("can i talk to a human?"), false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newEngine(t)
			if tt.assess || tt.finished {
				q := start(t, e)
				if tt.finished {
					for _, v := range choiceProfiles[0].values {
						rs := handle(t, e, conversation.Choice(q.Round, q.ID, v))
						if rs[len(rs)-1].Question != nil {
							q = rs[len(rs)-1].Question
						}
					}
					if st := status(t, e); st.Last == nil {
						t.Fatalf("assessment not finished: %+v", st)
					}
				}
			}
			rs := handle(t, e, tt.in)
			if len(rs) != 1 || !rs[0].Handoff || rs[0].Text == "" || rs[0].ArticleID != "" {
				t.Fatalf("replies = %+v, want the handoff reply alone", rs)
			}
			if got := hasAction(rs[0], conversation.ActionStartAssessment); got != tt.wantStart {
				t.Errorf("handoff offers the assessment = %v, want %v (actions %+v)", got, tt.wantStart, rs[0].Actions)
			}
			if st := status(t, e); st.InProgress != tt.assess {
				t.Errorf("handoff changed the assessment: %+v", st)
			}
		})
	}
}

func TestSmallTalkAndHelp(t *testing.T) {
	tests := []struct {
		name       string
		in         conversation.Input
		wantText   string
		wantAction conversation.ActionID
	}{
		{"help command", conversation.Cmd(conversation.CommandHelp), fakeHelp, conversation.ActionConsult},
		{"help text", conversation.Text("help"), fakeHelp, conversation.ActionStartAssessment},
		{"greeting", conversation.Text("hello"), "Hello!", conversation.ActionStartAssessment},
		{"thanks", conversation.Text("thanks"), "You're welcome.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newEngine(t)
			rs := handle(t, e, tt.in)
			if rs[0].Text != tt.wantText {
				t.Errorf("text = %q, want %q", rs[0].Text, tt.wantText)
			}
			if tt.wantAction != "" && !hasAction(rs[0], tt.wantAction) {
				t.Errorf("actions = %+v, want %s", rs[0].Actions, tt.wantAction)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	e, _ := newEngine(t)
	if st := status(t, e); st.InProgress || st.Last != nil || len(st.Recent) != 0 {
		t.Errorf("status of a new conversation = %+v", st)
	}
	if rs := handle(t, e, conversation.Cmd(conversation.CommandStatus)); !hasAction(rs[0], conversation.ActionStartAssessment) {
		t.Errorf("status command before any assessment = %+v", rs)
	}
	q := start(t, e)
	q = lastQuestion(t, handle(t, e, conversation.Choice(q.Round, q.ID, "l")))
	long := strings.Repeat("x", 300)
	for _, m := range []string{"<b>msg a</b>", "msg b", "msg c", "msg d", "msg e", long} {
		handle(t, e, conversation.Text(m))
	}
	st := status(t, e)
	if !st.InProgress || st.Step != 2 || st.Total != 10 || st.Pending == nil || st.Pending.ID != q.ID {
		t.Errorf("status = %+v, want step 2 pending %s", st, q.ID)
	}
	if len(st.Answers) != 1 || st.Answers[0].Answer != "More than 250 people" {
		t.Errorf("answers = %+v", st.Answers)
	}
	if len(st.Recent) != 5 || st.Recent[0] != "msg b" || len([]rune(st.Recent[4])) != 200 {
		t.Errorf("recent = %q, want the last 5 truncated to 200 runes", st.Recent)
	}
	rs := handle(t, e, conversation.Text("where am I"))
	if !strings.Contains(rs[0].Text, "question 2 of 10") || lastQuestion(t, rs).ID != q.ID {
		t.Errorf("status reply = %+v", rs)
	}
}

func TestRecentKeepsRawText(t *testing.T) {
	e, _ := newEngine(t)
	handle(t, e, conversation.Text("<@U123> *hi* & bye"))
	if st := status(t, e); len(st.Recent) != 1 || st.Recent[0] != "<@U123> *hi* & bye" {
		t.Errorf("recent = %q, want the raw text", st.Recent)
	}
}

func TestForget(t *testing.T) {
	for _, in := range []conversation.Input{conversation.Cmd(conversation.CommandForget), conversation.Text("forget me")} {
		e, s := newEngine(t)
		start(t, e)
		thread := key
		thread.Thread = "C1/1.2"
		e.Handle(context.Background(), thread, conversation.Text("hello"))
		rs := handle(t, e, in)
		if rs[0].Text == "" || rs[0].Notice != "" {
			t.Errorf("%+v: replies = %+v, want a confirmation", in, rs)
		}
		if s.raw(t, key) != nil || s.raw(t, thread) != nil {
			t.Errorf("%+v: state left behind", in)
		}
	}
	e, s := newEngine(t)
	s.down.Store(true)
	if rs := handle(t, e, conversation.Cmd(conversation.CommandForget)); rs[0].Notice == "" {
		t.Errorf("forget with the store down = %+v, want a notice", rs)
	}
	if err := e.Forget(context.Background(), key); err == nil {
		t.Error("Forget with the store down returned nil")
	}
}

func TestStoreUnavailableThenRecovers(t *testing.T) {
	e, s := newEngine(t)
	q := start(t, e)
	s.down.Store(true)

	down := []struct {
		in          conversation.Input
		wantNotice  bool
		wantArticle string
		wantHandoff bool
	}{
		{in: conversation.Text("what is a CIO?"), wantArticle: "what-is-cio"},
		{in: conversation.Choice(q.Round, q.ID, "s"), wantNotice: true},
		{in: conversation.Text("2"), wantNotice: true},
		{in: conversation.Cmd(conversation.CommandStart), wantNotice: true},
		{in: conversation.Text("start over"), wantNotice: true},
		{in: conversation.Cmd(conversation.CommandStatus), wantNotice: true},
		{in: conversation.Text("talk to a consultant"), wantHandoff: true},
	}
	for _, tt := range down {
		rs := handle(t, e, tt.in)
		switch {
		case tt.wantNotice && !strings.Contains(rs[0].Notice, "just now, please try again in a moment"):
			t.Errorf("%+v with the store down: %+v, want the unavailable notice", tt.in, rs)
		case tt.wantArticle != "" && rs[0].ArticleID != tt.wantArticle:
			t.Errorf("%+v with the store down: %+v, want article %s", tt.in, rs, tt.wantArticle)
		case tt.wantHandoff && !rs[0].Handoff:
			t.Errorf("%+v with the store down: %+v, want a handoff", tt.in, rs)
		}
	}
	if _, err := e.Status(context.Background(), key); err == nil {
		t.Error("Status with the store down returned nil error")
	}

	// Saves alone failing: the answer is not lost silently.
	s.down.Store(false)
	s.saveDown.Store(true)
	if rs := handle(t, e, conversation.Choice(q.Round, q.ID, "s")); rs[0].Notice != "I couldn't save that just now, please try again in a moment." {
		t.Errorf("choice with saves failing = %+v, want the unavailable notice", rs)
	}
	if rs := handle(t, e, conversation.Text("what is a CIO?")); rs[0].ArticleID != "what-is-cio" {
		t.Errorf("question with saves failing = %+v, want the answer", rs)
	}

	// Back up: the assessment resumes where it was.
	s.saveDown.Store(false)
	rs := handle(t, e, conversation.Choice(q.Round, q.ID, "s"))
	if rs[0].Answered == nil || lastQuestion(t, rs).Step != 2 {
		t.Errorf("after recovery = %+v, want the answer taken and step 2", rs)
	}
}

func TestUnreadableStateStartsAfresh(t *testing.T) {
	e, s := newEngine(t)
	if _, err := s.Store.Save(context.Background(), key, []byte{0x7f, 1, 2}, 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if q := lastQuestion(t, handle(t, e, conversation.Cmd(conversation.CommandStart))); q.Step != 1 {
		t.Errorf("asked step %d", q.Step)
	}
	if st := status(t, e); !st.InProgress {
		t.Error("the fresh state was not saved over the unreadable one")
	}
}

func TestNoSaveWhenNothingChanged(t *testing.T) {
	tests := []struct {
		name string
		in   conversation.Input
	}{
		{"status command", conversation.Cmd(conversation.CommandStatus)},
		{"help command", conversation.Cmd(conversation.CommandHelp)},
		{"consult command", conversation.Cmd(conversation.CommandConsult)},
		{"start while in progress", conversation.Cmd(conversation.CommandStart)},
		{"stale click", conversation.Choice(0, "size", "s")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, s := newEngine(t)
			start(t, e)
			saves := s.saves.Load()
			handle(t, e, tt.in)
			if got := s.saves.Load() - saves; got != 0 {
				t.Errorf("%d saves, want none", got)
			}
		})
	}
}

func TestSessionTTLSlidesOnEverySave(t *testing.T) {
	e, s := newEngine(t)
	q := start(t, e)
	handle(t, e, conversation.Choice(q.Round, q.ID, "s"))
	handle(t, e, conversation.Text("hello"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.ttls) != 3 {
		t.Fatalf("%d saves, want 3", len(s.ttls))
	}
	for _, ttl := range s.ttls {
		if ttl != 48*time.Hour {
			t.Errorf("saved with ttl %v, want the configured 48h", ttl)
		}
	}
	if got := s.TTL(key); got != 48*time.Hour {
		t.Errorf("stored ttl = %v, want 48h", got)
	}
}

func TestDefaultSessionTTL(t *testing.T) {
	s := newTestStore()
	e := conversation.New(fakeKB{}, s, conversation.Config{}, nil)
	e.Handle(context.Background(), key, conversation.Text("hello"))
	if got := s.TTL(key); got != 720*time.Hour {
		t.Errorf("ttl = %v, want 720h", got)
	}
}

func TestInvalidKeyRefused(t *testing.T) {
	e, s := newEngine(t)
	rs := e.Handle(context.Background(), conversation.Key{Platform: "test"}, conversation.Text("hello"))
	if len(rs) != 1 || rs[0].Notice == "" || s.loads.Load() != 0 {
		t.Errorf("replies = %+v, loads = %d; want a notice and no store access", rs, s.loads.Load())
	}
}

func TestLogsNeverContainMessageText(t *testing.T) {
	var buf bytes.Buffer
	s := newTestStore()
	e := conversation.New(fakeKB{}, s, conversation.Config{}, slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	const secret = "our-secret-merger-plan"
	e.Handle(context.Background(), key, conversation.Text(secret))
	s.down.Store(true)
	e.Handle(context.Background(), key, conversation.Text(secret))
	s.down.Store(false)
	s.saveDown.Store(true)
	e.Handle(context.Background(), key, conversation.Text(secret))
	if strings.Contains(buf.String(), secret) {
		t.Errorf("logs contain the message text:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), key.String()) {
		t.Errorf("logs lack the key:\n%s", buf.String())
	}
}

// TestConcurrentChoicesOneConversation clicks every question from 20
// goroutines at once: exactly one click per question is taken, the rest
// are stale.
func TestConcurrentChoicesOneConversation(t *testing.T) {
	e, s := newEngine(t)
	defer func() { t.Logf("%d save conflicts resolved", s.conflicts.Load()) }()
	q := start(t, e)
	const clicks = 20
	for step := 1; step <= q.Total; step++ {
		var answered, stale atomic.Int32
		var wg sync.WaitGroup
		for i := range clicks {
			wg.Go(func() {
				v := q.Options[i%len(q.Options)].Value
				rs := e.Handle(context.Background(), key, conversation.Choice(q.Round, q.ID, v))
				switch {
				case len(rs) == 2 && rs[0].Answered != nil:
					answered.Add(1)
				case len(rs) == 1 && strings.Contains(rs[0].Notice, "already answered"):
					stale.Add(1)
				default:
					t.Errorf("step %d: unexpected replies %+v", step, rs)
				}
			})
		}
		wg.Wait()
		if answered.Load() != 1 || stale.Load() != clicks-1 {
			t.Fatalf("step %d: %d answered, %d stale; want 1 and %d", step, answered.Load(), stale.Load(), clicks-1)
		}
		st := status(t, e)
		if step < q.Total {
			if !st.InProgress || st.Step != step+1 || len(st.Answers) != step {
				t.Fatalf("after step %d: status step %d with %d answers", step, st.Step, len(st.Answers))
			}
			q = st.Pending
		} else if st.InProgress || st.Last == nil || len(st.Last.Answers) != q.Total {
			t.Fatalf("after the last step: %+v", st)
		}
	}
}

// TestConcurrentTextAnswers types "1" from 20 goroutines at once: every
// reply that says an answer was taken matches exactly one stored answer,
// and no answer is lost or doubled.
func TestConcurrentTextAnswers(t *testing.T) {
	e, s := newEngine(t)
	defer func() { t.Logf("%d save conflicts resolved", s.conflicts.Load()) }()
	start(t, e)
	const senders = 20
	var answered, recommended, busy atomic.Int32
	var wg sync.WaitGroup
	for range senders {
		wg.Go(func() {
			for _, r := range e.Handle(context.Background(), key, conversation.Text("1")) {
				switch {
				case r.Answered != nil:
					answered.Add(1)
				case r.Recommendation != nil:
					recommended.Add(1)
				case strings.Contains(r.Notice, "couldn't keep up"):
					busy.Add(1)
				}
			}
		})
	}
	wg.Wait()
	st := status(t, e)
	n := int(answered.Load())
	t.Logf("%d answered, %d busy", n, busy.Load())
	switch {
	case n < 10:
		if !st.InProgress || len(st.Answers) != n || st.Step != n+1 || recommended.Load() != 0 {
			t.Errorf("%d answers replied, status has %d (step %d)", n, len(st.Answers), st.Step)
		}
	case n == 10:
		if st.InProgress || st.Last == nil || recommended.Load() != 1 {
			t.Errorf("finished: status %+v, %d recommendations", st, recommended.Load())
		}
	default:
		t.Errorf("%d answers replied for 10 questions", n)
	}
	if n+int(busy.Load()) > senders {
		t.Errorf("more outcomes than inputs")
	}
}

// TestWithRealKnowledge runs the engine on the real knowledge base.
func TestWithRealKnowledge(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	e := conversation.New(kb, newTestStore(), conversation.Config{}, nil)
	ctx := context.Background()

	if rs := e.Handle(ctx, key, conversation.Text("hello")); rs[0].Text == "" || !hasAction(rs[0], conversation.ActionStartAssessment) {
		t.Errorf("greeting = %+v", rs)
	}
	rs := e.Handle(ctx, key, conversation.Text("which one do I need?"))
	q := lastQuestion(t, rs)
	rs = e.Handle(ctx, key, conversation.Text("what does a CTO do?"))
	if len(rs) != 2 || rs[0].ArticleID == "" || lastQuestion(t, rs).ID != q.ID {
		t.Errorf("mid-assessment question = %+v, want an article then %s again", rs, q.ID)
	}
	rs = e.Handle(ctx, key, conversation.Text("2"))
	if rs[0].Answered == nil || rs[0].Answered.Answer != "11–50 people" {
		t.Errorf("typed 2 = %+v", rs)
	}
	for _, v := range choiceProfiles[0].values[1:] {
		q = lastQuestion(t, rs)
		rs = e.Handle(ctx, key, conversation.Choice(q.Round, q.ID, v))
	}
	rec := rs[len(rs)-1].Recommendation
	if rec == nil || rec.Kind != conversation.RecommendVirtualCTO || len(rec.Articles) == 0 {
		t.Fatalf("recommendation = %+v", rec)
	}
	for _, a := range rec.Articles {
		if a.Title == "" {
			t.Errorf("article %s has no title", a.ID)
		}
	}
}

// TestStatementAboutTheCompanyIsNotAnArticle: mid-assessment, a statement
// about one of the assessment's topics that reads as no option is asked
// again, not answered with an article its words happen to match; a real
// question still gets the article.
func TestStatementAboutTheCompanyIsNotAnArticle(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text        string
		wantArticle bool
	}{
		{"data is all over the place tbh", false},
		{"our servers and the wifi, honestly", false},
		{"what does a CIO do", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			e := conversation.New(kb, newTestStore(), conversation.Config{}, nil)
			ctx := context.Background()
			rs := e.Handle(ctx, key, conversation.Cmd(conversation.CommandStart))
			for _, v := range []string{"m", "established", "medium"} { // to the systems question
				q := lastQuestion(t, rs)
				rs = e.Handle(ctx, key, conversation.Choice(q.Round, q.ID, v))
			}
			q := lastQuestion(t, rs)
			if q.ID != "systems" {
				t.Fatalf("at %s, want the systems question", q.ID)
			}
			rs = e.Handle(ctx, key, conversation.Text(tt.text))
			if got := rs[0].ArticleID != ""; got != tt.wantArticle {
				t.Errorf("reply %+v: article %v, want %v", rs[0], got, tt.wantArticle)
			}
			if lastQuestion(t, rs).ID != "systems" {
				t.Errorf("the systems question is not asked again: %+v", rs)
			}
		})
	}
}
