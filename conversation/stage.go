package conversation

// An age told without a number: an era the business has lasted since
// ("open since the Fischer–Spassky match", "trading since before the
// war"), or a first season it is in ("our first winter on the slopes",
// "first harvest was last autumn").

// periodWords are the turns of a year a business counts its first in.
var periodWords = wordSet("season", "seasons", "summer", "winter", "spring", "autumn", "fall", "harvest",
	"term", "semester", "christmas", "crop", "vintage", "quarter", "month", "months", "tourist", "festival")

// recentSince follow "since the" in a start that is recent: "since the
// spring", "since the launch".
var recentSince = wordSet("start", "beginning", "launch", "opening", "spring", "summer", "autumn", "fall",
	"winter", "new", "last", "first", "pandemic", "lockdown", "covid", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december", "weekend",
	"funding", "round", "seed", "move", "merger", "takeover", "rebrand", "refit")

// stageFromTelling reads the age told without a number: established for
// an era, startup for a first season.
func stageFromTelling(w []string) string {
	for i, t := range w {
		switch {
		case t == "first" && i+1 < len(w) && (periodWords[w[i+1]] || i+2 < len(w) && periodWords[w[i+2]] && !periodWords[w[i+1]] && w[i+1] != "of"):
			// "our first summer", "first full season"; not "first of
			// the month".
			return "startup"
		case t == "since" && i+1 < len(w) && w[i+1] == "before":
			return "established"
		case t == "since" && i+2 < len(w) && w[i+1] == "the" && !recentSince[w[i+2]] && !hasNumber(w):
			return "established"
		}
	}
	return ""
}

// hasNumber reports whether w holds a count or a year.
func hasNumber(w []string) bool {
	for _, t := range w {
		if _, ok := count(t); ok || isYear(t) {
			return true
		}
	}
	return false
}
