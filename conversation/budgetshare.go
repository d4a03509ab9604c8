package conversation

// A full-time executive refused with a share of one offered instead
// ("not full time, maybe a few days a month", "a full salary, no; some
// days a month, maybe"): the full-time post cannot be funded, whatever
// the "maybe" says of the share.

var (
	fullNouns   = wordSet("time", "timer", "timers", "salary", "wage", "one", "position", "post", "hire")
	shareUnits  = wordSet("day", "days", "hour", "hours", "afternoon", "afternoons")
	sharePeriod = wordSet("week", "weeks", "month", "months", "quarter", "fortnight")
)

// fullTimeForShare reports a full-time post refused beside a share of one
// offered.
func fullTimeForShare(w []string, cut []bool) bool {
	return fullTimeRefused(w, cut) && shareOffered(w)
}

// fullTimeRefused reports "not full time", "not a full salary", "full
// time no", "a full salary for a director, no".
func fullTimeRefused(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "full" || !fullNouns[w[i+1]] {
			continue
		}
		if i > 0 && negation[w[i-1]] || i > 1 && negation[w[i-2]] && (w[i-1] == "a" || w[i-1] == "an") {
			return true
		}
		for j := i + 2; j < min(i+7, len(w)); j++ {
			if w[j] == "no" && (j+1 == len(w) || cut[j+1] || w[j+1] == "but") {
				return true
			}
		}
	}
	return false
}

// shareOffered reports a share of a post counted in days or hours: "a
// few days a month", "a day a week". "Part time" is not one: owners give
// it for a tight yes as often as for a no.
func shareOffered(w []string) bool {
	return hasAny(w, shareUnits) && hasAny(w, sharePeriod)
}
