package bottest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Harness drives one front end for the conformance suite, Run, the way
// its users drive it. A front end's tests implement it over the front
// end's real transport (Slack: the fake Slack and the real slack-go
// client; the terminal: its input and output; the web: its HTTP API), with
// the real engine on an empty store and the consultant handoff on. Run
// makes a fresh Harness for every test. Methods fail the test (t.Fatal) when they cannot do their
// job; Type and Choose may return before the bot has answered, since Run
// waits on Shown.
type Harness interface {
	// User is the user the suite plays (a key of the front end's platform;
	// no thread).
	User() conversation.Key
	// Type sends text as the user types it in their direct conversation
	// with the bot.
	Type(t testing.TB, text string)
	// Choose picks option (0-based) of the last question shown, the way
	// the front end offers choices (a button, a number).
	Choose(t testing.TB, option int)
	// Shown returns what the user has been shown in their direct
	// conversation so far, oldest first.
	Shown(t testing.TB) []Shown
	// FinishHandoff does what the user does after asking for a
	// consultant (fill in or skip a contact form); nothing where no more
	// is asked.
	FinishHandoff(t testing.TB)
	// Engine is the engine the front end runs (Run reads Status).
	Engine() bot.Engine
	// Handoffs is the store of the front end's handoffs.
	Handoffs() handoff.Store
}

// Shown is one thing the user was shown.
type Shown struct {
	Text string // what it says, in any markup
	// Private: shown to the user only (where others could see the
	// conversation: a channel's ephemeral message).
	Private bool
	// Question: an assessment question whose choices can still be picked.
	Question bool
	// Answered: a question shown again with its answer, in place where the
	// platform can change a shown message.
	Answered bool
}

// hangGuard bounds every wait of the suite; it only guards against hangs.
const hangGuard = 30 * time.Second

// Run is the conformance suite every front end runs: a question answered,
// an assessment answered by a choice and by typing (the question updated),
// a notice shown privately, a handoff reply starting a handoff, and forget
// deleting the conversation and the handoff records.
func Run(t *testing.T, newHarness func(t *testing.T) Harness) {
	tests := []struct {
		name string
		run  func(t *testing.T, h Harness)
	}{
		{"QuestionAnswered", testQuestionAnswered},
		{"ChoiceUpdatesQuestion", testChoiceUpdatesQuestion},
		{"TypedAnswerUpdatesQuestion", testTypedAnswerUpdatesQuestion},
		{"NoticeShownPrivately", testNoticeShownPrivately},
		{"HandoffReplyStartsHandoff", testHandoffReplyStartsHandoff},
		{"ForgetClearsEverything", testForgetClearsEverything},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, newHarness(t)) })
	}
}

// waitShown polls h.Shown until ok holds and returns what was shown.
func waitShown(t *testing.T, h Harness, what string, ok func([]Shown) bool) []Shown {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		shown := h.Shown(t)
		if ok(shown) {
			return shown
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s; shown:\n%s", what, dump(shown))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitFor polls ok until it holds.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func dump(shown []Shown) string {
	var b strings.Builder
	for _, s := range shown {
		b.WriteString("  " + strings.ReplaceAll(s.Text, "\n", " ⏎ "))
		if s.Private {
			b.WriteString(" [private]")
		}
		if s.Question {
			b.WriteString(" [question]")
		}
		if s.Answered {
			b.WriteString(" [answered]")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func count(shown []Shown, f func(Shown) bool) int {
	n := 0
	for _, s := range shown {
		if f(s) {
			n++
		}
	}
	return n
}

func containing(s string) func(Shown) bool {
	return func(sh Shown) bool { return strings.Contains(strings.ToLower(sh.Text), strings.ToLower(s)) }
}

func isQuestion(s Shown) bool { return s.Question }
func isAnswered(s Shown) bool { return s.Answered }

func testQuestionAnswered(t *testing.T, h Harness) {
	h.Type(t, "What does a CIO do?")
	shown := waitShown(t, h, "an answer", func(s []Shown) bool { return len(s) > 0 })
	a := shown[0]
	if a.Private || a.Question || !containing("information")(a) && !containing("cio")(a) {
		t.Errorf("answer %+v: want a public answer about the CIO", a)
	}
}

// startAssessment starts the assessment and waits for its first question.
func startAssessment(t *testing.T, h Harness) {
	t.Helper()
	h.Type(t, "start the assessment")
	waitShown(t, h, "question 1", func(s []Shown) bool { return count(s, isQuestion) == 1 })
}

// checkStep checks that the assessment is at question step.
func checkStep(t *testing.T, h Harness, step int) {
	t.Helper()
	st, err := h.Engine().Status(t.Context(), h.User())
	if err != nil || !st.InProgress || st.Step != step {
		t.Errorf("status %+v, %v; want question %d under way", st, err, step)
	}
}

func testChoiceUpdatesQuestion(t *testing.T, h Harness) {
	startAssessment(t, h)
	h.Choose(t, 0)
	shown := waitShown(t, h, "question 1 answered and question 2 asked", func(s []Shown) bool {
		return count(s, isAnswered) == 1 && count(s, isQuestion) == 1
	})
	if n := count(shown, func(s Shown) bool { return s.Private }); n != 0 {
		t.Errorf("%d private messages in an assessment answered by a choice:\n%s", n, dump(shown))
	}
	checkStep(t, h, 2)
}

func testTypedAnswerUpdatesQuestion(t *testing.T, h Harness) {
	startAssessment(t, h)
	h.Type(t, "1")
	waitShown(t, h, "question 1 answered and question 2 asked", func(s []Shown) bool {
		return count(s, isAnswered) == 1 && count(s, isQuestion) == 1
	})
	checkStep(t, h, 2)
	h.Type(t, "2")
	waitShown(t, h, "question 2 answered and question 3 asked", func(s []Shown) bool {
		return count(s, isAnswered) == 2 && count(s, isQuestion) == 1
	})
	checkStep(t, h, 3)
}

func testNoticeShownPrivately(t *testing.T, h Harness) {
	h.Type(t, "cancel") // no assessment to cancel: a notice
	shown := waitShown(t, h, "the notice", func(s []Shown) bool { return count(s, containing("no assessment in progress")) > 0 })
	for _, s := range shown {
		if containing("no assessment in progress")(s) && !s.Private {
			t.Errorf("notice shown publicly: %+v", s)
		}
	}
}

// askConsultant asks for a consultant and waits until the handoff is
// stored and its card posted; it returns the handoff.
func askConsultant(t *testing.T, h Harness) handoff.Handoff {
	t.Helper()
	h.Type(t, "can I talk to a human?")
	waitShown(t, h, "the handoff reply", func(s []Shown) bool { return count(s, containing("put you in touch")) == 1 })
	h.FinishHandoff(t)
	var rec handoff.Handoff
	waitFor(t, "the handoff's card", func() bool {
		var err error
		rec, err = h.Handoffs().Active(t.Context(), h.User())
		return err == nil && !rec.Card.IsZero()
	})
	waitShown(t, h, "the request confirmed", func(s []Shown) bool { return count(s, containing("passed your request on")) == 1 })
	return rec
}

func testHandoffReplyStartsHandoff(t *testing.T, h Harness) {
	rec := askConsultant(t, h)
	if rec.User != h.User().DirectKey() || !rec.Active() {
		t.Errorf("handoff %+v, want an active one of %s", rec, h.User())
	}
}

func testForgetClearsEverything(t *testing.T, h Harness) {
	startAssessment(t, h)
	h.Choose(t, 0)
	waitShown(t, h, "question 1 answered", func(s []Shown) bool { return count(s, isAnswered) == 1 })
	rec := askConsultant(t, h)

	h.Type(t, "forget me")
	waitShown(t, h, "the confirmation", func(s []Shown) bool { return count(s, containing("deleted everything")) == 1 })
	st, err := h.Engine().Status(t.Context(), h.User())
	if err != nil || st.InProgress || len(st.Answers) != 0 || len(st.Recent) != 0 {
		t.Errorf("after forget: status %+v, %v; want nothing", st, err)
	}
	if _, err := h.Handoffs().Get(t.Context(), rec.ID); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("handoff after forget: %v, want ErrNotFound", err)
	}
	if _, err := h.Handoffs().Active(t.Context(), h.User()); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("active handoff after forget: %v, want ErrNotFound", err)
	}
}
