package conversation

// Qualities the systems question names, echoed back one at a time and
// answered: "secure? no. efficient? also no". The owner's "no" denies
// the quality, not the need for work: good qualities denied are systems
// in pain, faults denied are systems that run well.

var (
	goodQualities = wordSet("efficient", "secure", "safe", "fast", "quick", "reliable", "stable", "modern",
		"integrated", "fine", "good", "ok", "okay")
	badQualities = wordSet("inefficient", "insecure", "unsafe", "slow", "unreliable", "unstable", "outdated",
		"patchy", "broken", "old")
	echoDenials = wordSet("no", "nope", "nah", "not", "hardly", "never")
	echoYes     = wordSet("yes", "yeah", "yep", "yup", "very", "mostly", "sure")
	echoLeads   = wordSet("also", "and", "again", "still", "definitely", "certainly")
)

// echoedQualities reads an answer made only of qualities echoed and
// each answered yes or no: a good quality denied or a fault affirmed is
// a fault. Two or more faults and nothing fine are q.yes, two or more
// fine and no fault q.no, some of each the hedge; one alone, or other
// words, are "".
func echoedQualities(q *question, w []string, cut []bool) string {
	cs := clauses(w, cut)
	if len(cs)%2 != 0 || len(cs) < 4 {
		return ""
	}
	faults, fine := 0, 0
	for i := 0; i < len(cs); i += 2 {
		quality, said := cs[i], replyOf(cs[i+1])
		if len(quality) != 1 || said == 0 || !goodQualities[quality[0]] && !badQualities[quality[0]] {
			return ""
		}
		if goodQualities[quality[0]] == (said > 0) {
			fine++
		} else {
			faults++
		}
	}
	switch {
	case faults >= 2 && fine == 0:
		return q.yes
	case fine >= 2 && faults == 0:
		return q.no
	case faults > 0 && fine > 0:
		return q.hedge
	}
	return ""
}

// replyOf is 1 for a short yes, -1 for a short no, after a lead such as
// "also" ("also no", "not really"), and 0 for anything else.
func replyOf(c []string) int {
	for len(c) > 0 && echoLeads[c[0]] {
		c = c[1:]
	}
	switch {
	case len(c) == 0 || len(c) > 3:
		return 0
	case echoDenials[c[0]]:
		return -1
	case echoYes[c[0]]:
		return 1
	}
	return 0
}

// echoedSystems reports a systems answer that echoes qualities and
// answers each ("slow? no. insecure? no"): the whole text is the answer,
// not a question back with a bare "no" after it.
func echoedSystems(q *question, text string) bool {
	if q.ID != qSystems {
		return false
	}
	w, cut := tokenize(text)
	return echoedQualities(q, w, cut) != ""
}
