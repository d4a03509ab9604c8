package conversation

// Sensitive data owned and the worry then bounded by "but we're not a
// bank" ("we have the students' data so we think about it, but we are
// not a bank"): the middle. The data raises the worry, the comparison
// keeps it short of the top; the data words alone read a lot.

var (
	bankWords     = wordSet("bank", "banks")
	dataCareWords = wordSet("data", "details", "records", "addresses", "information", "careful", "care", "think",
		"matters", "protect", "personal", "numbers", "files")
	bankNegations = wordSet("not", "no", "isnt", "arent", "aint")
)

// dataButNotABank reports a bank denied ("not a bank", "not like we're
// a bank") after words of data or care.
func dataButNotABank(w []string) bool {
	for i, t := range w {
		if !bankWords[t] {
			continue
		}
		for j := i - 1; j >= max(0, i-5); j-- {
			if bankNegations[w[j]] {
				return hasAny(w[:j], dataCareWords)
			}
		}
	}
	return false
}
