package conversation

import "regexp"

// Systems and data answers that open with the middle option's own words
// and a yes ("some pain points yeah, the calendar and the accounts don't
// talk to each other"): the owner names the option, and the yes affirms
// it; the details after it are the why, not a worse option.

// middleLabelAffirmed is the middle option's words, a yes, and the rest.
var middleLabelAffirmed = regexp.MustCompile(`(?i)^\s*(?:(?:um+|uh+|erm|well|so)[\s,]+)?(?:some|a\s+few)\s+(?:pain\s+points|challenges)\s+(?:yeah|yes|yep|yea)\b[\s,.;:!-]*(.*)$`)

// middleAffirmedReading is the middle option for such an answer, unless
// the rest changes the owner's mind ("actually it's a disaster").
func middleAffirmedReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData {
		return answerMatch{}, false
	}
	m := middleLabelAffirmed.FindStringSubmatch(text)
	if m == nil {
		return answerMatch{}, false
	}
	rest, _ := tokenize(m[1])
	if hasAny(rest, wordSet("actually", "wait", "fact", "worse", "no")) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.hedge, signal: true}, true
}
