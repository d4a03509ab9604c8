package conversation

// On the ops question the middle option's label is "Quite a lot": an
// owner who says "a lot" ("we use it a lot", "the quotes go through the
// software, so a lot") names that option, not the top an intensifier
// alone reads on a graded question. Labelled bare "a lot" answers read
// the middle near always; those read as the top add the top's own words
// ("a lot, our whole business is online"), which are keys and read as
// before, as does an answer with a negation ("a lot, and not just the
// office").

// aLotSoftening may stand beside "a lot" and keep it the middle.
var aLotSoftening = wordSet("really", "so")

// aLotAlone reports an ops answer whose only degree is "a lot" (maybe
// with "really" or "so"), with no key of an option and no negation.
func aLotAlone(q *question, w []string, cut []bool) bool {
	if q.ID != qOps || hasAny(w, negation) {
		return false
	}
	found := false
	for _, h := range findHits(q, w, cut) {
		switch {
		case h.class == content:
			return false
		case h.class != intense:
		case h.n == 2 && w[h.start] == "a" && w[h.start+1] == "lot":
			found = true
		case h.n != 1 || !aLotSoftening[w[h.start]]:
			return false
		}
	}
	return found
}
