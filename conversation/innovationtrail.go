package conversation

var (
	contentWords  = wordSet("happy", "content", "glad", "comfortable", "fine", "okay", "ok")
	trailingPlace = wordSet("second", "third", "fourth", "fifth", "tenth", "last", "later", "late", "follower", "followers",
		"behind")
	beingWords = wordSet("to", "be", "being", "come", "coming", "a", "number", "two", "just")
)

// contentToTrail reports an owner content to come after others: "Happy
// to be second. Or fifth." is no wish to innovate first; not "not happy
// to be second", which wants to lead.
func contentToTrail(w []string) bool {
	for i, t := range w {
		if !contentWords[t] || hasAny(w[max(0, i-3):i], negation) {
			continue
		}
		j := i + 1
		for j < len(w) && j <= i+3 && beingWords[w[j]] && !trailingPlace[w[j]] {
			j++
		}
		if j > i+1 && j < len(w) && (trailingPlace[w[j]] || w[j-1] == "number" && w[j] == "two") {
			return true
		}
	}
	return false
}
