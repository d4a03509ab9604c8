package conversation

// Questions of how much (reliance on IT, worry about security) take no
// yes or no: a bare yes says there is some, and a degree may be told
// against what it should be.

// yesToHowMuch is the reading of a bare yes to a question of how much
// ("How much does cybersecurity risk concern you?"): it says there is
// some, not how much, so the upper two options are offered.
func yesToHowMuch(q *question, w []string) (answerMatch, bool) {
	if !q.graded || yesNoQuestions[q.ID] || !bareYes(w) {
		return answerMatch{}, false
	}
	return answerMatch{candidates: pair(q.hedge, q.yes), signal: true}, true
}

// comparedToDuty is the reading of a degree told against what it should
// be, on a question of how much: "less than I really ought to be" is the
// least, "more than we should" the most.
func comparedToDuty(q *question, w []string) (answerMatch, bool) {
	if !q.graded || yesNoQuestions[q.ID] {
		return answerMatch{}, false
	}
	if o := comparedWithShould(q, w); o != "" {
		return answerMatch{value: o, signal: true}, true
	}
	return answerMatch{}, false
}
