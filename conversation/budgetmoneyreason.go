package conversation

// Money named as the reason or denied as it: "not for lack of money",
// "it's not a question of money", "never about the money" leave the
// money there (yes); "it's a question of money, and we haven't got it"
// makes it the obstacle (no). The money word alone had read yes, and a
// negation beside it no.

// reasonNouns make money the reason: "a question of money", "a matter
// of cash", "for lack of funds".
var reasonNouns = wordSet("question", "matter", "lack", "shortage")

// moneyReasonAt is where w names money as the reason ("question of
// money", "lack of cash", "about the money"), the index of the reason
// word, or -1.
func moneyReasonAt(w []string, from int) int {
	for i := from; i+2 < len(w); i++ {
		switch {
		case reasonNouns[w[i]] && w[i+1] == "of" && (runwayWords[w[i+2]] || w[i+2] == "budget"):
			return i
		case w[i] == "about" && (runwayWords[w[i+1]] || w[i+1] == "the" && runwayWords[w[i+2]]):
			return i
		}
	}
	if n := len(w); n >= 2 && w[n-2] == "about" && runwayWords[w[n-1]] {
		return n - 2
	}
	return -1
}

// moneyNotTheReason reports money denied as the reason: a negation
// ("not", "never") within the three words before it.
func moneyNotTheReason(w []string) bool {
	for i := moneyReasonAt(w, 0); i >= 0; i = moneyReasonAt(w, i+1) {
		if negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}

// moneyTheReason reports money named as the reason, not denied, and no
// turn after it: "it's a question of money, and we haven't got it".
func moneyTheReason(w []string) bool {
	i := moneyReasonAt(w, 0)
	if i < 0 || negatedBefore(w, i, 3) || hasAny(w[i:], turnWords) || w[i] == "about" {
		return false
	}
	return true
}

// moneyNoNeedReading asks about an answer that denies money as the
// reason and then the need itself ("it's not a question of money, we
// just don't need one"): the money is there, the will is not, and which
// the owner means by "could you fund one" is theirs to say.
func moneyNoNeedReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qBudget {
		return answerMatch{}, false
	}
	w, cut := tokenize(text)
	if !(obstacleNotMoney(w) || moneyNotTheReason(w)) || !needDenied(w, cut) {
		return answerMatch{}, false
	}
	return answerMatch{candidates: []string{q.yes, q.no}, signal: true}, true
}
