package conversation

// An answer that wants new things but denies they are the heart of the
// plan ("we are interested, but it is not the main part of our plans",
// "I'm not against it, I just don't want it to be the whole plan") is
// the middle option: "central to our plans" is the top one, and the
// interest is more than not a priority.

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
		"important", "against", "part", "strand", "piece", "effort", "eye", "watch")
)

// notMainPlan reports an interest, or the plan it is in, told beside a
// denial that it carries the plan ("interested yes, but it's not what
// our plans are built on").
func notMainPlan(w []string, cut []bool) bool {
	denied, first := false, -1
	for i, t := range w {
		if !negation[t] {
			continue
		}
		if first < 0 {
			first = i
		}
		for j := i + 1; j < len(w) && j <= i+6 && !cut[j]; j++ {
			if centralityWords[w[j]] && hasAny(w, carriedNouns) {
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
		if interestWords[t] && (t == "against") == negatedBefore(w, i, 2) {
			return true // "interested", "not against it"
		}
	}
	return false
}
