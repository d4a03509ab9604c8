package conversation

import (
	"maps"
	"regexp"
)

// Innovation put off to a later day ("maybe later, not now", "very
// interesting, but for our house it is not the moment"): the question
// asks whether leading with innovation is a priority, and a "not now" is
// its answer, the hedge only about when.

// notTheMoment is a denial of now: "not now", "not the moment", "not at
// this time", "not the right time".
var notTheMoment = regexp.MustCompile(`(?i)\bnot\s+(?:now|right\s+now|at\s+the\s+moment|the\s+moment|at\s+this\s+time|at\s+present|the\s+(?:right\s+)?time)\b|\bother\s+priorities\b`)

// deferralWords may stand beside a denial of now and leave it the
// answer: hedges about when, times to come, and fillers.
var deferralWords = wordSet("maybe", "perhaps", "possibly", "probably", "later", "one", "day", "someday",
	"some", "future", "in", "the", "a", "for", "us", "it", "its", "is", "not", "now", "moment", "right",
	"time", "at", "this", "present", "but", "and", "so", "just", "honestly", "really", "yet", "ours",
	"our", "company", "business", "house", "firm", "shop", "like", "to", "be", "would", "will", "we",
	"think", "say", "i", "other", "priorities", "consider", "considering", "look", "well", "ill", "have")

// whenOpeners open a clause that only says when the answer may change:
// "maybe once the new warehouse is running", "perhaps when the kids
// take over".
var whenOpeners = wordSet("after", "once", "when", "until")

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
	if hasOnly(withoutWhenClauses(text), deferredWords) {
		return true
	}
	turned, _ := tokenize(text[lastTurn(text, loc[0]):])
	return len(turned) > 0 && turnWords[turned[0]] && hasOnly(turned, deferredWords)
}

// deferredWords are the deferral words and those of a time a year or
// more ahead ("maybe in a few years").
var deferredWords = func() map[string]bool {
	m := maps.Clone(deferralWords)
	maps.Copy(m, laterYearWords)
	return m
}()

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

// withoutWhenClauses is the words of text without its clauses that only
// say when (see whenOpeners), a hedge before them allowed.
func withoutWhenClauses(text string) []string {
	w, cut := tokenize(text)
	var out []string
	skip := false
	for i, t := range w {
		if i == 0 || cut[i] {
			j := i
			if hedgeOpeners[t] && j+1 < len(w) && !cut[j+1] {
				j++
			}
			skip = whenOpeners[w[j]]
		}
		if !skip {
			out = append(out, t)
		}
	}
	return out
}
