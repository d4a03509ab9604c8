package conversation

// An ops answer can name paper or work by hand only to rule it out as a
// way the business could run: "there's no going back to paper", "no way
// we could do it by hand", "doing it on paper isn't an option". The paper
// words then tell how complete the reliance is, not a way of working, and
// must not read the little their keys read.

var (
	// ruleOutAbility deny that a way of working could be done at all.
	ruleOutAbility = wordSet("cant", "cannot", "couldnt", "impossible")
	// ruleOutAfterNo follow a "no" that denies a way of working: "no
	// going back to", "no doing it on", "no way".
	ruleOutAfterNo = wordSet("going", "doing", "running", "way", "chance", "question")
	// ruleOutTurns in the clause make the paper a fallback after all, or
	// the thing that cannot be done without.
	ruleOutTurns = wordSet("without", "but", "if", "still", "some", "beat", "except", "unless")
	// ruleOutLater deny the way after it is named: "doing it on paper
	// isn't an option", "by hand is impossible".
	ruleOutLater = [][]string{{"isnt", "an", "option"}, {"not", "an", "option"}, {"impossible"},
		{"out", "of", "the", "question"}, {"not", "possible"}, {"isnt", "possible"}}
)

// paperRuledOut reports a clause that names working on paper or by hand
// and denies it could be done.
func paperRuledOut(w []string, cut []bool) bool {
	for i, t := range w {
		if !manualWays[t] {
			continue
		}
		s, e := clauseBounds(cut, i)
		if hasAny(w[s:e], ruleOutTurns) {
			continue
		}
		if hasAny(w[s:i], ruleOutAbility) || hasAnyPhrase(w[i+1:e], ruleOutLater) {
			return true
		}
		for j := s; j+1 < i; j++ {
			if w[j] == "no" && ruleOutAfterNo[w[j+1]] {
				return true
			}
		}
	}
	return false
}
