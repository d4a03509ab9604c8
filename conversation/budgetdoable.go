package conversation

// "Doable" alone is a maybe ("doable, just about"), but beside a plain
// yes and nothing that qualifies it ("yes, 100k plus is doable for a
// company our size") it is the yes said again: the money is there.

var (
	doableWords = wordSet("doable", "manageable")
	// doableQualifiers take the yes back toward a maybe: "doable but
	// tight", "yes on paper", "doable, I suppose".
	doableQualifiers = wordSet("but", "though", "tight", "stretch", "just", "only", "probably", "maybe",
		"perhaps", "hard", "barely", "squeeze", "paper", "suppose", "guess", "if", "unless", "depends",
		"well", "eat", "cut", "skip", "postpone")
	// doableYes are the plain yeses "doable" goes with.
	doableYes = wordSet("yes", "yeah", "yep")
)

// yesDoable reports a plain yes with "doable" and nothing qualifying it.
func yesDoable(w []string) bool {
	return hasAny(w, doableYes) && hasAny(w, doableWords) &&
		!hasAny(w, doableQualifiers) && !hasAny(w, negation)
}
