package conversation

// A budget answer that opens or closes on a bare no, its own clause,
// with the rest only a reason ("No. Cash is tight; we are cutting",
// "With cheese prices like this? No."): the no answers; the reason's
// "tight" or "budget" is no second option. Owners who turn the no say
// so ("no, but...", "No. Well, maybe..."), and then it is not taken.

var (
	budgetBareNos   = wordSet("no", "nope", "nah")
	budgetNoTurners = wordSet("but", "though", "although", "unless", "if", "well", "except", "yes", "yeah",
		"could", "can", "maybe", "perhaps", "possibly", "might", "probably", "already", "approved", "afford")
)

// budgetNoWithReason reports a bare no at either end of the answer, cut
// off from the rest, and a rest that does not turn it.
func budgetNoWithReason(w []string, cut []bool) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	var rest []string
	switch {
	case budgetBareNos[w[0]] && cut[1]:
		rest = w[1:]
	case budgetBareNos[w[n-1]] && cut[n-1]:
		rest = w[:n-1]
	default:
		return false
	}
	return !hasAny(rest, budgetNoTurners) && !hasAnyPhrase(rest, mindChanges)
}
