package conversation

var (
	// rankWords name the top of a list of worries: "not the biggest
	// one", "not our number one priority", "not a pressing one".
	rankWords = wordSet("biggest", "top", "main", "pressing", "priority", "greatest", "number", "urgent", "first")
	// ownedConcernWords own a worry in a clause of its own: "it's a
	// concern", "it matters", "we think about it", "so some".
	ownedConcernWords = wordSet("concern", "concerned", "worry", "worried", "worries", "matters", "think", "consideration",
		"list", "mind", "some", "bit", "somewhat")
)

// concernThenRankDenied reports a security answer that owns a worry and
// then denies it the top rank ("is a concern, not the biggest one", "we
// think about it, it's not the top priority"): the middle. The rank
// denied alone ("not my biggest concern") is not this: nothing owned.
func concernThenRankDenied(w []string, cut []bool) bool {
	owned := false
	for _, c := range clauses(w, cut) {
		negated := -1
		for i, t := range c {
			if negation[t] {
				negated = i
				break
			}
		}
		switch {
		case negated < 0:
			owned = owned || hasAny(c, ownedConcernWords) && !hasAny(c, rankWords)
		case owned && hasAny(c[negated+1:min(len(c), negated+5)], rankWords):
			return true
		default:
			return false
		}
	}
	return false
}
