package conversation

import "slices"

// orNothingEnds close an "X or nothing" ambition: "bleeding edge or bust".
var orNothingEnds = wordSet("nothing", "bust", "die")

// An ambition told as "X or nothing" ("Bleeding edge or nothing.",
// "First or nothing."): the "or nothing" is emphasis on X, not a no.
// Read as a word of its own, "nothing" denied the ambition.

// withoutOrNothing drops, on the innovation question, an "or nothing"
// (or "or bust", "or die") that closes a clause after the words it
// stresses.
func withoutOrNothing(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qInnovation {
		return w, cut
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] != "or" || cut[i] || !orNothingEnds[w[i+1]] || negation[w[i-1]] {
			continue
		}
		if i+2 < len(w) && !cut[i+2] {
			continue // "first or nothing else": not the close
		}
		c := slices.Clone(cut)
		if i+2 < len(c) {
			c[i+2] = true
		}
		return slices.Delete(slices.Clone(w), i, i+2), slices.Delete(c, i, i+2)
	}
	return w, cut
}
