package conversation

import "strings"

var (
	// hedgeOpeners open a hedged answer: "perhaps", "maybe".
	hedgeOpeners = wordSet("maybe", "perhaps", "possibly")
	// laterYearWords make up a time a year or more ahead: "next year",
	// "in a couple of years", "the year after next".
	laterYearWords = wordSet("in", "the", "a", "next", "after", "couple", "of", "few", "two", "three",
		"time", "financial", "fiscal", "year", "years", "s")
)

// hedgedLaterYear reports an answer that is only a hedge and a time a
// year or more ahead ("perhaps next year", "maybe in two years"): the
// question asks about today, so the hedge is about when, and owners mean
// "not now" as often as "maybe". A condition ("if the harvest is good")
// or a nearer time ("in six months") leaves the maybe.
func hedgedLaterYear(w []string) bool {
	if len(w) < 2 || !hedgeOpeners[w[0]] {
		return false
	}
	year := false
	for _, x := range w[1:] {
		switch {
		case x == "year" || x == "years":
			year = true
		case laterYearWords[x], strings.Trim(x, "0123456789") == "":
		default:
			return false
		}
	}
	return year
}

// nearerTimeWords make up a time under a year ahead: "in six months",
// "in a few weeks".
var nearerTimeWords = wordSet("in", "a", "the", "next", "few", "couple", "of", "two", "three", "four", "five",
	"six", "nine", "month", "months", "weeks", "quarter", "or", "so")

// hedgedNearerTime reports an answer that is only a hedge and a time
// under a year ahead ("maybe in six months"): the maybe of a near time,
// which the model, reading "maybe" and a time to come as not now, must
// not put in doubt.
func hedgedNearerTime(w []string) bool {
	if len(w) < 2 || !hedgeOpeners[w[0]] {
		return false
	}
	near := false
	for _, x := range w[1:] {
		switch {
		case x == "month" || x == "months" || x == "weeks" || x == "quarter":
			near = true
		case nearerTimeWords[x], strings.Trim(x, "0123456789") == "":
		default:
			return false
		}
	}
	return near
}
