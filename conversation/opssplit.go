package conversation

import "slices"

// Ops answers that put named parts of the work on the computer and
// another part off it without denying it anything: "marks and
// attendance are on the computer, but the fees are cash", "the tunnels
// have their own controls, the office uses the computer for the
// orders". The middle, unless a degree is told outright ("very modestly:
// ..."). Work by hand beside a laptop for the books is little reliance
// (other rules), so hands and paper are no part off here.

// offPartWays are the ways of a part that runs off the computer.
var offPartWays = wordSet("chalk", "cash", "cheques", "controls")

// splitDegreeWords are degrees told outright beside the parts, the
// parts then only telling why, or a part told as the only or a basic
// one: "the only computer does the quotes", "nice to have".
var splitDegreeWords = wordSet("little", "bit", "modestly", "barely", "hardly", "small", "tiny", "minimal",
	"completely", "totally", "entirely", "fully", "everything", "all", "whole", "only", "just", "basic",
	"basics", "nice", "about", "count")

// splitOnWord reports a word of work on the computer other than the
// everyday tools every office has ("email and excel") or a bare "it".
func splitOnWord(t string) bool {
	return (itPlaces[t] || itNouns[t] && t != "it") && !everydayTools[t]
}

// offPartClause reports a clause that names a way of working off the
// computer and nothing on it, with no "if" of a fallback ("if it goes
// down we write it down" tells another thing).
func offPartClause(c []string) bool {
	if slices.ContainsFunc(c, splitOnWord) || hasAny(c, ifWords) || hasAny(c, negation) {
		return false
	}
	return hasAny(c, offITMachinery) || hasAny(c, offPartWays)
}

// splitOnAndOff reports a clause with the computer and another that
// names only a way off it, with no degree told: the middle. One
// computer, or most sales off it, tell a side (other rules).
func splitOnAndOff(w []string, cs [][]string) bool {
	if mostSalesOffline(w) {
		return false
	}
	on, off := false, false
	for _, c := range cs {
		if hasAny(c, splitDegreeWords) {
			return false
		}
		switch {
		case slices.ContainsFunc(c, splitOnWord) && !hasAny(c, negation) && !hasAny(c, ifWords) && !singleComputer(c):
			on = true
		case offPartClause(c):
			off = true
		}
	}
	return len(cs) >= 2 && on && off
}
