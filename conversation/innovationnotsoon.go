package conversation

// Leading with innovation put off for years ("not this year or next",
// "not anytime soon"): not a priority now. The answer is a bare "not"
// and a time, which no key reads.

var (
	notSoonTimes  = wordSet("year", "years", "soon", "anytime", "months", "decade", "while")
	notSoonFiller = wordSet("this", "or", "next", "any", "time", "in", "the", "couple", "of", "few", "for", "yet",
		"anyway", "a", "coming", "two", "three", "several", "no", "not")
)

// innovationNotSoon reports an answer of only a negation and a time:
// "not anytime soon", "no, not for years yet".
func innovationNotSoon(w []string) bool {
	if len(w) < 2 || !(w[0] == "not" || w[0] == "no" && w[1] == "not") || !hasAny(w, notSoonTimes) {
		return false
	}
	for _, t := range w {
		if !notSoonTimes[t] && !notSoonFiller[t] {
			return false
		}
	}
	return true
}
