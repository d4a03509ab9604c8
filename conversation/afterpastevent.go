package conversation

var (
	pastEventMarks = wordSet("last", "latest", "recent", "successful")
	// stillToComeWords tell the event after "after" is still to come:
	// "after the last loan is paid off".
	stillToComeWords = wordSet("is", "are", "gets", "goes", "comes", "closes", "paid", "done", "finished", "over",
		"through", "will", "lands", "clears", "next")
)

// afterPastEvent reports an "after" at w[i] that names an event already
// had ("yes, after the last financing round we have enough", "after the
// season we've had, yes, we can"): it dates the yes, it sets no condition.
func afterPastEvent(w []string, i int) bool {
	if w[i] != "after" {
		return false
	}
	if roundRaisedAfterYes(w, i) {
		return true
	}
	near := w[i+1 : min(len(w), i+7)]
	if hasAny(near, stillToComeWords) {
		return false
	}
	return hasAny(w[i+1:min(len(w), i+4)], pastEventMarks) ||
		containsSeq(near, "weve", "had") || containsSeq(near, "we", "had")
}

// roundKinds name a funding round: "the seed round", "our funding round".
var roundKinds = wordSet("seed", "funding", "investment", "financing")

// roundRaisedAfterYes reports a yes dated by a funding round named after
// the "after" at w[i] ("yes, after the Series A it's in the plan"): the
// yes tells the round is raised. A round still to come ("after the
// Series A closes") or not a yes ("after the next round, maybe") is none.
func roundRaisedAfterYes(w []string, i int) bool {
	if !yesWords[w[0]] {
		return false
	}
	k := i + 1
	if k < len(w) && (w[k] == "the" || w[k] == "our") {
		k++
	}
	if k+2 >= len(w) || !(w[k] == "series" && len(w[k+1]) == 1 || roundKinds[w[k]] && w[k+1] == "round") {
		return false
	}
	return !stillToComeWords[w[k+2]]
}
