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
		return sayDeniedLater(q, text)
	}
	w, _ := tokenize(m[1])
	if hasAny(w, verbNegation) || hasAny(w, contrastWords) || slices.Contains(w, "no") {
		return answerMatch{}, false // a second denial or a turn: read as it is
	}
	worst, best := q.Options[len(q.Options)-1].Value, q.Options[0].Value
	said := matchUncorrected(q, m[1], nil).value
	if said == q.hedge && plainTroubleOnly(w) {
		// "I wouldn't say there are problems": no problems at all.
		return answerMatch{value: best, signal: true}, true
	}
	if said != worst {
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

// sayDeniedClause is a denial of saying that opens a later clause, or
// has no subject ("they work well, I wouldn't say we have problems
// there", "can't say we have issues"), and what it denies, to the
// clause's end.
var sayDeniedClause = regexp.MustCompile(`(?i)(?:^|[,.;:!]\s*|\bbut\s+|\band\s+)(?:(?:i|we)\s+)?(?:wouldn'?t|would\s+not|won'?t|don'?t|do\s+not|can'?t|cannot|couldn'?t)\s+(?:say|call\s+it)\s+(?:that\s+)?([^,.;!?]+)`)

// troubleDegrees make a trouble more than a plain one: denying "big
// problems" leaves smaller ones.
var troubleDegrees = wordSet("big", "bigger", "major", "serious", "real", "huge", "massive", "many", "lots",
	"loads", "some", "few", "couple", "any", "great", "much")

// plainTroubleOnly reports words that name a plain trouble ("we have
// problems") and no degree of it.
func plainTroubleOnly(w []string) bool {
	return hasAny(w, plainTroubleNouns) && !hasAny(w, troubleDegrees)
}

// sayDeniedLater reads a denial of plain trouble that does not open the
// answer: the best option, when the rest of the answer reads it or
// nothing; ok false otherwise.
func sayDeniedLater(q *question, text string) (answerMatch, bool) {
	loc := sayDeniedClause.FindStringSubmatchIndex(text)
	if loc == nil {
		return answerMatch{}, false
	}
	w, _ := tokenize(text[loc[2]:loc[3]])
	if !plainTroubleOnly(w) || hasAny(w, verbNegation) || slices.Contains(w, "no") {
		return answerMatch{}, false
	}
	best := q.Options[0].Value
	if rest := text[:loc[0]] + ". " + text[loc[1]:]; len(normalize(rest)) > 0 {
		if v := matchUncorrected(q, rest, nil).value; v != "" && v != best {
			return answerMatch{}, false // "the server is ancient, I wouldn't say we have problems though"
		}
	}
	return answerMatch{value: best, signal: true}, true
}
