package conversation

// A budget called difficult with an apology ("I'm sorry, that would be
// difficult", "a little difficult, I'm afraid") is the polite refusal,
// not the tight middle of "possible, but difficult": no way is offered
// beside the difficulty, only regret.

var (
	difficultyWords = wordSet("difficult", "hard", "tricky", "tough")
	apologyWords    = wordSet("sorry", "apologise", "apologize", "apologies", "afraid", "unfortunately",
		"regret", "regrettably")
	// wayWords offer a way beside the difficulty: "possible", "we'd find
	// the money", "we could".
	wayWords = wordSet("possible", "possibly", "yes", "yeah", "find", "manage", "could", "can", "stretch")
)

// difficultWithApology reports a difficulty not denied, told with an
// apology, with no contrast and no way offered beside it.
func difficultWithApology(w []string) bool {
	if !hasAny(w, apologyWords) || hasAny(w, contrastWords) || hasAny(w, wayWords) {
		return false
	}
	for i, t := range w {
		if difficultyWords[t] && !negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}
