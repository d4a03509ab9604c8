package conversation

// A sorted part beside a part still kept by hand: "now we have one
// system for the orders, but the traceability still is on paper". The
// opening alone reads as the best option; the "still" after the turn
// says the present has a problem left, so the middle is meant.

// leftoverTurns open the part that is left: "but", "though", "only".
var leftoverTurns = wordSet("but", "though", "although", "only", "except", "apart")

// handKept are the places a part left by hand is kept in.
var handKept = wordSet("paper", "handwritten", "hand", "folders", "folder", "binder", "binders",
	"spreadsheet", "spreadsheets", "excel", "notebook", "notebooks", "whiteboard", "ledger", "book", "books",
	"paperwork", "manual", "manually", "clipboard", "diary")

// leftoverByHand reports whether w, read as q.no before its last turn,
// goes on with a part "still" kept by hand: then the hedge is meant.
func leftoverByHand(q *question, w []string, cut []bool) bool {
	t := -1
	for i, x := range w {
		if leftoverTurns[x] {
			t = i
		}
	}
	if t < 1 || !hasAny(w[t+1:], wordSet("still")) || !hasAny(w[t+1:], handKept) {
		return false
	}
	if hasAny(w[t+1:], wordSet("everything", "all", "most", "rest")) {
		return false // "but everything else is still on paper": more than a part
	}
	m := matchPart(q, joinClauses(w[:t], cut[:t]), nil)
	return m.value == q.no
}
