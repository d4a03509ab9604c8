package conversation

import "slices"

// A reading dated back by a clause after it ("we were first with card
// payments in town, but that was 15 years ago", "that's history now"):
// what was said holds of the past, not of now, so the answer is asked
// again rather than read from the past.

// pastDatedQuestions are the questions a dated-back reading is doubted
// for.
var pastDatedQuestions = wordSet(qSecurity, qProducts, qInnovation, qCompetitors, qBudget)

// datedBack reports a later clause that puts what came before in the
// past: "that was 15 years ago", "that was back in 2009", "but that's
// history".
func datedBack(w []string, cut []bool) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "thats" && (w[i+1] == "history" || containsSeq(w[i+1:], "the", "past")) {
			return true // "but that's history", "that's the past"
		}
		if w[i] != "that" && w[i] != "this" || w[i+1] != "was" {
			continue
		}
		rest := w[i+2 : min(i+8, len(w))]
		if slices.Contains(rest, "ago") && !slices.Contains(rest, "since") ||
			slices.Contains(rest, "back") && hasAny(rest, pastPeriods) || olderYear(rest) {
			return true
		}
	}
	return false
}

// olderYear reports a year before this one in w: "that was in 2009".
func olderYear(w []string) bool {
	for _, t := range w {
		if isYear(t) {
			y, _ := count(t)
			return y < thisYear()-1
		}
	}
	return false
}
