package conversation

import "regexp"

// Innovation put off to a later day ("maybe later, not now", "very
// interesting, but for our house it is not the moment"): the question
// asks whether leading with innovation is a priority, and a "not now" is
// its answer, the hedge only about when.

// notTheMoment is a denial of now: "not now", "not the moment", "not at
// this time", "not the right time".
var notTheMoment = regexp.MustCompile(`(?i)\bnot\s+(?:now|right\s+now|at\s+the\s+moment|the\s+moment|at\s+this\s+time|at\s+present|the\s+(?:right\s+)?time)\b`)

// deferralWords may stand beside a denial of now and leave it the
// answer: hedges about when, times to come, and fillers.
var deferralWords = wordSet("maybe", "perhaps", "possibly", "probably", "later", "one", "day", "someday",
	"some", "future", "in", "the", "a", "for", "us", "it", "its", "is", "not", "now", "moment", "right",
	"time", "at", "this", "present", "but", "and", "so", "just", "honestly", "really", "yet", "ours",
	"our", "company", "business", "house", "firm", "shop", "like", "to", "be", "would", "will", "we",
	"think", "say", "i")

// deferredInnovationReading reads an innovation answer that puts it off
// to later: no; ok false for any other answer.
func deferredInnovationReading(q *question, text string) (answerMatch, bool) {
	if !deferredInnovation(q, text) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.no, signal: true}, true
}

// deferredInnovation reports an innovation answer that is a denial of now
// with only hedges about when beside it, or that ends on one after a turn
// ("..., but for our house it is not the moment"). The model, which
// reads what comes before the turn, may not put it in doubt.
func deferredInnovation(q *question, text string) bool {
	if q.ID != qInnovation {
		return false
	}
	loc := notTheMoment.FindStringIndex(text)
	if loc == nil {
		return false
	}
	w, _ := tokenize(text)
	if hasOnly(w, deferralWords) {
		return true
	}
	turned, _ := tokenize(text[lastTurn(text, loc[0]):])
	return len(turned) > 0 && turnWords[turned[0]] && hasOnly(turned, deferralWords)
}

// hasOnly reports whether every word of w is in set.
func hasOnly(w []string, set map[string]bool) bool {
	for _, t := range w {
		if !set[t] {
			return false
		}
	}
	return true
}

// lastTurn is where the last turn word before at begins, or at.
func lastTurn(text string, at int) int {
	w := turnOpening.FindAllStringIndex(text[:at], -1)
	if len(w) == 0 {
		return at
	}
	return w[len(w)-1][0]
}

// turnOpening finds a turn word.
var turnOpening = regexp.MustCompile(`(?i)\b(?:but|though|however)\b`)
