package conversation

import (
	"slices"
	"strings"
)

// An adoption owned and leading denied make a follower: "sometimes, but
// not first", "we try new materials once they're proven, not bleeding
// edge", "open, but don't go looking". The denial alone would read no;
// the adoption before it says the firm does take up new things: some.

// openWords make up an opening that only says the firm is open: "open",
// "we're pretty open".
var openWords = wordSet("open", "we", "were", "im", "i", "am", "are", "pretty", "fairly", "quite", "very", "always")

// adoptionThenLeadDenied reports opening clauses that read some (or only
// say "open") followed by clauses that deny leading.
func adoptionThenLeadDenied(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	k := slices.IndexFunc(cs, func(c []string) bool { return hasAny(c, negation) })
	if k < 1 {
		return false
	}
	before, rest := slices.Concat(cs[:k]...), slices.Concat(cs[k:]...)
	if slices.Contains(before, "only") || slices.Contains(before, "years") || slices.Contains(before, "yrs") {
		return false // "only after the neighbours ran them a few years": late, not a follower
	}
	if !onlyOpen(before) {
		q := &questions[questionIndex(qInnovation)]
		if hasAny(before, negation) || matchPart(q, strings.Join(before, " "), nil).value != "some" {
			return false
		}
	}
	return negatedAmbition(rest) || leadDeniedPlainly(rest)
}

// onlyOpen reports a clause that only says the firm is open to new
// things.
func onlyOpen(c []string) bool {
	return slices.Contains(c, "open") && !slices.ContainsFunc(c, func(t string) bool { return !openWords[t] })
}

// leadDeniedPlainly reports a denial of seeking or leading the plain
// ambition words miss: "don't go looking", "we don't chase it", "not
// leading edge".
func leadDeniedPlainly(c []string) bool {
	for i, t := range c {
		if negation[t] && hasAny(c[i+1:min(len(c), i+4)], wordSet("looking", "chase", "seek", "hunt", "leading",
			"bleeding", "pioneers", "first", "early")) {
			return true
		}
	}
	return false
}
