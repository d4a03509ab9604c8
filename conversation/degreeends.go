package conversation

import "slices"

// Degrees told of the worry noun or of the scale's ends: "not much
// worry" (the "not" goes with "much", so the worry word is left to read
// as a lot) and "not a lot, not nothing" (each end denied: the middle).

var (
	littleDegreeWords = wordSet("much", "lot", "deal")
	degreeFillers     = wordSet("a", "of", "great", "whole", "that")
	littleWorryNouns  = wordSet("worry", "worries", "concern", "concerns", "fear", "fears", "worried", "concerned")
	topEndWords       = wordSet("lot", "much", "huge", "hugely", "loads", "high", "massive", "big", "heaps")
	// "no" is "zero" as the tokenizer leaves it: "not zero also".
	bottomEndWords = wordSet("nothing", "none", "zero", "nil", "nowt", "no")
)

// littleWorryNoun reports a worry noun or adjective after a negated
// degree ("not much worry", "not a great deal of concern", "not much
// worried") with no "but" after it to limit or turn it.
func littleWorryNoun(w []string) bool {
	for i, t := range w {
		if !littleWorryNouns[t] || hasAny(w[i+1:], limitWords) {
			continue
		}
		j := i - 1
		for j >= 0 && degreeFillers[w[j]] {
			j--
		}
		if j >= 1 && littleDegreeWords[w[j]] && hasAny(w[max(0, j-3):j], negation) {
			return true
		}
	}
	return false
}

// bothEndsDenied reports an answer that denies the top of the scale and
// its bottom side by side ("not a lot, not nothing", "not none, not
// much"): each "not" is read with the word or two after it.
func bothEndsDenied(w []string) bool {
	top, bottom := false, false
	for i, t := range w {
		if !negation[t] {
			continue
		}
		next := w[i+1 : min(i+3, len(w))]
		switch {
		case len(next) > 0 && bottomEndWords[next[0]]:
			bottom = true
		case slices.ContainsFunc(next, func(s string) bool { return topEndWords[s] }):
			top = true
		}
	}
	return top && bottom
}
