package conversation

// An answer that wants new things but denies they are the heart of the
// plan ("we are interested, but it is not the main part of our plans",
// "I'm not against it, I just don't want it to be the whole plan") is
// the middle option: "central to our plans" is the top one, and the
// interest is more than not a priority. A wish denied the top place
// ("I'd like to, but it's not the top priority", "some interest, but not
// a priority", "not the first thing") is the same middle.

var (
	// centralityWords say a thing carries the plan ("the main part",
	// "the whole plan", "what the plan is built on").
	centralityWords = wordSet("main", "whole", "heart", "centre", "center", "core", "central", "centrepiece",
		"centerpiece", "built", "based", "basis", "foundation", "backbone", "drives", "driving")
	// carriedNouns are what the centrality is of, anywhere in the answer
	// ("part of the plan, not the centre of it").
	carriedNouns = wordSet("plan", "plans", "strategy", "focus", "priority", "agenda", "thing")
	// interestWords tell the owner wants new things at all.
	interestWords = wordSet("interested", "interesting", "interest", "matters", "matter", "care", "like",
		"important", "against", "part", "strand", "piece", "effort", "eye", "watch", "love", "keen")
)

// notMainPlan reports an interest, or the plan it is in, told beside a
// denial that it carries the plan ("interested yes, but it's not what
// our plans are built on").
func notMainPlan(w []string, cut []bool) bool {
	if !hasAny(w, carriedNouns) {
		return false // no plan or priority named to deny
	}
	denied, first := false, -1
	// A rank denied counts only turned against the wish: "so not a
	// priority" or "not a priority because the farmers like things as
	// they are" tell a no.
	turned := hasAny(w, contrastWords)
	for i, t := range w {
		if !negation[t] {
			continue
		}
		if first < 0 {
			first = i
		}
		for j := i + 1; j < len(w) && j <= i+6 && !cut[j]; j++ {
			if centralityWords[w[j]] || rankedFirst(w, j, turned) {
				denied = true
			}
		}
	}
	if !denied {
		return false
	}
	if hasAny(w[:first], carriedNouns) {
		return true // "it's in the plan, but the plan isn't built around it"
	}
	for i, t := range w {
		if (interestWords[t] || wantsToTry(w, i)) && (t == "against") == negatedBefore(w, i, 2) {
			return true // "interested", "not against it"
		}
	}
	return false
}

// rankedFirst reports w[j] ranking a thing first among others, in an
// answer turned by a contrast: "the top priority", "a priority", "the
// first thing", "number one"; "not the first to buy" is no such rank.
func rankedFirst(w []string, j int, turned bool) bool {
	if !turned {
		return false
	}
	next := j+1 < len(w) && (carriedNouns[w[j+1]] || w[j+1] == "one")
	return w[j] == "top" || w[j] == "priority" || next && (w[j] == "first" || w[j] == "number")
}

// wantsToTry reports "want to try" at w[i]: an interest told by a wish.
func wantsToTry(w []string, i int) bool {
	return w[i] == "want" && i+2 < len(w) && w[i+1] == "to" && w[i+2] == "try"
}
