package conversation

// Ops answers that split the work in halves, one on the computer and
// the other by hand ("half our orders come in online, the other half
// still by phone"): quite a lot, not the little that the phone and
// paper words alone would read.

// halfOffWays are the ways of the half off the computer.
var halfOffWays = wordSet("phone", "phones", "walk", "post", "cash", "clipboard", "clipboards", "fax", "hand",
	"paper", "pen", "manually", "manual", "notebook", "diary")

// halfDegreeWords are degrees told outright beside the halves: the
// halves then only tell why, and are not read over them.
var halfDegreeWords = wordSet("little", "completely", "totally", "entirely", "fully", "much", "bit")

// halvesOnAndOff reports a half on the computer and a second half, or
// "the rest", off it: "half the work is on the computer, half on paper".
func halvesOnAndOff(w []string) bool {
	if hasAny(w, halfDegreeWords) {
		return false
	}
	a := -1
	for i, t := range w {
		second := t == "half" || t == "rest" && i > 0 && w[i-1] == "the"
		switch {
		case a < 0 && t == "half":
			a = i
		case a >= 0 && second:
			return halfOnAndOff(w[a:i], w[i:]) || halfOnAndOff(w[i:], w[a:i])
		}
	}
	return false
}

// halfOnAndOff reports the half on names the computer and the half off
// only a way off it.
func halfOnAndOff(on, off []string) bool {
	onIT := (hasAny(on, itPlaces) || hasAny(on, itNouns)) && !hasAny(on, negation)
	return onIT && hasAny(off, halfOffWays) && !hasAny(off, itPlaces) && !hasAny(off, itNouns)
}
