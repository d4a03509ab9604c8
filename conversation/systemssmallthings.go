package conversation

// A systems answer that calls the main ones fine and then puts its
// trouble in "the small things" ("The main software is fine. It is the
// small things: printers, the Wi-Fi"): some pain points, not a clean
// bill. The praise reads fine alone; the small things are the points.

// smallThingWords and smallThingNouns make "the small things", "the
// little stuff", "minor bits".
var (
	smallThingWords = wordSet("small", "little", "minor", "smaller")
	smallThingNouns = wordSet("things", "thing", "stuff", "bits", "bit")
)

// fineThenSmallThings reports a clause calling systems fine, then a
// later clause on "the small things", with no negation, worst or pain
// word.
func fineThenSmallThings(w []string, cut []bool) bool {
	if hasAny(w, negation) || hasAny(w, painWords) || hasAny(w, worstWords) {
		return false
	}
	fine := false
	for _, c := range clauses(w, cut) {
		small := false
		for i := 0; i+1 < len(c); i++ {
			small = small || smallThingWords[c[i]] && smallThingNouns[c[i+1]]
		}
		switch {
		case small && fine:
			return true
		case !small && hasAny(c, fineWords):
			fine = true
		}
	}
	return false
}
