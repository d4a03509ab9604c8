package conversation

import "slices"

// A size answer that tells today's count and then, in a clause of its
// own, what it was "ten years ago" or "in 2014" ("Around 190 at the
// plant. Ten years ago it was twelve guys in a barn!") counts the staff
// now: the count then is history, not a second option to ask about.

// agoWords end a span back in time: "ten years ago", "a decade back".
var agoWords = wordSet("ago", "back")

// agoUnits are the span's unit: "years ago", "a decade ago".
var agoUnits = wordSet("years", "year", "decade", "decades")

// withoutCountAgo drops, on the size question, the trailing clauses
// that open on a time back ("ten years ago", "in 2014") and tell a count
// in the past, after a clause that counts with no past verb.
func withoutCountAgo(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.headcount == nil {
		return w, cut
	}
	for i := 1; i+2 < len(w); i++ {
		if !cut[i] || !timeBackAt(w, i) {
			continue
		}
		if !hasAny(w[i:], pastVerbs) || hasAny(w[:i], pastVerbs) || !slices.ContainsFunc(w[:i], isNumberWord) ||
			!slices.ContainsFunc(w[i+2:], isNumberWord) {
			return w, cut
		}
		return w[:i], cut[:i]
	}
	return w, cut
}

// timeBackAt reports a clause at w[i] opening on a time back: "ten years
// ago", "a decade back", "in 2014", "back in 2014".
func timeBackAt(w []string, i int) bool {
	if w[i] == "back" && i+1 < len(w) && w[i+1] == "in" {
		i++
	}
	if w[i] == "in" && i+1 < len(w) && isYear(w[i+1]) {
		return true
	}
	return i+2 < len(w) && (isNumberWord(w[i]) || w[i] == "a") && agoUnits[w[i+1]] && agoWords[w[i+2]]
}
