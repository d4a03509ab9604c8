package conversation

import "slices"

// Records kept on scraps ("customer details on bits of paper", "phone
// numbers on sticky notes", "quotes on the backs of envelopes") are a
// real data problem: nothing on a scrap can be found again, counted or
// joined to the rest. An order book or a notebook is a place; a scrap
// is none.

// scrapPlaces are the scraps records end up on.
var scrapPlaces = [][]string{
	{"bits", "of", "paper"}, {"scraps"}, {"post", "it", "notes"}, {"post", "its"},
	{"postits"}, {"sticky", "notes"}, {"backs", "of", "envelopes"}, {"back", "of", "an", "envelope"},
	{"back", "of", "envelopes"}, {"loose", "paper"}, {"napkins"},
}

// keptOnScraps reports records told on scraps, the scraps not negated
// nor told of the past ("it used to be bits of paper, now ...").
func keptOnScraps(w []string) bool {
	if hasAny(w, pastWords) || hasAny(w, oldStateWords) {
		return false
	}
	for i := range w {
		for _, p := range scrapPlaces {
			if i+len(p) <= len(w) && slices.Equal(w[i:i+len(p)], p) && !negatedBefore(w, i, 3) {
				return true
			}
		}
	}
	return false
}
