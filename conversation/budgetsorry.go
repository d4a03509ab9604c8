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

// regretOpeners open a polite no: "unfortunately no", "sadly not".
var regretOpeners = wordSet("unfortunately", "regrettably", "sadly", "alas", "afraid", "sorry")

// regretfulNo reports an answer that opens with a no said with regret
// ("Regrettably not. Margins in printing are very thin these days",
// "I'm afraid not, things are tight"), with no contrast and no way
// offered after it: what follows is the reason, not a maybe.
func regretfulNo(w []string) bool {
	if hasAny(w, contrastWords) || hasAny(w, wayWords) || hasAny(w, ifWords) {
		return false
	}
	for i := 0; i+1 < len(w) && i <= 2; i++ {
		if regretOpeners[w[i]] && (w[i+1] == "no" || w[i+1] == "not" || w[i+1] == "nope") {
			return true
		}
	}
	return false
}
