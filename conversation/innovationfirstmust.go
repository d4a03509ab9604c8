package conversation

// Being first told as a must by what not being first would do ("if we
// are not first, the bigger players eat us", "if we're not first we have
// no reason to exist"): the drive to lead, whatever the "not" before
// "first" says alone.

var (
	// subjectBe open the condition: "if we are", "if we're".
	subjectBe = wordSet("we", "were", "are", "am", "i", "im", "is", "the", "company", "firm")
	// ruinAfter are what not being first would do: "eat us", "dead",
	// "no reason to exist".
	ruinAfter = wordSet("dead", "die", "dies", "eat", "eats", "crush", "crushes", "lose", "losing", "finished",
		"over", "sunk", "bust", "gone", "take", "takes", "steal", "kill", "kills", "bury", "point", "reason",
		"exist", "existing", "survive", "disappear", "vanish", "nobody", "done", "else")
	firstLeadWords = wordSet("first", "ahead", "leading", "leaders", "front", "early")
)

// placeBehind tell a place behind: "if we're second", "if we fall behind",
// "if we stop innovating".
var placeBehind = wordSet("second", "behind", "late", "last", "stop", "stops", "fall", "falls", "slow", "lag")

// firstOrRuin reports a condition of not leading ("if we are not first",
// "if we don't get there first", "if we're second", "if we fall behind")
// followed by a ruin.
func firstOrRuin(w []string) bool {
	if len(w) > 0 && denialOpeners[w[0]] {
		return false // "no, if we're second that's fine": the answer is told first
	}
	for i, t := range w {
		if t != "if" {
			continue
		}
		j := i + 1
		for j < len(w) && j <= i+3 && subjectBe[w[j]] {
			j++
		}
		switch {
		case j >= len(w):
		case placeBehind[w[j]]:
			if ruinTold(w[j+1:]) {
				return true
			}
		case negation[w[j]]:
			for k := j + 1; k < len(w) && k <= j+4; k++ {
				if firstLeadWords[w[k]] {
					if ruinTold(w[k+1:]) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// cutAfterOver may follow "over" told as a ruin: "then we're over for
// good", "it's over, simple".
var cutAfterOver = wordSet("for", "then", "simple", "really", "basically")

// ruinTold reports a ruin in w not denied just before it: "we're
// finished", not "we won't be finished".
func ruinTold(w []string) bool {
	for i, t := range w {
		if t == "over" && i+1 < len(w) && !cutAfterOver[w[i+1]] {
			continue // "lose customers over it": a preposition
		}
		if ruinAfter[t] && !hasAny(w[max(0, i-2):i], negation) {
			return true
		}
	}
	return false
}
