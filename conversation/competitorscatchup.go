package conversation

// "If we don't catch up, we'll lose the dealers", "unless we catch up":
// a condition that takes for granted we are behind. Its negation is the
// condition's, so "catch up" denied had read as not behind.

// catchUpOrElse reports "if we don't catch up" or "unless we catch up"
// in w: we (or I) must catch up.
func catchUpOrElse(w []string) bool {
	for i := 0; i+3 < len(w); i++ {
		if w[i] != "if" && w[i] != "unless" || w[i+1] != "we" && w[i+1] != "i" {
			continue
		}
		j := i + 2
		if w[i] == "if" {
			if w[j] == "do" && j+1 < len(w) {
				j++ // "do not"
			}
			if !negation[w[j]] {
				continue
			}
			j++
		}
		if j+1 < len(w) && w[j] == "catch" && w[j+1] == "up" {
			return true
		}
	}
	return false
}
