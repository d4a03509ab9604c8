package conversation

// The money found, but the hire would eat most of a margin or hurt ("we'd
// manage it, but it would eat into the marketing money", "could find it,
// but it'd hurt") is tight: maybe. Eating all of it ("it would eat the
// whole margin") or a no beside it is left to the other readings.

var (
	// biteSizes are a share eaten short of all: "eat most of", "eat into".
	biteSizes = wordSet("most", "into", "half", "big", "large", "chunk", "lot", "much", "part", "good")
	// wholeBites are all of it: no money left, not tight.
	wholeBites = wordSet("all", "whole", "entire", "everything")
	// biteDenials deny the money outright.
	biteDenials = wordSet("no", "nope", "nah", "cant", "cannot", "couldnt", "never", "impossible")
	// hurtModals make a hurt still to come: "it would hurt", "it'd hurt".
	hurtModals = wordSet("would", "itd", "will", "itll", "might")
)

// costBitesTold reports a cost told to eat part of the money, or to hurt,
// with no outright denial: "impossible" counts only when not itself
// denied ("I wouldn't say impossible").
func costBitesTold(w []string) bool {
	bites := false
	for i, t := range w {
		switch {
		case biteDenials[t] && !(t == "impossible" && negatedBefore(w, i, 3)):
			return false
		case wholeBites[t] && i > 0 && (w[i-1] == "eat" || w[i-1] == "eats"):
			return false
		case (t == "eat" || t == "eats") && i+1 < len(w) && hasAny(w[i+1:min(len(w), i+3)], biteSizes) && !hasAny(w[i+1:min(len(w), i+3)], wholeBites):
			bites = true
		case (t == "hurt" || t == "hurts") && i > 0 && hurtModals[w[i-1]]:
			bites = true
		case profitWords[t] && marginWouldDrop(w[i+1:min(len(w), i+4)]):
			bites = true // "the margin would drop from 8% to 3%"
		}
	}
	return bites
}

var (
	// profitWords are what a cost eats into: "the margin would drop".
	profitWords = wordSet("margin", "margins", "profit", "profits")
	// dropVerbs make it smaller: "would fall", "would shrink".
	dropVerbs = wordSet("drop", "fall", "shrink", "halve", "sink", "vanish", "disappear", "suffer")
)

// marginWouldDrop reports "would drop", "would fall" at the start of
// next, with no negation: the drop is still to come and not denied.
func marginWouldDrop(next []string) bool {
	return len(next) >= 2 && hurtModals[next[0]] && dropVerbs[next[1]] ||
		len(next) >= 3 && next[0] == "would" && next[1] == "be" && (next[2] == "halved" || next[2] == "gone")
}
