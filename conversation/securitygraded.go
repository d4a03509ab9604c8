package conversation

import "slices"

// A worry graded in so many words: "low concern", "a very low worry" (an
// adjective on the worry noun, where the keys read a low and a concern
// and meet in the middle), and a thought held "a lot" or "a great deal"
// ("it's on my mind a lot"), which is how often, so the top, as "all the
// time" is (see constantThought).

var (
	lowGrades   = wordSet("low", "minimal", "negligible") // not "a little worry" nor "a minor worry": the middle
	gradeFiller = wordSet("very", "fairly", "pretty", "quite", "rather", "a", "really")
	// amountAfter follow a thought to say how much of it: "a lot", "a
	// great deal", "loads".
	amountAfter = [][]string{{"a", "lot"}, {"a", "great", "deal"}, {"loads"}, {"lots"}, {"heaps"}, {"a", "good", "deal"}}
	comparedOn  = wordSet("more", "less", "than", "fewer")
)

// lowGradedWorry reports a worry noun graded low by the adjective before
// it ("low concern", "a very low worry"), not denied ("not low concern"
// is no low).
func lowGradedWorry(w []string) bool {
	for i, t := range w {
		if !littleWorryNouns[t] || i == 0 || !lowGrades[w[i-1]] || t == "worried" || t == "concerned" {
			continue
		}
		j := i - 2
		for j >= 0 && gradeFiller[w[j]] {
			j--
		}
		if j < 0 || !negation[w[j]] {
			return true
		}
	}
	return false
}

// muchThought reports a thought or worry not denied and held "a lot" or
// "a great deal" right after it: "it's on my mind a lot", "I think about
// it a great deal". Not "a lot more than before", a comparison.
func muchThought(w []string) bool {
	for i, t := range w {
		if !thoughtWords[t] || negatedBefore(w, i, 2) {
			continue
		}
		for j := i + 1; j <= i+3 && j < len(w); j++ {
			for _, p := range amountAfter {
				if j+len(p) <= len(w) && slices.Equal(w[j:j+len(p)], p) {
					next := w[j+len(p) : min(j+len(p)+2, len(w))]
					return !hasAny(next, comparedOn)
				}
			}
		}
	}
	return false
}
