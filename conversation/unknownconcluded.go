package conversation

import "slices"

// An owner who gives a reason for not seeing the rivals ("I can't see
// into their yard", "they put nothing online") and concludes with "so I
// don't know" has answered not sure: the reason's negation is why, not
// a denial of the lead, and a figure of not knowing ("your guess is as
// good as mine") holds a "good" that praises nothing.

var (
	// concludedFillers may stand between the "so" and the not knowing:
	// "so honestly I don't know", "so to be fair, no idea".
	concludedFillers = wordSet("honestly", "really", "frankly", "truthfully", "i", "to", "be", "honest",
		"fair", "well", "im", "afraid", "sadly")
	// unknownFigures are the ways to say not knowing, tokenized.
	unknownFigures = [][]string{{"no", "idea"}, {"no", "clue"}, {"dont", "know"}, {"do", "not", "know"},
		{"couldnt", "tell"}, {"couldnt", "say"}, {"cant", "say"}, {"cant", "tell"}, {"cannot", "say"},
		{"not", "sure"}, {"your", "guess"}, {"who", "knows"}, {"no", "way", "of", "knowing"},
		{"hard", "to", "say"}, {"havent", "a", "clue"}, {"havent", "the", "foggiest"}, {"not", "a", "clue"},
		{"wouldnt", "know"}}
)

// unknownConcluded reports an answer that ends in a "so" and a not
// knowing, with at most eight words after the figure's start: "I can't
// see over the fence, so honestly I don't know".
func unknownConcluded(w []string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] != "so" {
			continue
		}
		j := i + 1
		for j < len(w) && concludedFillers[w[j]] {
			j++
		}
		if len(w)-j > 8 {
			continue
		}
		for _, f := range unknownFigures {
			if j+len(f) <= len(w) && slices.Equal(w[j:j+len(f)], f) {
				return true
			}
		}
	}
	return false
}

// unknownConcludedReading reads a competitors answer that concludes not
// knowing: not sure.
func unknownConcludedReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qCompetitors {
		return answerMatch{}, false
	}
	if w, _ := tokenize(text); unknownConcluded(w) {
		return answerMatch{value: q.hedge, signal: true}, true
	}
	return answerMatch{}, false
}

// unknownConcludedWhole is unknownConcluded of a whole answer's text.
func unknownConcludedWhole(text string) bool {
	w, _ := tokenize(text)
	return unknownConcluded(w)
}
