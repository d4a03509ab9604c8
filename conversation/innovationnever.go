package conversation

import "slices"

// Being first refused as the firm's habit ("never the first", "not our
// style to be first", "not a first mover"): the firm takes up what
// others have proven, late, with no drive to innovate. An adoption beside
// a plain "not first" reads as a follower (some); the habit does not,
// unless a degree opens the answer ("a little, ... we never go first")
// or a contrast turns between adopting and leading ("now and then, but
// never the first", "never first, but we do try things").

var (
	// habitFirstWords are the places a habit refuses: "never early".
	habitFirstWords = wordSet("first", "early", "pioneer", "pioneers", "firsts")
	// habitGlue may stand between "never" and the place: "never go first",
	// "never the first", "never going to be first", and the firm's will
	// refusing it: "would never agree to be first", "never want to be
	// first", "never dare to be first".
	habitGlue = wordSet("the", "go", "be", "to", "a", "an", "going", "one", "ones", "being",
		"agree", "want", "wanted", "dare", "try", "wish", "aim", "bother", "care")
	// styleWords make a denial the firm's way: "not our style".
	styleWords = wordSet("style", "way", "thing", "culture", "nature", "habit")
	// openingDegrees grant some adoption at the opening: "a little".
	openingDegrees = wordSet("little", "somewhat", "some", "partly", "sometimes", "bit", "moderately", "yes",
		"yeah", "kind", "sort")
	// moverWords name who goes first or early: "a first mover".
	moverWords = wordSet("mover", "movers", "adopter", "adopters")
)

// firstRefusedAsHabit reports being first refused as a habit with no
// opening degree, no contrast and no end of the field also denied
// ("never first, never last" is the middle).
func firstRefusedAsHabit(w []string, cut []bool) bool {
	at := habitRefusalAt(w)
	if at < 0 || lastDenied(w) || quickFollow(w) {
		return false
	}
	if cs := clauses(w, cut); len(cs) > 0 && hasAny(cs[0], openingDegrees) {
		return false
	}
	return !hasAny(w, contrastWords) // "now and then, but never the first" follows
}

// habitRefusalAt is the index of a habitual refusal of being first, or -1.
func habitRefusalAt(w []string) int {
	for i, t := range w {
		switch {
		case t == "never":
			j := i + 1
			for j < len(w) && j <= i+4 && habitGlue[w[j]] {
				j++
			}
			if j < len(w) && habitFirstWords[w[j]] {
				return i
			}
		case negation[t] && i+2 < len(w) && w[i+1] == "our" && styleWords[w[i+2]]:
			if slices.ContainsFunc(w[i+3:min(len(w), i+7)], func(s string) bool { return habitFirstWords[s] }) {
				return i // "not our style to be first"
			}
		case negation[t] && firstMoverAfter(w[i+1:]):
			return i // "not a first mover", "not early adopters"
		}
	}
	return -1
}

// firstMoverAfter reports "a first mover", "early adopters" opening rest.
func firstMoverAfter(rest []string) bool {
	if len(rest) > 0 && (rest[0] == "a" || rest[0] == "an") {
		rest = rest[1:]
	}
	return len(rest) > 1 && (rest[0] == "first" || rest[0] == "early") &&
		moverWords[rest[1]]
}
