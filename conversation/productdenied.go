package conversation

// A thing denied through a link ("nothing with technology", "nothing to
// do with software", "none of it in tech") is denied as surely as "no
// software": the words between say how, not whether.

// denialLinks join a "nothing" to the thing it denies.
var denialLinks = wordSet("with", "to", "do", "of", "in", "about", "related", "involving", "around", "any", "the", "it")

// subjectVerbs after a denied phrase make it a subject: "nothing in the
// app is outsourced".
var subjectVerbs = wordSet("is", "are", "was", "were", "gets", "got", "comes", "goes", "has", "needs")

// nothingLinkedTo reports a "nothing" or "none" before w[i] with only
// link words between.
func nothingLinkedTo(w []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch {
		case w[j] == "nothing" || w[j] == "none":
			// "nothing in the app is outsourced": the phrase is the
			// subject of what follows, not a denial of the app.
			return j < i-1 && !hasAny(w[i+1:min(i+4, len(w))], subjectVerbs)
		case !denialLinks[w[j]]:
			return false
		}
	}
	return false
}
