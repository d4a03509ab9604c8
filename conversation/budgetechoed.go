package conversation

import "slices"

// A smaller spend granted, then the hire itself echoed as a question and
// refused: "We could pay the agency another €10k a month, but a
// full-time exec at €150k+? No." The echo is the pending question, so
// the bare answer after it answers the budget question.

// echoAskers make a clause a real question, not an echo of the hire.
var echoAskers = wordSet("what", "who", "how", "why", "where", "when", "which", "you", "do", "does", "is", "are",
	"i", "we", "they")

// hireEchoed reports a question whose last clause, after a contrast or
// a sentence break, names the hire and asks nothing of its own: "but a
// full-time CIO?", "A full-time executive on a six-figure salary?".
func hireEchoed(q *question, head string) bool {
	if q.ID != qBudget {
		return false
	}
	w, cut := tokenize(head)
	start := 0
	for i := len(w) - 1; i > 0; i-- {
		if cut[i] || contrastWords[w[i]] {
			start = i
			break
		}
	}
	c := w[start:]
	if len(c) > 0 && contrastWords[c[0]] {
		c = c[1:]
	}
	if start == 0 || len(c) < 2 || hasAny(c, echoAskers) {
		return false
	}
	return slices.ContainsFunc(c, func(t string) bool { return execWords[t] && t != "staff" })
}
