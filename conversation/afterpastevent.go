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
	near := w[i+1 : min(len(w), i+7)]
	if hasAny(near, stillToComeWords) {
		return false
	}
	return hasAny(w[i+1:min(len(w), i+4)], pastEventMarks) ||
		containsSeq(near, "weve", "had") || containsSeq(near, "we", "had")
}
