package conversation

// The tech an owner uses told as someone else's ("Nothing of our own",
// "it's their product, not ours"): no product of theirs. "none of our
// own" there is the answer's no, not a "none of" counting a subject.

var (
	notOursPhrases = [][]string{{"not", "ours"}, {"isnt", "ours"}, {"not", "our", "own"}, {"nothing", "of", "our", "own"},
		{"none", "of", "our", "own"}, {"nothing", "of", "my", "own"}, {"none", "of", "my", "own"}}
	ownPlanWords = wordSet("building", "build", "planning", "plan", "plans", "next", "developing", "develop", "soon")
)

// productNotOurs reports such an answer with no product of our own
// under way.
func productNotOurs(w []string) bool {
	return hasAnyPhrase(w, notOursPhrases) && !hasAny(w, ownPlanWords) && !buildStillToCome(w)
}

// ownNothingAt reports "nothing of our own" or "none of our own" at i.
func ownNothingAt(w []string, i int) bool {
	return i+3 < len(w) && w[i+1] == "of" && (w[i+2] == "our" || w[i+2] == "my") && w[i+3] == "own"
}

// wholeNothingOf reports "nothing of ours", "none of mine", "nothing of
// the kind" or "nothing of that" (said for "nothing like that") at i: the
// whole denied, not a share of something ("none of the staff") that
// leaves the rest unsaid.
func wholeNothingOf(w []string, i int) bool {
	if i+2 >= len(w) {
		return false
	}
	switch w[i+2] {
	case "ours", "mine", "that", "this":
		return true
	case "the":
		return i+3 < len(w) && (w[i+3] == "kind" || w[i+3] == "sort")
	}
	return false
}
