package conversation

// Ops answers that tell the systems down and then nothing of the work
// done: "if those go, nothing ships", "the site down = we sell nothing".
// The "nothing" is the whole work stopped, complete reliance, not the
// "nothing" of no reliance ("nothing really, just email") nor of no harm
// ("if it goes down nothing happens").

// goneWords tell a system down or gone, beside breakdownVerbs.
var goneWords = wordSet("go", "goes", "gone", "went", "crashed", "failed", "stops", "stopped")

// nothingMoves are the work that nothing then does: "nothing ships".
var nothingMoves = wordSet("ships", "moves", "leaves", "sells", "works", "runs", "gets")

// doNothingVerbs are the work done on nothing: "we sell nothing".
var doNothingVerbs = wordSet("sell", "do", "ship", "make", "earn", "invoice", "sold")

// nothingDone are what may follow "gets" of work stopped: "gets done".
var nothingDone = wordSet("done", "out", "shipped", "sent", "made", "sold")

// nothingEnds may follow "we do nothing" as its end: "all day".
var nothingEnds = wordSet("all", "at", "that", "until", "till", "the")

// downThenNothing reports the systems down and then nothing done.
func downThenNothing(w []string, cut []bool) bool {
	down := -1
	for i, t := range w {
		if down < 0 && (breakdownVerbs[t] || goneWords[t] || t == "working" && i > 0 && negation[w[i-1]]) {
			down = i
		}
		if t != "nothing" || down < 0 || i <= down {
			continue
		}
		if i+1 < len(w) && !cut[i+1] && nothingMoves[w[i+1]] {
			return w[i+1] != "gets" || i+2 < len(w) && nothingDone[w[i+2]]
		}
		ends := i+1 == len(w) || cut[i+1] || nothingEnds[w[i+1]]
		if i > 0 && doNothingVerbs[w[i-1]] && ends {
			return true
		}
	}
	return false
}
