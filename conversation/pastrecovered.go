package conversation

import (
	"slices"
	"strings"
)

// Systems and data answers that tell trouble gone by and then the
// present put right ("they were a disaster two years ago, but after the
// new server they are running smoothly"): the present answers. Only a
// present told at its best is taken so; a present of trouble after a
// good past keeps its own reading, the weight of which the owner's
// words alone do not settle.

// recoveredPastWords set the trouble told before the turn in the past.
var recoveredPastWords = wordSet("was", "were", "used", "ago", "before", "had")

// recoveredTurns open the present after a past.
var recoveredTurns = wordSet("but", "now", "since", "after", "then")

// recoveredReading is the best option when text tells a past and then,
// after a turn, a present that reads the best option alone.
func recoveredReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData {
		return answerMatch{}, false
	}
	w, _ := tokenize(text)
	p := slices.IndexFunc(w, func(t string) bool { return recoveredPastWords[t] })
	if p < 0 {
		return answerMatch{}, false
	}
	for t := p + 1; t+1 < len(w); t++ {
		if !recoveredTurns[w[t]] {
			continue
		}
		after := w[t+1:]
		if hasAny(after, wordSet("still", "again", "but")) || hasAny(after, recoveredPastWords) {
			return answerMatch{}, false
		}
		best := q.Options[0].Value
		if matchUncorrected(q, strings.Join(after, " "), nil).value == best &&
			matchUncorrected(q, strings.Join(w[:t], " "), nil).value != best {
			return answerMatch{value: best, signal: true}, true
		}
	}
	return answerMatch{}, false
}
