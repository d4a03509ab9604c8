package conversation

import "slices"

// believeOpeners open a question that asks the listener to believe or
// guess what the owner is telling: "Would you believe 1,400?" states
// the figure, it asks nothing back.
var believeOpeners = [][]string{
	{"would", "you", "believe"}, {"could", "you", "believe"}, {"can", "you", "believe"},
	{"would", "you", "guess"}, {"can", "you", "imagine"}, {"could", "you", "imagine"},
}

// askedToBelieve reports a head that is such a question and reads an
// option by itself: the whole answer is read, the figure in
// the question with the rest ("Would you believe 1,400? Most of them
// machinists."), not only the words after it.
func askedToBelieve(q *question, head string) bool {
	w := normalize(head)
	if !slices.ContainsFunc(believeOpeners, func(p []string) bool {
		return len(w) > len(p) && slices.Equal(w[:len(p)], p)
	}) {
		return false
	}
	return matchPart(q, head, nil).value != ""
}
