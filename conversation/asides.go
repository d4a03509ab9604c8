package conversation

import "slices"

// Parts of an answer that tell of something else than what is asked:
// the past after the present ("Fine since we moved to the cloud, before
// it was a disaster"), and a problem the owner disowns as not the
// systems ("the coffee machine is broken, but that is not IT"). Read
// with the rest, their words outvote the answer.

// pastOpeners open a clause told of a time before: "before it was a
// disaster", "previously it crashed daily".
var pastOpeners = wordSet("before", "previously", "formerly", "earlier", "until")

// pastVerbs place a clause in the past.
var pastVerbs = wordSet("was", "were", "used", "had", "crashed", "went", "broke")

// withoutTrailingPast drops the last clauses when they open on a time
// before and tell it in the past, after a clause that does not: "fine
// since we moved to the cloud, before it was a disaster" is fine.
func withoutTrailingPast(w []string, cut []bool) ([]string, []bool) {
	for i := len(w) - 2; i > 1; i-- {
		if !cut[i] {
			continue
		}
		j := i
		if w[j] == "but" || w[j] == "and" {
			j++
		}
		if !pastOpeners[w[j]] && !(w[j] == "in" && j+2 < len(w) && w[j+1] == "the" && w[j+2] == "past") {
			continue
		}
		if !hasAny(w[j:], pastVerbs) || hasAny(w[:i], pastVerbs) || hasAny(w[:i], pastOpeners) {
			return w, cut
		}
		return w[:i], cut[:i]
	}
	return w, cut
}

// outOfScope are what a disowned problem is said to be instead of the
// systems: "that is not IT", "that's the electric company".
var outOfScope = wordSet("it", "tech", "systems", "system", "software", "computers", "technology")

// withoutDisowned drops, on the systems and data questions, a clause
// whose problem the next clause disowns ("the coffee machine is broken,
// but that is not IT", "the power cuts, but that is the electric company,
// not our systems"), with the disowning clause.
func withoutDisowned(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qSystems && q.ID != qData {
		return w, cut
	}
	for i := 1; i < len(w); i++ {
		if !disowns(w, cut, i) {
			continue
		}
		start := i - 1
		for start > 0 && !cut[start] && !disownOpeners[w[start]] {
			start--
		}
		end := i + 1
		for end < len(w) && !cut[end] {
			end++
		}
		if end < len(w) && !disowns(w, cut, end) && hasAny(w[end:min(len(w), end+2)], wordSet("not")) {
			for end < len(w) && (end == i+1 || !cut[end]) {
				end++ // "that is the electric company, not our systems"
			}
		}
		if start == 0 && end == len(w) {
			return w, cut // nothing else told: the disowned part was all
		}
		return withoutDisowned(q, slices.Concat(w[:start], w[end:]), slices.Concat(cut[:start], cut[end:]))
	}
	return w, cut
}

var (
	// disownOpeners open a clause that disowns: "but that is not IT",
	// "though that's not really a system".
	disownOpeners = wordSet("but", "though", "although")
	// outOfScopeDenials deny the problem is the systems': "not",
	// "hardly".
	outOfScopeDenials = wordSet("not", "hardly", "isnt")
)

// disowns reports a clause opening at w[i] ("but that is not IT", "that
// is the electric company") that says the problem just told is no part
// of the systems.
func disowns(w []string, cut []bool, i int) bool {
	if !cut[i] && !disownOpeners[w[i]] {
		return false
	}
	j := i
	if disownOpeners[w[j]] {
		j++
	}
	if j+2 >= len(w) || w[j] != "that" && w[j] != "thats" && w[j] != "its" && w[j] != "it" {
		return false
	}
	k := j + 1
	if w[k] == "is" || w[k] == "s" {
		k++
	}
	switch {
	case outOfScopeDenials[w[k]] && k+1 < len(w):
		// "that is not IT", "that's not our systems", "that's hardly
		// a system"
		rest := w[k+1 : min(len(w), k+4)]
		return hasAny(rest, outOfScope) || hasAny(rest, wordSet("ours", "us"))
	case w[k] == "the" && k+2 < len(w):
		// "that is the electric company, not our systems"
		end := k + 1
		for end < len(w) && !cut[end] {
			end++
		}
		return end+1 < len(w) && w[end] == "not" && hasAny(w[end+1:min(len(w), end+4)], outOfScope)
	}
	return false
}
