package conversation

// "none planned" ("No, and none planned", "nope, none planned either")
// denies a plan as well as a product: the reader would otherwise take
// "planned" as the plan option and "none" as counting it.

var planDeniers = wordSet("none", "nothing")

// nonePlanned reports "none planned" or "none are planned" with no turn
// after it ("none planned this year, but...").
func nonePlanned(w []string) bool {
	for i, t := range w {
		if t != "planned" || i == 0 || hasAny(w[i:], limitWords) {
			continue
		}
		if planDeniers[w[i-1]] || i > 1 && (w[i-1] == "is" || w[i-1] == "are") && planDeniers[w[i-2]] {
			return true
		}
	}
	return false
}
