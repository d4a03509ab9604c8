package conversation

import "regexp"

// Data answers that tell the owner finds whatever is looked for ("We
// find everything", "we can always find what we need"): under control.

// findsEverything is an owner who finds what is looked for.
var findsEverything = regexp.MustCompile(`(?i)\b(?:we|i)\s+(?:can\s+)?(?:always\s+)?find\s+(?:everything|anything|what\s+(?:we|i)\s+need)\b`)

// findsEverythingReading is the best data option for such an answer,
// unless the finding is hard ("eventually", "after an hour").
func findsEverythingReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qData || !findsEverything.MatchString(text) {
		return answerMatch{}, false
	}
	w, _ := tokenize(text)
	if hasAny(w, wordSet("eventually", "after", "hours", "hour", "days", "sometimes", "but", "mess", "never", "cant")) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.Options[0].Value, signal: true}, true
}
