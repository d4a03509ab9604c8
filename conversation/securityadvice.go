package conversation

// Advice to worry denied: "the bank says we should worry. I don't", "our
// IT firm reckons we ought to be more concerned. I'm not". The worry is
// told to the owner, so the "we" in it is no worry of theirs, and the
// owner's own answer is the denial: the lowest option. Not a partner's
// own worry ("my partner worries, I don't"): a view reported of someone
// in the firm is left to the own view reader, which asks.

// adviceModals tell the owner what to feel: "we should worry", "we
// need to be careful", "telling us to worry".
var adviceModals = wordSet("should", "ought", "need", "needs", "must", "to", "shouldnt")

// adviceToWorryDenied reports a clause in which someone says the owner
// should worry, then a clause of the owner's that denies it ("I don't",
// "I'm not", "we don't").
func adviceToWorryDenied(w []string, cut []bool) bool {
	for i, t := range w {
		if !ownedWorry[t] {
			continue
		}
		s, e := clauseBounds(cut, i)
		if e >= len(w) || !ownDenial(w[e:], cut[e:]) {
			continue
		}
		for k := s + 1; k < i; k++ {
			if othersSayVerbs[w[k]] || viewVerbs[w[k]] && w[k] != "would" {
				// The sayer is no owner, and says what the owner should feel.
				if !hasAny(w[s:k], ownerSubjects) && hasAny(w[k+1:i], adviceModals) {
					return true
				}
				break
			}
		}
	}
	return false
}
