package conversation

// Spoken headcounts: a total marked as such beside its parts ("seventy
// all in, about forty full time and thirty part time", "office is six
// yard is nine drivers twelve so twenty seven"), and hundreds said the
// short way ("north of three fifty people").

// totalMarks after a number make it the whole: "seventy all in".
var totalMarks = [][]string{{"all", "in"}, {"all", "told"}, {"in", "total"}, {"in", "all"}, {"altogether"},
	{"total"}, {"overall"}}

// markedTotal is the number told as the whole: followed by a total mark,
// or said after "so" to end a list of other counts. ok false when none.
func markedTotal(w []string) (int, bool) {
	for i := range w {
		v, width, ok := spokenCountAt(w, i)
		if h, n := shortHundreds(w, i, v); n > 0 {
			v, width = h, n+1
		}
		if !ok || isYear(w[i]) {
			continue
		}
		end := i + width - 1
		after := w[end+1 : min(len(w), end+3)]
		marked := hasPrefixPhrase(after)
		ending := i > 0 && w[i-1] == "so" && end+1 >= len(w) && len(numbersBefore(w, i-1)) >= 2
		if marked || ending {
			return v, true
		}
	}
	return 0, false
}

// hasPrefixPhrase reports a total mark that starts the words after the
// number: "seventy all in", not "seventy, we are all in one office".
func hasPrefixPhrase(after []string) bool {
	for _, p := range totalMarks {
		if len(after) >= len(p) && hasPhrase(after[:len(p)], p) {
			return true
		}
	}
	return false
}

// shortHundreds reads hundreds said the short way, a unit then a tens
// word ("three fifty" is 350, "two forty five" 245), and how many words
// after w[i] it takes; 0 when it is not one. Only before a word for
// people or at the end: "three twenty-somethings" is no 320.
func shortHundreds(w []string, i, v int) (int, int) {
	if v < 1 || v > 9 || countWords[w[i]] != v || i+1 >= len(w) {
		return 0, 0
	}
	tens := countWords[w[i+1]]
	if tens < 20 || tens > 90 || tens%10 != 0 {
		return 0, 0
	}
	n := 1
	if u := unitAfterTens(w, i+1, tens); u > 0 {
		tens, n = tens+u, 2
	}
	if i+n+1 < len(w) && !peopleWords[w[i+n+1]] {
		return 0, 0
	}
	return v*100 + tens, n
}
