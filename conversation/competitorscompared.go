package conversation

import "slices"

// A plain comparison that puts the rivals ahead ("others are more modern
// than us", "we are slower than the others", "the others are way ahead")
// is the yes the rules read: the model leans to no on the words of
// comparison that owners ahead use as well ("than us", "others").

// comparedMarks tell a comparison: "than", "ahead", "behind".
var comparedMarks = wordSet("than", "ahead", "behind")

// plainComparison reports an answer of one clause, with no negation,
// contrast, condition or past, that compares: the rules' reading of
// who is ahead stands.
func plainComparison(w []string, cut []bool) bool {
	if len(w) > 12 || !hasAny(w, comparedMarks) || hasAny(w, negation) || hasAny(w, contrastWords) ||
		hasAny(w, ifWords) || hasAny(w, pastWords) {
		return false
	}
	return !slices.Contains(cut[1:], true)
}
