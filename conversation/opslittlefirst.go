package conversation

// Ops answers that tell a small reliance first and then why: "very
// little, we have a computer for the invoices, the rest is the mill and
// the tractors". The office's part on the computer beside the trade off
// it reads the middle alone; told under "very little" it is the little.

// littleLeadWords may make up the opening degree: "very little",
// "not a whole lot", "like a little", "honestly, hardly".
var littleLeadWords = wordSet("very", "little", "a", "bit", "modestly", "not", "whole", "lot", "much", "barely",
	"hardly", "like", "honestly", "really", "at", "all", "so", "that", "pretty", "quite", "only")

// littleCores are the words of a small reliance in that opening.
var littleCores = wordSet("little", "modestly", "barely", "hardly")

// littleTakenBack are words after the opening that change or outdo it:
// "a little. no wait, quite a lot".
var littleTakenBack = wordSet("wait", "actually", "quite", "lot", "heavily", "fair", "completely", "totally",
	"critical", "everything", "stop", "stops")

// littleFirst reports an answer opening with a small reliance in a
// clause of its own, not taken back after.
func littleFirst(w []string, cut []bool) bool {
	_, end := clauseBounds(cut, 0)
	if end >= len(w) || end > 5 {
		return false
	}
	lead, core := w[:end], false
	for i, t := range lead {
		if !littleLeadWords[t] {
			return false
		}
		// "not much", "not a whole lot": the little denied a big.
		notBig := t == "not" && i+1 < end && (lead[i+1] == "much" || lead[i+1] == "a")
		core = core || littleCores[t] && !(i > 0 && lead[i-1] == "quite") || notBig
	}
	return core && !hasAny(w[end:], littleTakenBack)
}
