package cli_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
)

// engine is the real engine on a fresh memory store.
func engine(t testing.TB) *conversation.Engine {
	t.Helper()
	return conversation.New(bottest.Knowledge(t), memstore.New(), conversation.Config{}, nil)
}

// chat runs a whole session on input and returns what it printed.
func chat(t *testing.T, input string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := cli.Run(context.Background(), cli.Config{Engine: engine(t)}, strings.NewReader(input), &out)
	return out.String(), err
}

func TestChatFullAssessmentByNumbers(t *testing.T) {
	tests := []struct {
		name  string
		input []string
		want  string
	}{
		{"scaling fintech with budget", []string{"/start", "3", "2", "3", "2", "3", "3", "3", "3", "2", "1"}, "Recommendation: Both a CIO and a CTO"},
		{"15-person startup on a small budget, typed", []string{"start the assessment", "15", "1", "2", "1", "1", "2", "3", "3", "2", "3"}, "Recommendation: A virtual CTO"},
		{"logistics firm, words and numbers", []string{"assess me", "about 300 people", "established", "3", "2", "data silos", "ransomware", "no", "somewhat", "1", "yes"}, "Recommendation: A CIO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := chat(t, strings.Join(tt.input, "\n")+"\n")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
			if n := strings.Count(out, "Noted: "); n != 10 {
				t.Errorf("%d answers noted, want 10", n)
			}
			for _, s := range []string{"Question 10 of 10", "  1) 1–10 people", "Why:", "/consult (Talk to a consultant)"} {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q", s)
				}
			}
		})
	}
}

func TestChatWelcomeAndQuit(t *testing.T) {
	out, err := chat(t, "/quit\nhello\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "run a short assessment") || !strings.Contains(out, "Bye.") {
		t.Errorf("output:\n%s", out)
	}
	if strings.Contains(out, "Hi!") {
		t.Error("kept reading after /quit")
	}
}

// TestChatBareQuitWords: "quit", "exit" or "bye" as the whole message
// ends the chat like /quit, also mid-assessment; inside a sentence they
// do not.
func TestChatBareQuitWords(t *testing.T) {
	for _, input := range []string{"quit\nhello\n", "exit\nhello\n", "bye\nhello\n", "Bye!\nhello\n", "/start\nQuit\nhello\n"} {
		out, err := chat(t, input)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "Bye.") || strings.Contains(out, "Hi!") {
			t.Errorf("%q: want the chat to end:\n%s", input, out)
		}
	}
	out, err := chat(t, "how do I exit a contract with our IT vendor?\n")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "Bye.") {
		t.Errorf("a question mentioning exit ended the chat:\n%s", out)
	}
}

func TestChatQuestionMidAssessment(t *testing.T) {
	out, err := chat(t, "/start\n2\nwhat does a CTO do?\n1\n")
	if err != nil {
		t.Fatal(err)
	}
	q2 := strings.Count(out, "Question 2 of 10")
	if q2 != 2 {
		t.Errorf("question 2 asked %d times, want 2 (before and after the knowledge answer):\n%s", q2, out)
	}
	if !strings.Contains(out, "Chief Technology Officer") {
		t.Errorf("no knowledge answer:\n%s", out)
	}
	if !strings.Contains(out, "Noted: Early-stage startup") || !strings.Contains(out, "Question 3 of 10") {
		t.Errorf("the place was lost:\n%s", out)
	}
}

func TestChatCommands(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"back", "/start\n1\n/back\n", "Going back one question."},
		{"restart", "/start\n1\n/restart\n", "Starting over."},
		{"cancel", "/start\n/cancel\n", "Assessment cancelled"},
		{"unknown", "/frobnicate\n", "Unknown command."},
		{"status", "/start\n1\n/status\n", "question 2 of 10"},
		{"consult", "/consult\n", "passed your request on"},
		{"typed handoff", "can I talk to a human?\n", "passed your request on"},
		{"forget", "/start\n/forget\n/status\n", "haven't taken the assessment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := chat(t, tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

// TestChatHandoffSaysItOnce: the handoff reply is not followed by the
// contact article, which says the same thing again.
func TestChatHandoffSaysItOnce(t *testing.T) {
	for _, input := range []string{"/consult\n", "can i talk to a human?\n"} {
		out, err := chat(t, input)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(out, "Happy to put you in touch"); n != 1 {
			t.Errorf("%q: %d handoff texts, want 1:\n%s", input, n, out)
		}
		if strings.Contains(out, "talk to a human") || strings.Contains(out, "Start the assessment first") {
			t.Errorf("%q: output repeats the contact article:\n%s", input, out)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*CIO* and *CTO*", "CIO and CTO"},
		{"an _important_ point", "an important point"},
		{"see https://example.com/a_b_c now", "see https://example.com/a_b_c now"},
		{"• bullet", "• bullet"},
		{"2 * 3", "2 * 3"},
	}
	for _, tt := range tests {
		if got := cli.PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestChatDescriptionFirstAndCorrection(t *testing.T) {
	out, err := chat(t, strings.Join([]string{
		"/start",
		"we are 40 people, growing fast, building a SaaS platform, and our data is a mess",
		"/change:stage",
		"established",
	}, "\n")+"\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Noted: 11–50 people",
		"Stage: Growing fast",
		"/change:stage (Change stage)",
		"Noted: Established",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Unknown command") {
		t.Errorf("a change button printed by the chat was refused:\n%s", out)
	}
	// Described questions are not asked again: after the correction the
	// next question is one the description did not answer.
	if strings.Count(out, "How many people work in your company?") != 1 {
		t.Errorf("the size question was asked again:\n%s", out)
	}
}

func TestChatShowsAlternatives(t *testing.T) {
	out, err := chat(t, "Duties of the CIO vs the CTO\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Did you mean: CIO vs CTO: what's the difference?") {
		t.Errorf("the runner-up article is not offered:\n%s", out)
	}
}
