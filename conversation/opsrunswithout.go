package conversation

// Verbs by which a thing goes on working, and the IT it may go on
// without: "the machines run without internet".
var (
	runVerbs   = wordSet("run", "runs", "work", "works", "operate", "operates", "go", "goes")
	notRunning = wordSet("not", "never", "hardly", "barely", "cant", "cannot", "couldnt", "wont", "wouldnt", "dont", "doesnt")
	itObjects  = wordSet("internet", "computer", "computers", "system", "systems", "wifi", "network", "it", "software")
)

// runsWithoutIT reads a clause in which something runs without IT, the
// verb just before "without" and IT its object (after "any" or "the"):
// part of the work needs no computer, so reliance is not complete. With
// more said beside the clause ("CNC programs and invoicing. machines run
// without internet") it is the middle; alone, low.
func runsWithoutIT(w []string, k, start, end int) (string, bool) {
	if k == 0 || !runVerbs[w[k-1]] || k+1 >= len(w) || hasAny(w[start:k], notRunning) {
		return "", false // "we could not operate without it"
	}
	obj := w[k+1]
	if (obj == "any" || obj == "the" || obj == "an") && k+2 < len(w) {
		obj = w[k+2]
	}
	if !itObjects[obj] {
		return "", false
	}
	if start > 0 || end < len(w) {
		return "medium", true
	}
	return "low", true
}
