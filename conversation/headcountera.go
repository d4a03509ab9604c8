package conversation

// A count told after "back then", "back in 2012" or "in 2012" with a
// past verb ("About 40 on the payroll. Back in 2012 we were six.") is a
// count gone, like one after "earlier": the year is the time it held,
// not a number beside today's.

// backLeads after "back" make it a time gone: "back then", "back in".
var backLeads = wordSet("then", "in", "when")

// timeGoneAt reports a time gone at w[j] for the count at w[i]: "back"
// before "then", "in" or "when", or a year after "in" ("in 2012"), not
// one after "since", with no "now" between it and the count (todayWords:
// "we started with 3 of us in 2015, now we're 40").
func timeGoneAt(w []string, j, i int) bool {
	if hasAny(w[j:i], todayWords) {
		return false
	}
	if w[j] == "back" {
		return j+1 < len(w) && backLeads[w[j+1]]
	}
	return isYear(w[j]) && j > 0 && w[j-1] == "in"
}

// nextCountAfter is the index of the first number after w[j] that is no
// year, or -1.
func nextCountAfter(w []string, j int) int {
	for k := j + 1; k < len(w); k++ {
		if _, n := count(w[k]); n && !isYear(w[k]) {
			return k
		}
	}
	return -1
}
