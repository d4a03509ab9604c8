package conversation

// Cyber risk told small in so many words ("Our own risk is small", "the
// exposure is minimal"): not much concern. "Small" alone is no key, as
// "a small worry" is the middle.

var (
	riskNouns      = wordSet("risk", "risks", "exposure")
	smallRiskWords = wordSet("small", "minimal", "tiny", "negligible", "minor", "slight")
	riskCopulas    = wordSet("is", "are", "seems", "feels", "very", "quite", "pretty", "fairly", "really", "rather")
)

// riskToldSmall reports a risk noun then, past a copula and degree
// words, a word of smallness, with no negation between and no turn
// after: not "the risk is not small", nor "small but a breach would
// finish us".
func riskToldSmall(w []string) bool {
	for i, t := range w {
		if !riskNouns[t] {
			continue
		}
		j := i + 1
		for j < len(w) && j < i+4 && riskCopulas[w[j]] {
			j++
		}
		if j > i+1 && j < len(w) && smallRiskWords[w[j]] && !negatedBefore(w, i, 2) && !hasAny(w[j:], limitWords) {
			return true
		}
	}
	return false
}
