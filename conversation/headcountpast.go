package conversation

import "slices"

// A size answer may tell a count gone beside today's ("Two counter girls
// and me. Earlier we were 18", "Around 200. Was 320 before the
// layoffs"): the count of a time before is not the headcount.

// pastCountVerbs tell a count in the past: "we were", "we had".
var pastCountVerbs = wordSet("were", "was", "had", "employed", "used")

// pastCountEnds, after a count told in the past, set it before a change:
// "was 320 before the layoffs", "we were 50 until covid".
var pastCountEnds = wordSet("before", "until", "till", "ago", "prior", "pre")

// startedWords tell the firm's start: "when dad started it".
var startedWords = wordSet("started", "start", "began", "begun", "founded", "opened", "launched")

// eraGone reports a time gone at w[j]: "the eighties", "its heyday";
// not a time since ("since the nineties we've been 40").
func eraGone(w []string, j int) bool {
	return pastEras[w[j]] && !slices.Contains(w[max(0, j-3):j], "since")
}

// countGone reports whether the number at w[i] counts people at a time
// before: a past opener or a time gone, and a past verb, before it
// ("earlier we were 18", "back in the eighties this place employed over
// 600"), or a past verb before it and a time before after it ("was 320
// before the layoffs"). "we were 45 at christmas" says neither.
func countGone(w []string, i int) bool {
	verb := false
	for j := i - 1; j >= max(0, i-5); j-- {
		if verb && timeGoneAt(w, j, i) {
			return true // "back in 2012 we were six"
		}
		if isNumberWord(w[j]) {
			break
		}
		if pastCountVerbs[w[j]] {
			verb = true
		}
		if verb && (pastOpeners[w[j]] || w[j] == "once" || eraGone(w, j)) {
			return true // "in the seventies the mill employed over 400"
		}
	}
	for j := i - 6; verb && j >= max(0, i-12); j-- {
		if isNumberWord(w[j]) {
			break
		}
		if eraGone(w, j) {
			return true // "in the nineties, when we had the big showroom, we were forty"
		}
	}
	if k := verbBeforeCount(w, i); k < 0 || !pastCountVerbs[w[k]] {
		return false
	}
	for j := i + 1; j < min(len(w), i+5); j++ {
		if isNumberWord(w[j]) {
			return false
		}
		if pastCountEnds[w[j]] || w[j] == "when" && hasAny(w[j+1:min(len(w), j+5)], startedWords) {
			return true // "we were 3 when dad started it"
		}
	}
	return false
}
