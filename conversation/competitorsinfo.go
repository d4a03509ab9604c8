package conversation

// Rivals' technology told as unknown for want of information ("We have
// no information", "no data on them"): not sure. The "no" denies the
// information, not the rivals' lead.

var infoWords = wordSet("information", "info", "data", "intel", "insight", "visibility")

// noInformation reports "no" or "not much" right before a word of
// information, with no rival told to have it ("they have data and we
// don't" is another matter).
func noInformation(w []string) bool {
	for i, t := range w {
		if !infoWords[t] || i == 0 {
			continue
		}
		if w[i-1] == "no" || i > 1 && w[i-1] == "any" && negation[w[i-2]] {
			return !hasAny(w[:i], otherWords)
		}
	}
	return false
}
