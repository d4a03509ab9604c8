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
	if sv, ok := describedStatement(q, c); ok && sv == v {
		return false // a plain statement, read for descriptions alone
	}
	m := matchPart(q, strings.Join(c, " "), nil)
	return m.value != "" && m.value != v || len(m.candidates) == 2 && !slices.Contains(m.candidates, v)
}
