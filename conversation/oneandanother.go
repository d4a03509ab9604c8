package conversation

import "slices"

// Data split across two places told as "in one ... in another" ("orders
// come in through one app, payments land in another", "exam results are
// in one place and fees in another"): the words "one place" read as data
// kept together, under control, but the second place makes it two, a
// seam to mend (as "in two spreadsheets" is): some trouble. Only a
// store of data counts as the place ("one app", "one spreadsheet", "one
// place"): "on paper in one building and in a database in the other"
// tells sites, and the media and the rest decide.

// splitPlaceWords put data in a place: "in one app", "through one
// system", "on one spreadsheet".
var splitPlaceWords = wordSet("in", "on", "across", "through", "into", "from", "out", "of")

// oneThenAnother reads a data answer that keeps one kind of record "in
// one" place and another "in another" (or "in the other"): some, or ""
// when there is no such split or the rest reads the worst (then the
// words decide).
func oneThenAnother(q *question, w []string, cut []bool) string {
	one := -1
	for i := 1; i < len(w); i++ {
		if w[i] == "one" && splitPlaceWords[w[i-1]] && i+1 < len(w) && (oneContainers[w[i+1]] || w[i+1] == "phone") {
			one = i
			break
		}
	}
	if one < 0 {
		return ""
	}
	for j := one + 2; j < len(w); j++ {
		k := j
		if w[j] == "the" && j+1 < len(w) && w[j+1] == "other" {
			k = j + 1
		} else if w[j] != "another" {
			continue
		}
		if !splitPlaceWords[w[j-1]] {
			continue // "we had another clean audit": no second place
		}
		if k+1 < len(w) && !cut[k] && !otherPlaceTails[w[k+1]] && !oneContainers[w[k+1]] {
			continue // "in another year", "in the other branch's hands"
		}
		rest := slices.Concat(w[:one-1], w[k+1:])
		restCut := slices.Concat(cut[:one-1], cut[k+1:])
		if matchPart(q, joinClauses(rest, restCut), nil).value == q.yes {
			return "" // "one system, the other, and nothing ever matches"
		}
		return q.hedge
	}
	return ""
}

// otherPlaceTails may follow "another" or "the other" as the second
// place: "in the other one", "in another and", "on another, so".
var otherPlaceTails = wordSet("one", "and", "so", "but", "which", "while", "then", "that")
