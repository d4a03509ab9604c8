package conversation

import "slices"

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

// keptApartWords tell records kept in more than one place: "separate
// systems", "three systems", "one system, sales in another".
var keptApartWords = wordSet("separate", "separately", "different", "another", "multiple", "several", "various",
	"two", "three", "four", "five")

// mildMismatch soften a disagreement to some: "sometimes they don't
// match", "a bit", "mostly fine", "don't always agree".
var mildMismatch = wordSet("sometimes", "occasionally", "bit", "little", "somewhat", "mostly", "slightly",
	"few", "minor", "odd", "small", "usually", "generally", "often", "times", "then", "disaster", "huge", "big",
	"always", "quite", "exactly", "entirely", "completely", "fully")

// apartAtOdds reports records kept apart that do not agree, told
// plainly: "Customer records, gold savings accounts and stock are in
// separate systems and they don't match" is a real problem; with
// "sometimes" or "a bit" it is some.
func apartAtOdds(w []string) bool {
	if !hasAny(w, keptApartWords) || hasAny(w, mildMismatch) {
		return false
	}
	for i, t := range w {
		if agreeVerbs[t] && slices.ContainsFunc(w[max(0, i-2):i], func(s string) bool { return negation[s] }) {
			return true
		}
	}
	return false
}
