package conversation

import "testing"

// round20bLaterYear: a hedge whose only content is a time a year or more
// ahead ("perhaps next year") says not now, or maybe not now: the owner
// answers no as often as maybe, so it is asked between the two, never
// taken as maybe. 5 of 5 failed first (taken as maybe).
var round20bLaterYear = []struct{ q, text, want string }{
	{qBudget, "Perhaps in two years.", "?"},
	{qBudget, "maybe the year after next", "?"},
	{qBudget, "possibly in a couple of years", "?"},
	{qBudget, "maybe next financial year", "?"},
	{qBudget, "perhaps in a few years' time", "?"},
}

// round20bLaterYearKept: a condition, a nearer time or a tightness keeps
// the maybe.
var round20bLaterYearKept = []struct{ q, text, want string }{
	{qBudget, "maybe in six months", "maybe"},
	{qBudget, "perhaps next year if the harvest is good", "maybe"},
	{qBudget, "maybe, but it would be tight", "maybe"},
	{qBudget, "not now, maybe in two years", "no"},
}

func TestRound20bLaterYear(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bLaterYear, round20bLaterYearKept)
	for _, tt := range round20bLaterYear {
		m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text)
		if got := readingOf(m); got != "maybe|no" {
			t.Errorf("%s %q = %q, want asked between maybe and no", tt.q, tt.text, got)
		}
	}
}
