package conversation

// countNowWords after a number make it today's count: "when we started,
// 45 today" is no year '45.
var countNowWords = wordSet("today", "now", "nowadays", "currently")

// nowAfterCount reports a present word just after the number at w[i].
func nowAfterCount(w []string, i int) bool {
	return i+1 < len(w) && countNowWords[w[i+1]]
}
