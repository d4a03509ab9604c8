package conversation

// Rivals told to have something and the owner to have nothing of it
// ("Two competitors shipped AI features last quarter, we have
// nothing."): falling behind, though "nothing" alone reads as a no. And
// rivals not followed at all ("we don't really track them"): how they
// compare is not known, so not sure.

var (
	// rivalNothingWords are what we have of the rivals' thing.
	rivalNothingWords = wordSet("nothing", "none", "zero", "nada")
	// trackVerbs follow what the rivals do.
	trackVerbs = wordSet("track", "tracking", "follow", "following", "watch", "watching", "monitor",
		"monitoring", "tabs", "look", "looking", "check", "checking")
)

// oursNothing reports a clause of others having something before a
// clause of ours that has nothing of it: "we have nothing", "we've got
// none of that", not "we have nothing to fear".
func oursNothing(w []string, cut []bool) bool {
	for i := 2; i < len(w); i++ {
		if !rivalNothingWords[w[i]] || w[i-1] != "have" && w[i-1] != "got" || i+1 < len(w) && w[i+1] == "to" {
			continue
		}
		start, _ := clauseBounds(cut, i)
		if start == 0 || !hasAny(w[start:i], selfWords) || hasAny(w[start:i], negation) {
			continue
		}
		return (hasAny(w[:start], otherWords) || hasAny(w[:start], firmNouns)) && !hasAny(w, lagWords)
	}
	return false
}

// rivalsUntracked reports the rivals not followed ("we don't really
// track them", "we never look at what others are doing") with no lead
// or lag told beside it.
func rivalsUntracked(w []string) bool {
	if hasAny(w, leadWords) || hasAny(w, lagWords) {
		return false
	}
	for i, t := range w {
		if trackVerbs[t] && hasAny(w[max(0, i-3):i], negation) && hasAny(w[i+1:min(len(w), i+5)], otherWords) {
			return !hasAny(w[max(0, i-3):i], needWords)
		}
	}
	return false
}
