package conversation

import "slices"

// A systems answer that tells their age as a few years or months ("the
// billing software is two years old", "the tills are 18 months old")
// names new systems: the key "years old" reads any age as old. With no
// trouble, no worse age and no turn beside it, they are fine.

// youngYears is the most years told of systems still new.
const youngYears = 3

// systemAgeUnits count an age told: "two years old", "18 months old".
var systemAgeUnits = wordSet("year", "years", "month", "months", "week", "weeks")

// youngSystems reports every age told in w as young, at least one told,
// and no trouble, worst word, other aged word or turn in w.
func youngSystems(w []string, cut []bool) bool {
	young := 0
	for i := 1; i+1 < len(w); i++ {
		if w[i+1] != "old" || !systemAgeUnits[w[i]] {
			continue
		}
		n, ok := count(w[i-1])
		if w[i-1] == "a" || w[i-1] == "an" {
			n, ok = 1, true
		}
		if !ok || n > youngYears && (w[i] == "year" || w[i] == "years") {
			return false
		}
		young++
	}
	if young == 0 || countWord(w, "old") != young {
		return false // "two years old, the stock system is old"
	}
	return troubleKinds(w, cut) == 0 && !hasAny(w, painWords) && !hasAny(w, worstWords) &&
		!hasAny(w, contrastWords) && !hasAny(w, negation) && !slices.ContainsFunc(w, agedOther)
}

// agedOther reports an aged word but the "old" of an age told: "ancient".
func agedOther(t string) bool { return agedWords[t] && t != "old" }
