package conversation

// Records that disagree, told as "nothing matches": the "nothing" denies
// the agreement between the records, not the trouble. Read as a plain
// negation it would say the data is under control.

// agreeVerbs are what records do when they are right with each other;
// "up" follows some of them ("adds up", "lines up").
var agreeVerbs = wordSet("match", "matches", "agree", "agrees", "tally", "tallies", "reconcile",
	"reconciles", "add", "adds", "line", "lines", "balance", "balances")

// nothingAgrees reports "nothing matches", "none of it adds up", "none of
// them line up": every record at odds with the others, a real problem.
// Not "nothing to match", nor a verb a few words on ("nothing, the
// numbers match").
func nothingAgrees(w []string, cut []bool) bool {
	for i, t := range w {
		if t != "nothing" && t != "none" {
			continue
		}
		j := i + 1
		if t == "none" && j+1 < len(w) && w[j] == "of" {
			j += 2 // "none of it", "none of them"
		}
		if j < len(w) && (j >= len(cut) || !cut[j]) && agreeVerbs[w[j]] {
			up := w[j] == "add" || w[j] == "adds" || w[j] == "line" || w[j] == "lines"
			if !up || j+1 < len(w) && w[j+1] == "up" {
				return true
			}
		}
	}
	return false
}
