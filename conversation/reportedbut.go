package conversation

import (
	"slices"
	"strings"
)

// Owners report another's view and, in the same sentence, set the truth
// against it: "my father says it runs, so it's fine, but really the
// server crashes every month". The report reads one end; the owner's
// own words after "but actually" answer alone.

// truthMarkers after "but" set the owner's view against the report:
// "but actually", "but in reality", "but the truth is".
var truthMarkers = [][]string{{"actually"}, {"really"}, {"in", "reality"}, {"in", "fact"}, {"honestly"},
	{"the", "truth", "is"}, {"truth", "is"}, {"frankly"}, {"in", "truth"}}

// ownAfterReportedBut is the owner's own words in text after a report of
// another's view and a "but" with a truth marker, and whether there
// were any.
func ownAfterReportedBut(text string) (string, bool) {
	ss := sentences(text)
	for i, s := range ss {
		w := normalize(s)
		if !opensOnAnothersView(w) && !(len(w) > 2 && w[0] == "according" && w[1] == "to") {
			continue
		}
		for k, t := range w {
			if t != "but" {
				continue
			}
			if n := truthMarkerAt(w, k+1); n > 0 && k+1+n < len(w) {
				own := append([]string{strings.Join(w[k+1+n:], " ")}, ss[i+1:]...)
				return strings.Join(own, ". "), true
			}
		}
		return "", false
	}
	return "", false
}

// truthMarkerAt is the length of the truth marker at w[k], or 0.
func truthMarkerAt(w []string, k int) int {
	for _, m := range truthMarkers {
		if k+len(m) <= len(w) && slices.Equal(w[k:k+len(m)], m) {
			return len(m)
		}
	}
	return 0
}
