package conversation

// New things taken up beside a lead denied, in either order ("we got a
// laser cutter, but we're not pioneers", "we'll try things, we're just
// never first") are somewhat: what is denied is being first, not the
// interest. A lead denied alone ("we're not trying to be the first")
// stays as read. Beside adoptionThenLeadDenied (an opening read as
// some): this one knows the adoption by its verb, wherever it stands.

// leadTerms name being first: "first", "pioneers", "bleeding edge".
var leadTerms = wordSet("first", "pioneers", "pioneer", "pioneering", "bleeding", "cutting", "trailblazers")

// adoptVerbs take something up; pastAdoptions have taken it up.
var (
	adoptVerbs    = wordSet("try", "trying", "buy", "use", "using", "consider", "adopt", "pick", "follow")
	pastAdoptions = wordSet("tried", "bought", "got", "adopted", "installed", "picked")
	// newnessWords make what is taken up new: "we'll try new stuff".
	newnessWords = wordSet("new", "newer", "newest", "modern", "latest", "things", "stuff")
	// lateWords take it up only once everyone has: "we buy what works",
	// "only after the others", "when the market has settled".
	lateWords = wordSet("works", "mature", "cheap", "cheaper", "after", "wait", "until", "settled", "everybody",
		"everyone", "only")
)

// adoptionIn reports a clause that takes up something new, or took
// something up, with no negation and not only once everyone has.
func adoptionIn(c []string) bool {
	if hasAny(c, negation) || hasAny(c, lateWords) {
		return false
	}
	return hasAny(c, pastAdoptions) || hasAny(c, adoptVerbs) && hasAny(c, newnessWords)
}

// adoptsButNotFirst reports a clause that denies the lead and another,
// with no negation, that takes something up; an answer opening on a no
// is left to the other readings.
func adoptsButNotFirst(w []string, cut []bool) bool {
	if len(w) == 0 || w[0] == "no" || w[0] == "nope" || w[0] == "nah" {
		return false
	}
	denied, adopts := false, false
	for _, c := range clauses(w, cut) {
		switch {
		case leadDeniedIn(c):
			denied = true
		case adoptionIn(c):
			adopts = true
		}
	}
	return denied && adopts
}

// leadDeniedIn reports a lead term with a negation in the four words
// before it: "not pioneers", "never the first ones", "don't need to be
// first".
func leadDeniedIn(c []string) bool {
	for i, t := range c {
		if leadTerms[t] && negatedBefore(c, i, 4) {
			return true
		}
	}
	return false
}
