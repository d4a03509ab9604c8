package conversation

import "slices"

// Stage answers told by age in one word ("Old. Like me.") or by the same
// customers and orders now ("now it is calm, same customers, same
// orders"): steady, where no key word of the options is said.

// routineNouns after "same" tell work that does not change.
var routineNouns = wordSet("customers", "clients", "orders", "faces", "regulars", "work", "jobs", "suppliers",
	"people", "routine", "families", "contracts")

// oldWords call the firm old; "consolidated" is long established in
// the Spanish and Portuguese habit.
var oldWords = wordSet("old", "ancient", "ageing", "aging", "consolidated")

// oldShort reports a short answer that opens by calling the firm old:
// "Old. Like me.", "very old".
func oldShort(w []string) bool {
	if len(w) > 4 {
		return false
	}
	i := 0
	if len(w) > 1 && (w[0] == "very" || w[0] == "pretty" || w[0] == "quite" || w[0] == "really") {
		i = 1
	}
	return oldWords[w[i]] && !hasAny(w, wordSet("months", "weeks", "not", "enough"))
}

// sameRoutineNow reports the present told as the same customers or
// orders, with no growth told in it: "now it is calm, same customers".
func sameRoutineNow(w []string) bool {
	if k := slices.Index(w, "now"); k >= 0 {
		w = w[k+1:]
	}
	if hasAny(w, wordSet("growing", "grow", "grew", "expanding", "hiring", "new", "more", "fewer", "less", "startup")) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "same" && routineNouns[w[i+1]] {
			return true
		}
	}
	return false
}

// bothWaysDenials deny the direction right after them.
var bothWaysDenials = wordSet("not", "neither", "nor", "or", "arent", "isnt")

// bothWaysDenied reports growth and shrinking both denied: "not growing
// not shrinking", "neither growing nor shrinking": steady.
func bothWaysDenied(w []string) bool {
	denied := func(words map[string]bool) bool {
		for i, t := range w {
			j := i - 1
			if j > 0 && (w[j] == "really" || w[j] == "even") {
				j--
			}
			if words[t] && j >= 0 && bothWaysDenials[w[j]] {
				return true
			}
		}
		return false
	}
	return denied(wordSet("growing", "grow")) && denied(wordSet("shrinking", "shrink", "declining"))
}
