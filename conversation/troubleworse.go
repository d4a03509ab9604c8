package conversation

import (
	"slices"
	"strings"
)

// Owners pile up troubles with the worse one last: "the till crashes, but
// that's not the worst, the stock system is ancient"; "the email bounces,
// and worse, the backups haven't run". The first trouble alone would
// read the middle, and the model, which mostly met single crashes as
// some pain, doubts the worst end the rules read; but a trouble that
// tops another is told as the worst. When the rules read nothing of the
// answer and cannot read the worse trouble, it is asked between the
// middle and the worst: it is not fine.

// worseMarkers tell that what follows is worse than what came before.
var worseMarkers = [][]string{{"not", "the", "worst"}, {"not", "even", "the", "worst"}, {"even", "worse"},
	{"worse", "still"}, {"and", "worse"}, {"whats", "worse"}, {"worse", "yet"}}

// worseAfter is where the worse trouble starts in w: after a worse marker
// that follows words of a first trouble and is followed by more words:
// the end of the words before the marker and the start of those after
// it, or -1, -1.
func worseAfter(w []string) (before, after int) {
	for i := 1; i < len(w); i++ {
		for _, p := range worseMarkers {
			if i+len(p) > len(w) || !slices.Equal(w[i:i+len(p)], p) {
				continue
			}
			end := i + len(p)
			if end < len(w) && w[end] == "of" && end+1 < len(w) && w[end+1] == "it" {
				end += 2 // "not the worst of it"
			}
			if end >= len(w) {
				return -1, -1
			}
			return i, end
		}
	}
	return -1, -1
}

// worseTrouble reads a systems or data answer that tops a first trouble
// with a worse one: the worst end when the worse one reads it or reads
// nothing the rules know (then asked between the middle and the worst),
// ok false when the later words read fine or the middle ("but it's not
// the worst, we cope fine") or the first words read fine.
func worseTrouble(q *question, w []string) (answerMatch, bool) {
	if !q.trouble || q.yes == "" || q.hedge == "" {
		return answerMatch{}, false
	}
	i, end := worseAfter(w)
	if i < 0 {
		return answerMatch{}, false
	}
	first := matchPart(q, strings.Join(w[:i], " "), nil)
	if first.value == q.no {
		return answerMatch{}, false
	}
	later := matchPart(q, strings.Join(w[end:], " "), nil)
	switch {
	case later.value == q.yes:
		return answerMatch{value: q.yes, signal: true}, true
	case later.value == "" && len(later.candidates) == 0:
		return answerMatch{candidates: []string{q.hedge, q.yes}, signal: true}, true
	}
	return answerMatch{}, false
}
