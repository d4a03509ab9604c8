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
		"exist", "existing", "survive", "disappear", "vanish")
	firstLeadWords = wordSet("first", "ahead", "leading", "leaders", "front")
)

// firstOrRuin reports "if we are not first" followed by a ruin.
func firstOrRuin(w []string) bool {
	for i, t := range w {
		if t != "if" {
			continue
		}
		j := i + 1
		for j < len(w) && j <= i+3 && subjectBe[w[j]] {
			j++
		}
		if j >= len(w) || !negation[w[j]] {
			continue
		}
		k := j + 1
		for k < len(w) && (w[k] == "the" || w[k] == "be" || w[k] == "in") {
			k++
		}
		if k < len(w) && firstLeadWords[w[k]] && hasAny(w[k+1:], ruinAfter) {
			return true
		}
	}
	return false
}
