package conversation

// More numbers of a size answer that are no second group of staff: a
// count told again from memory ("about fifty. 53 if I remember right"),
// a ceiling to come ("9 of us, won't be going above ten"), and the
// parts of a total told after it that add up to it ("60 now, 45
// engineers and 15 office").

// memoryHedges open a count's doubt about the owner's memory, no
// condition on who counts: "53 if I remember right".
var memoryHedges = [][]string{{"if", "i", "remember"}, {"if", "i", "recall"}, {"if", "memory", "serves"},
	{"if", "im", "not", "mistaken"}, {"if", "im", "not", "wrong"}, {"if", "i", "remember", "correctly"}}

// memoryHedged reports a clause that doubts the owner's memory: its
// number restates the count, no part to add.
func memoryHedged(c []string) bool {
	for _, p := range memoryHedges {
		if hasPhrase(c, p) {
			return true
		}
	}
	return false
}

var (
	// ceilingWords before a number make it a limit: "above ten", "past
	// sixty", "cap it at 60".
	ceilingWords = wordSet("above", "past", "beyond", "exceed", "cap", "capped")
	// ceilingFuture set the limit ahead: "won't be going above ten",
	// "we'll never go past sixty".
	ceilingFuture = wordSet("wont", "never", "well", "will", "ll")
)

// ceilingToCome reports a number told as a limit the staff will not
// pass ("wont be going above ten anytime soon"): no headcount of today.
func ceilingToCome(w []string, i int) bool {
	if !wordBefore(w, i, ceilingWords) {
		return false
	}
	for j := i - 1; j >= max(0, i-6); j-- {
		if ceilingFuture[w[j]] {
			return true
		}
	}
	return false
}

// totalOfParts is a count told first and then counted out in two or
// more parts that add up to it exactly ("~160 (115 faculty, 45 staff)",
// "60 now, about 45 engineers and 15 office"): the total is the
// headcount, whatever people words the parts carry.
func totalOfParts(w []string) (int, bool) {
	var nums []int
	for i := 0; i < len(w); i++ {
		v, width, ok := spokenCountAt(w, i)
		if !ok || isYear(w[i]) || i+width < len(w) && unitWords[w[i+width]] || oneWhole(w, i) {
			continue
		}
		nums = append(nums, v)
		i += width - 1
	}
	if len(nums) < 3 {
		return 0, false
	}
	for k, total := range nums[:len(nums)-2] {
		sum := 0
		for _, v := range nums[k+1:] {
			sum += v
		}
		if sum == total && total > 0 {
			return total, true
		}
	}
	return 0, false
}

// addVerbs before a count add it to the one before: "in season we add 8".
var addVerbs = wordSet("add", "adds", "adding", "hire", "hires")

// addedCount reports a count told as added to the one before: "plus
// around 40", "+ 60 casual", "another 40 pickers", "60 more", "we add
// about 40".
func addedCount(w []string, i, end int) bool {
	if end+1 < len(w) && addedWords[w[end+1]] {
		return true
	}
	for j := i - 1; j >= max(0, i-2); j-- {
		if w[j] == "plus" || w[j] == "+" || addedWords[w[j]] || addVerbs[w[j]] {
			return true
		}
		if !approximators[w[j]] {
			return false
		}
	}
	return false
}
