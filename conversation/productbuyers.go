package conversation

// People buying technology from us: "the hybrid drive and the onboard
// software are why people buy them", "the smart locks are why people buy
// from us". The buying is the customers' (see customerSide), though
// "people" alone is no customer word: "we use software that people buy
// everywhere" is not ours, and "service is why people buy from us" names
// no technology.

var buyerPeople = wordSet("people", "folk", "folks", "everyone", "everybody", "they")

// peopleBuyFromUs reports people at the buying word w[i] named as the
// buyers of a technology told before it in its clause, for that reason
// ("why people buy", "the reason people buy") or from us ("people buy
// from us"); not from others ("why people buy from the big chains").
func peopleBuyFromUs(w []string, cut []bool, i int) bool {
	if i == 0 || !buyerPeople[w[i-1]] {
		return false
	}
	start, _ := clauseBounds(cut, i)
	if !hasAny(w[start:i], techNouns) {
		return false
	}
	if i+1 < len(w) && w[i+1] == "from" {
		return i+2 < len(w) && w[i+2] == "us"
	}
	return i > 1 && (w[i-2] == "why" || w[i-2] == "reason")
}
