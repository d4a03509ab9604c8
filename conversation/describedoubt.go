package conversation

import (
	"slices"
	"strings"
)

// A wrong fill from a description is as bad as a wrong answer: the owner
// is never asked the question. A clause fills a question only when its
// reading is not in doubt.

// doubtfulFill reports whether clause ci of d, read as v for q, is in
// doubt: its numbers may add up to another size ("230 drivers plus 40"),
// the next clause turns it ("forty years on these routes, but we won
// the tender"), or the typed-answer reader reads the clause otherwise.
func doubtfulFill(q *question, d *description, ci int, v string) bool {
	c := d.clauses[ci]
	if q.headcount != nil {
		return otherHeadcount(q, c, v) != ""
	}
	if ci+1 < len(d.clauses) && len(d.clauses[ci+1]) > 0 && (contrastWords[d.clauses[ci+1][0]] || turnsToOtherPart(d.clauses[ci+1])) {
		return true
	}
	if ageOnlyStartup(q, c, make([]bool, len(c)), v) && (growthTold(d) && !startupNamed(d) || growthRateTold(d)) {
		return true // "launched 14 months ago, 12 hired since": starting out or growing fast?
	}
	if q.ID == qData && v == q.yes && otherPartWorks(d, ci) {
		return true // "the clinical system works, ... the training records are all over the place"
	}
	if sv, ok := describedStatement(q, c); ok && sv == v {
		return false // a plain statement, read for descriptions alone
	}
	m := matchPart(q, strings.Join(c, " "), nil)
	return m.value != "" && m.value != v || len(m.candidates) == 2 && !slices.Contains(m.candidates, v)
}

// worksWords tell a system or part that works: "the clinical system
// itself works", "the booking side is fine".
var worksWords = wordSet("works", "work", "fine", "solid", "reliable")

// otherPartWorks reports another clause of d, before clause ci, that says
// a part works with no denial: beside it, data in a mess is told of one
// part, and owners answer "some" as often as a real problem, so it is
// asked.
func otherPartWorks(d *description, ci int) bool {
	for _, c := range d.clauses[:ci] {
		if hasAny(c, worksWords) && !hasAny(c, negation) && hasAny(c, itNouns) {
			return true
		}
	}
	return false
}
