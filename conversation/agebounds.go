package conversation

import "strconv"

// An owner may tell the staff's ages beside their number ("7, all under
// 25", "8, the oldest is 35", "average age 24"): an age counts no one,
// and read as a headcount it makes a firm of seven look thirty strong.

// wholeGroupWords open an age bound told of everyone: "all under 25",
// "none over 40".
var wholeGroupWords = wordSet("all", "everyone", "everybody", "most", "mostly", "none", "nobody", "noone")

// ageBoundWords stand between such a group and the age: "all under 25".
var ageBoundWords = wordSet("under", "over", "below", "above")

// ageEnds name the oldest or youngest: "the oldest is 35".
var ageEnds = wordSet("oldest", "youngest", "eldest")

// averageWords open the staff's mean age: "average age 24".
var averageWords = wordSet("average", "avg", "mean", "median")

// ageWord stands for an age: a plain word, no number.
const ageWord = "ofage"

// dropAges writes an age told of the staff as a plain word, so that no
// reader of a number takes it for a count of people. "under 25 people"
// bounds a count, no age: a people word after keeps the number.
func dropAges(w []string) {
	for i := range w {
		if !agedNumber(w, i) || i+1 < len(w) && (peopleWords[w[i+1]] || staffNouns[w[i+1]]) {
			continue
		}
		w[i] = ageWord
		if i+2 < len(w) && (w[i+1] == "to" || w[i+1] == "and") && plainAge(w[i+2]) {
			w[i+2] = ageWord // "aged 20 to 28"
		}
	}
}

// agedNumber reports whether w[i] is an age by the words before it.
func agedNumber(w []string, i int) bool {
	if i == 0 || !plainAge(w[i]) {
		return false
	}
	p := w[i-1]
	switch {
	case p == "aged" || ageEnds[p]:
		return true // "aged 20", "the oldest 31"
	case p == "age":
		return i >= 2 && averageWords[w[i-2]] // "average age 24"; not the firm's "age 12"
	case p == "is" || p == "was":
		return i >= 2 && ageEnds[w[i-2]] // "the oldest is 35"
	case ageBoundWords[p]:
		return i >= 2 && wholeGroupWords[w[i-2]] // "all under 25"
	}
	return false
}

// plainAge reports a whole number a working adult's age could be,
// written plainly: "25", "thirty". Not "25k" nor a year.
func plainAge(t string) bool {
	v, ok := countWords[t]
	if !ok {
		n, err := strconv.Atoi(t)
		v, ok = n, err == nil
	}
	return ok && v >= 15 && v <= 90
}
