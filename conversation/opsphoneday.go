package conversation

// Ops answers that spend the day on the phone and deny the computer
// ("I'm on the phone all day but that's it, not really computers"): the
// little of basic tools, not the daily reliance "all day" reads alone.

// phoneDayWords are the phone the day is spent on.
var phoneDayWords = wordSet("phone", "phones", "calls", "mobile")

// phoneAllDayOnly reports a day on the phone with every computer word
// denied or none told.
func phoneAllDayOnly(w []string) bool {
	day := -1
	for i := 1; i < len(w); i++ {
		if w[i] == "day" && w[i-1] == "all" && hasAny(w[max(0, i-5):i-1], phoneDayWords) {
			day = i
			break
		}
	}
	if day < 0 {
		return false
	}
	for i, t := range w {
		if (itPlaces[t] || itNouns[t]) && t != "it" && !hasAny(w[max(0, i-3):i], wordSet("not", "no", "dont", "without")) {
			return false // "on the phone all day and the computer runs the rest"
		}
	}
	return true
}
