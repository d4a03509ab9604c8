package conversation

// Stages told by what has not happened yet or by how much growth there
// is: a launch still to come is a start-up; growth told as modest beside
// a long age is an established firm's.

// openingToCome open a business to its customers.
var openingToCome = wordSet("launched", "launch", "opened", "open", "live", "trading", "released")

// launchToCome reports a launch denied with "yet": "we haven't launched
// yet", "not open yet", "we have not opened yet".
func launchToCome(w []string) bool {
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
	soft := false
	for i, t := range w {
		if !growthSofteners[t] {
			continue
		}
		switch t {
		case "dramatic", "crazy", "wild", "spectacular":
			soft = soft || i > 0 && w[i-1] == "nothing"
		default:
			soft = true
		}
	}
	if !soft || !hasAny(w, wordSet("grow", "grows", "growing", "grew", "growth")) {
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
