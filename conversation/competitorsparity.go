package conversation

import "slices"

// Rivals said to work as we do keep level with us: "the other two
// funeral homes work exactly like we do", "same software as everyone".
// Nobody is ahead, so the answer is no, unless a comparison elsewhere
// puts them ahead.

// parityOthers are who a "same as" measures us against.
var parityOthers = wordSet("everyone", "everybody", "others", "them", "us", "rest", "competitors", "competition",
	"rivals", "all")

// parityTold reports rivals told to work as we do, with no comparison
// that puts anyone ahead.
func parityTold(w []string, cut []bool) bool {
	found := false
	for k := 0; k+1 < len(w) && !found; k++ {
		switch w[k] {
		case "like", "as":
			// "like we do", "as we do", "like us"
			found = w[k+1] == "us" || k+2 < len(w) && w[k+1] == "we" && (w[k+2] == "do" || w[k+2] == "are")
		case "same":
			found = sameAsOthers(w[k+1 : min(len(w), k+7)])
		case "different":
			found = k > 0 && w[k-1] == "no" && k+2 < len(w) && w[k+1] == "from" && w[k+2] == "us"
		}
	}
	if !found {
		return false
	}
	for k := range w {
		if directionAt(w, cut, k) != "" {
			return false
		}
	}
	return true
}

// sameAsOthers reports "X as everyone", "as the others" opening after
// "same".
func sameAsOthers(after []string) bool {
	for i, t := range after {
		if t == "as" {
			return hasAny(after[i+1:], parityOthers)
		}
	}
	return false
}

// parityMarks tell a level comparison: "same as", "like", "level with",
// "same boat".
var parityMarks = wordSet("same", "like", "level", "par", "boat", "equal")

// lagDegrees may stand between "or" and a lag: "or even behind", "or a
// bit behind".
var lagDegrees = wordSet("even", "a", "bit", "little", "slightly", "further", "far", "well", "way")

// parityOrBehind reads a parity that admits a lag on one side only:
// "the others are the same as us or behind", "like us, some are further
// behind" put nobody ahead of us (no); "we're the same as them or a bit
// behind" puts us at best level (yes). "" when the answer has no such
// parity, or names anyone ahead.
func parityOrBehind(w []string) string {
	for k, t := range w {
		if !lagWords[t] {
			continue
		}
		j := k - 1
		for j >= 0 && lagDegrees[w[j]] {
			j--
		}
		// "or behind", "some are worse", "a few are worse off".
		if j < 0 || w[j] != "or" && !(w[j] == "are" && j > 0 && (w[j-1] == "some" || w[j-1] == "few")) {
			continue
		}
		before := w[max(0, j-8):j]
		if !hasAny(before, parityMarks) || leadNamed(w) {
			return ""
		}
		switch {
		case w[j] == "are": // "some are worse": some of the rivals
			return "no"
		case slices.Contains(before, "us") || slices.Contains(before, "me"):
			return "no"
		case slices.Contains(before, "them") || slices.Contains(before, "others"):
			return "yes"
		case hasAny(before, selfWords):
			return "yes" // "we're about the same, or a bit behind"
		case hasAny(before, otherWords):
			return "no" // "the other shops are the same or behind"
		}
		return ""
	}
	return ""
}

// leadNamed reports a lead word not part of a lag ("further behind").
func leadNamed(w []string) bool {
	for k, t := range w {
		if leadWords[t] && !(k+1 < len(w) && lagWords[w[k+1]]) {
			return true
		}
	}
	return false
}
