package conversation

import "testing"

func TestRestatedQuestionThenAnswer(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		{qSecurity, "cyber security concern, low", "low"},
		{qSecurity, "cybersecurity risk? high", "high"},
		{qOps, "how much do we rely on IT systems: hardly at all", "low"},
		{qBudget, "fund a full-time executive today? no", "no"},
		{qBudget, "we can barely pay the carers", "no"},
		{qBudget, "we could hardly afford one", "no"},
		{qBudget, "we can pay for one", "yes"},
		{qSystems, "our systems are ok i guess", "fine"},
		{qData, "our data is alright", "no"},
	}
	for _, tt := range tests {
		q := &questions[questionIndex(tt.q)]
		if got := matchAnswer(q, tt.text, nil); got.value != tt.want {
			t.Errorf("%s %q = %q %q, want %q", tt.q, tt.text, got.value, got.candidates, tt.want)
		}
	}
}

// TestLastClauseOnlyAfterARestatement: a short last clause decides only
// when the words before it restate the question; otherwise the whole
// answer is read.
func TestLastClauseOnlyAfterARestatement(t *testing.T) {
	q := &questions[questionIndex(qSecurity)]
	w, cut := tokenize("ransomware hit our neighbour last month, low")
	if v, ok := restatedAnswer(q, w, cut); ok {
		t.Errorf("restatedAnswer = %q: the first clause is not the question", v)
	}
	w, cut = tokenize("cyber security concern, low")
	if v, ok := restatedAnswer(q, w, cut); !ok || v != "low" {
		t.Errorf("restatedAnswer = %q %v, want low", v, ok)
	}
}
