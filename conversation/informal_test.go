package conversation

import "testing"

// TestInformalAnswers: emoji, dialect and texting spellings, fillers and
// scores are read as the plain answer they stand for.
func TestInformalAnswers(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		// Emoji.
		{qOps, "💯", "high"},
		{qStage, "🐣", "startup"},
		{qStage, "📈", "scaling"},
		{qProducts, "🙅", "no"},
		{qCompetitors, "🤷", "unsure"},
		{qData, "👌", "no"},
		{qInnovation, "👍", "yes"},
		{qSystems, "nope, all running well 👍", "fine"},
		// Dialect and texting.
		{qBudget, "nae chance", "no"},
		{qCompetitors, "cannae say", "unsure"},
		{qSecurity, "a wee bit worried", "medium"},
		{qSystems, "no probs", "fine"},
		{qInnovation, "aye, definitely", "yes"},
		// Fillers.
		{qCompetitors, "couldn't honestly say", "unsure"},
		{qSize, "ngl it's just me", "xs"},
		// Scores and ranges on a graded question.
		{qOps, "9/10", "high"},
		{qOps, "2 out of 10", "low"},
		{qSecurity, "5/10", "medium"},
		{qInnovation, "3/5", "some"},
		{qOps, "80-90%", "high"},
		{qSystems, "5 out of 10", "some"},
		{qBudget, "50/50", "maybe"},
		// A score gives way to words that say more.
		{qSystems, "7/10, could be better", "some"},
		// Ages and growth read from numbers.
		{qStage, "had the shop 20 years", "established"},
		{qStage, "on the market since 25 years", "established"},
		{qStage, "we went from 4 to 30 people", "scaling"},
		{qStage, "here since the 80s", "established"},
		// "we are in 4", "we are 3": a headcount, not option 3 or 4.
		{qSize, "we are in 4", "xs"},
		{qSize, "we are 3", "xs"},
	}
	for _, tt := range tests {
		m := matchAnswer(&questions[questionIndex(tt.q)], tt.text, nil)
		if m.value != tt.want {
			t.Errorf("%s %q = %q (candidates %q), want %q", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
}
