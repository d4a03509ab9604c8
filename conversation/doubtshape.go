package conversation

// Doubts from an answer's shape rather than its words: a short yes
// limited to some competitors, comparisons that lead and lag at once, a
// worry compared down with the past, a reading dated back by a later
// clause, and another's view set against the speaker's own.

// shapeDoubt is the other option (or inDoubt) an answer read as v could
// mean by its shape, or "".
func shapeDoubt(q *question, w []string, cut []bool, v string) string {
	switch {
	case q.ID == qCompetitors && v == q.yes && partialYes(w, cut):
		return q.unsure // "depends, some yes"
	case q.ID == qCompetitors && (v == q.yes || v == q.no) && mixedDirection(w, cut) && !restated(q, w, cut):
		// "ahead of the locals, but behind the Japanese": either end.
		if v == q.yes {
			return q.no
		}
		return q.yes
	case q.ID == qSecurity && v == q.yes && lessThanBefore(w):
		return q.hedge // "a lot less than two years ago": the top or the middle
	case pastDatedQuestions[q.ID] && datedBack(w, cut):
		return inDoubt // "we were first, but that was 15 years ago"
	}
	return ownViewAgainst(q, w, cut, v) // "my partner worries, I don't"
}

// restated reports an answer that restates the question before answering
// it ("competitors adopting tech faster, no, we are faster").
func restated(q *question, w []string, cut []bool) bool {
	_, ok := restatedAnswer(q, w, cut)
	return ok
}
