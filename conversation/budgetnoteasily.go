package conversation

import "slices"

// A budget said to be there and then "not easily" ("we could, though
// not easily", "yes, but not easily"): the tight middle. The "not"
// lowers the yes; alone ("not easily") it stays a no.

var (
	budgetCapacity = wordSet("could", "can", "yes", "yeah", "afford", "manage", "fund")
	easeWords      = wordSet("easily", "easy")
)

// couldNotEasily reports a capacity told before "but" or "though" with
// no negation, and a negated ease after it.
func couldNotEasily(w []string) bool {
	b := slices.IndexFunc(w, func(t string) bool { return limitWords[t] })
	if b < 1 || !hasAny(w[:b], budgetCapacity) || hasAny(w[:b], negation) {
		return false
	}
	rest := w[b+1:]
	return hasAny(rest, negation) && hasAny(rest, easeWords)
}
