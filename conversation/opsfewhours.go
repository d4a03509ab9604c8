package conversation

// An ops answer that puts a few hours a day on the computer and "the
// rest" elsewhere ("maybe 2 hours per day on the computer, the rest is
// with the guests") tells a little reliance: "on the computer" is then
// a share of the day, not the whole business.

// fewHourCounts before "hour" or "hours" keep the time short.
var fewHourCounts = wordSet("an", "one", "two", "three", "1", "2", "3", "few", "couple", "half")

// fewHoursRestElsewhere reports a few hours a day told and "the rest"
// of the time elsewhere.
func fewHoursRestElsewhere(w []string) bool {
	if !hasPhrase(w, []string{"the", "rest"}) || hasAny(w, wordSet("down", "outage", "offline", "crash", "crashes", "without")) {
		// "two hours a day without the system and the rest is lost": an
		// outage, not a share of the day.
		return false
	}
	for i := 1; i+2 < len(w); i++ {
		if (w[i] == "hour" || w[i] == "hours") && fewHourCounts[w[i-1]] && (w[i+1] == "a" || w[i+1] == "per") && w[i+2] == "day" {
			return true
		}
	}
	return false
}
