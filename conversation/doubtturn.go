package conversation

import "strings"

// turnSettles reports a turn after an opening ("yes, though ...",
// "probably not, but ...") that settles the middle reading v rather than
// leaving it in doubt against the opening: a bite out of the money makes
// a yes tight ("yes, though it'd eat half the margin"), and not knowing
// takes a lean about the rivals back ("probably not, but honestly I
// don't have the information").
func turnSettles(q *question, after []string, v string) bool {
	switch {
	case q.ID == qBudget && v == q.hedge:
		return costBitesTold(after)
	case q.ID == qCompetitors && v == q.unsure:
		return matchPart(q, strings.Join(after, " "), nil).value == q.unsure
	}
	return false
}
