package conversation

// Growth told as a multiple, for the stage question.

var (
	multipliedWords = wordSet("doubled", "tripled", "trebled", "quadrupled")
	timesAfter      = wordSet("more", "higher", "bigger", "larger", "what", "as", "the", "over")
)

// grewMultiple reports growth told as a multiple: "three times more",
// "four times what it was", "sales have doubled"; not "three times a
// week".
func grewMultiple(w []string) bool {
	for i, t := range w {
		if multipliedWords[t] && !(i > 0 && negation[w[i-1]]) {
			return true
		}
		if t != "times" || i == 0 || i+1 >= len(w) {
			continue
		}
		if n, ok := count(w[i-1]); ok && n >= 2 && n <= 20 && timesAfter[w[i+1]] {
			return true
		}
	}
	return false
}
