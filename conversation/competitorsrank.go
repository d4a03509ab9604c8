package conversation

// A firm may rank itself among the others with a bare "last" or "first":
// "now we're last", "we are dead last with online orders", "now we're
// first in the region". The last rank told is the present one.

// rankSkips may stand between the copula and the rank.
var rankSkips = wordSet("now", "still", "dead", "always", "probably", "easily", "just", "definitely")

// rankedSelf is "yes" for a firm that ranks itself last, "no" for first,
// or "". A rank under a negation ("we're not last") is left to the other
// readings.
func rankedSelf(w []string) string {
	v := ""
	for i := range w {
		j := i + 1
		switch {
		case w[i] == "were" || w[i] == "im":
		case (w[i] == "we" || w[i] == "i") && i+1 < len(w) && selfCopulas[w[i+1]]:
			j++
		default:
			continue
		}
		for j < len(w) && rankSkips[w[j]] {
			j++
		}
		if j >= len(w) || hasAny(w[i:j], negation) || rankIdiom(w[j+1:]) {
			continue
		}
		switch w[j] {
		case "last":
			v = "yes"
		case "first":
			v = "no"
		}
	}
	return v
}

// rankIdiom reports words after a rank that make it an idiom, not a
// place: "first to admit", "first of all", "first and foremost".
func rankIdiom(after []string) bool {
	if len(after) == 0 {
		return false
	}
	switch after[0] {
	case "of", "and":
		return true
	case "to":
		return len(after) > 1 && wordSet("admit", "say", "agree", "know", "hear", "tell", "confess")[after[1]]
	}
	return false
}

// particleSubjects open a statement after an answer's "no": "no, the
// others are worse than me". "no one", "no other" quantify instead.
var particleSubjects = wordSet("the", "they", "theyre", "we", "were", "i", "im", "our", "my", "most", "all",
	"everyone", "it", "its", "them")

// answerParticle reports a "no" at w[i] that answers the question before
// a statement of its own, negating nothing in it.
func answerParticle(w []string, i int) bool {
	return (w[i] == "no" || w[i] == "nope" || w[i] == "nah") && i+1 < len(w) && particleSubjects[w[i+1]]
}
