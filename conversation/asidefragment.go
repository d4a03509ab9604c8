package conversation

import "strings"

// A question-marked fragment that opens on a preposition ("With cheese
// prices like this?", "After the year we had?", "On our margins?", "For
// five people?", after a "Full-time?" or not) asks the bot nothing: it is
// the owner's reason said aloud, and the bare yes or no after it answers
// the pending question.

var asideOpeners = wordSet("with", "after", "on", "in", "at", "given", "during", "considering", "from", "for")

// reasonFragment reports a head whose last sentence is such a fragment:
// it opens on a preposition and holds no question word.
func reasonFragment(head string) bool {
	last := strings.TrimRight(head, "?!. ")
	if i := strings.LastIndexAny(last, "?!."); i >= 0 {
		last = last[i+1:]
	}
	w := normalize(last)
	return len(w) >= 2 && asideOpeners[w[0]] && !hasAny(w, questionWordSet)
}

// questionWordSet are the words that make a fragment a real question.
var questionWordSet = wordSet("what", "who", "how", "why", "where", "when", "which")
