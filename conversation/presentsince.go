package conversation

// An answer that measures against the past and then tells the present in
// more than one clause ("We rely on it more than we used to. The press
// line is mechanical, but orders and dispatch are all on the system
// now"): the "now" closes the last clause, yet every clause after the
// past one is the present. Read alone, the clause with the "now" tells
// only the part that went onto the computers, an end; read together,
// the present weighs the parts.

// presentVerbs tell a state in the present: "the line is mechanical",
// "the fields don't need it", "the welding is still by hand".
var presentVerbs = wordSet("is", "are", "isnt", "arent", "still", "dont", "doesnt", "runs", "run", "stays", "stay",
	"remains", "remain", "needs", "need", "has", "have")

// contrastOpens reports a clause opening on a contrast at a word from
// start to before end: "but" after a list's commas still opens the
// clause that ends on "now".
func contrastOpens(w []string, cut []bool, start, end int) bool {
	for k := start; k < end && k < len(w); k++ {
		if cut[k] && contrastWords[w[k]] {
			return true
		}
	}
	return false
}

// presentSince is where the present starts when the past clause around
// w[past] comes before the clause [ps, pe) holding the "now", a clause
// after the past one opens on a contrast ("but the orders are all on it
// now"), and the clauses between tell a state in the present and no
// past of their own: the end of the past clause, else ps. Not "five
// years ago, yes. now, no", nor "we used to grow fast, opening a shop a
// year, now...": there the clauses between run on the past.
func presentSince(w []string, cut []bool, past, ps int) int {
	if past >= ps {
		return ps
	}
	_, qe := clauseBounds(cut, past)
	if qe >= ps || !hasAny(w[qe:ps], presentVerbs) || !contrastOpens(w, cut, qe+1, ps+1) {
		return ps
	}
	for i := qe; i < ps; i++ {
		lastYear := w[i] == "last" && i+1 < len(w) && pastPeriods[w[i+1]]
		if pastWords[w[i]] || pastWere(w, cut, i) || lastYear {
			return ps // "it was paper. then we had a server. now it's all cloud": more than one past
		}
	}
	return qe
}
