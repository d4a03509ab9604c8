package conversation

// An owner who answers the budget question with an effort ("we can try",
// "we could try, but ...") offers no money in hand: trying is the
// stretched middle, whatever cost or worry follows, unless the rest says
// it cannot be done ("we can try, but honestly no").

var (
	// tryModals before "try" make it an offer to try: "we can try",
	// "we'd try", "I will try".
	tryModals = wordSet("can", "could", "will", "would", "might", "may", "wed", "id", "ill", "well", "shall")
	// tryRefusals after the offer take it back.
	tryRefusals = wordSet("no", "nope", "cant", "cannot", "impossible", "never", "wont")
)

// budgetTryReading reads "we can try, but ..." as the hedge: the opening
// clause is a modal and "try" (with at most "it" or "our best" after),
// unnegated, and nothing after it refuses.
func budgetTryReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qBudget {
		return answerMatch{}, false
	}
	w, cut := tokenize(text)
	end := len(w)
	for i := 1; i < len(w); i++ {
		if cut[i] || limitWords[w[i]] {
			end = i
			break
		}
	}
	first := w[:end]
	t := -1
	for i := 1; i < len(first); i++ {
		if first[i] == "try" && tryModals[first[i-1]] {
			t = i
			break
		}
	}
	if t < 0 || t > 3 || len(first)-t > 3 || hasAny(first, negation) || hasAny(w[end:], tryRefusals) {
		return answerMatch{}, false
	}
	return answerMatch{value: q.hedge, signal: true}, true
}
