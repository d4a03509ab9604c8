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
