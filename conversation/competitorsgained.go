package conversation

import "slices"

// Rivals we were behind told as caught up or passed since ("we used to be
// behind, but since the new system we're ahead", "we were behind until
// the new website put us level"): not behind now. Read before the past is
// dropped, which would leave a bare "ahead" or "caught up" to weigh
// against the "behind" key.

var (
	gainedBehindWords = wordSet("behind", "lagged", "lagging", "trailed", "trailing")
	gainedPastMarkers = wordSet("was", "were", "used", "once", "ago", "then", "lagged", "trailed", "before",
		"until", "years")
	gainedWords = wordSet("ahead", "caught", "overtaken", "overtook", "level", "par", "passed",
		"surpassed", "even")
	gainedSelf   = wordSet("we", "were", "weve", "us", "our", "ive", "i")
	gainedOthers = wordSet("they", "theyre", "theyve", "them", "others", "rivals", "competitors")
)

// leadGained reports a place behind told in the past and a catching up
// by us after it, with no negation nor rival's subject before it, and no
// place behind after it ("caught up for a while, but behind again").
func leadGained(w []string) bool {
	isBehind := func(t string) bool { return gainedBehindWords[t] }
	j := slices.IndexFunc(w, func(t string) bool { return gainedWords[t] })
	if j < 0 || slices.ContainsFunc(w[j:], isBehind) {
		return false
	}
	i := j - 1
	for i >= 0 && !gainedBehindWords[w[i]] {
		i--
	}
	if i < 0 || hasAny(w[:i], negation) || !hasAny(w[max(0, i-4):min(len(w), i+4)], gainedPastMarkers) {
		return false
	}
	between := w[i+1 : j]
	return hasAny(between, gainedSelf) && !hasAny(between, negation) && !hasAny(between, gainedOthers)
}
