package conversation

import "regexp"

// Systems and data answers that open by counting a few troubles ("a
// couple of things annoy me: the portal is slow and the receipts are
// manual"): the count says some pain points, whatever words the details
// use ("slow" is the worst option's word).

// fewTroublesOpen is an opening count of a few things or niggles.
var fewTroublesOpen = regexp.MustCompile(`(?i)^\s*(?:(?:there\s+are|we\s+have|i\s+have)\s+)?(?:just\s+|only\s+)?(?:a\s+couple\s+of|one\s+or\s+two|two\s+or\s+three|a\s+few|a\s+handful\s+of)\s+(?:things|niggles|issues|problems|annoyances|gripes|irritations)\b`)

// wholeTroubleWords say the trouble is more than a few things.
var wholeTroubleWords = wordSet("everything", "disaster", "nightmare", "mess", "chaos", "hopeless", "useless",
	"terrible", "awful", "constantly", "always", "daily", "every")

// fewTroublesReading is the middle option of such an answer; ok false for
// any other answer.
func fewTroublesReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData || !fewTroublesOpen.MatchString(text) {
		return answerMatch{}, false
	}
	if w, _ := tokenize(text); hasAny(w, wholeTroubleWords) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.hedge, signal: true}, true
}
