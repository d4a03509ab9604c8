package conversation_test

import "testing"

// TestQuestionBackMidAssessment types answers that are questions back at
// a pending question: the statement after one answers, a bare one or one
// the owner answers with their own yes or no is asked again (never an
// article, never the opposite), and a real question still gets an
// article.
func TestQuestionBackMidAssessment(t *testing.T) {
	e := realEngine(t)
	tests := []struct {
		qid, text, want string // want: an option, "re-ask" or "article"
	}{
		{"products", "are plumbers writing software now? we're a plumbing firm", "no"},
		// What a question back takes for granted answers: we are no
		// software house, what works needs no fixing.
		{"products", "do we look like Microsoft?", "no"},
		{"competitors", "how would I know that?", "re-ask"},
		{"products", "are we building apps? we aren't", "re-ask"},
		{"ops", "could we take a single order without the system? no", "re-ask"},
		{"systems", "why would I replace what works?", "fine"},
		{"systems", "why would I care?", "re-ask"},
		{"stage", "we opened six months ago, is that early stage? I'd say so", "startup"},
		{"size", "do contractors count? if not it's just me", "xs"},
		{"budget", "what is a fractional CTO?", "article"},
	}
	for i, tt := range tests {
		if got := engineReading(t, e, 1000+i, tt.qid, tt.text); got != tt.want {
			t.Errorf("%s %q: %s, want %s", tt.qid, tt.text, got, tt.want)
		}
	}
}
