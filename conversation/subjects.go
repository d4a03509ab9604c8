package conversation

// elidedDenials end a short clause that denies of a second subject what
// the first clause told: "the small ones not", "the independents
// aren't".
var elidedDenials = wordSet("not", "arent", "isnt", "dont", "doesnt", "never")

// otherSubjectDenied reports a last clause of a few words that opens on
// "the" (another subject) and ends on a denial, after a first clause
// with no negation: what was told holds of some, not of others.
func otherSubjectDenied(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	if len(cs) < 2 || hasAny(cs[0], negation) {
		return false
	}
	last := cs[len(cs)-1]
	n := len(last)
	if last[0] == "but" || last[0] == "and" {
		last, n = last[1:], n-1
	}
	return n >= 2 && n <= 5 && last[0] == "the" && elidedDenials[last[n-1]]
}
