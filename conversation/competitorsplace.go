package conversation

import "slices"

// A firm that names itself by its place in the field ("now we are the
// old ones", "we're the dinosaurs round here", "we are the modern ones
// in town") compares itself with the others without a comparative: the
// old or slow ones have fallen behind, the modern ones keep up.

var (
	// behindSelves and aheadSelves are what a firm calls itself; the
	// adjectives only with "ones" ("the old ones"): "the oldest firm in
	// town" is its age.
	behindSelves = wordSet("old", "oldest", "dated", "outdated", "slow", "slowest", "last", "oldfashioned",
		"backward", "analogue", "dinosaur", "dinosaurs", "laggard", "laggards")
	aheadSelves = wordSet("modern", "newest", "fastest", "first", "techiest", "leaders", "pioneers")
	selfNouns   = wordSet("dinosaur", "dinosaurs", "laggard", "laggards", "leaders", "pioneers")
	selfCopulas = wordSet("are", "am", "remain", "still")
	// selfNameSkips stand inside a self name: "the really old ones".
	selfNameSkips = wordSet("now", "still", "really", "very", "so", "quite", "just")
)

// selfNamedPlace is "yes" or "no" for a firm that calls itself "the" old
// or modern ones ("now we are the old ones"), or "". "we are old" may be
// the firm's age, and a negation is left to the other readings.
func selfNamedPlace(w []string) string {
	v := ""
	for i := 0; i+2 < len(w); i++ {
		j := i + 1
		switch {
		case w[i] == "were" || w[i] == "im":
		case (w[i] == "we" || w[i] == "i") && selfCopulas[w[j]]:
			j++
		default:
			continue
		}
		for j < len(w) && selfNameSkips[w[j]] {
			j++
		}
		if j+1 >= len(w) || w[j] != "the" {
			continue
		}
		k := j + 1
		for k+1 < len(w) && selfNameSkips[w[k]] {
			k++
		}
		named := selfNouns[w[k]] || k+1 < len(w) && (w[k+1] == "ones" || w[k+1] == "one")
		if named && slices.Contains(w[k:], "but") {
			return "" // "we are the old ones in town but we have the newest website"
		}
		switch {
		case named && behindSelves[w[k]]:
			v = "yes"
		case named && aheadSelves[w[k]]:
			v = "no"
		}
	}
	return v // the last name given: "we were the modern ones, now we are the old ones"
}

// competeWords name competing itself.
var competeWords = wordSet("compete", "competes", "competing", "competition", "competitors", "competitor",
	"rivals", "rival")

// competitionDenied reports competing denied ("practices don't really
// compete with each other", "there's no competition here", "we have no
// competitors"): with no one to fall behind, the answer is no.
func competitionDenied(w []string) bool {
	for i, t := range w {
		if !competeWords[t] {
			continue
		}
		lead := w[max(0, i-3):i]
		if hasAny(lead, negation) && !hasAny(lead, wordSet("but", "only", "just")) ||
			slices.Contains(lead, "nobody") || slices.Contains(lead, "none") {
			return !slices.Contains(w[i:], "faster") && !slices.Contains(w[i:], "ahead")
		}
	}
	return false
}

// strainWords make keeping up a strain: "hard to keep up", "we struggle
// to keep up".
var strainWords = wordSet("hard", "harder", "difficult", "struggle", "struggling", "struggles", "tough",
	"tougher", "impossible", "battle", "fight", "challenge")

// keepUpStrained reports keeping up told as a strain ("it's hard to keep
// up with the startups"): the others set the pace, the firm falls behind.
// "we keep up, just about" keeps up.
func keepUpStrained(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if (w[i] != "keep" && w[i] != "keeping") || (w[i+1] != "up" && w[i+1] != "pace") {
			continue
		}
		if hasAny(w[max(0, i-3):i], strainWords) && !hasAny(w[max(0, i-4):i], negation) {
			return true
		}
	}
	return false
}

// fieldPartWords limit a yes to part of the field: "some yes", "a few do".
var fieldPartWords = wordSet("some", "few", "depends")

// partialYes reports a short yes about competitors limited to part of
// them with no comparison that places the firm ("depends, some yes"): yes
// or not sure, so asked. "some of the new players have apps and we are
// behind" compares, and stays yes; a longer answer tells what they have.
func partialYes(w []string, cut []bool) bool {
	if len(w) > 6 || !hasAny(w, fieldPartWords) || hasAny(w, wordSet("all", "most", "everyone", "everybody")) {
		return false
	}
	for k := range w {
		if directionAt(w, cut, k) != "" {
			return false
		}
	}
	return !hasAny(w, lagWords) && !hasAny(w, leadWords)
}
