package conversation

// The summary of what a description answered lists each answer in the
// owner's terms: an option's label can cite more than a description
// says ("Maybe, but it would be tight" for "would need a board
// decision"), so there it says only what the answer means.

// notedLabels are an option's words in that summary, by question and
// option value, where its label says more than the answer.
var notedLabels = map[string]map[string]string{
	qSystems:  {"pain": "Yes, they need work"},
	qSecurity: {"high": "A lot"},
	qBudget:   {"maybe": "Maybe, it would depend"},
}

// notedLabel is option o of q as the summary of a description says it.
func notedLabel(q *question, o option) string {
	if l, ok := notedLabels[q.ID][o.Value]; ok {
		return l
	}
	return o.Label
}

// correctHint tells the owner how to correct what was noted: one answer
// is "it", several are "one".
func correctHint(filled []int) string {
	say := "“change " + questions[filled[0]].aliases[0] + "”"
	if len(filled) == 1 {
		return "If I got that wrong, press the button or say " + say + "."
	}
	return "If I got one wrong, press its button or say " + say + "."
}
