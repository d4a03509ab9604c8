package conversation

import "slices"

// A size answer may leave a group out by the owner's choice ("the
// drivers are employed by the vehicle owners, so I don't count them"):
// whether they are staff is the owner's call, not a denial the reader
// can weigh, and a group of unknown size can carry a count near the top
// of its option over. Such a count is asked, between its option and the
// next; a count far below the next option is not.

// leftOutPhrases leave a group out of the count told.
var leftOutPhrases = [][]string{
	{"dont", "count", "them"}, {"didnt", "count", "them"}, {"do", "not", "count", "them"},
	{"not", "counting", "them"}, {"wont", "count", "them"}, {"did", "not", "count", "them"},
}

// leftOutGroup is the next option up when w leaves an uncounted group
// out beside a count within a quarter of the next option, or "".
func leftOutGroup(q *question, w []string, v string) string {
	at := -1
	for _, p := range leftOutPhrases {
		for i := 0; at < 0 && i+len(p) <= len(w); i++ {
			if slices.Equal(w[i:i+len(p)], p) {
				at = i
			}
		}
	}
	if at < 0 {
		return ""
	}
	n := 0
	for i := 0; i < at; i++ {
		c, width, ok := spokenCountAt(w, i) // "three hundred eighty": one count
		if ok && !isYear(w[i]) && !tiedElsewhere(w, i+width-1) {
			n = max(n, c)
		}
		i += width - 1
	}
	if n == 0 || hasCount(w[at:]) {
		return ""
	}
	if o := q.headcount(n + (n+3)/4); o != v {
		return o
	}
	return ""
}
