package conversation

import "slices"

// A systems answer can call one part good and then tell its work keyed
// in again, or copied across into another system, by hand: "the tablets
// are great, but someone types every invoice up again". The double entry
// is the pain point the good part leaves: neither the fine of the
// opening nor the worst that "again" and a second system read alone.

var (
	// rekeyGood call a part of the systems good.
	rekeyGood = wordSet("fine", "great", "ok", "okay", "good", "well", "lovely", "brilliant", "grand",
		"reliable", "excellent")
	// rekeyVerbs put data in by hand; with "again" or "twice" after
	// them, a second time.
	rekeyVerbs = wordSet("type", "types", "typed", "typing", "key", "keys", "keyed", "keying", "enter",
		"enters", "entered", "entering", "input", "inputs", "punch", "punches")
	rekeyAgain = wordSet("again", "twice")
	// copyVerbs carry data by hand; with "into", "across" or "over"
	// after them, into another system.
	copyVerbs   = wordSet("copy", "copies", "copied", "copying", "transfer", "transfers")
	copyTargets = wordSet("into", "across", "over")
	// rekeyWorst tell the double entry as the worst: it is no longer a
	// pain point but the pain itself.
	rekeyWorst = wordSet("headache", "nightmare", "mess", "errors", "hours", "disaster", "chaos", "killing",
		"awful", "terrible", "hate")
)

// goodThenRekeyed reports a part told good, then, in a later clause not
// denied, data keyed in again or copied across by hand.
func goodThenRekeyed(w []string, cut []bool) bool {
	g := slices.IndexFunc(w, func(t string) bool { return rekeyGood[t] })
	if g < 0 || hasAny(w[:g], negation) || hasAny(w, rekeyWorst) {
		return false
	}
	for i := g + 1; i < len(w); i++ {
		s, e := clauseBounds(cut, i)
		if hasAny(w[s:i], negation) {
			continue
		}
		after := w[i+1 : e]
		if rekeyVerbs[w[i]] && hasAny(after, rekeyAgain) ||
			copyVerbs[w[i]] && hasAny(after, copyTargets) {
			return true
		}
	}
	return false
}
