package conversation

// A question-marked fragment that opens on a preposition ("With cheese
// prices like this?", "After the year we had?", "On our margins?") asks
// the bot nothing: it is the owner's reason said aloud, and the bare yes
// or no after it answers the pending question.

var asideOpeners = wordSet("with", "after", "on", "in", "at", "given", "during", "considering", "from")

// reasonFragment reports a head that is such a fragment: it opens on a
// preposition and holds no question word.
func reasonFragment(head string) bool {
	w := normalize(head)
	return len(w) >= 2 && asideOpeners[w[0]] && !hasAny(w, wordSet("what", "who", "how", "why", "where", "when", "which"))
}
