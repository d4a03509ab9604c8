package conversation

// A thing denied through a link ("nothing with technology", "nothing to
// do with software", "none of it in tech") is denied as surely as "no
// software": the words between say how, not whether.

// denialLinks join a "nothing" to the thing it denies.
var denialLinks = wordSet("with", "to", "do", "of", "in", "about", "related", "involving", "around", "any", "the", "it")

// nothingLinkedTo reports a "nothing" or "none" before w[i] with only
// link words between.
func nothingLinkedTo(w []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch {
		case w[j] == "nothing" || w[j] == "none":
			return j < i-1
		case !denialLinks[w[j]]:
			return false
		}
	}
	return false
}
