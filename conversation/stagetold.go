package conversation

import (
	"slices"
	"strings"
)

// Stages told by what has not happened yet or by how much growth there
// is: a launch still to come is a start-up; growth told as modest beside
// a long age is an established firm's.

// openingToCome open a business to its customers.
var openingToCome = wordSet("launched", "launch", "opened", "open", "live", "trading", "released")

// notLaunchedYet reports a launch denied with "yet": "we haven't launched
// yet", "not open yet", "we have not opened yet".
func notLaunchedYet(w []string) bool {
	for i := 1; i < len(w); i++ {
		if !openingToCome[w[i]] {
			continue
		}
		before := w[max(0, i-3):i]
		after := w[i+1 : min(len(w), i+3)]
		if hasAny(before, negation) && (hasAny(after, wordSet("yet")) || hasAny(before, wordSet("yet"))) {
			return true
		}
	}
	return false
}

// steadyNow tell a present without growth: "these days it's steady".
var steadyNow = wordSet("steady", "stable", "steadier", "flat", "settled")

// pastGrowthNowSteady reports growth set in a past era with a steady
// present ("we grew like mad in the 2000s, these days it's steady"): a
// firm long past its growth.
func pastGrowthNowSteady(w []string) bool {
	e := -1
	for i, t := range w {
		if pastEras[t] {
			e = i
		}
	}
	if e < 0 {
		return false
	}
	after := w[e+1:]
	return hasAny(after, steadyNow) && !hasAny(after, growthNow) && !hasAny(after, wordSet("again"))
}

// growthSofteners make growth modest: "a little", "slowly", "nothing
// dramatic".
var growthSofteners = wordSet("little", "bit", "slowly", "steadily", "modestly", "gently", "dramatic",
	"crazy", "wild", "spectacular")

// modestGrowthWithAge reports growth told as modest ("we grow a bit each
// year but nothing crazy", "growing slowly") beside an age of years or a
// steady present: the growth of an established firm, not scaling.
func modestGrowthWithAge(w []string) bool {
	if !softGrowth(w) {
		return false
	}
	if hasAny(w, steadyNow) {
		return true
	}
	if _, ok := foundingYear(w); ok {
		return true
	}
	n, ok := companyAge(w)
	return ok && n >= 6
}

// softGrowth reports growth told as modest: a softener not itself denied
// ("not slowly") beside a word of growth.
func softGrowth(w []string) bool {
	soft := false
	for i, t := range w {
		if !growthSofteners[t] {
			continue
		}
		switch t {
		case "dramatic", "crazy", "wild", "spectacular":
			// "nothing crazy", "not crazy": the denial is the softening.
			soft = soft || i > 0 && (w[i-1] == "nothing" || negation[w[i-1]])
		default:
			// A softener denied ("not slowly") softens nothing.
			soft = soft || i == 0 || !negation[w[i-1]]
		}
	}
	return soft && hasAny(w, wordSet("grow", "grows", "growing", "grew", "growth"))
}

// fastGrowthWords tell growth no softener makes modest.
var fastGrowthWords = wordSet("fast", "quickly", "rapidly", "doubled", "tripled", "booming", "exploding",
	"hiring", "scaling", "expanding", "mad")

// youngWords tell a firm still starting, whose slow growth is a
// start-up's as much as an established firm's.
var youngWords = wordSet("launched", "launch", "started", "starting", "new", "just", "seed", "founded",
	"first", "young", "startup", "months", "weeks", "opened", "recently")

// slowGrowthAlone reports modest growth told with nothing young and
// nothing fast beside it ("we're growing, slowly but surely"): steady
// trading, not scaling up.
func slowGrowthAlone(w []string) bool {
	return softGrowth(w) && !hasAny(w, fastGrowthWords) && !hasAny(w, youngWords) && !earlyYear(w)
}

// earlyYear reports a firm in its second or third year: "we're in our
// second year" is young, whatever its growth.
func earlyYear(w []string) bool {
	for i := 1; i < len(w); i++ {
		if (w[i] == "year" || w[i] == "season") && (w[i-1] == "second" || w[i-1] == "third" || w[i-1] == "2nd" || w[i-1] == "3rd") {
			return true
		}
	}
	return false
}

// thenMarkers set a count in the past: "in 2019", "three years ago",
// "we had".
var thenMarkers = wordSet("ago", "had", "ran", "was", "were", "used", "back", "when")

// grewThenNow reads growth from a count then to a larger one of the same
// things now: "we had 3 stations in 2020, now we have 7", "in 2021 we
// ran 4 vans, today we run 11", "six boats when I came back, fourteen
// now". Half as many again or more, as "from 10 to 35" is read. "One
// grader then, two supermarkets now" counts other things.
func grewThenNow(w []string) bool {
	k := slices.IndexFunc(w, func(t string) bool { return t == "now" || t == "today" })
	if k < 2 || !hasAny(w[:k], thenMarkers) && !slices.ContainsFunc(w[:k], isYear) {
		return false
	}
	if _, ok := count(w[k-1]); ok && !isYear(w[k-1]) {
		// "fourteen now": the count now just before the word, its noun
		// left out as the count then's.
		i, ok := firstCount(w[:k-1])
		a, _ := count(w[i])
		b, _ := count(w[k-1])
		return ok && a > 0 && 2*b >= 3*a
	}
	i, okA := firstCount(w[:k])
	j, okB := firstCount(w[k+1:])
	if !okA || !okB {
		return false
	}
	j += k + 1
	a, _ := count(w[i])
	b, _ := count(w[j])
	if j+1 < len(w) && strings.TrimSuffix(w[j+1], "s") != strings.TrimSuffix(w[i+1], "s") {
		return false // another thing counted now
	}
	return a > 0 && 2*b >= 3*a
}

// firstCount is the index of the first number of w that counts things:
// no year, no span of time ("three years ago").
func firstCount(w []string) (int, bool) {
	for i, t := range w {
		_, ok := count(t)
		if !ok || isYear(t) || i+1 < len(w) && timeUnits[w[i+1]] {
			continue
		}
		return i, true
	}
	return 0, false
}

// hireVerbs take on staff.
var hireVerbs = wordSet("hire", "hiring", "recruit", "recruiting", "employ", "train", "staff")

// hiresOutpaced reports hiring that cannot keep up, told as "can't hire
// fast enough", "we cannot recruit people quickly enough": the firm
// grows faster than it can staff itself, scaling up. The negation is
// the idiom's, not a denial of the speed.
func hiresOutpaced(w []string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] != "enough" || !hasAny(w[i-1:i], wordSet("fast", "quickly", "quick")) {
			continue
		}
		before := w[max(0, i-6) : i-1]
		if hasAny(before, hireVerbs) && hasAny(before, negation) {
			return true
		}
	}
	return false
}
