package conversation

// Owners unsure of a hire's cost still say no by setting it above all
// the business makes: "not sure what they cost, but it's more than we
// make", "costs more than our whole profit". The comparison is the
// answer, whatever doubt or "sure" comes with it.

// incomeVerbs are what the business makes, in the forms that follow
// "more than" ("more than we make", "more than the shop clears"); not
// "take" or "bring", which follow it of time and work ("more than a year
// to bring in", "more than I can take on").
var incomeVerbs = wordSet("makes", "make", "earns", "earn", "clears", "clear", "brings", "turns", "takes", "nets")

// costAboveIncome reports "more than" followed closely by what the
// business or the owner makes: "more than we make", "more than our
// profit", "more than the shop clears". "more than that" compares with
// the cost itself ("we make far more than that costs") and is no such
// saying.
func costAboveIncome(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "more" || w[i+1] != "than" || i > 0 && negation[w[i-1]] {
			continue
		}
		rest := w[i+2 : min(i+6, len(w))]
		if rest[0] == "that" || rest[0] == "it" || rest[0] == "this" {
			continue
		}
		if hasAny(rest, incomeWords) || hasAny(rest, incomeVerbs) {
			return true
		}
	}
	return false
}
