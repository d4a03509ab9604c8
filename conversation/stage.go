package conversation

import (
	"slices"
	"strings"
)

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

var monthWords = wordSet("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

// stageFromTelling reads the age told without a number: established for
// an era, startup for a first season.
func stageFromTelling(w []string) string {
	for i, t := range w {
		switch {
		case t == "first" && i+1 < len(w) && (periodWords[w[i+1]] || i+2 < len(w) && periodWords[w[i+2]] && !periodWords[w[i+1]] && w[i+1] != "of"):
			// "our first summer", "first full season"; not "first of
			// the month".
			return "startup"
		case foundingWords[t] && i+2 < len(w) && w[i+1] == "in" && monthWords[w[i+2]] &&
			!slices.ContainsFunc(w, isYear) && !hasAny(w, expansionWords) && !hasAny(w, longAgo) &&
			!slices.ContainsFunc(w[:i], isNumber) && !slices.ContainsFunc(w, isOrdinal):
			// "we started in march": no year named, this one's (or
			// last) month; not "no.4 opened in april, looking at a 5th".
			return "startup"
		case ageInTime(w, i):
			return "startup" // "month 8 of a two-year grant", "year 2 of the business"
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

// isOrdinal reports whether t is a place in a row written in figures:
// "4th", "5th", "2nd".
func isOrdinal(t string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(t, suf); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}

// ageInTime reports the business's place in time told at w[i] as the
// answer opens, or after "in": "Month 8", "in year 2", a place early in
// the first years.
func ageInTime(w []string, i int) bool {
	if i+1 >= len(w) || i > 0 && w[i-1] != "in" || w[i] != "year" && w[i] != "month" {
		return false
	}
	n, ok := count(w[i+1])
	return ok && n >= 1 && (w[i] == "year" && n <= 2 || w[i] == "month" && n <= 24)
}
