package conversation_test

import (
	"fmt"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// engineReading types text at question qid through the engine and names
// what became of it: the option taken, "article" for a knowledge answer,
// or "re-ask".
func engineReading(t *testing.T, e *conversation.Engine, n int, qid, text string) string {
	t.Helper()
	k := conversation.Key{Platform: "test", Team: "r31d", User: fmt.Sprintf("u%d", n)}
	rs, q := answerAt(t, e, k, qid, text)
	got := "re-ask"
	for _, r := range rs {
		switch {
		case r.Answered != nil && r.Answered.QuestionID == q.ID:
			for _, o := range q.Options {
				if o.Label == r.Answered.Answer {
					got = o.Value
				}
			}
		case r.ArticleID != "":
			got = "article"
		}
	}
	return got
}

// checkEngineReadings types each case through e (users numbered from
// n): the option wanted, or for "!taken" an article or a re-ask.
func checkEngineReadings(t *testing.T, e *conversation.Engine, n int, sets ...[]struct{ q, text, want string }) {
	t.Helper()
	for _, set := range sets {
		for _, tt := range set {
			n++
			got := engineReading(t, e, n, tt.q, tt.text)
			if tt.want == "!taken" && (got == "article" || got == "re-ask") || got == tt.want {
				continue
			}
			t.Errorf("%s %q: %s, want %s", tt.q, tt.text, got, tt.want)
		}
	}
}

// round31dStatementThenAsk: a plain answer closed by a question back
// that asks nothing of the roles or the assessment ("Satisfied?", "Why
// do you want to know?", "you reckon we can fund a director?") is
// answered by its statement, not taken for a knowledge question.
var round31dStatementThenAsk = []struct{ q, text, want string }{
	{"size", "Roughly 65 on the books, counting the seasonal pickers. Satisfied?", "m"},
	{"ops", "Completely. Why do you want to know?", "high"},
	{"security", "Not very worried, to be honest. Why, are you from the bank?", "low"},
	{"innovation", "I'd call it somewhat. Good enough?", "some"},
	{"stage", "we've traded since 1992 but the new warehouse doubled the orders, so growing?", "scaling"},
	{"competitors", "Yes, the chains are way ahead of us. Surprised?", "yes"},
	{"budget", "No chance. We split one bookkeeper with the farm next door, you reckon we can fund a director?", "no"},
}

// round31dStatementThenAskKept: a question about the roles, the
// assessment or what a word means is still answered as a question,
// whatever the statement before it; nothing is taken from it.
var round31dStatementThenAskKept = []struct{ q, text, want string }{
	{"size", "We're about 40 people. What does a CTO actually do?", "!taken"},
	{"budget", "Could stretch to it. How much does a CIO earn?", "!taken"},
	{"data", "Some of it is messy. What do you mean by silos?", "!taken"},
	{"stage", "Ten years old. What counts as scaling?", "!taken"},
	{"size", "About 30. Do the contractors count?", "!taken"},
	{"products", "We sell bread. Does a website count as a product?", "!taken"},
}

func TestRound31dStatementThenAsk(t *testing.T) {
	checkEngineReadings(t, realEngine(t), 0, round31dStatementThenAsk, round31dStatementThenAskKept)
}

// round31dBudgetAskedBack: a budget answer that is all questions back:
// the post echoed, then a question back about the means ("A full-time
// what? On whose money?"), or about what the hire would do all day
// ("What would he do all day, watch me sew?"). Both say no. 4 of 6
// failed first (1 answered with an article, 3 asked again).
var round31dBudgetAskedBack = []struct{ q, text, want string }{
	{"budget", "A full-time what? And pay them with what?", "no"},
	{"budget", "Full time? Where would that money come from?", "no"},
	{"budget", "A whole salary? On a sandwich shop's takings?", "no"},
	{"budget", "There are five of us. What would she do all week, file my receipts?", "no"},
	{"budget", "Two vans and a phone. What would the fellow do all day?", "no"},
	{"budget", "what would they even do here all day", "no"},
}

// round31dBudgetAskedBackKept: a question about the role itself is
// still a question.
var round31dBudgetAskedBackKept = []struct{ q, text, want string }{
	{"budget", "What does a fractional CIO cost? Where would the money come from?", "!taken"},
	{"budget", "What would a CTO do all day?", "!taken"},
	{"budget", "What would a CIO do for a firm like ours?", "!taken"},
}

func TestRound31dBudgetAskedBack(t *testing.T) {
	checkEngineReadings(t, realEngine(t), 100, round31dBudgetAskedBack, round31dBudgetAskedBackKept)
}
