package conversation

import "slices"

// oldStateWords date a part to another time: "the old till", "they were".
var oldStateWords = wordSet("were", "old", "new")

// A systems answer that praises one named part and faults another ("The
// lab systems are good; the administrative side is a patchwork", "the
// LIS is solid; the interfaces are fragile and break") tells some pain
// points: neither the praise nor the fault is the whole.

// splitPraise call a part of the systems good.
var splitPraise = wordSet("good", "great", "solid", "excellent", "reliable", "fine", "brilliant", "superb")

// splitFaults call a part of the systems faulty.
var splitFaults = wordSet("patchwork", "fragile", "break", "breaks", "breaking", "mess", "messy", "tape",
	"clunky", "creaky", "flaky", "unreliable", "crash", "crashes", "crashing", "twice", "double")

// splitWorst name a part at its worst: the fault then outweighs praise.
var splitWorst = wordSet("nightmare", "terrible", "awful", "hopeless", "useless", "horrendous", "shambles")

// splitWhole words make a clause about the whole, not a part: "everything
// else is a mess", "it's all good".
var splitWhole = wordSet("everything", "nothing", "all", "else", "rest", "whole", "overall")

// splitSubjectless stand before the praise with no part named.
var splitSubjectless = wordSet("it", "its", "they", "theyre", "is", "are", "that", "thats", "this", "the",
	"we", "our", "really", "very", "pretty", "quite", "so", "all", "everything")

// partsGoodAndFaulty reports one clause praising a named part and
// another faulting a part, neither told in the past nor of the whole.
func partsGoodAndFaulty(cs [][]string) bool {
	praised, faulted := false, false
	for _, c := range cs {
		if hasAny(c, pastWords) || hasAny(c, oldStateWords) || hasAny(c, splitWhole) {
			return false
		}
		if hasAny(c, worstWords) || hasAny(c, splitWorst) {
			return false // "the yard system is a disaster": the worst named
		}
		switch {
		case splitPraised(c):
			praised = true
		case hasAny(c, splitFaults) && !hasAny(c, negation):
			faulted = true
		case hasAny(c, negation) && hasAny(c, linkVerbsSystems):
			faulted = true // "it doesn't talk to the till"
		}
	}
	return praised && faulted
}

// splitPraised reports a clause praising a part it names: "the PMS is
// good", not "it's fine" nor "not great".
func splitPraised(c []string) bool {
	k := slices.IndexFunc(c, func(t string) bool { return splitPraise[t] })
	if k < 0 || hasAny(c, negation) || hasAny(c, splitFaults) {
		return false
	}
	return slices.ContainsFunc(c[:k], func(t string) bool { return !splitSubjectless[t] })
}
