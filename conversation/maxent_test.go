package conversation

import (
	"math"
	"slices"
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

// TestMaxentLearns: trained on a few answers, the regression reads a new
// wording by the words it shares with them, gives probabilities that sum
// to one, and knows nothing of words it never saw.
func TestMaxentLearns(t *testing.T) {
	var rows []answers.Row
	for _, text := range []string{"a huge worry", "a real worry for us", "it worries me a lot", "a big worry"} {
		rows = append(rows, answers.Row{File: "t", Question: qSecurity, Want: "high", Text: text})
	}
	for _, text := range []string{"no worry at all", "not a concern", "never think about it", "no concern"} {
		rows = append(rows, answers.Row{File: "t", Question: qSecurity, Want: "low", Text: text})
	}
	l := train(rows)
	g := secondGuess(l, qSecurity, "a huge concern for us")
	if g.top != "high" || g.p <= g.p2 {
		t.Errorf("a huge concern for us = %+v, want high first", g)
	}
	if g := secondGuess(l, qSecurity, "no worry"); g.top != "low" {
		t.Errorf("no worry = %+v, want low", g)
	}
	if g := secondGuess(l, qSecurity, "zebra"); g.ok() {
		t.Errorf("an unseen word = %+v, want no guess", g)
	}
	m := l.byQuestion[qSecurity]
	p := make([]float64, m.second.k)
	m.second.probs(newExample(m.rows(features("a big worry")), 0).x, p)
	sum := 0.0
	for _, v := range p {
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("probabilities sum to %v, want 1", sum)
	}
	if again := secondGuess(train(rows), qSecurity, "a huge concern for us"); again != g {
		t.Errorf("trained twice: %+v and %+v, want the same model", g, again)
	}
}

// TestSecondOpinion: where the regression may put a rule's reading in
// doubt, and where it may take an answer the rules could not read.
func TestSecondOpinion(t *testing.T) {
	cfg := defaultBlend
	sure := func(top, second string) guess { return guess{top: top, second: second, p: 0.97, p2: 0.02, known: 1} }
	tests := []struct {
		name      string
		q         string
		m         answerMatch // the rules' reading, also the blend's
		g, h      guess       // the naive Bayes's and the regression's
		wantValue string
		wantCands []string
	}{
		{"all agree", qSecurity, answerMatch{value: "high"}, sure("high", "low"), sure("high", "low"), "high", nil},
		{"regression sure of another: offer both", qSecurity, answerMatch{value: "high"}, sure("high", "low"), sure("low", "high"), "", []string{"high", "low"}},
		{"regression unsure of another: rules stand", qSecurity, answerMatch{value: "high"}, sure("high", "low"), guess{top: "low", second: "high", p: 0.6, p2: 0.4, known: 1}, "high", nil},
		{"regression sure it is no answer: rules stand", qSecurity, answerMatch{value: "high"}, sure("high", "low"), sure(notAnswer, "low"), "high", nil},
		{"a headcount stands", qSize, answerMatch{value: "m"}, sure("m", "s"), sure("s", "m"), "m", nil},
		{"rules silent on a headcount, both sure of one", qSize, answerMatch{}, guess{top: "s", second: "m", p: 0.92, p2: 0.05, known: 1}, sure("s", "m"), "", nil},
		{"rules silent, both sure of one", qSecurity, answerMatch{}, guess{top: "medium", second: "low", p: 0.92, p2: 0.05, known: 1}, sure("medium", "low"), "medium", nil},
		{"rules silent, the Bayes unsure", qSecurity, answerMatch{}, guess{top: "medium", second: "low", p: 0.6, p2: 0.3, known: 1}, sure("medium", "low"), "", nil},
		{"rules silent, models differ", qSecurity, answerMatch{}, sure("medium", "low"), sure("low", "medium"), "", nil},
		{"rules torn between two others", qSecurity, answerMatch{candidates: []string{"low", "high"}}, sure("medium", "low"), sure("medium", "low"), "", []string{"low", "high"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := &questions[questionIndex(tt.q)]
			got := secondOpinion(q, "xq", tt.m, tt.m, tt.g, tt.h, cfg)
			if got.value != tt.wantValue || !slices.Equal(got.candidates, tt.wantCands) {
				t.Errorf("secondOpinion = %q %q, want %q %q", got.value, got.candidates, tt.wantValue, tt.wantCands)
			}
		})
	}
}

// secondGuess is the regression's reading of text as an answer to
// question id, as readAnswer gets it.
func secondGuess(l *learner, id, text string) guess {
	_, h := l.guesses(id, text, defaultBlend.lambda)
	return h
}
