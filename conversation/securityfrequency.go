package conversation

// A thought owned and its constancy denied ("we think about it, not
// every day", "it crosses my mind, not daily") is the middle: the owner
// minds the risk now and then. Read without the "not", "every day"
// would make it constant, the top.

// constantFreq are the words that tell a thought constant.
var constantFreq = wordSet("daily", "constantly", "always", "nonstop", "continually", "continuously")

// freqDays follow "every" in a constant thought: "every day".
var freqDays = wordSet("day", "night", "week", "minute", "hour")

// constancyDenied reports a thought word not negated with, in the few
// words after it, a constancy that is: "think about it, not every day".
func constancyDenied(w []string) bool {
	for i, t := range w {
		if !thoughtWords[t] && t != "crosses" || negatedBefore(w, i, 2) {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+6; j++ {
			constant := constantFreq[w[j]] || w[j] == "every" && j+1 < len(w) && freqDays[w[j+1]]
			if constant && w[j-1] == "not" {
				return true
			}
		}
	}
	return false
}
