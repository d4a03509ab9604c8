package conversation

// A try at something new that failed and was given up for good ("we
// tried an app once, it flopped, never again") tells no appetite for
// being first, whatever the try's own words ("first", "early", "app")
// say. Both the failure and the giving up must be told: a failure alone
// may have taught, and a try given up may have been replaced.

var (
	innovationFailedWords = wordSet("flop", "flopped", "flops", "disaster", "failed", "failure",
		"fiasco", "hated", "dud", "lost", "waste", "wasted", "useless", "binned")
	innovationGaveUpWords = wordSet("dropped", "gave", "given", "abandoned", "scrapped", "ditched", "staying")
	innovationRetryWords  = wordSet("try", "trying", "retry", "retrying", "relaunch", "relaunching")
	innovationNeverWords  = wordSet("never", "not", "won't", "wont", "isn't", "ain't")
)

// innovationTriedGivenUp reports a failed try given up for good.
func innovationTriedGivenUp(w []string) bool {
	failed, gaveUp := false, false
	for i, t := range w {
		switch {
		case innovationFailedWords[t],
			t == "used" && i > 0 && (w[i-1] == "nobody" || w[i-1] == "one"),
			t == "work" && i > 0 && (w[i-1] == "didn't" || w[i-1] == "didnt"):
			failed = true
		case innovationGaveUpWords[t],
			t == "back" && i > 0 && (w[i-1] == "gone" || w[i-1] == "went" || w[i-1] == "go"),
			t == "good" && i > 0 && w[i-1] == "for",
			t == "works" && i > 1 && w[i-1] == "what" && w[i-2] == "to":
			gaveUp = true
		case t == "again":
			if innovationAgainNegated(w[:i]) {
				gaveUp = true
			} else if i > 0 && innovationRetryWords[w[i-1]] {
				return false // "we're trying again next year": not given up
			}
		}
	}
	return failed && gaveUp
}

// innovationAgainNegated reports "again" closing a refusal a few words
// back: "never again", "not again", "we won't do that again".
func innovationAgainNegated(before []string) bool {
	for j := len(before) - 1; j >= 0 && j >= len(before)-4; j-- {
		if innovationNeverWords[before[j]] {
			return true
		}
	}
	return false
}
