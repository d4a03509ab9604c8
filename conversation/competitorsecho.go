package conversation

// Owners echo the competitors question before answering it: "Behind?
// The others still fax their quotes", "Falling behind? We had online
// ordering first". The echo names the question's comparison, not a
// pick of its own: read alone, "behind" is the yes end, so the owner's
// answer after it went unheard.

// comparisonEchoWords make up an echo of the comparison asked about.
var comparisonEchoWords = wordSet("falling", "fall", "fallen", "behind", "ahead", "faster", "than", "us", "me",
	"of", "keeping", "keep", "up", "are", "we", "they", "them", "the", "others", "competitors", "competition",
	"rivals", "lagging", "slower", "quicker", "really", "you", "mean")

// comparisonWords are the comparison itself: "behind", "ahead".
var comparisonWords = wordSet("behind", "ahead", "faster", "lagging", "slower", "quicker", "up")

// echoedComparison reports a head (the words before a question mark)
// that only echoes the competitors question's comparison: "behind?",
// "falling behind?", "faster than us?", "ahead of us?".
func echoedComparison(q *question, hw []string) bool {
	if q.ID != qCompetitors || len(hw) == 0 || len(hw) > 5 || !hasAny(hw, comparisonWords) {
		return false
	}
	return hasOnly(hw, comparisonEchoWords)
}
