package conversation

// A worry told of someone else and denied of the owner in the next
// clause ("the bank worries, we don't"): the owner's own answer is the
// lowest option; the worry word is another's. A view reported of a
// partner or family ("my partner worries, I don't") is left to the own
// view reader, which asks between the two.

var (
	ownDenials = wordSet("dont", "not", "arent", "do", "am", "really", "worry", "personally")
	// ownerSubjects are the owner as a subject; "my son" or "our IT lad"
	// is someone else.
	ownerSubjects = wordSet("i", "we", "im", "ive", "weve", "were", "wed", "id")
)

// othersWorryNotMine reports a worry word whose clause has a subject
// other than the owner, then a later clause that opens with "I" or
// "we" and denies it ("I don't", "I'm not", "we don't really").
func othersWorryNotMine(w []string, cut []bool) bool {
	if adviceToWorryDenied(w, cut) {
		return true // "the IT man says we should worry more. I don't"
	}
	if reportedView(w) >= 0 {
		return false // "my partner worries, I don't": weighed as a view reported
	}
	for i, t := range w {
		if !ownedWorry[t] {
			continue
		}
		s, e := clauseBounds(cut, i)
		if i == s || hasAny(w[s:i], ownerSubjects) || hasAny(w[s:i], negation) {
			continue
		}
		if e < len(w) && ownDenial(w[e:], cut[e:]) {
			return true
		}
	}
	return false
}

// ownDenial reports a clause that opens with the owner and denies, in
// a word or two: "I don't", "I'm not", "we don't really".
func ownDenial(w []string, cut []bool) bool {
	if len(w) < 2 || !(w[0] == "i" || w[0] == "we" || w[0] == "im") {
		return false
	}
	_, e := clauseBounds(cut, 0)
	if e > 4 || !hasAny(w[1:e], negation) {
		return false
	}
	for _, t := range w[1:e] {
		if !ownDenials[t] {
			return false
		}
	}
	return true
}
