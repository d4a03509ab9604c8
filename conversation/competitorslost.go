package conversation

import "slices"

// A lead over rivals told as past and gone ("we were ahead 5 years ago,
// not anymore", "we used to lead but we've slipped back"): falling
// behind now. Read before the past is dropped, which would leave only
// "not anymore" or "we've slipped back" to read.

var (
	lostLeadWords   = wordSet("ahead", "lead", "led", "leading", "first", "front")
	leadPastMarkers = wordSet("was", "were", "used", "once", "ago", "then")
	leadGoneWords   = wordSet("slipped", "fallen", "fell", "dropped", "anymore")
	leadGonePhrases = [][]string{{"not", "any", "more"}, {"no", "longer"}, {"not", "these", "days"},
		{"not", "now"}, {"not", "today"}}
)

// leadLost reports our lead told in the past and a loss of it after.
func leadLost(w []string) bool {
	i := slices.IndexFunc(w, func(t string) bool { return lostLeadWords[t] })
	if i < 0 || hasAny(w[:i], negation) || othersNamed(w[:i]) {
		return false
	}
	if !hasAny(w[max(0, i-6):min(len(w), i+8)], leadPastMarkers) { // "we used to be the ones who led"
		return false
	}
	rest := w[i+1:]
	return hasAny(rest, leadGoneWords) || hasAnyPhrase(rest, leadGonePhrases)
}

// othersNamed reports rivals named in w, not counting "the ones" said of
// us: "we used to be the ones leading" tells our own lead.
func othersNamed(w []string) bool {
	for k, t := range w {
		if otherWords[t] && !(t == "ones" && k > 0 && w[k-1] == "the" && hasAny(w[:k], selfWords)) {
			return true
		}
	}
	return false
}
