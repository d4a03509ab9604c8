package conversation

import (
	"regexp"
	"strings"
)

// An unpunctuated degree opening run into the facts ("not much honestly
// its a phone and a notebook"): read apart, the opening and the facts
// may agree where read together the opening's "not" seems to deny the
// facts. When both parts read the same option alone, that is the answer.

// degreeLeadRun is a short denied degree, maybe a filler, and the rest.
var degreeLeadRun = regexp.MustCompile(`(?i)^\s*(not\s+(?:much|a\s+lot|really|very\s+much))(?:\s+(?:honestly|really|tbh|mate|to\s+be\s+honest))?\s+([a-z].*)$`)

// leadAgreesReading is the option an unpunctuated degree opening and the
// rest both read alone, if they agree.
func leadAgreesReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qOps {
		return answerMatch{}, false
	}
	m := degreeLeadRun.FindStringSubmatch(text)
	if m == nil || strings.ContainsAny(m[2][:min(len(m[2]), 1)], ",.;") {
		return answerMatch{}, false
	}
	lead := matchUncorrected(q, m[1], nil).value
	if lead == "" || matchUncorrected(q, m[2], nil).value != lead {
		return answerMatch{}, false
	}
	return answerMatch{value: lead, signal: true}, true
}
