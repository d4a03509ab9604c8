package conversation

import "regexp"

// Systems and data answers that deny serious trouble and then deny
// perfection ("not a big problem, but not perfect either"): between the
// two ends, so the middle option, whatever the details after.

// troubleThenNotPerfect is a denied trouble, a "but" and a denied
// perfection, within one sentence.
var troubleThenNotPerfect = regexp.MustCompile(`(?i)\b(?:not|no|nothing)\s+(?:a\s+|any\s+)?(?:real|big|major|serious|huge|massive|great|particular)?\s*(?:problem|issue|deal|disaster|drama|trouble)s?\b[^.!?]*?\bbut\s+(?:it'?s\s+|they'?re\s+|its\s+|theyre\s+|also\s+|still\s+)?not\s+(?:perfect|ideal|flawless|spotless|great|100)`)

// notPerfectReading is the middle option of a systems or data answer
// that denies both ends; ok false for any other answer.
func notPerfectReading(q *question, text string) (answerMatch, bool) {
	if !troubleAndPerfectionDenied(q, text) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.hedge, signal: true}, true
}

// troubleAndPerfectionDenied reports a systems or data answer that denies serious
// trouble and then perfection. Its negations are weighed: neither the
// doubt nor the model, which read the first as no trouble, may put its
// middle reading in question.
func troubleAndPerfectionDenied(q *question, text string) bool {
	return (q.ID == qSystems || q.ID == qData) && troubleThenNotPerfect.MatchString(text)
}
