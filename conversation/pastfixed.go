package conversation

import "strings"

var (
	// fixedVerbs tell a trouble put right, done: "we sorted it", "cleaned
	// it all up", "replaced the lot".
	fixedVerbs = wordSet("fixed", "sorted", "cleaned", "tidied", "replaced", "solved", "resolved", "consolidated",
		"merged", "migrated", "overhauled", "rebuilt", "upgraded", "fixd")
	// pastTellers set a clause in a time gone by: "it was a mess", "we had
	// silos", "they used to be".
	pastTellers = wordSet("was", "were", "had", "used")
	// fixLimits leave a fix partial or undone: "fixed some of it, but",
	// "sorted most, still".
	fixLimits = wordSet("still", "but", "except", "some", "most", "partly", "half", "apart", "though", "although",
		"yet", "mostly")
)

// pastTroubleFixed reports a systems or data answer that tells a trouble
// in a past opening and its fix after ("it was a mess, we cleaned it up
// in the spring", "we had a real problem with duplicates, fixed it last
// year"), nothing left over told: the past is no answer of today.
func pastTroubleFixed(q *question, w []string, cut []bool) bool {
	if q.ID != qSystems && q.ID != qData {
		return false
	}
	_, end := clauseBounds(cut, 0)
	if end >= len(w) || !hasAny(w[:end], pastTellers) || hasAny(w[:end], negation) {
		return false
	}
	rest := w[end:]
	if !hasAny(rest, fixedVerbs) || hasAny(rest, negation) || hasAny(rest, fixLimits) {
		return false
	}
	v := matchPart(q, strings.Join(w[:end], " "), nil)
	return v.value == q.yes || v.value == q.hedge
}

// fixedReading is the reading of an answer pastTroubleFixed holds: the
// good end when the model reads it too, else a question between it and
// the reading the past's words gave.
func fixedReading(q *question, m answerMatch, g guess) answerMatch {
	if g.top == q.no && g.p >= 0.5 {
		return answerMatch{value: q.no, signal: true}
	}
	other := m.value
	if other == "" || other == q.no {
		other = g.top
	}
	if other == "" || other == q.no || other == notAnswer {
		return answerMatch{signal: true}
	}
	return answerMatch{candidates: pair(q.no, other), signal: true}
}
