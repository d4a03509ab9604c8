package conversation

var (
	// demandedVerbs are others asking something of us: "what the clients
	// ask for", "what the regulator makes us do".
	demandedVerbs = wordSet("ask", "asks", "asked", "demand", "demands", "require", "requires", "tell", "tells",
		"told", "make", "makes", "force", "forces", "want", "wants", "insist", "insists", "expect", "expects")
	// restrictives open an answer that limits itself: "only what".
	restrictives = wordSet("only", "just", "merely", "purely")
	// ownSubjects are we ourselves: "only what we need" is our choice.
	ownSubjects = wordSet("we", "i", "me", "us", "our")
)

// innovationReader reads innovation answers: new things taken up only
// as others demand them, or on a condition.
func innovationReader(w []string, cut []bool) string {
	if onlyAsDemanded(w) {
		return "no"
	}
	return innovationOnCondition(w, cut)
}

// onlyAsDemanded reports an answer that limits new things to what others
// demand ("only what the clients ask us for", "just what the regulator
// makes us do"): following, not innovating, whatever the demand.
func onlyAsDemanded(w []string) bool {
	if len(w) < 4 || len(w) > 12 || !restrictives[w[0]] || w[1] != "what" || ownSubjects[w[2]] {
		return false
	}
	return hasAny(w[3:], demandedVerbs) && !hasAny(w, negation)
}
