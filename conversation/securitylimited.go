package conversation

import "slices"

// A worry owned and then limited by a negated degree ("it worries me,
// but not hugely", "a concern, though not a huge one", "but not the
// biggest one") is the middle:
// the worry word alone would read it as the top option, and the "not"
// alone as the lowest.

var (
	ownedWorry    = wordSet("worry", "worries", "worried", "concern", "concerns", "concerned", "bothers", "bothered")
	limitWords    = wordSet("but", "though", "although")
	negatedDegree = wordSet("hugely", "massively", "very", "much", "lot", "great", "huge", "big", "major",
		"massive", "terribly", "overly", "seriously", "extremely", "majorly", "deal", "too",
		// The top place denied: "but not the biggest one".
		"biggest", "top", "main", "largest", "greatest")
)

// worryLimitedByDegree reports a worry owned before "but" or "though"
// with a negated degree after it.
func worryLimitedByDegree(w []string) bool {
	b := slices.IndexFunc(w, func(t string) bool { return limitWords[t] })
	if b < 1 || !hasAny(w[:b], ownedWorry) || hasAny(w[:b], negation) {
		return false
	}
	for i := b + 1; i < len(w) && i <= b+2; i++ {
		if negation[w[i]] {
			return hasAny(w[i+1:min(i+4, len(w))], negatedDegree)
		}
	}
	return false
}
