package conversation

// A bad denied and then a part that needs work ("Not too bad. The
// booking part needs some work", "not terrible, some improvements are
// needed"): some pain points, neither running well nor the worst.

// badWords are what "not too bad" denies.
var badWords = wordSet("bad", "terrible", "awful", "horrible", "dreadful")

// workNeeded tell a part that must be bettered: "needs some work",
// "improvement is required".
var workNeeded = wordSet("needs", "need", "needed", "needing", "required", "requires", "improvement",
	"improvements", "improving", "upgrade", "upgrading")

// notBadButNeeds reports a clause that denies a bad ("not fully
// efficient, not too bad also") and a rest after it that tells work
// needed, with no worst named.
func notBadButNeeds(w []string, cut []bool) bool {
	for i, t := range w {
		if !badWords[t] {
			continue
		}
		start, end := clauseBounds(cut, i)
		rest := w[end:]
		if !hasAny(w[start:i], negation) || len(rest) == 0 {
			return false
		}
		return hasAny(rest, workNeeded) && !hasAny(rest, worstWords) && !hasAny(rest, painWords) && !hasAny(rest, negation)
	}
	return false
}

// betterWords after "could be" tell room to improve: "could be a lot
// better", "could be faster". Not "worse": "could be worse" is content.
var betterWords = wordSet("better", "faster", "quicker", "tidier", "neater", "smoother", "simpler", "cleaner",
	"more", "improved")

// couldBeBetter reports systems said to work that "could be" better,
// with no worst or pain named: some pain points.
func couldBeBetter(w []string) bool {
	if hasAny(w, worstWords) || hasAny(w, painWords) {
		return false
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "could" && w[i] != "might" {
			continue
		}
		j := i + 1
		if w[j] == "all" || w[j] == "still" {
			j++ // "it could all be a lot neater"
		}
		if j < len(w) && w[j] == "be" {
			for _, t := range w[j+1 : min(len(w), j+4)] {
				if betterWords[t] {
					return true
				}
			}
		}
	}
	return false
}
