package conversation

import "strings"

// countNowWords after a number make it today's count: "when we started,
// 45 today" is no year '45.
var countNowWords = wordSet("today", "now", "nowadays", "currently")

// nowAfterCount reports a present word just after the number at w[i].
func nowAfterCount(w []string, i int) bool {
	return i+1 < len(w) && countNowWords[w[i+1]]
}

// yearShapedCount reports a number that looks like a year but counts
// people: "around 1,800 agents", "2,000 pickers", its plural noun right
// after and no word before that would make it a date ("since 2004").
func yearShapedCount(w []string, i int) bool {
	return !(i > 0 && yearBefore[w[i-1]]) && countNounAfter(w, i)
}

// countNounAfter reports a plural noun of people or things right after
// the number at w[i]: "1,800 farmers" counts farmers, whatever year
// the number could be.
func countNounAfter(w []string, i int) bool {
	if i+1 >= len(w) {
		return false
	}
	n := w[i+1]
	return peopleWords[n] && n != "of" && n != "we" || tradePlural(n) || personPlurals[n] ||
		len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !unitWords[n] && !timeWords[n] && !isNumberWord(n)
}
