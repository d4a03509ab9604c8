package conversation

import "slices"

var (
	// obligationWords open a duty still ahead: "has to", "must".
	obligationWords = wordSet("has", "have", "need", "needs", "must", "got")
	// decisionVerbs are a decision or assent a spend waits on.
	decisionVerbs = wordSet("approve", "agree", "sign", "vote", "decide", "ok", "okay", "confirm",
		"authorise", "authorize", "ratify", "endorse")
	// certaintyWords are the owner's own decision: "have to be sure".
	certaintyWords = wordSet("sure", "certain", "convinced")
	// pendingFillers stand between the duty and its verb: "must first
	// sign", "have to be really sure".
	pendingFillers = wordSet("to", "still", "first", "really", "very", "absolutely", "all", "then")
)

// decisionPending reports a spend said to wait on a decision still to be
// taken ("but the board still has to approve it", "the owners need to
// vote on it", "I'd have to be very sure"): whatever the money, the hire
// is a maybe until then. A negation makes it another answer ("they would
// never approve it").
func decisionPending(w []string) bool {
	if hasAny(w, negation) {
		return false
	}
	for i, x := range w {
		if !obligationWords[x] {
			continue
		}
		j := i + 1
		if j >= len(w) || w[j] != "to" && x != "must" {
			continue // "has approved": done, not a duty
		}
		for j < len(w) && pendingFillers[w[j]] {
			j++
		}
		if j < len(w) && decisionVerbs[w[j]] {
			return true
		}
		if j+1 < len(w) && w[j] == "be" && (certaintyWords[w[j+1]] ||
			pendingFillers[w[j+1]] && j+2 < len(w) && certaintyWords[w[j+2]]) {
			return true
		}
	}
	return false
}

// readsYesOrHedge reports a reading of yes, or a choice between yes and
// the hedge, that a pending decision settles as the hedge.
func readsYesOrHedge(q *question, m answerMatch) bool {
	if m.value != "" {
		return m.value == q.yes
	}
	return len(m.candidates) == 2 && slices.Contains(m.candidates, q.yes) && slices.Contains(m.candidates, q.hedge)
}

// postWords name the job a budget is for: "the funding for the post".
var postWords = wordSet("post", "posts", "position", "positions", "job", "vacancy", "seat")

// setAsideVerbs set money apart: "put 60k aside", "set the salary aside".
var setAsideVerbs = wordSet("put", "set", "putting", "setting", "puts", "sets")

// setAsideSplit reports money set aside with the sum between the verb and
// its particle ("voted to put 60k aside for it"), which the key "set
// aside" misses; a negation or a budget for another thing is none.
func setAsideSplit(w []string) bool {
	if hasAny(w, negation) || budgetForOther(w) {
		return false
	}
	for i, x := range w {
		if !setAsideVerbs[x] {
			continue
		}
		for j := i + 2; j < min(i+5, len(w)); j++ {
			if w[j] == "aside" {
				return true
			}
		}
	}
	return false
}

// nothingAside reports setting money aside denied: a negation or
// "nothing" up to four words before the verb ("we can't put anything
// aside", "nothing left over to put aside"), "aside" soon after it. Money
// "aside for" something else is no such denial.
func nothingAside(w []string) bool {
	if budgetForOther(w) {
		return false
	}
	for i, x := range w {
		if !setAsideVerbs[x] || !slices.Contains(w[i+1:min(i+5, len(w))], "aside") {
			continue
		}
		for _, b := range w[max(0, i-4):i] {
			if negation[b] || b == "nothing" {
				return true
			}
		}
	}
	return false
}
