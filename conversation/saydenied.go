package conversation

import (
	"regexp"
	"slices"
)

// Systems and data answers that deny saying the worst ("I wouldn't say
// we have a problem with data"): the worst is denied, not told, so the
// complement's reading is turned to the best option, or to a re-ask
// between the best and the middle when what is denied is stronger than
// a plain problem ("I wouldn't call it a mess").

// sayDeniedOpen is the opening that denies saying, and its complement.
var sayDeniedOpen = regexp.MustCompile(`(?i)^\s*(?:i|we)\s+(?:wouldn'?t|would\s+not|wouldnt|won'?t|don'?t|do\s+not)\s+(?:say|call\s+it|think)\s+(?:that\s+)?(.+)$`)

// plainTroubleNouns are what a plain denial of the worst denies whole.
var plainTroubleNouns = wordSet("problem", "problems", "issue", "issues", "trouble", "troubles")

// sayDeniedReading reads a systems or data answer that opens denying
// the worst option; ok false for any other answer.
func sayDeniedReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData {
		return answerMatch{}, false
	}
	m := sayDeniedOpen.FindStringSubmatch(text)
	if m == nil {
		return answerMatch{}, false
	}
	w, _ := tokenize(m[1])
	if hasAny(w, verbNegation) || hasAny(w, contrastWords) || slices.Contains(w, "no") {
		return answerMatch{}, false // a second denial or a turn: read as it is
	}
	worst, best := q.Options[len(q.Options)-1].Value, q.Options[0].Value
	if matchUncorrected(q, m[1], nil).value != worst {
		return answerMatch{}, false
	}
	if hasAny(w, plainTroubleNouns) {
		return answerMatch{value: best, signal: true}, true
	}
	return answerMatch{candidates: pair(best, q.hedge), signal: true}, true
}

// noTroubleRecalled is an owner who can't think of one problem, or has
// "no dramas": the best option, when no exception follows.
var noTroubleRecalled = regexp.MustCompile(`(?i)(?:\bcan'?t|\bcannot|\bcouldn'?t)\s+(?:think\s+of|name|recall|remember)\s+(?:a\s+single|one\s+single|any|one)\s+(?:problem|issue|fault|complaint)s?\b|^\s*no\s+dramas?\b`)

// noTroubleExceptions after such words keep a trouble told: "apart
// from the printer", "except the wifi".
var noTroubleExceptions = wordSet("apart", "except", "besides", "but", "other", "only", "odd", "bit", "few")

// noTroubleReading reads a systems or data answer that recalls no
// trouble at all; ok false for any other answer.
func noTroubleReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData {
		return answerMatch{}, false
	}
	loc := noTroubleRecalled.FindStringIndex(text)
	if loc == nil {
		return answerMatch{}, false
	}
	w, _ := tokenize(text)
	if hasAny(w, noTroubleExceptions) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.Options[0].Value, signal: true}, true
}
