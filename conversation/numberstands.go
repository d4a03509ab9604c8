package conversation

// A rating or a share of the work that leads the answer, past a
// concession ("we've a web store, but honestly 85% of the business is
// cash at fairs", "I'd give them a 3. Slow, and it crashes"), or a
// rating told with its direction after the reason ("... I'd give it a
// 2"), is the answer's degree. The model knows only how many digits a
// number has and reads the concession's or the reason's words alone, so
// its doubt about such a reading is noise, as about a headcount.

// numberRead reports that the rules' reading m is the one a rating or a
// share in text tells.
func numberRead(q *question, text string, m answerMatch) bool {
	if m.value == "" || !q.graded {
		return false
	}
	w, cut := tokenize(text)
	w, cut = pastThenNow(dropConcession(w, cut))
	if len(w) == 0 {
		return false
	}
	if r, ok := leadingRating(q, w, cut); ok {
		return r.value == m.value
	}
	if r, ok := leadingShare(q, w, cut); ok {
		return r.value == m.value
	}
	if q.ID == qOps && m.value == "low" && mostSalesOffline(w) {
		return true // "a web store, but 85% of the business is cash at fairs"
	}
	r, ok := ratedTold(q, w, cut, answerMatch{})
	return ok && r.value == m.value
}
