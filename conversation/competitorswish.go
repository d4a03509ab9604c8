package conversation

// keepUpWished reports keeping up with the others told as a wish ("I
// wish we could keep up", "if only we could keep pace", "we'd love to
// keep up with them"): wished for, it is not had, so the others set the
// pace. The wish must be the firm's own keeping up: "I wish they could
// keep up with us" puts the firm in front.
func keepUpWished(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if (w[i] != "keep" && w[i] != "keeping") || (w[i+1] != "up" && w[i+1] != "pace") {
			continue
		}
		for j := i - 1; j >= max(0, i-4); j-- {
			if othersSubjects[w[j]] || negation[w[j]] {
				break
			}
			if keepUpWish(w, j) {
				return true
			}
		}
	}
	return false
}

var (
	// othersSubjects between a wish and keeping up make the others the
	// ones who would keep up.
	othersSubjects = wordSet("they", "them", "others", "he", "she", "theyd")
	// wishFor are the conditionals a liking is wished with: "we'd love
	// to", "I would like to".
	wishFor = wordSet("wed", "id", "would")
)

// keepUpWish reports a wish at w[j]: "wish", "if only", or a liking
// after "we'd", "I'd" or "would".
func keepUpWish(w []string, j int) bool {
	switch {
	case wishWords[w[j]]:
		return true
	case w[j] == "only":
		return j > 0 && w[j-1] == "if"
	case w[j] == "love" || w[j] == "like":
		return j > 0 && wishFor[w[j-1]]
	}
	return false
}
