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
	if i < 0 || hasAny(w[:i], negation) || hasAny(w[:i], otherWords) {
		return false
	}
	if !hasAny(w[max(0, i-4):min(len(w), i+8)], leadPastMarkers) {
		return false
	}
	rest := w[i+1:]
	return hasAny(rest, leadGoneWords) || hasAnyPhrase(rest, leadGonePhrases)
}
