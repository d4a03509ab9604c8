package conversation

import "slices"

var mildWorryDegrees = wordSet("small", "minor", "slight", "smallish", "tiny")

// mildWorryThenNothingHeld reports an opening sentence of a mild worry
// and a later one that there is nothing to protect: "Small worry. We have
// nothing secret, our drawings are on the internet anyway" is little
// concern, the small worry a polite one.
func mildWorryThenNothingHeld(q *question, ss []string) bool {
	if q.ID != qSecurity || len(ss) < 2 {
		return false
	}
	w := normalize(ss[0])
	i := slices.IndexFunc(w, func(t string) bool { return littleWorryNouns[t] })
	if i < 1 || !mildWorryDegrees[w[i-1]] || hasAny(w, negation) {
		return false
	}
	return slices.ContainsFunc(ss[1:], func(s string) bool { return nothingToSteal(normalize(s)) })
}
