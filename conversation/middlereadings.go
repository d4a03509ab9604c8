package conversation

import (
	"slices"
	"strings"
)

// Answers that land in the middle by how their clauses weigh each other,
// though their words alone read an end or two options:
//   - the worst denied and a lesser trouble told ("it's not a disaster
//     but there's stuff to clean up", "not that bad, a few spreadsheets
//     that need cleaning");
//   - one trouble told as the exception to the rest ("one thing: the
//     phones drop calls. everything else is fine");
//   - a hedge, then the least denied of more ("kinda worried, not losing
//     sleep over it"): the hedge already said "not much".

// lesserTroubles name a trouble smaller than the worst: work to do, not a
// breakdown.
var lesserTroubles = [][]string{{"clean", "up"}, {"need", "cleaning"}, {"needs", "cleaning"}, {"to", "clean"},
	{"to", "fix"}, {"to", "sort"}, {"sort", "out"}, {"tidy", "up"}, {"need", "work"}, {"needs", "work"},
	{"could", "be", "better"}, {"room", "for", "improvement"}}

// deniedBad are denials of the worst that say "bad, but not that bad".
var deniedBad = [][]string{{"not", "that", "bad"}, {"not", "too", "bad"}, {"not", "so", "bad"}, {"not", "as", "bad"}}

// middleByClauses is the middle option an answer's clauses weigh to, if
// any (see the file comment).
func middleByClauses(q *question, w []string, cut []bool) (string, bool) {
	if !q.graded || q.hedge == "" {
		return "", false
	}
	cs := clauses(w, cut)
	if len(cs) < 2 {
		return "", false
	}
	if q.trouble && (worstDeniedThenLesser(q, cs) || exceptionToTheRest(q, cs)) || q.ID == qSystems && partsGoodAndFaulty(cs) ||
		q.ID == qData && dataPartsGoodAndFaulty(q, cs) {
		return q.hedge, true
	}
	if hedgeThenLeastDenied(q, cs) || copingAfterTrouble(q, cs) || troubleThenWorstDenied(q, cs) || q.ID == qBudget && hardButPossible(cs) {
		return q.hedge, true
	}
	return "", false
}

// hardWords deny only the ease of paying: "not easily", "not without
// pain".
var hardWords = [][]string{{"not", "easily"}, {"not", "without"}, {"not", "comfortably"}, {"not", "painlessly"},
	{"with", "difficulty"}, {"at", "a", "stretch"}}

// ableWords tell the money could be found.
var ableWords = wordSet("could", "can", "possible", "doable", "manage", "stretch", "afford")

// hardButPossible reports a clause that denies only the ease of paying
// and another that says it could be done ("not easily. we could do it
// but something else gives"): tight, the middle.
func hardButPossible(cs [][]string) bool {
	hard, able := false, false
	for _, c := range cs {
		switch {
		case hasAnyPhrase(c, hardWords):
			hard = true
		case hasAny(c, ableWords) && !hasAny(c, negation) && !slices.ContainsFunc(c, func(t string) bool { return cantWords[t] }):
			able = true
		}
	}
	return hard && able
}

// copingVerbs end an answer that told a trouble by coping with it: "but
// we manage", "annoying but we survived".
var copingVerbs = wordSet("manage", "managed", "cope", "coped", "survive", "survived", "get", "got", "live")

// copingWords may stand beside a coping verb in its clause.
var copingWords = wordSet("we", "i", "but", "and", "by", "with", "it", "somehow", "just", "still", "though",
	"anyway", "always", "so", "far", "ok", "okay", "annoying", "its", "a", "pain")

// outageWords tell the systems gone for a while: the trouble coped with
// on reliance.
var outageWords = wordSet("down", "out", "outage", "crash", "crashed", "crashes", "without", "offline")

// copingAfterTrouble reports a last clause of coping ("but we manage")
// after clauses telling a trouble (on reliance, an outage): neither the
// worst nor fine, the middle.
func copingAfterTrouble(q *question, cs [][]string) bool {
	if q.ID != qSystems && q.ID != qData && q.ID != qOps {
		return false
	}
	last := cs[len(cs)-1]
	if !hasAny(last, copingVerbs) || slices.ContainsFunc(last, func(t string) bool { return !copingVerbs[t] && !copingWords[t] }) {
		return false
	}
	if slices.Contains(last, "get") && !slices.Contains(last, "by") || slices.Contains(last, "live") && !slices.Contains(last, "with") {
		return false // "we get by", "we live with it"; not "we got", "we live"
	}
	before := slices.Concat(cs[:len(cs)-1]...)
	if q.ID == qOps {
		return hasAny(before, outageWords)
	}
	v := matchPart(q, strings.Join(before, " "), nil)
	return v.value != q.no && (v.value != "" || len(v.candidates) > 0)
}

// worstDeniedThenLesser reports a clause denying the worst ("not a
// disaster", "not that bad") followed by one telling a lesser trouble.
func worstDeniedThenLesser(q *question, cs [][]string) bool {
	worst := optionPos(q, q.yes)
	for k, c := range cs[:len(cs)-1] {
		r := read(q, c, make([]bool, len(c)))
		if !r.negated[worst] && !hasAnyPhrase(c, deniedBad) {
			continue
		}
		for _, later := range cs[k+1:] {
			if hasAnyPhrase(later, lesserTroubles) && !hasAny(later, negation) {
				return true
			}
		}
	}
	return false
}

// restWords open a clause on everything but the exception just told:
// "everything else is fine", "the rest works", "the other data is
// okay", "the remaining files are in order".
var restWords = [][]string{{"everything", "else"}, {"all", "else"}, {"the", "rest"}, {"otherwise"},
	{"apart", "from", "that"}, {"other", "than", "that"}, {"the", "other"}, {"the", "others"}, {"the", "remaining"}}

// opensOnTheRest reports words that open on the rest ("the other data
// is okay", "everything else works"): a verdict on all but an exception,
// not on the whole.
func opensOnTheRest(w []string) bool {
	return slices.ContainsFunc(restWords, func(p []string) bool {
		return len(w) > len(p) && slices.Equal(w[:len(p)], p)
	})
}

// exceptionToTheRest reports a last clause that says the rest is fine
// after clauses telling one trouble: the trouble is the exception, some.
func exceptionToTheRest(q *question, cs [][]string) bool {
	last := cs[len(cs)-1]
	if !hasAnyPhrase(last, restWords) || hasAny(last, negation) {
		return false
	}
	lr := read(q, last, make([]bool, len(last)))
	if !lr.presentValue(q, q.no) && !lr.class[affirm] {
		return false
	}
	before := slices.Concat(cs[:len(cs)-1]...)
	return matchPart(q, strings.Join(before, " "), nil).value != q.no
}

// hedgeThenLeastDenied reports an opening clause that reads the middle
// alone ("kinda worried") and a later one that reads the least by a
// negation ("not losing sleep over it"): not the least, the middle.
func hedgeThenLeastDenied(q *question, cs [][]string) bool {
	first := cs[0]
	if !read(q, first, make([]bool, len(first))).class[hedge] || matchPart(q, strings.Join(first, " "), nil).value != q.hedge {
		return false
	}
	rest := slices.Concat(cs[1:]...)
	if len(rest) == 0 || rest[0] == "well" || hasAnyPhrase(rest, mindChanges) || !hasAny(rest, negation) && rest[0] != "nothing" {
		return false
	}
	// The denial may leave the middle open beside the least ("still not
	// our main risk"), or loosely deny the top ("I wouldn't say it keeps
	// me up"): the middle the opening told stands.
	m := matchPart(q, strings.Join(rest, " "), nil)
	if m.value == q.yes && q.yes != "" {
		return looseNegation(q, rest, make([]bool, len(rest)), q.yes)
	}
	return m.value == q.no || m.value == "" && (len(m.candidates) == 0 ||
		len(m.candidates) == 2 && slices.Contains(m.candidates, q.no) && slices.Contains(m.candidates, q.hedge))
}
