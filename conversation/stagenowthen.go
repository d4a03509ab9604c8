package conversation

import "slices"

// recentPast are the times after "last" that set a count within the
// last year or so: "it was 8 a month last year", "ten a day last summer".
var recentPast = wordSet("year", "month", "season", "quarter", "spring", "summer", "autumn", "fall", "winter")

// grewNowThen reads growth told the other way round from grewThenNow: a
// count now first, then the smaller count of a recent past ("30 new
// clients a month now, it was 8 a month last year", "60 orders a day now,
// last year it was 20"). Recent growth of half as much again or more is
// scaling, whatever "new clients" or "last year" alone would suggest. A
// past that is not recent ("8 when dad started") tells no pace.
func grewNowThen(w []string) bool {
	k := slices.IndexFunc(w, func(t string) bool { return t == "now" || t == "today" })
	if k < 1 || !recentPastAfter(w[k+1:]) || !hasAny(w[k+1:], thenMarkers) {
		return false
	}
	i, okA := firstCount(w[:k])
	j, okB := firstCount(w[k+1:])
	if !okA || !okB {
		return false
	}
	a, _ := count(w[i])
	b, _ := count(w[k+1+j])
	return b > 0 && 2*a >= 3*b
}

// recentPastAfter reports "last" before a recent time in w: "last year",
// "last summer".
func recentPastAfter(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "last" && recentPast[w[i+1]] {
			return true
		}
	}
	return false
}

// rateBeforeUnit reports a time unit at w[i] after "a" or "per" that
// closes a rate of things counted just before ("40 boxes a week", "20
// new customers a month"): a pace of work, not the firm's age.
func rateBeforeUnit(w []string, i int) bool {
	if i < 2 || w[i-1] != "a" && w[i-1] != "per" {
		return false
	}
	return slices.ContainsFunc(w[max(0, i-5):i-1], isNumberWord)
}
