package conversation

import (
	"slices"
	"strings"
)

// Systems or data granted mostly good at the opening ("mostly sound",
// "largely solid", "on the whole healthy") and then given a trouble
// are the middle option: the "mostly" leaves room for the trouble told
// after it, which is the exception, not the verdict. A "mostly" of the
// trouble ("mostly broken") is no grant, nor a grant denied ("not mostly
// fine at all").

var (
	// grantOpeners open such a grant; "on the whole" and "by and large"
	// end in "whole" and "large".
	grantOpeners = wordSet("mostly", "largely", "generally", "broadly", "mainly", "whole", "large")
	// soundWords are what the grant says of the systems or the data.
	soundWords = wordSet("sound", "solid", "healthy", "reliable", "fine", "good", "ok", "okay", "decent",
		"working", "order", "tidy", "clean", "fit", "robust", "dependable")
)

// mostlySoundReading reads a systems or data answer that opens granting
// the whole mostly good (the grant opening within its first four words) and
// tells a trouble after it in at least three more words: the middle
// option. "Mostly fine, no complaints" tells none.
func mostlySoundReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qSystems && q.ID != qData {
		return answerMatch{}, false
	}
	w, _ := tokenize(text)
	for i := 0; i < min(4, len(w)); i++ {
		if !grantOpeners[w[i]] {
			continue
		}
		for j := i + 1; j < min(i+4, len(w)); j++ {
			if soundWords[w[j]] && len(w)-j > 3 && !hasAny(w[:j], negation) && troubleAfter(q, w[j+1:]) {
				return answerMatch{value: q.hedge, signal: true}, true
			}
		}
		return answerMatch{}, false
	}
	return answerMatch{}, false
}

// mostlySoundStands reports the middle that grant read: the doubt and
// the model read the trouble's words it already weighed.
func mostlySoundStands(q *question, text string, m answerMatch) bool {
	r, ok := mostlySoundReading(q, text)
	return ok && m.value == r.value
}

// troubleAfter reports words after a grant that the rules read as more
// than the best option, or between two options: a trouble told.
func troubleAfter(q *question, rest []string) bool {
	m := matchUncorrected(q, strings.Join(rest, " "), nil)
	return m.value != "" && m.value != q.Options[0].Value ||
		m.value == "" && len(m.candidates) > 0 && !slices.Contains(m.candidates, q.Options[0].Value)
}
