package conversation

// numberedAnswer reads an answer given as a number: an option number
// ("2", "option 2", "the second one"), or for the size question a
// headcount ("35", "about 300 people", "we are 12"). It reports false
// when the number, if any, is neither, and the words are read instead.
func numberedAnswer(q *question, text string, w []string, cut []bool, narrow []string) (answerMatch, bool) {
	// Option numbers: "2", "option 2", "#2", "two", "the second one".
	if n, ok := optionNumber(w); ok {
		switch {
		case len(narrow) == 0 && q.headcount != nil && n >= 1 && n <= len(q.Options) && hasSymbols(text):
			// "3 🌸": the third option, or three people?
			if c := pair(q.Options[n-1].Value, q.headcount(n)); c != nil {
				return answerMatch{candidates: c, signal: true}, true
			}
			return answerMatch{value: q.headcount(n), signal: true}, true
		case len(narrow) > 0 && n >= 1 && n <= len(narrow):
			return answerMatch{value: narrow[n-1], signal: true}, true
		case len(narrow) > 0:
			return answerMatch{}, true // only the options shown count
		case n >= 1 && n <= len(q.Options):
			return answerMatch{value: q.Options[n-1].Value, signal: true}, true
		}
	}
	// Headcounts: "35", "about 300 people", "we are 12"; a headcount
	// that changes with the seasons across two options is one of them.
	if q.headcount != nil {
		if lo, hi, ok := seasonalCounts(w); ok && q.headcount(lo) != q.headcount(hi) {
			return answerMatch{candidates: pair(q.headcount(lo), q.headcount(hi)), signal: true}, true
		}
		if m, ok := rangeHeadcount(q, w); ok {
			return m, true
		}
		if n, ok := summedHeadcount(w, cut); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true
		}
		if n, ok := headcount(w, len(q.Options)); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true
		}
	}
	return answerMatch{}, false
}
