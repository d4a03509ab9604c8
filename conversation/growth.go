package conversation

// Growth told as a multiple, for the stage question.

var (
	multipliedWords = wordSet("doubled", "tripled", "trebled", "quadrupled")
	timesAfter      = wordSet("more", "higher", "bigger", "larger", "what", "as", "the", "over", "last", "that",
		"our", "those")
)

// grewMultiple reports growth told as a multiple: "three times more",
// "four times what it was", "four times last year's", "sales have
// doubled"; not "three times a week".
func grewMultiple(w []string) bool {
	for i, t := range w {
		if multipliedWords[t] && !(i > 0 && negation[w[i-1]]) {
			return true
		}
		if t != "times" || i == 0 || i+1 >= len(w) {
			continue
		}
		if n, ok := count(w[i-1]); ok && n >= 2 && n <= 20 && timesAfter[w[i+1]] {
			return true
		}
	}
	return false
}

// doneWords tell something done in a period: "acquired three homes in
// the last two years", "opened two new collection points this year".
var doneWords = wordSet("acquired", "bought", "opened", "added", "hired", "launched", "built", "signed",
	"took", "taken", "won", "merged")

// periodOfGrowth reports an answer whose only time is the period in which
// things were done ("in the last two years", "this year") beside a count
// of the things ("three homes", "two new collection points"): the
// period is no age of the firm, so no age is read from it.
func periodOfGrowth(w []string) bool {
	period := false
	for i := 1; i < len(w); i++ {
		if (w[i] == "year" || w[i] == "years") && (w[i-1] == "this" || i >= 2 && (w[i-2] == "last" || w[i-2] == "past")) {
			period = true
		}
	}
	if !period || hasAny(w, wordSet("founded", "started", "established", "since", "ago")) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		if !doneWords[w[i]] {
			continue
		}
		for _, t := range w[i+1 : min(i+3, len(w))] {
			if n, ok := count(t); ok && n >= 2 && !isYear(t) {
				return true
			}
		}
	}
	return false
}
