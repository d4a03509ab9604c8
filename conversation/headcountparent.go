package conversation

// A firm in a group may tell the group's headcount beside its own ("140
// employees in our company, the group as a whole is about 9,000"): the
// parent's people are not the firm's, whose own count answers.

// parentFirmWords name the firm above the owner's: "the parent company",
// "the mother company", "the holding".
var parentFirmWords = wordSet("parent", "mother", "holding", "conglomerate", "parents")

// groupOpeners before "group" make it the group the firm belongs to:
// "the group", "the whole group". Not "our group", often the firm itself.
var groupOpeners = wordSet("the", "whole", "wider", "entire")

// parentCount reports whether the number at w[i] is told of a parent
// firm or group, named within the six words before it (no number
// between) or put in it after ("9,000 in the whole group").
func parentCount(w []string, i int) bool {
	for j := i - 1; j >= max(0, i-6); j-- {
		if isNumberWord(w[j]) {
			break
		}
		if namesParent(w, j) {
			return true
		}
	}
	if i+1 < len(w) && groupPlaceWords[w[i+1]] {
		for j := i + 2; j < min(len(w), i+5); j++ {
			if namesParent(w, j) {
				return true
			}
		}
	}
	return false
}

// groupPlaceWords put a count after it in the group: "9,000 in the
// whole group", "3,000 across the group".
var groupPlaceWords = wordSet("in", "across", "at", "for")

// namesParent reports a word naming the parent firm or group at w[j].
func namesParent(w []string, j int) bool {
	return parentFirmWords[w[j]] || w[j] == "group" && j > 0 && groupOpeners[w[j-1]]
}

// parentBesideOwn reports a parent's count with another count beside it,
// the firm's own: only then is the parent's left out.
func parentBesideOwn(w []string, i int) bool {
	if !parentCount(w, i) {
		return false
	}
	for j := range w {
		if n, ok := count(w[j]); ok && n > 0 && j != i && !isYear(w[j]) && !parentCount(w, j) && !thingsAfter(w, j) {
			return true
		}
	}
	return false
}

// thingsAfter reports a plural of things after the number at w[j]: "3
// hotels" counts no staff of the firm's own.
func thingsAfter(w []string, j int) bool {
	return j+1 < len(w) && countsThings(w[j+1]) && !staffTied(w, j)
}
