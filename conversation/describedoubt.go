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
		return otherHeadcount(q, c, v) != "" || bareCountElsewhere(q, d, ci, v) || partOfCountBefore(q, d, ci, v)
	}
	if ci+1 < len(d.clauses) && len(d.clauses[ci+1]) > 0 && (contrastWords[d.clauses[ci+1][0]] || turnsToOtherPart(d.clauses[ci+1])) {
		return true
	}
	if ageOnlyStartup(q, c, make([]bool, len(c)), v) && (growthTold(d) && !startupNamed(d) || growthRateTold(d)) {
		return true // "launched 14 months ago, 12 hired since": starting out or growing fast?
	}
	if q.ID == qStage && v != "scaling" && handedOver(d) {
		return true // "dad founded it in 1985, I took over two years ago": the stage since is the successor's to tell
	}
	if q.ID == qData && v == q.yes && workingPaperSpread(c) {
		return true // "quotes are spread over three spreadsheets": versions of a paper, or a data problem?
	}
	if (q.ID == qSystems || q.ID == qData) && v == q.no && choreElsewhere(d, ci) {
		return true // "the tills work fine, the stock counts never match the system"
	}
	if q.ID == qSystems && v == q.yes && heldTogetherByTools(c, make([]bool, len(c))) {
		return true // "our internal tools are held together with scripts": some or the worst
	}
	if q.ID == qData && v == q.yes && otherPartWorks(d, ci) {
		return true // "the clinical system works, ... the training records are all over the place"
	}
	if buildTold(q, d, ci, v) {
		return true // "... and we are building an app where parents order": core or planned?
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

// placeAfterCount put a bare count at its place of work: "16 on site",
// "12 in the workshop", "22 at the yard".
var placeAfterCount = wordSet("on", "in", "at", "out")

// bareCountElsewhere reports another clause of d that is a bare count
// at a place ("16 on site", "plus 12 in the workshop") whose size alone
// is not v: beside the named people of clause ci ("me and Sandra in the
// office") it is more of the staff, so the named few are not all of it.
func bareCountElsewhere(q *question, d *description, ci int, v string) bool {
	// "9 of us in the workshop, 2 in the office": the parts add up.
	own, _, _ := peopleCount(d.clauses[ci])
	for cj, c := range d.clauses {
		if cj == ci || len(c) < 3 {
			continue
		}
		k := 0
		for k < len(c) && (c[k] == "and" || c[k] == "plus" || approximators[c[k]]) {
			k++
		}
		if k+1 >= len(c) || !placeAfterCount[c[k+1]] {
			continue
		}
		if n, ok := count(c[k]); ok && !isYear(c[k]) && n > 0 && q.headcount(n+own) != v {
			return true
		}
	}
	return false
}

// partOfCountBefore reports a clause ci that opens on a smaller count
// than the clause before it ("We are 11, 7 are developers"): a part of
// the staff told first, not all of it.
func partOfCountBefore(q *question, d *description, ci int, v string) bool {
	c := d.clauses[ci]
	if ci == 0 || len(c) == 0 {
		return false
	}
	own, ok := count(c[0])
	if !ok || isYear(c[0]) {
		return false
	}
	for _, t := range d.clauses[ci-1] {
		if n, ok := count(t); ok && !isYear(t) && n > own && q.headcount(n) != v {
			return true
		}
	}
	return false
}

var (
	// workingPapers are documents of the daily work, kept and redone, not
	// records of the people the firm deals with.
	workingPapers = wordSet("quotes", "quote", "estimates", "estimate", "rotas", "rota", "timesheets",
		"drawings", "schedules", "schedule", "sheets", "plans", "pricing", "prices", "price", "templates")
	// recordKinds are records of people or the firm's data as such.
	recordKinds = wordSet("customer", "customers", "client", "clients", "patient", "patients", "member",
		"members", "files", "database", "contacts", "stock", "accounts")
	// spreadTrouble tells a spread that has already gone wrong.
	spreadTrouble = wordSet("match", "matches", "wrong", "lost", "lose", "losing", "duplicate", "duplicates",
		"errors", "chaos", "disagree", "conflict", "contradict")
)

// workingPaperSpread reports one kind of working paper told kept in
// several places and nothing more ("estimates are split across four
// spreadsheets"): copies of a document, which owners call some trouble
// as often as a real data problem. Records of clients ("client records
// sit in three systems") or a spread gone wrong stay a fill.
func workingPaperSpread(c []string) bool {
	return hasAny(c, workingPapers) && !hasAny(c, dataNouns) && !hasAny(c, recordKinds) &&
		!hasAny(c, painWords) && !hasAny(c, spreadTrouble)
}

// countsByPlace reports a description that counts its staff in parts
// by place ("9 of us in the workshop, 2 in the office and me"): a bare
// count at a place beside a clause with another count. Read among the
// rest of a long description, the parts are not reliably added up.
func countsByPlace(d *description) bool {
	at := -1
	for ci, c := range d.clauses {
		k := 0
		for k < len(c) && (c[k] == "and" || c[k] == "plus" || approximators[c[k]]) {
			k++
		}
		// "14 on the payroll" is the whole staff, at no place.
		if k+1 < len(c) && placeAfterCount[c[k+1]] && isNumberWord(c[k]) && !isYear(c[k]) && !hasAny(c, rosterWords) {
			at = ci
			break
		}
	}
	if at < 0 {
		return false
	}
	for ci, c := range d.clauses {
		if ci != at && slices.ContainsFunc(c, func(t string) bool { return isNumberWord(t) && !isYear(t) }) {
			return true
		}
	}
	return false
}

// choreElsewhere reports another clause of d that tells a part as a
// chore or as records that do not agree: beside it, a part told fine is
// no clean bill for the whole.
func choreElsewhere(d *description, ci int) bool {
	for i, c := range d.clauses {
		if i != ci && choreOrMismatch(c) {
			return true
		}
	}
	return false
}
