package conversation

import "slices"

// Records that disagree, told as "nothing matches": the "nothing" denies
// the agreement between the records, not the trouble. Read as a plain
// negation it would say the data is under control. And records kept in
// separate systems that don't match: the "don't match" key alone is
// some trouble, the split makes it a real problem.

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

// Records kept apart: the split words, the places they are kept in, and
// the words that make their disagreement a small one.
var (
	splitWords      = wordSet("separate", "different", "two", "three", "four", "several", "multiple", "various")
	recordPlaces    = wordSet("systems", "programs", "apps", "tools", "databases", "places", "platforms", "softwares")
	smallMismatches = wordSet("sometimes", "occasionally", "few", "small", "minor", "little", "bit", "always", "exactly",
		"manageable", "mostly", "odd", "now", "rarely", "slightly", "some", "usually", "often", "fine", "quite",
		"fully", "entirely", "perfectly", "100")
)

// splitRecordsDisagree reports records kept in separate systems that do
// not match, told plainly: "customer records and stock are in separate
// systems and they don't match", "sales in one program, accounts in
// another, and the numbers don't match". A small or occasional mismatch
// ("now and then they don't match", "a few items") stays some trouble.
func splitRecordsDisagree(w []string) bool {
	if hasAny(w, smallMismatches) || !disagreeTold(w) {
		return false
	}
	for i, t := range w {
		if t == "another" && slices.Contains(w[:i], "one") || t == "half" && slices.Contains(w[:i], "half") {
			return true // "in one program, accounts in another", "half in the DMS, half on paper"
		}
		if t == "separate" || splitWords[t] && hasAny(w[i+1:min(i+3, len(w))], recordPlaces) {
			return true
		}
	}
	return false
}

// disagreeTold reports a denied agreement verb: "don't match", "do not
// tally".
func disagreeTold(w []string) bool {
	for i, t := range w {
		if agreeVerbs[t] && hasAny(w[max(0, i-2):i], verbNegation) {
			return true
		}
	}
	return false
}
