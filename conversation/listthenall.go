package conversation

import "slices"

// Parts of the work listed and summed up with "all" ("Trade counter,
// stock, van deliveries, all on the computer"): the list names what
// "all" covers, so its words ("van", "trade") read nothing of their own.

// afterListedParts is w from a clause opening with "all" or "everything"
// after at least two short clauses that only list parts, on the ops,
// systems and data questions; otherwise w whole.
func afterListedParts(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qOps && q.ID != qSystems && q.ID != qData {
		return w, cut
	}
	listed, start := 0, 0
	for i := 1; i <= len(w); i++ {
		if i < len(w) && !cut[i] {
			continue
		}
		c := w[start:i]
		if len(c) > 4 || hasAny(c, negation) || slices.ContainsFunc(c, isNumberWord) {
			return w, cut
		}
		listed++
		start = i
		if i < len(w) && listed >= 2 && (w[i] == "all" || w[i] == "everything") && i+1 < len(w) {
			rest := slices.Clone(cut[i:])
			rest[0] = false
			return w[i:], rest
		}
	}
	return w, cut
}
