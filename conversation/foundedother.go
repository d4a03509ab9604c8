package conversation

import "slices"

// A founding verb whose object is not the company: "this year we opened
// Valladolid and Burgos" (new sites), "we started exporting this year",
// "we launched our app last year". Its date is no founding date, so a
// firm of many years does not read as a start-up.

// companyNouns are what a founding verb founds when it founds the firm:
// "we opened the shop last year", "founded the company", "opened our
// doors".
var companyNouns = wordSet("company", "business", "firm", "doors", "shop", "agency", "studio", "practice",
	"restaurant", "cafe", "bakery", "store", "salon", "clinic", "office", "venture", "startup", "place",
	"bar", "pub", "hotel", "school", "workshop", "brewery", "farm", "label", "brand", "gym", "it")

// foundedDeterminers stand between a founding verb and the noun it founds.
var foundedDeterminers = wordSet("the", "our", "my", "a", "an", "this", "his", "her", "their")

// foundingTails may follow a founding verb that founds the firm: a time,
// a place preposition, an adverb ("we opened last year", "started in
// March", "set up properly in 2023").
var foundingTails = wordSet("in", "on", "at", "last", "this", "back", "only", "just", "during", "around", "about",
	"early", "late", "up", "out", "it", "with", "from", "as", "by", "ago", "officially", "properly", "here",
	"there", "and", "but", "so", "when", "recently", "trading", "over", "less", "nearly", "almost", "like",
	"right", "under", "after", "before", "then", "we", "i", "too", "again", "together", "off", "yet")

// foundsOtherOnly reports whether w has founding verbs and each has an
// object other than the firm: no founding told.
func foundsOtherOnly(w []string) bool {
	found := false
	for i, t := range w {
		if !foundingWords[t] {
			continue
		}
		if i+1 == len(w) || foundsFirm(w, i+1) {
			return false
		}
		found = true
	}
	return found
}

// foundsFirm reports whether the words from w[j] on, after a founding
// verb, leave the firm as what it founded.
func foundsFirm(w []string, j int) bool {
	t := w[j]
	if foundedDeterminers[t] && j+1 < len(w) && !timeWords[w[j+1]] && !pastPeriods[w[j+1]] {
		// "the company", "our doors", "a small bakery": the noun in the
		// next three words.
		for _, n := range w[j+1 : min(len(w), j+4)] {
			if foundingObjectEnds[n] {
				break // "an app for pub orders": the pubs are others
			}
			if companyNouns[n] {
				return true
			}
		}
		return false
	}
	return foundingTails[t] || foundedDeterminers[t] || companyNouns[t] || isNumberWord(t) || isYear(t) || monthNames[t]
}

// monthNames name a month: "opened March 2024".
var monthNames = wordSet("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec")

// withoutOtherFoundings drops, on the stage question, the founding verbs
// whose object is not the firm ("this year we launched our third app",
// "we started exporting"): their words ("launched") are keys of a
// start-up the firm is not. "Established" is left, an adjective as often
// ("well established"), and so are the verbs of opening ("now we are
// opening Italy": a new market, growth), a verb of a new site ("launched
// two new shops") and a denied one ("we haven't launched yet").
func withoutOtherFoundings(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qStage {
		return w, cut
	}
	var ow []string
	var oc []bool
	opens := false // a dropped verb opened a clause: the next word does
	for i, t := range w {
		if foundingWords[t] && t != "established" && !openVerbs[t] && i+1 < len(w) && !foundsFirm(w, i+1) &&
			!newSite(w, i) && !(i > 0 && negation[w[i-1]]) {
			opens = opens || cut[i]
			continue
		}
		ow, oc = append(ow, t), append(oc, cut[i] || opens)
		opens = false
	}
	return ow, oc
}

// foundingObjectEnds end the object of a founding verb.
var foundingObjectEnds = wordSet("for", "to", "with", "from", "so", "that", "which", "and")

// openVerbs open a site: after them an ordinal or "new" is a new site.
var openVerbs = wordSet("opened", "opening", "open", "opens")

// newSite reports a founding verb at w[i] that founds a new site, a
// growth kept for the stage keys: "opened our second care home",
// "launched two new shops". Not "launched our third app".
func newSite(w []string, i int) bool {
	next := w[i+1 : min(len(w), i+5)]
	if k := slices.IndexFunc(next, func(t string) bool { return foundingObjectEnds[t] }); k >= 0 {
		next = next[:k] // "launched an app for pub orders": the pubs are no site of ours
	}
	if hasAny(next, placeUnits) || hasAny(next, wordSet("branch", "site", "office", "store", "shop", "location")) {
		return true
	}
	return openVerbs[w[i]] && (hasAny(next, expansionWords) || hasAny(next, wordSet("new")))
}
