package conversation

// A refusal of the post and then a share of one ("Not a chance, not
// with five shops. Part-time maybe.", "We couldn't. A freelancer now and
// then, maybe."): what follows the refusal falls back to a smaller thing,
// so the post itself is refused. The refusal may be an adviser's that the
// owner passes on without turning it ("My accountant said not a
// chance"); read alone, the owner's "part-time maybe" was a tight yes. A
// share named before the refusal ("part time maybe, full time no") leads
// the answer and is left to the rest of the reader.

var (
	postRefusals = [][]string{{"not", "a", "chance"}, {"no", "chance"}, {"not", "a", "hope"}, {"no", "hope"},
		{"no", "way"}, {"absolutely", "not"}, {"forget", "it"}, {"out", "of", "the", "question"}}
	unableWords = wordSet("couldnt", "cant", "cannot", "wont", "wouldnt")
	// refusalTurners after a refusal make it no refusal of the post:
	// "no way we'd say no", "we can't say yet".
	refusalTurners = wordSet("but", "yes", "yeah", "sure", "afford", "manage", "unless", "if", "problem")
)

// refusedThenShare reports a refusal of the post before a share of one.
func refusedThenShare(w []string, cut []bool) bool {
	p := partShareAt(w)
	if p < 1 {
		return false
	}
	before, bc := w[:p], cut[:p]
	if hasAny(before, refusalTurners) {
		return false
	}
	if hasAnyPhrase(before, postRefusals) {
		return true
	}
	for i, t := range before {
		switch {
		case t == "no" && (i == 0 || bc[i]) && (i+1 == len(before) || bc[i+1]):
			return true // "no, part time maybe"
		case unableWords[t] && i > 0 && (before[i-1] == "we" || before[i-1] == "i") &&
			(i+1 == len(before) || !unsaidVerbs[before[i+1]]):
			return true // "we couldn't", not "we can't say"
		}
	}
	return fullTimeRefused(before, bc)
}
