package conversation

// Innovation told as no need of it ("No need.", "We don't need it.",
// "Not needed in our trade."): no wish to lead with new technology. A
// need denied of something else ("no need to be first, but...") is left
// to the other readings.

var innovationNeedWords = wordSet("need", "needed", "needs")

// needTails may follow a denied need and keep it about innovation: "no
// need for it", "not needed in our trade".
var needTails = wordSet("for", "it", "that", "this", "in", "here", "really", "at", "all", "of", "them", "any", "one")

// needDenied reports a need denied with nothing after it but a short
// tail ("for it", "in our line") or a new clause, and no turn.
func needDenied(w []string, cut []bool) bool {
	if hasAny(w, limitWords) {
		return false
	}
	for i, t := range w {
		if !innovationNeedWords[t] || !hasAny(w[max(0, i-2):i], negation) {
			continue
		}
		if i+1 == len(w) || cut[i+1] || needTails[w[i+1]] {
			return true
		}
	}
	return false
}
