package conversation

// A yes said with doubt, and the size of the trouble said unknown
// ("probably, but I couldn't tell you how bad"), is the owner's hedge:
// neither a real problem nor none.

// guessedYes are words that say yes without being sure of it.
var guessedYes = wordSet("probably", "likely", "maybe", "perhaps", "possibly", "guess", "suppose", "think", "reckon")

// degreeWords follow "how" to ask the size of a trouble.
var degreeWords = wordSet("bad", "big", "serious", "much", "severe", "badly", "large", "widespread")

// unknowingWords before "how" say the owner can't tell: "couldn't tell
// you how bad", "no idea how serious", "not sure how big".
var unknowingWords = wordSet("tell", "say", "idea", "sure", "know", "knows", "measure", "judge")

// unknownDegree reports a guessed yes with its degree said unknown, and
// no plain yes or word of real trouble beside it.
func unknownDegree(w []string) bool {
	if !hasAny(w, guessedYes) || hasAny(w, wordSet("yes", "yeah", "definitely", "mess", "chaos", "disaster", "nightmare")) {
		return false
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "how" && degreeWords[w[i+1]] && hasAny(w[max(0, i-3):i], unknowingWords) {
			return true
		}
	}
	return false
}
