package conversation

import "slices"

// New things taken up only once they are common ("we buy what works
// once it's stopped being new", "we'll adopt something once it's
// standard"), or others let go first ("I'll let somebody else make the
// expensive mistakes first"), are no wish to innovate: the owner waits
// for the others. Not "once it's proven", a follower's some.

var (
	// lateWhen open the time the firm takes a new thing up.
	lateWhen = wordSet("once", "when", "after", "until", "till")
	// commonWords say a thing is no longer new.
	commonWords = wordSet("standard", "mainstream", "everyone", "everybody", "common", "commonplace", "stopped", "established", "norm", "ubiquitous", "widespread")
	// othersFirst are who the owner lets go first.
	othersFirst = wordSet("somebody", "someone", "others", "other", "everyone", "everybody", "them")
)

// adoptsOnceCommon reports a taking up told only once the thing is
// common, or a "let others ... first".
func adoptsOnceCommon(w []string, cut []bool) bool {
	for i, t := range w {
		if lateWhen[t] && !negatedBefore(w, i, 3) { // not "we don't wait till it's standard"
			_, end := clauseBounds(cut, i)
			if hasAny(w[i+1:min(end, i+6)], commonWords) {
				return true
			}
		}
		if t == "let" && hasAny(w[i+1:min(len(w), i+3)], othersFirst) && !negatedBefore(w, i, 3) &&
			!slices.Contains(w[:i], "but") { // not "we bought a cutter, but we let others test first"
			_, end := clauseBounds(cut, i)
			if slices.Contains(w[i+1:end], "first") {
				return true
			}
		}
	}
	return false
}
